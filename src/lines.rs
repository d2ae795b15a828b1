//! Text to a line table: each line with its offset, its stripped text and its phrase key.
//!
//! Every filter looks at each line's stripped text and its `phrase_key`, the
//! normalised form that lexicon phrases are looked up by, so they are computed
//! once, here, for all lines of a document in one pass.

use std::borrow::Cow;

use crate::text::{casefold, char_len, is_py_space, py_lstrip, py_strip};

/// No lexicon phrase is longer than this (in characters); longer lines get an
/// empty key and so never match one, which spares prose the normalisation.
pub const MAX_PHRASE_CHARS: usize = 120;

/// Characters that show nothing: zero-width spaces and joiners, a stray byte-order mark.
pub const INVISIBLE: [char; 5] = ['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// Characters that do not change what a label means when they open or close it:
/// "Comments:", "No comments yet...", "Read more ›", "- Advertisement -", "相关阅读：".
const TRIM_CHARS: &str = " \t\r\n\x0c\x0b\u{a0}\u{3000}.:…!?|»›>→-–—•·*。：！？【】";

/// Text renderers bullet nested list items with "+" and "o" under an indentation.
const NESTED_BULLETS: [&str; 2] = ["+ ", "o "];

/// One line of a document: its number, where it starts (in characters, as Python
/// counts), its text, its stripped text and its phrase key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRecord<'a> {
    pub number: usize,
    pub start: usize,
    pub text: &'a str,
    pub stripped: &'a str,
    pub key: Cow<'a, str>,
}

/// Whether `text` shows nothing: only whitespace and `INVISIBLE` characters.
pub fn is_blank_text(text: &str) -> bool {
    text.chars()
        .all(|c| is_py_space(c) || INVISIBLE.contains(&c))
}

/// Normalise a line or a lexicon phrase for whole-line comparison.
///
/// Case is folded, inner whitespace collapsed, and decoration around the label
/// dropped (trailing dots and colons, leading bullets and dashes, full-width CJK
/// punctuation). Lines longer than `MAX_PHRASE_CHARS` without their indentation
/// give "" (no phrase is that long).
pub fn phrase_key(text: &str) -> Cow<'_, str> {
    if text.len() > MAX_PHRASE_CHARS
        && char_len(text) > MAX_PHRASE_CHARS
        && char_len(py_strip(text)) > MAX_PHRASE_CHARS
    {
        return Cow::Borrowed(""); // the indentation of a layout-aware rendering does not count
    }
    let mut text = text;
    if text.starts_with([' ', '\t']) {
        let body = py_lstrip(text);
        if NESTED_BULLETS.iter().any(|bullet| body.starts_with(bullet)) {
            text = &body[2..]; // "    + Email": a nested item's bullet, only when indented
        }
    }
    let key = text.trim_matches(|c: char| TRIM_CHARS.contains(c));
    if key.contains("  ") || key.contains(['\t', '\u{a0}', '\u{3000}']) {
        return Cow::Owned(casefold(&collapse_spaces(key)));
    }
    if key.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(key);
    }
    Cow::Owned(casefold(key))
}

/// Every run of Unicode White_Space characters (the `\s` of Python's `regex`) as one space.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_run = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

/// One line of `text` with its stripped text and key; a line that shows nothing is blank.
pub fn line_record(number: usize, start: usize, text: &str) -> LineRecord<'_> {
    let stripped = py_strip(text);
    let blank_spacer = stripped.starts_with(INVISIBLE) && is_blank_text(stripped);
    if blank_spacer {
        return LineRecord {
            number,
            start,
            text,
            stripped: "",
            key: Cow::Borrowed(""),
        };
    }
    LineRecord {
        number,
        start,
        text,
        stripped,
        key: phrase_key(text),
    }
}

/// The lines of `text`; `\n`, `\r\n` and a lone `\r` end a line, and a trailing
/// line break does not make an extra, empty line.
pub fn split_lines(text: &str) -> Vec<LineRecord<'_>> {
    let mut lines = Vec::new();
    let bytes = text.as_bytes();
    let (mut at, mut start_byte, mut start_char) = (0usize, 0usize, 0usize);
    while at < bytes.len() {
        let b = bytes[at];
        if b == b'\n' || b == b'\r' {
            let part = &text[start_byte..at];
            lines.push(line_record(lines.len(), start_char, part));
            let break_len = if b == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            start_char += char_len(part) + break_len;
            at += break_len;
            start_byte = at;
        } else {
            at += 1;
        }
    }
    if start_byte < bytes.len() {
        lines.push(line_record(lines.len(), start_char, &text[start_byte..]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split_lines(text)
            .into_iter()
            .map(|line| line.text)
            .collect()
    }

    #[test]
    fn splits_on_every_kind_of_line_break() {
        assert_eq!(texts("a\r\nb\rc\n"), ["a", "b", "c"]);
        assert_eq!(texts("a\n\nb\n"), ["a", "", "b"]);
        assert_eq!(texts("a\n\n"), ["a", ""]);
        assert!(texts("").is_empty());
    }

    #[test]
    fn offsets_count_characters() {
        let lines = split_lines("相关\r\nab\nc");
        let starts: Vec<usize> = lines.iter().map(|line| line.start).collect();
        assert_eq!(starts, [0, 4, 7]);
    }

    #[test]
    fn a_spacer_line_is_blank() {
        let line = line_record(0, 0, " \u{200b} ");
        assert_eq!((line.stripped, line.key.as_ref()), ("", ""));
        assert_eq!(line_record(0, 0, "\u{200b}Hi").stripped, "\u{200b}Hi");
    }

    #[test]
    fn keys_are_normalised_labels() {
        assert_eq!(phrase_key("  No comments  yet..."), "no comments yet");
        assert_eq!(phrase_key("- ADVERTISEMENT -"), "advertisement");
        assert_eq!(phrase_key("相关阅读："), "相关阅读");
        assert_eq!(phrase_key("      + Email"), "email");
        assert_eq!(phrase_key("o Email"), "o email");
        assert_eq!(phrase_key(&"word ".repeat(30)), "");
        assert_eq!(phrase_key(&format!("{}Menu", " ".repeat(200))), "menu");
    }
}
