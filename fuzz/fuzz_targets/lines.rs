//! `lines`: the line table (`split_lines`, `line_record`, `phrase_key`, `is_blank_text`).
//!
//! Every filter reads the table, and the Python side turns its character offsets
//! into spans of the original text: a table that does not add up to the text would
//! make removals cut in the wrong place.
#![no_main]

use _core::lines::{is_blank_text, line_record, phrase_key, split_lines, MAX_PHRASE_CHARS};
use _core::text::{char_len, py_strip};
use cleaner_core_fuzz::{offset_in, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    let lines = split_lines(text);
    assert_eq!(lines, split_lines(text), "split_lines is deterministic");

    // The lines and their breaks put back together are the text.
    let (mut at, mut chars_before) = (0, 0);
    for (number, line) in lines.iter().enumerate() {
        assert_eq!(line.number, number);
        let start = offset_in(line.text, text);
        assert_eq!(
            start, at,
            "line {number} starts where the last one's break ends"
        );
        assert_eq!(line.start, chars_before, "start counts characters");
        assert!(
            !line.text.contains(['\n', '\r']),
            "a line holds no line break"
        );
        at = start + line.text.len();
        let rest = &text[at..];
        let break_len = if rest.starts_with("\r\n") {
            2
        } else if rest.starts_with(['\n', '\r']) {
            1
        } else {
            assert!(rest.is_empty(), "only the last line goes without a break");
            0
        };
        at += break_len;
        chars_before += char_len(line.text) + break_len;

        // The record is the one `line_record` makes, and its parts are as documented.
        assert_eq!(*line, line_record(number, line.start, line.text));
        if line.stripped.is_empty() {
            assert!(
                is_blank_text(line.text),
                "an empty stripped text shows nothing"
            );
            if !py_strip(line.text).is_empty() {
                assert_eq!(line.key, "", "a spacer line has no key");
            }
            // (A line of white space alone keeps its phrase key, as `Line.of` does:
            // "\x1c" is white space to `strip` but no decoration to `phrase_key`.
            // Blank lines never reach a phrase lookup.)
        } else {
            assert!(!is_blank_text(line.text));
            assert_eq!(line.stripped, py_strip(line.text));
            assert_eq!(line.key, phrase_key(line.text));
        }
        if char_len(py_strip(line.text)) > MAX_PHRASE_CHARS {
            assert_eq!(line.key, "", "a line too long for a phrase has no key");
        }
    }
    assert_eq!(at, text.len(), "the lines cover the text");
    if !text.is_empty() && !text.ends_with(['\n', '\r']) {
        assert!(!lines.is_empty());
    }

    // `phrase_key` of any text, a multi-line one too.
    let key = phrase_key(text);
    assert_eq!(key, phrase_key(text), "phrase_key is deterministic");
    if char_len(py_strip(text)) > MAX_PHRASE_CHARS {
        assert_eq!(key, "");
    }
});
