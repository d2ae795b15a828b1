//! `bylines`: the byline patterns (`BylineMatcher`) of the English and merged
//! lexicons, each with its lexicon's `DateMatcher` as the date oracle (as
//! `cleaner/filters/bylines.py` builds it), asked of each stripped line and its key.
#![no_main]

use _core::bylines::BylineMatcher;
use _core::dates::DateMatcher;
use _core::lines::{phrase_key, split_lines};
use _core::text::py_strip;
use cleaner_core_fuzz::{matchers, offset_in, text_of};
use libfuzzer_sys::fuzz_target;

fn check(bylines: &BylineMatcher, dates: &DateMatcher, text: &str, key: &str) {
    let mut is_date = |part: &str| dates.verdict(part, true, true).is_some();
    let rule = bylines.rule_for(text, key, &mut is_date);
    assert_eq!(rule, bylines.rule_for(text, key, &mut is_date));
    assert!(
        matches!(rule, None | Some("byline" | "credit" | "contact")),
        "{rule:?}"
    );
    let kind = bylines.source_kind(text);
    assert_eq!(kind, bylines.source_kind(text));
    assert!(matches!(kind, "named" | "plausible" | ""), "{kind:?}");
    if let Some(name) = bylines.author_box_name(text) {
        offset_in(name, text);
        assert_eq!(Some(name), bylines.author_box_name(text));
    }
    assert_eq!(bylines.is_name(text), bylines.is_name(text));
    assert_eq!(bylines.opens_author_box(key), bylines.opens_author_box(key));
    assert_eq!(bylines.is_box_label(key), bylines.is_box_label(key));
}

fuzz_target!(init: cleaner_core_fuzz::warm_up(), |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for matchers in matchers() {
        for line in split_lines(text) {
            check(&matchers.bylines, &matchers.dates, line.stripped, &line.key);
        }
        check(
            &matchers.bylines,
            &matchers.dates,
            py_strip(text),
            &phrase_key(text),
        );
    }
});
