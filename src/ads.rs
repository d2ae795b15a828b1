//! Ad labels: the line tests of the `ad_markers` filter.
//!
//! A label on a line of its own is a phrase lookup, which stays in Python; this is
//! the rest: a sponsor's label ("SPONSORED BY ACME BANK"), a label glued to the
//! first word of a paragraph ("Advertisement The council said ..."), and labels
//! between two sentences of one line ("... a worrying trend. Advertisement The
//! government ..."). The verdicts are those of the Python patterns they replace
//! (kept as the oracle in `tests/reference_ads.py`):
//!
//! * the sponsor's label is a pattern of the `regex` crate, its words spelled as
//!   classes of the case variants Python's `regex` takes under IGNORECASE ("i"
//!   also matches "İ", "s" also "ſ"), and its look-behind (`with` in lower case
//!   needs no "by") an alternative of its own;
//! * the other two are code: their look-arounds and possessive runs of spaces
//!   are a scan, linear in the line.
//!
//! `\s` is Python `regex`'s (White_Space), `\p{Lu}` and `\p{L}` its letters (the
//! generated tables of `src/text.rs`); `str.strip`, `str.split` and
//! `str.casefold` are Python's. Offsets returned to Python are in characters.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::shape::ends_sentence;
use crate::text::{
    casefold, char_len, is_letter, is_py_space, is_regex_space, is_upper_letter, py_split,
};

/// A sponsor's label is short: "Sponsored by Acme Bank".
pub const MAX_SPONSOR_CHARS: usize = 60;
/// After a leading label, a paragraph runs on for this many words or more ...
const PARAGRAPH_MIN_WORDS: usize = 6;
/// ... and ends a sentence, or runs over a line this long (a wrapped one).
const MIN_RUN_ON_CHARS: usize = 60;
/// Punctuation glued to a label's first word: "Advertisement:", "ANZEIGE|".
const TRAILING_MARKS: &[char] = &['-', '–', '—', ':', '|', '·', '•', '.'];
/// What may stand between a leading label and its paragraph: "Advertisement – The ...".
const LABEL_SEPARATORS: &[char] = &['-', '–', '—', ':', '|', '·', '•'];
/// A sentence has just ended: its stop ...
const SENTENCE_STOPS: &[char] = &['.', '!', '?', '…'];
/// ... and the quotes and brackets that close it.
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']'];
/// What may open the next sentence before its capital.
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '['];
/// What may open a paragraph after a leading label, before its capital.
const PARAGRAPH_OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '«', '„'];
/// The labels that stand between two sentences (case-sensitive: a lower-case
/// "advertisement" is a word in a sentence).
const INLINE_LABELS: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Article continues below advertisement",
    "Continue reading below",
];

/// An ASCII word spelled as a class per letter of the case variants that Python's
/// `regex` takes under IGNORECASE.
fn any_case(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            ' ' => r"\x20".to_owned(),
            'i' => "[iIİ]".to_owned(),
            's' => "[sSſ]".to_owned(),
            'k' => "[kKK]".to_owned(),
            c => format!("[{c}{}]", c.to_ascii_uppercase()),
        })
        .collect()
}

/// `(?i:sponsored|presented|brought to you|supported|in partnership with)(?(?<=with)|\ (?i:by))`
/// and the name after it, as one pattern.
static SPONSOR: LazyLock<Regex> = LazyLock::new(|| {
    let by = any_case("by");
    let verbs = ["sponsored", "presented", "brought to you", "supported"]
        .map(any_case)
        .join("|");
    let partnership = any_case("in partnership ");
    // "with" in any case but lower case, which needs the "by" after it.
    let other_with = "(?:W[iIİ][tT][hH]|w(?:[Iİ][tT][hH]|i(?:T[hH]|tH)))";
    let word = r"(?:\p{Lu}[\p{L}\p{N}&'’.+\-]*|&)";
    let pattern = format!(
        r"\A(?:(?:{verbs})\x20{by}|{partnership}(?:with|{other_with}\x20{by}))(?:\s*[:|–—\-]?\s*{word}(?:\x20(?:{word}|of|and|the)){{0,5}})?\s*[:.]?\z"
    );
    Regex::new(&pattern).expect("the sponsor pattern is valid")
});

/// The end (in bytes) of the run of `\s` characters that starts at `at`.
fn skip_spaces(text: &str, at: usize) -> usize {
    text[at..]
        .char_indices()
        .find(|&(_, c)| !is_regex_space(c))
        .map_or(text.len(), |(offset, _)| at + offset)
}

/// The number of runs of letters and numbers (`[\p{L}\p{N}]+`) in `text`.
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !(is_letter(c) || c.is_numeric()))
        .filter(|word| !word.is_empty())
        .count()
}

/// The character offset of byte offset `at` of `text`.
fn chars_to(text: &str, at: usize) -> usize {
    char_len(&text[..at])
}

/// The ad labels that may lead a paragraph, as the lexicon spells them.
#[derive(Debug, Clone)]
pub struct AdMatcher {
    /// Their capitalised and upper-case spellings, in the order the labels are tried
    /// (longest label first).
    spellings: Vec<String>,
    /// The first words of those labels, case-folded.
    firsts: HashSet<String>,
}

impl AdMatcher {
    /// Build from the spellings in the order to try them and the labels' first words, folded.
    pub fn new(spellings: Vec<String>, firsts: Vec<String>) -> Self {
        AdMatcher {
            spellings,
            firsts: firsts.into_iter().collect(),
        }
    }

    /// The spellings and first words it was built from, the first words sorted.
    pub fn words(&self) -> (Vec<String>, Vec<String>) {
        let mut firsts: Vec<String> = self.firsts.iter().cloned().collect();
        firsts.sort();
        (self.spellings.clone(), firsts)
    }

    /// A sponsor's label and nothing else: "SPONSORED BY", "Presented by Acme".
    /// `text` is the stripped line.
    pub fn is_sponsor_label(text: &str) -> bool {
        text.starts_with(['S', 's', 'P', 'p', 'B', 'b', 'I', 'i'])
            && char_len(text) <= MAX_SPONSOR_CHARS
            && SPONSOR.is_match(text)
    }

    /// An ad label glued to the first word of a paragraph: "Advertisement The council said".
    ///
    /// The label, with the spaces or separator after it, as a character span of
    /// `text` (the line); `stripped` is the line stripped. The text after it must
    /// read as a paragraph: a capital, six words or more, and the end of a
    /// sentence or a line long enough to be wrapped.
    pub fn leading_label(&self, text: &str, stripped: &str) -> Option<(usize, usize)> {
        if !self
            .spellings
            .iter()
            .any(|spelling| stripped.starts_with(spelling.as_str()))
        {
            return None;
        }
        let head = py_split(stripped).next().unwrap_or("");
        if !self
            .firsts
            .contains(&casefold(head.trim_end_matches(TRAILING_MARKS)))
        {
            return None;
        }
        let start = text.len() - text.trim_start_matches(is_py_space).len();
        let end = self.spellings.iter().find_map(|spelling| {
            let after = start + spelling.len();
            if !text[start..].starts_with(spelling.as_str()) {
                return None;
            }
            // `\s*+[-–—:|·•]\s*+(?=\S)`, else `\s++(?=\S)`: the spaces are taken whole.
            let spaces = skip_spaces(text, after);
            if text[spaces..].starts_with(LABEL_SEPARATORS) {
                let mark = spaces + text[spaces..].chars().next().map_or(0, char::len_utf8);
                let next = skip_spaces(text, mark);
                if next < text.len() {
                    return Some(next);
                }
            }
            (spaces > after && spaces < text.len()).then_some(spaces)
        })?;
        let rest = &text[end..];
        let capital = rest.trim_start_matches(PARAGRAPH_OPENERS).chars().next();
        if !capital.is_some_and(is_upper_letter) || word_count(rest) < PARAGRAPH_MIN_WORDS {
            return None;
        }
        let rest_end = rest.trim_end_matches(is_py_space);
        if !(ends_sentence(rest_end) || char_len(rest) >= MIN_RUN_ON_CHARS) {
            return None;
        }
        Some((chars_to(text, start), chars_to(text, end)))
    }

    /// The labels between two sentences of `text`, as character spans, each with
    /// the spaces before it and after it.
    ///
    /// The label follows the end of a sentence (a stop, then closing quotes or
    /// brackets) and spaces, and is followed by spaces and the capital of the next
    /// sentence (after opening quotes), or by nothing but spaces.
    pub fn inline_labels(text: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(offset) = text[from..].find(is_regex_space) {
            let start = from + offset;
            let label_at = skip_spaces(text, start);
            let ended = text[..start]
                .trim_end_matches(CLOSERS)
                .ends_with(SENTENCE_STOPS);
            let end = if ended {
                INLINE_LABELS
                    .iter()
                    .find(|label| text[label_at..].starts_with(*label))
                    .and_then(|label| {
                        let after = label_at + label.len();
                        let spaces = skip_spaces(text, after);
                        let next = text[spaces..].trim_start_matches(OPENERS).chars().next();
                        if spaces > after && next.is_some_and(is_upper_letter) {
                            Some(spaces)
                        } else {
                            (spaces == text.len()).then_some(spaces)
                        }
                    })
            } else {
                None
            };
            match end {
                Some(end) => {
                    found.push((chars_to(text, start), chars_to(text, end)));
                    from = end;
                }
                None => from = label_at.max(start + 1),
            }
            if from >= text.len() {
                break;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> AdMatcher {
        AdMatcher::new(
            vec![
                "Advertisement".to_owned(),
                "ADVERTISEMENT".to_owned(),
                "Anzeige".to_owned(),
                "ANZEIGE".to_owned(),
            ],
            vec!["advertisement".to_owned(), "anzeige".to_owned()],
        )
    }

    #[test]
    fn tells_sponsor_labels() {
        for label in [
            "SPONSORED BY",
            "Sponsored by Acme Bank",
            "PRESENTED BY ACME",
            "In partnership with Acme",
            "In Partnership WITH BY Acme",
            "Brought to you by: Acme & Sons",
            "Sponſored by Acme",
            "In partnerſhip with",
            "Supported By ACME",
        ] {
            assert!(AdMatcher::is_sponsor_label(label), "{label}");
        }
        for line in [
            "Presented by the mayor, the plan was approved",
            "In Partnership With Acme", // "With" is no lower-case "with": it needs "by"
            "Sponsored",
            "Supported by acme",
            "in partnership wİth", // "wİth" is no lower-case "with" either
            "ſponsored by Acme",   // the first letter is one of "SsPpBbIi"
        ] {
            assert!(!AdMatcher::is_sponsor_label(line), "{line}");
        }
    }

    #[test]
    fn finds_a_leading_label_before_a_paragraph() {
        let matcher = matcher();
        let text = "  Advertisement The council said on Monday that the budget passed.";
        assert_eq!(matcher.leading_label(text, text.trim()), Some((2, 16)));
        let text = "Anzeige – Der Gemeinderat hat am Montag den Haushalt beschlossen.";
        assert_eq!(matcher.leading_label(text, text), Some((0, 10)));
        let short = "Advertisement The council met.";
        assert_eq!(matcher.leading_label(short, short), None);
        let glued = "Advertisement:The council said on Monday that the budget passed.";
        assert_eq!(matcher.leading_label(glued, glued), None);
    }

    #[test]
    fn finds_labels_between_sentences() {
        let text = "A worrying trend. Advertisement The government said.";
        assert_eq!(AdMatcher::inline_labels(text), vec![(17, 32)]);
        let text = "… expenses.” Advertisement  ";
        assert_eq!(AdMatcher::inline_labels(text), vec![(12, 28)]);
        assert!(AdMatcher::inline_labels("The advertisement ran. Advertisement here").is_empty());
        assert!(AdMatcher::inline_labels("An Advertisement The").is_empty());
    }

    #[test]
    fn counts_words_of_letters_and_numbers() {
        assert_eq!(word_count("SPONSORED BY ACME 2026"), 4);
        assert_eq!(word_count("—"), 0);
    }
}
