//! The hang check: how long each entry point of the core takes on long inputs.
//!
//! The fuzz targets run instrumented and check invariants around every call, so a
//! slow run there may be the harness; this times the core alone, in release mode,
//! on each file given, as the Python filters call it: the whole text where a filter
//! passes a whole text or paragraph, and each stripped line with its key. A call
//! over `LIMIT` is reported.
//!
//!     cargo run --release --example long_inputs -- FILE...

use std::time::{Duration, Instant};

use _core::ads::{word_count, AdMatcher};
use _core::chrome::is_menu_entry;
use _core::comments::{has_attribution, is_count, CommentMatcher};
use _core::furniture;
use _core::joins::{display_width, is_wrap_break};
use _core::lines::{phrase_key, split_lines};
use _core::patterns::UserPatterns;
use _core::shape::{ends_sentence, is_list_item, looks_like_code};
use _core::text::{casefold, py_strip, words};
use cleaner_core_fuzz::more::later;
use cleaner_core_fuzz::{matchers, warm_up};

/// One method of a matcher, asked of a text.
type Call<'a> = dyn Fn(&str) + 'a;

/// More than this for one call on an input of about a megabyte is a hang.
const LIMIT: Duration = Duration::from_secs(1);

/// Print `took` when it is over `LIMIT` (or always, with VERBOSE set); true when over.
fn report(file: &str, what: &str, took: Duration) -> bool {
    let slow = took > LIMIT;
    if slow || std::env::var_os("VERBOSE").is_some() {
        let flag = if slow { "SLOW" } else { "ok" };
        println!(
            "{flag:4} {:>8.1} ms  {what:40} {file}",
            took.as_secs_f64() * 1e3
        );
    }
    slow
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let started = Instant::now();
    warm_up(); // the matchers' lazy patterns compile here, not in the first call timed
    let matchers = matchers();
    let later = later();
    println!("matchers built in {:.2} s", started.elapsed().as_secs_f64());
    let comments = CommentMatcher::new();
    let patterns =
        UserPatterns::new(&[r"Sponsored by \w+( \w+)?".to_owned(), r"(?s).*x".to_owned()])
            .expect("the patterns compile");
    let slow = std::cell::Cell::new(0);
    for file in &files {
        let bytes = std::fs::read(file).expect("a readable file");
        let text = String::from_utf8_lossy(&bytes);
        let text = text.as_ref();
        let stripped = py_strip(text);
        let key = phrase_key(text);
        let t = |what: &str, work: &mut dyn FnMut()| {
            let started = Instant::now();
            work();
            slow.set(slow.get() + usize::from(report(file, what, started.elapsed())));
        };
        t("split_lines", &mut || {
            split_lines(text);
        });
        t("phrase_key", &mut || {
            phrase_key(text);
        });
        t("casefold+words", &mut || {
            words(&casefold(text)).count();
        });
        t("shape", &mut || {
            ends_sentence(text);
            is_list_item(text);
            looks_like_code(text);
        });
        t("user patterns", &mut || {
            patterns.fullmatch(text);
        });
        t("comments (text)", &mut || {
            comments.verdict(stripped);
            has_attribution(text);
            is_count(text);
        });
        t("language.guess", &mut || {
            later.guesser.guess(text);
        });
        t("ads (text)", &mut || {
            AdMatcher::is_sponsor_label(stripped);
            AdMatcher::inline_labels(text);
            word_count(text);
        });
        t("furniture (text)", &mut || {
            furniture::markers(text, text, true, true);
            furniture::wordless_rule(text, true);
            furniture::is_iframe(text);
            furniture::is_address_piece(text);
            furniture::is_bare_image(text);
            furniture::is_placeholder(text);
            furniture::is_prose(text);
        });
        t("is_menu_entry (text)", &mut || {
            is_menu_entry(stripped);
        });
        t("joins (text as both lines)", &mut || {
            display_width(text);
            is_wrap_break(text, text, 80);
            for joiner in &later.joiners {
                joiner.should_join(text, text, text);
            }
        });
        for (name, (ads, chrome)) in ["en", "merged"]
            .iter()
            .zip(later.ads.iter().zip(later.chrome.iter()))
        {
            t(&format!("ads.leading_label ({name})"), &mut || {
                ads.leading_label(text, stripped);
            });
            t(&format!("chrome (text, {name})"), &mut || {
                chrome.is_cookie_banner(stripped);
                chrome.is_breadcrumb(stripped);
                chrome.footer_rule(stripped);
            });
            // Each line as the filters ask it, with the next as rejoin asks it.
            let (mut slowest, mut slowest_line, mut lines) = (Duration::ZERO, 0, 0);
            let mut previous = "";
            for line in split_lines(text) {
                let started = Instant::now();
                let s = line.stripped;
                ads.leading_label(line.text, s);
                AdMatcher::inline_labels(line.text);
                AdMatcher::is_sponsor_label(s);
                chrome.is_cookie_banner(s);
                chrome.is_breadcrumb(s);
                chrome.footer_rule(s);
                is_menu_entry(s);
                furniture::markers(line.text, line.text, true, true);
                furniture::wordless_rule(line.text, true);
                later.joiners[0].should_join(previous, line.text, "");
                is_wrap_break(previous, line.text, 80);
                previous = line.text;
                let took = started.elapsed();
                if took > slowest {
                    (slowest, slowest_line) = (took, line.number);
                }
                lines += 1;
            }
            let what = format!("slowest of {lines} lines, later ({name}): line {slowest_line}");
            slow.set(slow.get() + usize::from(report(file, &what, slowest)));
        }
        for (name, m) in ["en", "merged"].iter().zip(matchers.iter()) {
            t(&format!("score ({name})"), &mut || {
                m.scorer.score(text);
                m.scorer.is_glued_teaser(text);
            });
            t(&format!("dates (text, {name})"), &mut || {
                m.dates.verdict(stripped, true, true);
            });
            let c = &m.captions;
            let calls: [(&str, &Call); 10] = [
                ("is_alone", &|s| {
                    c.is_alone(s);
                }),
                ("is_trailing", &|s| {
                    c.is_trailing(s);
                }),
                ("agency_closing", &|s| {
                    c.agency_closing(s);
                }),
                ("bare_closing", &|s| {
                    c.bare_closing(s);
                }),
                ("is_named", &|s| {
                    c.is_named(s);
                }),
                ("is_label_alone", &|s| {
                    c.is_label_alone(s);
                }),
                ("is_labelled", &|s| {
                    c.is_labelled(s);
                }),
                ("meta_split", &|s| {
                    c.meta_split(s);
                }),
                ("is_meta_date", &|s| {
                    c.is_meta_date(s);
                }),
                ("opening_end", &|s| {
                    c.opening_end(s);
                }),
            ];
            for (method, call) in calls {
                t(&format!("captions.{method} ({name})"), &mut || {
                    call(stripped)
                });
                // The fuzz target also asks the whole unstripped input.
                t(
                    &format!("captions.{method} (unstripped, {name})"),
                    &mut || call(text),
                );
            }
            let mut is_date = |part: &str| m.dates.verdict(part, true, true).is_some();
            t(&format!("bylines.rule_for ({name})"), &mut || {
                m.bylines.rule_for(stripped, &key, &mut is_date);
            });
            t(&format!("bylines.source_kind ({name})"), &mut || {
                m.bylines.source_kind(stripped);
            });
            t(&format!("bylines.author_box_name ({name})"), &mut || {
                m.bylines.author_box_name(stripped);
            });
            t(&format!("bylines.is_name ({name})"), &mut || {
                m.bylines.is_name(stripped);
            });
            t(&format!("widgets (text, {name})"), &mut || {
                m.widgets.verdict(stripped, &key);
            });
            // Each line as the line filters ask it: the slowest line counts (a
            // megabyte of short lines takes long in all, in time linear in the lines).
            let mut is_date = |part: &str| m.dates.verdict(part, true, true).is_some();
            let (mut slowest, mut slowest_line, mut lines) = (Duration::ZERO, 0, 0);
            for line in split_lines(text) {
                let started = Instant::now();
                let (s, k) = (line.stripped, line.key.as_ref());
                m.dates.verdict(s, true, true);
                m.bylines.rule_for(s, k, &mut is_date);
                m.bylines.source_kind(s);
                m.widgets.verdict(s, k);
                m.captions.is_alone(s);
                m.captions.is_trailing(s);
                m.captions.agency_closing(s);
                m.captions.bare_closing(s);
                comments.verdict(s);
                let took = started.elapsed();
                if took > slowest {
                    (slowest, slowest_line) = (took, line.number);
                }
                lines += 1;
            }
            let what = format!("slowest of {lines} lines ({name}): line {slowest_line}");
            slow.set(slow.get() + usize::from(report(file, &what, slowest)));
        }
    }
    println!("{} files, {} slow calls", files.len(), slow.get());
    std::process::exit(i32::from(slow.get() > 0));
}
