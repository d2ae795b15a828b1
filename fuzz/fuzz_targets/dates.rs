//! `dates`: the date patterns (`DateMatcher`) of the English and the merged lexicon.
//!
//! The timestamps filter asks `verdict` of every stripped line and bylines ask it
//! of their parts, so it must answer any text, and answer as its flags say.
#![no_main]

use _core::dates::{Verdict, MAX_DATE_CHARS};
use _core::lines::split_lines;
use _core::text::char_len;
use cleaner_core_fuzz::{matchers, text_of};
use libfuzzer_sys::fuzz_target;

fn check(dates: &_core::dates::DateMatcher, text: &str) {
    let cheap = dates.could_be_date(text);
    assert_eq!(cheap, dates.could_be_date(text));
    if char_len(text) > MAX_DATE_CHARS {
        assert!(!cheap, "a date line is short");
    }
    assert_eq!(
        dates.verdict(text, false, false),
        None,
        "nothing asked, nothing found"
    );
    for (relative, absolute) in [(true, true), (true, false), (false, true)] {
        let verdict = dates.verdict(text, relative, absolute);
        assert_eq!(verdict, dates.verdict(text, relative, absolute));
        let Some(verdict) = verdict else { continue };
        assert!(cheap, "a date line passes the cheap checks");
        // The verdict is one of the kinds asked for, and its whole-line pattern matches.
        let (is_relative, is_absolute, is_reading) = dates.patterns(text);
        match verdict {
            Verdict::RelativeTime => assert!(relative && is_relative),
            Verdict::AbsoluteDate => assert!(absolute && is_absolute),
            Verdict::ReadingTime => assert!(relative && is_reading),
        }
        assert!(!verdict.rule().is_empty());
    }
}

fuzz_target!(init: cleaner_core_fuzz::warm_up(), |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for matchers in matchers() {
        // Each stripped line, as the timestamps filter asks.
        for line in split_lines(text) {
            check(&matchers.dates, line.stripped);
        }
        // `patterns` (without the cheap checks) is asked of short texts only
        // (tests); the whole input goes to `verdict`, whose checks bound it.
        check(&matchers.dates, text);
        if char_len(text) <= 4 * MAX_DATE_CHARS {
            let found = matchers.dates.patterns(text);
            assert_eq!(found, matchers.dates.patterns(text));
        }
    }
});
