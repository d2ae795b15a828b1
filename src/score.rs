//! A paragraph's weight in the main-content region (`main_content`'s `score`):
//! plus its length for prose, minus for chrome, zero for what is neither.
//!
//! The decision list of `cleaner/filters/content.py` as it was in Python:
//! function-word density and length for prose, sentence ends, list items and
//! code for the neutral middle, copyright lines and legal notices for chrome,
//! and the teaser card whose headline a rendering glued to its summary.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::shape::{ends_sentence, is_list_item, looks_like_code};
use crate::text::{
    casefold, char_len, is_decimal, is_lower_letter, is_py_digit, is_py_space, is_py_upper,
    is_regex_space, is_syllabic, is_upper_letter, is_word, py_split, words,
};

pub const PROSE_MIN_WORDS: usize = 10;
pub const PROSE_MIN_STOPWORDS: f64 = 0.12;
pub const PROSE_MIN_SYLLABIC_CHARS: usize = 40;
pub const PROSE_UNPUNCTUATED_WORDS: usize = 30;
pub const CHROME_WEIGHT: f64 = 1.5;
pub const CHROME_MIN_CHARS: usize = 25;
pub const CHROME_MAX_CHARS: usize = 50;
pub const GLUED_TITLE_MAX_CHARS: usize = 200;
pub const GLUED_TITLE_SHARE: f64 = 0.8;
pub const GLUED_SUMMARY_MAX_CHARS: usize = 300;
pub const LEGAL_NOTICE_PHRASES: usize = 2;
/// Punctuation and symbols that web pages mix into English prose: a text of ASCII
/// and these is read with the ASCII rules.
pub const PROSE_PUNCTUATION: &str = "\u{a0}’‘“”„‚–—…«»‹›•·°©®™€£×";
/// No Han, kana or Hangul character comes before U+1100, the first Hangul Jamo.
const FIRST_SYLLABIC: char = '\u{1100}';

/// A page's legal notices in English: phrases that only a footer or a disclaimer
/// writes. Matched ignoring case, as Python's `re` did.
const LEGAL_PHRASES: &str = concat!(
    r"(?i)all rights reserved|registered trademarks? of|is a trademark of",
    r"|not intended to (?:diagnose|replace|be a substitute)|consult (?:your|a) (?:physician|doctor)",
    r"|not been evaluated by the food and drug administration|results (?:may )?vary depending",
    r"|terms of (?:use|service)|privacy policy|subject to copyright",
    r"|without (?:the )?(?:prior )?(?:express )?(?:written )?permission",
    r"|may not be (?:published|reproduced|broadcast|rewritten|redistributed)",
    r"|cookie (?:settings|policy)|allow cookies",
);
static LEGAL_PHRASE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(LEGAL_PHRASES).expect("the legal phrases compile"));

/// Legal phrases that an article about the web may use: two of them make no notice.
const TOPICAL_LEGAL_PHRASES: [&str; 5] = [
    "terms of use",
    "terms of service",
    "privacy policy",
    "cookie settings",
    "cookie policy",
];
/// A word of each legal phrase: a paragraph with none of them holds no phrase.
const LEGAL_PHRASE_CORES: [&str; 12] = [
    "rights reserved",
    "trademark",
    "intended to",
    "consult",
    "food and drug",
    "vary depending",
    "terms of",
    "privacy policy",
    "subject to copyright",
    "permission",
    "may not be",
    "cookie",
];
/// Characters that Python's `re` matches to an ASCII letter ignoring case, beyond
/// the letter's two cases: "İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k".
/// Rust's `regex` takes "ſ" and the Kelvin sign too, but not the dotted and dotless i.
const ASCII_CASE_VARIANTS: [char; 4] = ['\u{130}', '\u{131}', '\u{17f}', '\u{212a}'];

/// What a paragraph is to the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Prose,
    Chrome,
    Neutral,
}

/// Scores paragraphs against one language's function words.
pub struct Scorer {
    stopwords: HashSet<String>,
}

impl Scorer {
    /// A scorer with `stopwords`, case-folded.
    pub fn new(stopwords: impl IntoIterator<Item = String>) -> Self {
        Self {
            stopwords: stopwords.into_iter().collect(),
        }
    }

    /// The paragraph's weight: + its length for prose, - for chrome, 0 between.
    pub fn score(&self, text: &str) -> f64 {
        let legal = could_open_legal(text) && opens_legal(text);
        let mut kind = if legal { Kind::Chrome } else { self.kind(text) };
        if kind == Kind::Prose && is_legal_notice(text) {
            kind = Kind::Chrome; // only prose can pass for an article
        }
        match kind {
            Kind::Prose => char_len(text) as f64,
            Kind::Chrome => chrome_weight(char_len(text)),
            Kind::Neutral => 0.0,
        }
    }

    /// Prose, chrome, or neutral (short sentences, list items, code: neither).
    pub fn kind(&self, text: &str) -> Kind {
        let found: Vec<&str>;
        let folded: String;
        if text.is_ascii()
            || text
                .chars()
                .all(|c| c.is_ascii() || PROSE_PUNCTUATION.contains(c))
        {
            if text.is_empty() {
                return Kind::Chrome;
            }
            folded = text.to_ascii_lowercase();
            found = ascii_words(&folded).collect();
        } else {
            let syllabic = if text.chars().max().is_some_and(|c| c < FIRST_SYLLABIC) {
                0
            } else {
                text.chars().filter(|&c| is_syllabic(c)).count()
            };
            if syllabic * 2 >= char_len(text) {
                if syllabic >= PROSE_MIN_SYLLABIC_CHARS && ends_sentence(text) {
                    return Kind::Prose;
                }
                return if syllabic < 12 {
                    Kind::Chrome
                } else {
                    Kind::Neutral
                };
            }
            folded = casefold(text);
            found = words(&folded).collect();
        }
        let count = found.len();
        if count >= 4 {
            let density = self.stopword_count(&found) as f64 / count as f64;
            if density >= PROSE_MIN_STOPWORDS {
                let finished = ends_sentence(text) || count >= PROSE_UNPUNCTUATED_WORDS;
                if count >= PROSE_MIN_WORDS && finished {
                    return if self.is_glued_teaser(text) {
                        Kind::Chrome
                    } else {
                        Kind::Prose
                    };
                }
                if finished || is_list_item(text) {
                    return Kind::Neutral; // a short sentence or a list item
                }
            }
            if count >= PROSE_MIN_WORDS && density >= 2.0 * PROSE_MIN_STOPWORDS {
                return Kind::Neutral; // a sentence without its full stop: a standfirst, a caption
            }
        }
        let code_hint = text.contains(|c: char| "=(){}[];<>`$#".contains(c));
        if code_hint && looks_like_code(text) {
            Kind::Neutral
        } else {
            Kind::Chrome
        }
    }

    fn stopword_count(&self, found: &[&str]) -> usize {
        found
            .iter()
            .filter(|word| self.stopwords.contains(**word))
            .count()
    }

    /// A teaser card whose title-case headline a rendering glued to a short sentence
    /// without a space ("... In NASCAR FinaleFord v Toyota flopped for the blue oval.").
    pub fn is_glued_teaser(&self, text: &str) -> bool {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let length = chars.len();
        if length > GLUED_TITLE_MAX_CHARS + GLUED_SUMMARY_MAX_CHARS {
            return false;
        }
        // A glue: a lower-case letter, a digit or a closing mark, then a capitalised
        // word; searched for, as Python did, in all but the last character.
        for at in 1..length.saturating_sub(2) {
            let (before, here, next) = (chars[at - 1].1, chars[at].1, chars[at + 1].1);
            let glued = (is_lower_letter(before) || is_decimal(before) || "’')!?".contains(before))
                && is_upper_letter(here)
                && is_lower_letter(next);
            if !glued || at > GLUED_TITLE_MAX_CHARS || length - at > GLUED_SUMMARY_MAX_CHARS {
                continue;
            }
            let (head, tail) = text.split_at(chars[at].0);
            if head.matches('(').count() > head.matches(')').count() {
                continue; // inside brackets: "HONOLULU (HawaiiNewsNow) - NASA ..."
            }
            let last_word = py_split(head).next_back().unwrap_or("");
            if last_word.chars().filter(|&c| is_word(c)).count() < 3 {
                continue; // a camel-case prefix: "Mc", "i", "9to5"
            }
            let title: String = head.chars().filter(|&c| !is_decimal(c)).collect();
            if !is_title(&title, 3, GLUED_TITLE_SHARE) {
                continue;
            }
            let folded;
            let tail_words: Vec<&str> = if tail.is_ascii() {
                folded = tail.to_ascii_lowercase();
                ascii_words(&folded).collect()
            } else {
                folded = casefold(tail);
                words(&folded).collect()
            };
            let stops = self.stopword_count(&tail_words);
            if tail_words.len() >= 6
                && stops as f64 >= PROSE_MIN_STOPWORDS * tail_words.len() as f64
            {
                return true;
            }
        }
        false
    }
}

/// A paragraph of a page's legal notice: two phrases that only notices write.
pub fn is_legal_notice(text: &str) -> bool {
    if !could_hold_legal_phrase(text) {
        return false;
    }
    let mut found: Vec<String> = Vec::new();
    let unfolded: String;
    let (searched, offsets) = if text.contains(['\u{130}', '\u{131}']) {
        // Python's `re` takes "İ" and "ı" for "i"; the crate does not: search a copy
        // with them as "i", and fold the phrase as it stands in `text`.
        let mut offsets = Vec::with_capacity(text.len() + 1);
        let mut copy = String::with_capacity(text.len());
        for (at, c) in text.char_indices() {
            let c = if c == '\u{130}' || c == '\u{131}' {
                'i'
            } else {
                c
            };
            offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
            copy.push(c);
        }
        offsets.push(text.len());
        unfolded = copy;
        (unfolded.as_str(), Some(offsets))
    } else {
        (text, None)
    };
    for phrase in LEGAL_PHRASE_RE.find_iter(searched) {
        let (start, end) = match &offsets {
            Some(map) => (map[phrase.start()], map[phrase.end()]),
            None => (phrase.start(), phrase.end()),
        };
        let folded = casefold(&text[start..end]);
        if !found.contains(&folded) {
            found.push(folded);
        }
    }
    found.len() >= LEGAL_NOTICE_PHRASES
        && !found
            .iter()
            .all(|phrase| TOPICAL_LEGAL_PHRASES.contains(&phrase.as_str()))
}

/// A copyright line or a legal notice: chrome, and the end of an article's run-on.
pub fn is_legal(text: &str) -> bool {
    (could_open_legal(text) && opens_legal(text)) || is_legal_notice(text)
}

/// The weight of a chrome paragraph of `chars` characters.
pub fn chrome_weight(chars: usize) -> f64 {
    -CHROME_WEIGHT * chars.clamp(CHROME_MIN_CHARS, CHROME_MAX_CHARS) as f64
}

/// `re.findall(r"\w+", text, re.ASCII)`.
fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// A title-case line without figures: `min_words` words of four letters or more,
/// `share` of them capitalised.
pub fn is_title(text: &str, min_words: usize, share: f64) -> bool {
    if text.chars().any(is_py_digit) || text.matches(',').count() >= 2 {
        return false; // figures, or an enumeration of names
    }
    if ends_sentence(text) && !text.trim_end_matches(is_py_space).ends_with('?') {
        return false;
    }
    let long: Vec<&str> = words(text)
        .filter(|word| word.chars().count() >= 4)
        .collect();
    let capitals = long
        .iter()
        .filter(|word| word.chars().next().is_some_and(is_py_upper))
        .count();
    long.len() >= min_words && capitals as f64 >= share * long.len() as f64
}

/// A cheap test that every text a legal phrase matches in passes.
fn could_hold_legal_phrase(text: &str) -> bool {
    if !text.is_ascii() && text.contains(ASCII_CASE_VARIANTS) {
        return true;
    }
    let lowered = text.to_ascii_lowercase(); // no other character lowers to ASCII
    LEGAL_PHRASE_CORES.iter().any(|core| lowered.contains(core))
}

/// A cheap test that every text a copyright opening matches passes: "©", "(" or
/// "copyright" within its first characters.
fn could_open_legal(text: &str) -> bool {
    let head: String = text.chars().take(4).collect();
    if head.contains(['©', '(']) {
        return true;
    }
    let window: String = text
        .chars()
        .skip(1)
        .take(7)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    window.contains("opyr")
}

/// A copyright line opening: up to three non-word characters, then "©",
/// "(c) 2026" or "copyright" with "©", "(c)" or a year (`\W{0,3}(?:...)`, ignoring case).
fn opens_legal(text: &str) -> bool {
    let mut at = 0;
    for skipped in 0..=3 {
        if notice_at(&text[at..]) {
            return true;
        }
        match text[at..].chars().next() {
            Some(c) if !is_word(c) && skipped < 3 => at += c.len_utf8(),
            _ => return false,
        }
    }
    false
}

fn notice_at(text: &str) -> bool {
    if text.starts_with('©') {
        return true;
    }
    if let Some(rest) = strip_ascii_prefix(text, "(c)") {
        return year_at(rest.trim_start_matches(is_regex_space));
    }
    if let Some(rest) = strip_ascii_prefix(text, "copyright") {
        let rest = rest.trim_start_matches(is_regex_space);
        return rest.starts_with('©') || strip_ascii_prefix(rest, "(c)").is_some() || year_at(rest);
    }
    false
}

/// `text` without `prefix`, compared ignoring ASCII case.
fn strip_ascii_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Four decimal digits (`\d{4}`).
fn year_at(text: &str) -> bool {
    text.chars().take(4).filter(|&c| is_decimal(c)).count() == 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scorer() -> Scorer {
        let stop = [
            "the", "of", "and", "to", "a", "in", "on", "that", "was", "it", "for", "at",
        ];
        Scorer::new(stop.map(String::from))
    }

    #[test]
    fn prose_chrome_and_between() {
        let s = scorer();
        assert!(s.score("Sign in") < 0.0);
        let prose = "The council voted on Monday to close the library, and it said that the \
                     building was too old to repair.";
        assert_eq!(s.score(prose), prose.chars().count() as f64);
        assert_eq!(s.kind("1. The council met on Monday."), Kind::Neutral);
    }

    #[test]
    fn legal_lines_are_chrome() {
        assert!(opens_legal("— Copyright 2026 The Paper"));
        assert!(opens_legal("(c) 2026 The Paper"));
        assert!(!opens_legal("Cookies and copyright"));
        assert!(is_legal_notice(
            "Apple TV is a registered trademark of Apple Inc. All rights reserved."
        ));
        assert!(!is_legal_notice(
            "The app changed its privacy policy and its terms of service on Monday."
        ));
        assert!(is_legal_notice(
            "ALL RİGHTS RESERVED. Registered trademark of X."
        ));
    }

    #[test]
    fn glued_teasers() {
        let s = scorer();
        assert!(s.is_glued_teaser(
            "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota flopped for \
             the blue oval at the track."
        ));
        assert!(!s.is_glued_teaser(
            "The Doobie Brothers Unite With Michael McDonald for a tour of the country and the \
             world."
        ));
    }
}
