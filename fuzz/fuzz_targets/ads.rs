//! `ads`: the `ad_markers` filter's line tests (`AdMatcher`), English and merged.
//!
//! The spans go to Python as character offsets of the line: each must lie within
//! it, and the labels between sentences come in order, one after the other.
#![no_main]

use _core::ads::{word_count, AdMatcher};
use _core::lines::split_lines;
use _core::text::{char_len, py_strip};
use cleaner_core_fuzz::more::later;
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

fn check(ads: &AdMatcher, text: &str) {
    let stripped = py_strip(text);
    let length = char_len(text);
    let sponsor = AdMatcher::is_sponsor_label(stripped);
    assert_eq!(sponsor, AdMatcher::is_sponsor_label(stripped));
    let leading = ads.leading_label(text, stripped);
    assert_eq!(leading, ads.leading_label(text, stripped));
    if let Some((start, end)) = leading {
        assert!(
            start < end && end <= length,
            "leading label {start}..{end} of {length}"
        );
    }
    let inline = AdMatcher::inline_labels(text);
    assert_eq!(inline, AdMatcher::inline_labels(text));
    let mut last = 0;
    for &(start, end) in &inline {
        assert!(start >= last, "inline labels in order, apart: {inline:?}");
        assert!(
            start < end && end <= length,
            "inline label {start}..{end} of {length}"
        );
        last = end;
    }
    let count = word_count(text);
    assert_eq!(count, word_count(text));
    assert!(count <= length);
}

fuzz_target!(init: { later(); }, |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for ads in &later().ads {
        for line in split_lines(text) {
            check(ads, line.text);
        }
        check(ads, text);
    }
});
