//! `captions`: the `captions` filter's patterns (`CaptionMatcher`), English and merged.
//!
//! The offsets it returns are cut into the line by the Python side (after a
//! conversion to characters), so each must be a character boundary within it.
#![no_main]

use _core::captions::CaptionMatcher;
use _core::lines::split_lines;
use cleaner_core_fuzz::{matchers, offset_in, text_of};
use libfuzzer_sys::fuzz_target;

fn check_offset(text: &str, found: Option<usize>, what: &str) {
    if let Some(at) = found {
        assert!(at <= text.len(), "{what}: {at} beyond the text");
        assert!(text.is_char_boundary(at), "{what}: {at} inside a character");
    }
}

fn check(captions: &CaptionMatcher, text: &str) {
    macro_rules! same {
        ($call:expr) => {{
            let first = $call;
            assert_eq!(first, $call, "deterministic: {}", stringify!($call));
            first
        }};
    }
    same!(captions.is_alone(text));
    same!(captions.is_trailing(text));
    same!(captions.is_named(text));
    same!(captions.is_label_alone(text));
    same!(captions.is_meta_date(text));
    let labelled = same!(captions.is_labelled(text));
    assert!(captions.has_labels() || !labelled);
    check_offset(text, same!(captions.agency_closing(text)), "agency_closing");
    check_offset(text, same!(captions.bare_closing(text)), "bare_closing");
    check_offset(text, same!(captions.opening_end(text)), "opening_end");

    // The pieces of a meta row: slices of the row, in order, with only white space
    // (the cuts at spaces) between them.
    let pieces = same!(captions.meta_split(text));
    if !captions.has_labels() {
        assert_eq!(pieces, vec![text]);
    }
    assert!(!pieces.is_empty());
    let mut end = 0;
    for piece in &pieces {
        let start = offset_in(piece, text);
        assert!(start >= end, "pieces in order: {pieces:?}");
        assert!(
            text[end..start].chars().all(char::is_whitespace),
            "only spaces are cut out: {:?}",
            &text[end..start]
        );
        end = start + piece.len();
    }
    assert!(text[end..].chars().all(char::is_whitespace));
    assert_eq!(
        offset_in(pieces[0], text),
        0,
        "the first piece opens the row"
    );
}

fuzz_target!(init: cleaner_core_fuzz::warm_up(), |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for matchers in matchers() {
        for line in split_lines(text) {
            check(&matchers.captions, line.stripped);
        }
        check(&matchers.captions, text);
    }
});
