//! `comments`: the comment-stub patterns (`CommentMatcher`, `is_count`,
//! `is_bare_count`, `has_attribution`).
#![no_main]

use _core::comments::{has_attribution, is_bare_count, is_count, CommentMatcher, Verdict};
use _core::lines::split_lines;
use _core::text::is_decimal;
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

fn check(text: &str) {
    let matcher = CommentMatcher::new();
    let verdict = matcher.verdict(text);
    assert_eq!(verdict, matcher.verdict(text));
    let attributed = has_attribution(text);
    assert_eq!(attributed, has_attribution(text));
    if verdict == Some(Verdict::Disclaimer) {
        assert!(!attributed, "a line that reports is no disclaimer");
    }
    if let Some(verdict) = verdict {
        assert!(!verdict.rule().is_empty());
    }
    assert_eq!(is_count(text), is_count(text));
    // "A number of one to six digits and nothing else".
    let count = text.chars().count();
    assert_eq!(
        is_bare_count(text),
        (1..=6).contains(&count) && text.chars().all(is_decimal)
    );
}

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for line in split_lines(text) {
        check(line.stripped);
    }
    check(text);
});
