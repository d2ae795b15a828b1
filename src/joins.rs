//! Where rejoin joins two lines: `should_join` and `is_wrap_break` of `cleaner/rejoin.py`.
//!
//! Every pair of kept lines asks these questions, several times per page (the
//! navigation filter, main content, the joined-paragraph round, rejoin itself),
//! so they run here. They are the decisions of the last Python version
//! (`tests/reference_joins.py`, the oracle of `tests/test_core_joins.py`), with
//! Python's character classes: `str.isspace`, `str.isalpha`, `str.islower`,
//! `str.isalnum`, and the `\w`, `\d`, `\s`, `\p{L}` and `\p{Ll}` of the `regex`
//! module (`src/text.rs`). The patterns with look-around or reverse search are
//! written as scans; each decision reads a line once, or only its tail.

use std::collections::HashSet;

use crate::shape::{ends_sentence, is_list_item, list_marker_len};
use crate::text::{
    casefold, char_len, is_cjk, is_decimal, is_letter, is_lower_letter, is_py_alnum, is_py_alpha,
    is_py_digit, is_py_lower, is_py_space, is_py_upper, is_regex_space, is_word, py_isupper,
    py_lstrip, py_split, py_strip,
};

/// How far back from the end of a paragraph joining decisions look (`_TAIL_CHARS`).
pub const TAIL_CHARS: usize = 120;
/// A bold label that joins its text after a colon has at most this many words.
const LABEL_MAX_WORDS: usize = 4;
/// An attribution is a dash and at most this many words ("— Jane Doe (@jdoe)").
const ATTRIBUTION_MAX_WORDS: usize = 8;
/// A date line ("November 18, 2019") has at most this many words.
const DATE_MAX_WORDS: usize = 4;
/// An inline link's text is at most this many words, and the sentence it cuts
/// has at least this many before it (see `is_inline_fragment`).
const FRAGMENT_MAX_WORDS: usize = 4;
const FRAGMENT_MIN_WORDS_BEFORE: usize = 4;
/// A Chinese or Japanese sentence cut in two has run this long since the last
/// full stop; a headline is shorter.
const CJK_CUT_MIN_CHARS: usize = 20;
/// A paragraph's first line may stand this many columns right of the lines under it.
const WRAP_FIRST_LINE_INDENT: i64 = 2;
/// How many columns short of the measured width a line may end and still be full.
const WRAP_SLACK: i64 = 0;

/// Characters that close what came before: a line starting with one joins.
const CLOSING_STARTS: &str = ".,;:!?)]}”’。，、；：！？）」』》〉】،؛";
/// A comma, a semicolon or a dash at the end of a line: the sentence goes on.
const SOFT_ENDS: &str = ",;、，；،؛—–-";
/// An opening bracket or quote at the end of a line.
const OPENING_ENDS: &str = "([{“‘「『《〈【（«„";
/// An aside opened after an unfinished line: "(Serbia) found ...", "— to land ...".
const ASIDE_STARTS: &str = "(—–";
/// Chinese and Japanese particles that do not end a clause.
const CJK_CONTINUING_CHARS: &str = "的了在和与及是把被对向从以为将等のはがをにでともへや";
/// Chinese and Japanese full stops.
const CJK_SENTENCE_ENDS: &str = "。！？";
/// The marks that open a clause inside a sentence; not "、" nor "：", which headlines have.
const CJK_CLAUSE_MARKS: &str = "，；";
/// A list marker, or a dash within a sentence that a wrap put first on a line.
const DASHES: &str = "-–—";

/// The join decisions of one language's `ScriptRules`.
///
/// `spaceless` and `hyphenates` ride along so that the object stands for the
/// whole `ScriptRules` it was built from (and pickles as it); the decisions
/// here read only the continuing words.
#[derive(Debug, Clone)]
pub struct Joiner {
    pub spaceless: bool,
    pub hyphenates: bool,
    /// Case-folded words after which a sentence cannot stop ("the", "of").
    continuing_words: HashSet<String>,
}

impl Joiner {
    pub fn new<S: AsRef<str>>(spaceless: bool, hyphenates: bool, continuing_words: &[S]) -> Self {
        Joiner {
            spaceless,
            hyphenates,
            continuing_words: continuing_words
                .iter()
                .map(|word| word.as_ref().to_owned())
                .collect(),
        }
    }

    /// The continuing words, sorted (for pickling).
    pub fn continuing_words(&self) -> Vec<&str> {
        let mut words: Vec<&str> = self.continuing_words.iter().map(String::as_str).collect();
        words.sort_unstable();
        words
    }

    /// Whether `nxt` continues the paragraph that `prev` ends; `after` is the
    /// line after `nxt` ("" for none). See `should_join` in `cleaner/rejoin.py`.
    pub fn should_join(&self, prev: &str, nxt: &str, after: &str) -> bool {
        let prev = tail(prev);
        let nxt = py_lstrip(nxt);
        self.joins(prev, nxt) || (!after.is_empty() && is_inline_fragment(prev, nxt, after))
    }

    /// The rules on the line pair alone; `prev` is already a tail, `nxt` left-stripped.
    fn joins(&self, prev: &str, nxt: &str) -> bool {
        let (Some(first), Some(last)) = (nxt.chars().next(), prev.chars().next_back()) else {
            return false;
        };
        if CLOSING_STARTS.contains(first) {
            return true;
        }
        let colon = last == ':';
        let finished = ends_sentence(prev);
        if (colon || finished) && is_web_address(nxt) {
            return true; // the link to what the sentence quotes or names
        }
        if colon {
            return is_py_alpha(first)
                && !is_list_item(nxt)
                && py_split(prev).nth(LABEL_MAX_WORDS).is_none();
        }
        if finished {
            return false;
        }
        if is_py_lower(first) {
            return true;
        }
        if SOFT_ENDS.contains(last) || OPENING_ENDS.contains(last) {
            return true;
        }
        if ASIDE_STARTS.contains(first) {
            return !ends_in_web_address(prev);
        }
        if is_attribution(prev) && is_date(nxt) {
            return true;
        }
        if is_cjk(last) {
            if CJK_CONTINUING_CHARS.contains(last) && is_cjk(first) {
                return true;
            }
            // A sentence cut where an inline link was: its clause has begun.
            return in_open_clause(prev) && (is_cjk(first) || is_py_alnum(first));
        }
        self.ends_in_continuing_word(prev)
    }

    /// Whether `prev` ends in a word after which a sentence cannot stop ("the",
    /// "of"): its last word of letters, before any non-word characters, after
    /// whitespace or at the start. A word in capitals is an abbreviation
    /// ("Toronto, ON"), unless the whole line is in capitals.
    fn ends_in_continuing_word(&self, prev: &str) -> bool {
        let body = prev.trim_end_matches(|c: char| !is_word(c));
        let word_start = body
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_letter(c))
            .last()
            .map_or(body.len(), |(at, _)| at);
        let word = &body[word_start..];
        if word.is_empty()
            || body[..word_start]
                .chars()
                .next_back()
                .is_some_and(|c| !is_regex_space(c))
        {
            return false;
        }
        if word.chars().nth(1).is_some() && py_isupper(word) && !py_isupper(prev) {
            return false;
        }
        self.continuing_words.contains(&casefold(word))
    }
}

/// The end of `text` without trailing whitespace: all that joining decisions look at.
///
/// Looking at the tail only keeps rebuilding a long paragraph linear in its length.
pub fn tail(text: &str) -> &str {
    let tail = text[last_chars_start(text, TAIL_CHARS)..].trim_end_matches(is_py_space);
    if !tail.is_empty() || py_strip(text).is_empty() {
        return tail;
    }
    let text = text.trim_end_matches(is_py_space);
    &text[last_chars_start(text, TAIL_CHARS)..]
}

/// Where the last `count` characters of `text` start (in bytes).
fn last_chars_start(text: &str, count: usize) -> usize {
    if text.len() <= count {
        return 0;
    }
    text.char_indices()
        .rev()
        .nth(count - 1)
        .map_or(0, |(at, _)| at)
}

/// A letter of a URL scheme (`(?i)[a-z]` of the `regex` module: "İ", "ſ" and the
/// Kelvin sign fold to ASCII letters).
fn is_scheme_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{130}' | '\u{17f}' | '\u{212a}')
}

/// Whether `token`, which holds no whitespace, opens with a web address:
/// a scheme and "://", "www.", or a host name with a dot, then "/".
/// (`(?:[a-z][a-z0-9+.-]*://|www\.|[\w-]+(?:\.[\w-]+)+/)`, ignoring case.)
fn opens_web_address(token: &str) -> bool {
    let mut chars = token.chars();
    if chars.next().is_some_and(is_scheme_letter) {
        let scheme = chars.as_str();
        let rest = scheme.trim_start_matches(|c: char| {
            is_scheme_letter(c) || c.is_ascii_digit() || matches!(c, '+' | '.' | '-')
        });
        if rest.starts_with("://") {
            return true;
        }
    }
    let bytes = token.as_bytes();
    if bytes.len() >= 4 && bytes[..3].eq_ignore_ascii_case(b"www") && bytes[3] == b'.' {
        return true;
    }
    // A host: runs of [\w-] joined by single dots, at least one dot, then "/".
    let host_end = token
        .find(|c: char| !(is_word(c) || c == '-' || c == '.'))
        .unwrap_or(token.len());
    let host = &token[..host_end];
    token[host_end..].starts_with('/')
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !host.contains("..")
}

/// True for a line that is one web address and nothing else ("https://t.co/x1",
/// "pic.twitter.com/x1").
pub fn is_web_address(line: &str) -> bool {
    let line = py_strip(line);
    opens_web_address(line) && !line.contains(is_regex_space)
}

/// Whether `prev` (which ends without whitespace) ends in a web address: its
/// last run of non-whitespace opens with one. The address closes what it
/// stands in, so a dash after it opens an attribution, not an aside.
fn ends_in_web_address(prev: &str) -> bool {
    let start = prev
        .char_indices()
        .rev()
        .find(|&(_, c)| is_regex_space(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    opens_web_address(&prev[start..])
}

/// True for a line that credits a quote or a post: a dash, then a few words
/// ("— Jane Doe (@jdoe)").
pub fn is_attribution(line: &str) -> bool {
    let line = py_strip(line);
    let mut chars = line.chars();
    if !matches!(chars.next(), Some('—' | '–')) {
        return false;
    }
    let rest = chars.as_str();
    let text = rest.trim_start_matches(is_regex_space);
    text.len() < rest.len()
        && !text.is_empty()
        && py_split(line).nth(ATTRIBUTION_MAX_WORDS + 1).is_none()
}

/// True for a short line that ends in a year: "November 18, 2019", "18. November 2019".
pub fn is_date(line: &str) -> bool {
    let line = py_strip(line);
    if py_split(line).nth(DATE_MAX_WORDS).is_some() {
        return false;
    }
    // `(?<!\d)(?:1[89]|20)\d\d$`
    let mut back = line.chars().rev();
    let (Some(fourth), Some(third), Some(second), Some(first)) =
        (back.next(), back.next(), back.next(), back.next())
    else {
        return false;
    };
    matches!((first, second), ('1', '8' | '9') | ('2', '0'))
        && is_decimal(third)
        && is_decimal(fourth)
        && !back.next().is_some_and(is_decimal)
}

/// Whether Chinese or Japanese `text` stops inside a long sentence that a comma
/// has opened: a comma after the last full stop, and `CJK_CUT_MIN_CHARS` since it.
fn in_open_clause(text: &str) -> bool {
    let start = text
        .char_indices()
        .rev()
        .find(|&(_, c)| CJK_SENTENCE_ENDS.contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let sentence = &text[start..];
    sentence.contains(|c: char| CJK_CLAUSE_MARKS.contains(c))
        && sentence.chars().nth(CJK_CUT_MIN_CHARS - 1).is_some()
}

/// A word of lower-case letters, apostrophes and hyphens inside, as a sentence
/// runs on (`\p{Ll}[\p{L}'’-]*\p{L}|\p{Ll}`, whole).
fn is_lower_word(word: &str) -> bool {
    let mut chars = word.chars();
    if !chars.next().is_some_and(is_lower_letter) {
        return false;
    }
    match chars.next_back() {
        None => true,
        Some(last) => {
            is_letter(last) && chars.all(|c| is_letter(c) || matches!(c, '\'' | '’' | '-'))
        }
    }
}

/// True for a short line that stands inside a sentence: the text of an inline
/// link (``... better reviewed $99`` / ``Logitech MX Master 3`` / ``. I received``).
///
/// A capitalised fragment alone could be a heading, so the line after it must
/// go on with the sentence (closing punctuation or a lower-case word), and the
/// line before it must be an unfinished sentence of some length.
pub fn is_inline_fragment(prev: &str, fragment: &str, after: &str) -> bool {
    let prev = tail(prev);
    let after = py_lstrip(after);
    let (Some(last), Some(next)) = (prev.chars().next_back(), after.chars().next()) else {
        return false;
    };
    if last == ':' || ends_sentence(prev) {
        return false;
    }
    if ends_sentence(fragment) || py_split(fragment).nth(FRAGMENT_MAX_WORDS).is_some() {
        return false;
    }
    if !(CLOSING_STARTS.contains(next) || is_py_lower(next)) {
        return false;
    }
    if py_split(prev).nth(FRAGMENT_MIN_WORDS_BEFORE - 1).is_some() {
        return true;
    }
    // A shorter start of a sentence ("The researchers observed" / "Europa" / "for 17
    // nights"): its last word is in lower case, so it is no title, and the fragment is a name.
    py_split(prev).next_back().is_some_and(is_lower_word)
        && py_split(fragment).all(|word| {
            word.chars()
                .next()
                .is_some_and(|c| is_py_upper(c) || is_py_digit(c))
        })
}

/// A character that takes two columns in a terminal: CJK, Hangul, full-width forms.
#[inline]
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{303e}'
        | '\u{3041}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}')
}

/// How many terminal columns `text` takes: CJK and full-width characters take two.
pub fn display_width(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// The number of characters of leading whitespace (`str.lstrip`).
fn indentation(text: &str) -> usize {
    char_len(&text[..text.len() - py_lstrip(text).len()])
}

/// Whether `nxt` goes on with the line `prev` that a wrap at `width` columns broke.
///
/// The break was a wrap when the first word of `nxt` would not have fitted
/// after `prev`; `nxt` stands at the same indentation as `prev` (or, after a
/// list item, under the item's text; after a paragraph's first line, which a
/// browser may indent, a column or two to the left). A list item never
/// continues a line, but a dash can: a wrap may break before "- to put ...".
pub fn is_wrap_break(prev: &str, nxt: &str, width: i64) -> bool {
    let prev = prev.trim_end_matches(is_py_space);
    let body = py_lstrip(nxt);
    let Some(first) = body.chars().next() else {
        return false;
    };
    if prev.is_empty() {
        return false;
    }
    if is_list_item(nxt) && (!DASHES.contains(first) || is_list_item(prev)) {
        return false;
    }
    let indent = indentation(nxt);
    let outdent = indentation(prev) as i64 - indent as i64;
    if outdent != 0 {
        let marker = if is_list_item(prev) {
            list_marker_len(prev).map(|end| char_len(&prev[..end]))
        } else {
            None
        };
        let under_item = marker == Some(indent);
        let first_line = marker.is_none() && 0 < outdent && outdent <= WRAP_FIRST_LINE_INDENT;
        if !(under_item || first_line) {
            return false;
        }
    }
    let word = py_split(body).next().unwrap_or(body);
    let word_width = if is_wide(first) {
        2
    } else {
        display_width(word)
    };
    (display_width(prev) + 1 + word_width) as i64 > width - WRAP_SLACK
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> Joiner {
        Joiner::new(false, true, &["the", "of", "and", "to", "a"])
    }

    #[test]
    fn joins_a_sentence_cut_by_a_link() {
        let joiner = english();
        assert!(joiner.should_join(
            "Alibaba has also been driving",
            "a global AI initiative .",
            ""
        ));
        assert!(!joiner.should_join(
            "ByteDance kicks off recruitment",
            "Taobao and Tmall Group said",
            ""
        ));
        assert!(joiner.should_join("according to the", "World Health Organization", ""));
        assert!(!joiner.should_join("Budweiser Stage, Toronto, ON", "Next", ""));
        assert!(joiner.should_join("Viera (3-0):", "K. Hupfer 1 goal.", ""));
        assert!(!joiner.should_join("Ingredients:", "2 cups flour", ""));
        assert!(joiner.should_join("See the thread:", "https://t.co/x1", ""));
        assert!(joiner.should_join("— Jane Doe (@jdoe)", "November 18, 2019", ""));
    }

    #[test]
    fn joins_an_inline_fragment() {
        assert!(is_inline_fragment(
            "replaced with an even better reviewed $99",
            "Logitech MX",
            ". I got"
        ));
        assert!(!is_inline_fragment(
            "Storm closes ferries",
            "Gales forced the",
            "ferry company to"
        ));
        assert!(is_inline_fragment(
            "The researchers observed",
            "Europa",
            "for 17 nights"
        ));
    }

    #[test]
    fn cjk_clauses() {
        assert!(in_open_clause(
            "国家统计局今天发布的数据显示，十一月份全国工业增加值同比增长"
        ));
        assert!(!in_open_clause("经济运行总体平稳，稳中有进"));
        assert!(!in_open_clause("国家统计局发布经济数据"));
    }

    #[test]
    fn web_addresses() {
        assert!(is_web_address("https://t.co/x1"));
        assert!(is_web_address(" pic.twitter.com/x1 "));
        assert!(is_web_address("WWW.example.org"));
        assert!(!is_web_address("Read more at https://t.co/x1"));
        assert!(!is_web_address("a..b/c"));
        assert!(ends_in_web_address("see https://t.co/x"));
        assert!(!ends_in_web_address("see the ferry"));
    }

    #[test]
    fn dates_and_attributions() {
        assert!(is_date("November 18, 2019"));
        assert!(!is_date("It was the best season since 2019"));
        assert!(!is_date("12019"));
        assert!(is_attribution("— Jane Doe (@jdoe)"));
        assert!(!is_attribution("—Jane"));
    }

    #[test]
    fn tails_are_the_last_characters() {
        assert_eq!(tail("abc  "), "abc");
        let long = format!("{}{}", "x".repeat(10), " ".repeat(200));
        assert_eq!(tail(&long), "x".repeat(10));
        assert_eq!(tail("   "), "");
        assert_eq!(char_len(tail(&"é".repeat(300))), TAIL_CHARS);
    }

    #[test]
    fn wrap_breaks() {
        assert!(is_wrap_break(
            "   The group that owns most of her music says",
            "   old tracks at",
            48
        ));
        assert!(!is_wrap_break("   A short line.", "   Next paragraph", 50));
        assert!(is_wrap_break(
            "  * An item that runs on and on",
            "    under it",
            32
        ));
        assert!(!is_wrap_break(
            "   - a long item xxxxxxxx",
            "   - the next item",
            20
        ));
        assert_eq!(display_width("商標abc"), 7);
    }
}
