//! Page chrome: the line tests of the `cookie_notices`, `navigation` and `footers` filters.
//!
//! Cookie banners ("We use cookies to improve your experience", "Utilizziamo i cookie
//! per ..."), breadcrumb trails ("Home > World > Asia"), menu entries ("U.S.", "Home &
//! Garden", "国内"), copyright notices ("© 2026 Example Media. All rights reserved."),
//! trust links ("Our Standards: The Thomson Reuters Trust Principles.") and rows of
//! footer links ("Privacy Policy | Terms of Use"). The phrase lists, the one-word guard,
//! menu runs, pagers and trails glued to titles stay in Python; these are the tests of
//! one line on its own, which every round asks of every line.
//!
//! The verdicts are those of the Python patterns this replaces (kept as the oracle in
//! `tests/reference_chrome.py`), transcribed as `src/widgets.rs` does it:
//!
//! * **A spelling of one byte per character** (`spell`) for the patterns that stay
//!   patterns (the cookie sentences, the breadcrumb trails): ASCII as it is; "İ", the
//!   Kelvin sign and "ſ" as the "i", "k" and "s" that Python's `regex` takes them for
//!   under IGNORECASE; the breadcrumb arrows as bytes of their own; any other character
//!   as "_" if it is a `\w` of Python's `regex` (so `\b` and `\w` hold), as one byte if
//!   it is White_Space (`\s`, the same in both engines), as another otherwise. Counted
//!   repetitions (`.{0,120}?`, `{1,60}`) then count characters, and the patterns are
//!   small byte classes that compile in a millisecond.
//! * **Code, not patterns,** where Python's held look-around or lazy parts tied to the
//!   end of the line: the copyright notice (its look-behind only says that "©", "(c)"
//!   or "copyright" comes before the year), the menu entry (a dot between capitals),
//!   the trust link and the split of a link row.
//! * **Classes** from the generated tables of `src/text.rs`: `\w`, `\d`, `\p{L}`,
//!   `\p{Lu}` and the Han, hiragana and katakana scripts as Python's `regex` has them;
//!   `\p{N}` as Rust's `char::is_numeric` (the differential test compares every
//!   character Python assigns).
//! * **Case.** The lexicon's cookie-banner openings are spelt by `bylines::literal`,
//!   which has Python `regex`'s IGNORECASE ("i" takes "İ").

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use regex::bytes::Regex as BytesRegex;
use regex::Regex;

use crate::bylines::literal;
use crate::lines::phrase_key;
use crate::text::{
    char_len, is_cjk, is_decimal, is_letter, is_regex_space, is_upper_letter, is_word, py_split,
    py_strip,
};

/// Longer lines are prose, not a banner (in characters).
const MAX_BANNER_CHARS: usize = 600;
/// The openings of other languages are tried from this length on: "이 웹사이트는 쿠키를
/// 사용합니다." is 17 characters.
const MIN_BANNER_CHARS: usize = 12;
/// Breadcrumb trails, copyright notices and link rows are at most this long.
const MAX_FOOTER_CHARS: usize = 200;
/// A trust link is at most this long.
const MAX_TRUST_LINK_CHARS: usize = 100;
/// A menu entry is at most this long.
const MAX_ENTRY_CHARS: usize = 30;
/// ... and has at most this many words ("Home & Garden").
const MAX_ENTRY_WORDS: usize = 3;
/// ... or Han and kana characters, which need no spaces ("国内" is an entry,
/// "市政府宣布扩建绿道" a headline).
const MAX_ENTRY_SPACELESS_CHARS: usize = 6;

/// `spell`'s bytes for the breadcrumb arrows "›", "»" and "→".
const SINGLE_ANGLE: u8 = 0x80;
const DOUBLE_ANGLE: u8 = 0x81;
const ARROW: u8 = 0x82;
/// `spell`'s byte for any other White_Space character (`\s`, not `\w`).
const OTHER_SPACE: u8 = 0x83;
/// `spell`'s byte for any other character that is neither `\w` nor `\s`.
const OTHER: u8 = 0x84;

/// One byte per character of `text`, for the byte patterns below (see the module's header).
fn spell(text: &str) -> Cow<'_, [u8]> {
    if text.is_ascii() {
        return Cow::Borrowed(text.as_bytes());
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if c.is_ascii() => c as u8,
                'İ' => b'i',
                '\u{212A}' => b'k', // the Kelvin sign
                'ſ' => b's',
                '›' => SINGLE_ANGLE,
                '»' => DOUBLE_ANGLE,
                '→' => ARROW,
                c if is_regex_space(c) => OTHER_SPACE,
                c if is_word(c) => b'_',
                _ => OTHER,
            })
            .collect(),
    )
}

/// The site speaking about its own cookies: "We use cookies to ...", "By continuing
/// to browse ... cookie policy" (`_COOKIE_SENTENCE_RE`, on `spell`'s bytes).
static COOKIE_SENTENCE: LazyLock<BytesRegex> = LazyLock::new(|| {
    BytesRegex::new(
        r"(?xi-u)
          \b(?:we|this\ (?:web)?site|our\ (?:web)?site|our\ partners|we\ and\ our\ (?:\w+\ ){0,2}partners)
            \ (?:\w+\ ){0,2}(?:use|uses|store|place|set)s?\ (?:\w+\ ){0,3}cookies\b
        | \bby\ (?:continuing|using|browsing|clicking|staying)\b .{0,120}? \b(?:cookies|privacy\ policy|cookie\ policy)\b",
    )
    .expect("the cookie sentence pattern is valid")
});

/// What a banner says cookies are for; a recipe ("We use cookies as the base of this
/// crust") says none of it (`_COOKIE_PURPOSE_RE`, on `spell`'s bytes).
static COOKIE_PURPOSE: LazyLock<BytesRegex> = LazyLock::new(|| {
    BytesRegex::new(
        r"(?i-u)\b(?:experience|brows|site|website|consent|privacy|polic|personali[sz]|analytic|advertis|partners|settings|preferences|agree|traffic|content|services|functional)",
    )
    .expect("the cookie purpose pattern is valid")
});

/// A breadcrumb trail, the whole line: "Home > World > Asia", "Home / News", "Docs >
/// Guides > Retries" (`_BREADCRUMB_RE`, on `spell`'s bytes: "›", "»", "→" are
/// `\x80`-`\x82`, `\x83` is a space).
static BREADCRUMB: LazyLock<BytesRegex> = LazyLock::new(|| {
    BytesRegex::new(
        r"(?x-u)^(?:
          (?i:home|homepage|start) [\s\x83]* (?:[>\x80\x81/|\x82]|&gt;) [\s\x83]*
            [^>\x80\x81/|\x82.!?]{1,40} (?: [\s\x83]* (?:[>\x80\x81/|\x82]|&gt;) [\s\x83]* [^>\x80\x81/|\x82.!?]{1,60} ){0,6}
        | [^>\x80\x81\x82.!?]{1,40} (?: [\s\x83]* (?:[>\x80\x81\x82]|&gt;) [\s\x83]* [^>\x80\x81\x82.!?]{1,60} ){2,6}
        )$",
    )
    .expect("the breadcrumb pattern is valid")
});

/// The openings of a trust link, before its colon: "Our Standards: The Thomson Reuters
/// Trust Principles." (case-insensitive).
const TRUST_LINK_OPENINGS: &[&str] = &[
    "our standards",
    "our editorial standards",
    "editorial standards",
    "editorial policy",
    "editorial policies",
    "editorial guidelines",
    "corrections policy",
    "ethics policy",
];

/// The chrome tests of one lexicon: its cookie-banner openings with their gate, and its
/// footer and navigation link phrases.
pub struct ChromeMatcher {
    /// The lexicon's banner openings ("Wir verwenden Cookies"), case-insensitive.
    openings: Option<Regex>,
    /// Strings one of which a line needs before the openings are tried ("cookie", "Cookie").
    gates: Vec<String>,
    /// Phrase keys of footer and navigation links ("privacy policy", "home").
    links: HashSet<String>,
}

impl ChromeMatcher {
    /// Built from the lexicon's `cookie_sentences`, the gate strings the Python filter
    /// derives from its consent words, and the `footers` and `navigation` phrase keys.
    pub fn new(openings: &[String], gates: &[String], links: &[String]) -> Self {
        let openings = (!openings.is_empty()).then(|| {
            let alternation: Vec<String> = openings.iter().map(|o| literal(o)).collect();
            Regex::new(&alternation.join("|")).expect("literal openings are a valid pattern")
        });
        ChromeMatcher {
            openings,
            gates: gates.to_vec(),
            links: links.iter().cloned().collect(),
        }
    }

    /// A cookie banner in the site's own voice (`CookieNotices.pattern_rule_for`), for a
    /// stripped line.
    pub fn is_cookie_banner(&self, text: &str) -> bool {
        if text.len() > MAX_BANNER_CHARS && char_len(text) > MAX_BANNER_CHARS {
            return false;
        }
        if text.contains("ookie") {
            let spelled = spell(text);
            if COOKIE_SENTENCE.is_match(&spelled) && COOKIE_PURPOSE.is_match(&spelled) {
                return true;
            }
        }
        match &self.openings {
            Some(openings) => {
                (text.len() >= MIN_BANNER_CHARS && char_len(text) >= MIN_BANNER_CHARS)
                    && self.gates.iter().any(|gate| text.contains(gate.as_str()))
                    && openings.is_match(text)
            }
            None => false,
        }
    }

    /// A breadcrumb trail (`Navigation.pattern_rule_for`), for a stripped line.
    pub fn is_breadcrumb(&self, text: &str) -> bool {
        if text.len() > MAX_FOOTER_CHARS && char_len(text) > MAX_FOOTER_CHARS {
            return false;
        }
        let hinted = text.contains(['>', '›', '»', '/', '|', '→']) || text.contains("&gt;");
        hinted && BREADCRUMB.is_match(&spell(text))
    }

    /// A footer line (`Footers.pattern_rule_for`), for a stripped line.
    pub fn footer_rule(&self, text: &str) -> Option<FooterRule> {
        if text.len() > MAX_FOOTER_CHARS && char_len(text) > MAX_FOOTER_CHARS {
            return None;
        }
        if is_copyright(text) {
            return Some(FooterRule::Copyright);
        }
        if text.contains(':') && is_trust_link(text) {
            return Some(FooterRule::Link);
        }
        if text.contains(['|', '·', '•']) && self.is_link_row(text) {
            return Some(FooterRule::LinkRow);
        }
        None
    }

    /// Two or more footer or navigation links between separators: "Privacy Policy | Terms
    /// of Use | Contact Us" (`_LINK_SEPARATORS_RE.split`, then `phrase_key` of each part).
    fn is_link_row(&self, text: &str) -> bool {
        let mut parts = 0;
        for part in link_row_parts(text) {
            if py_strip(part).is_empty() {
                continue;
            }
            if !self.links.contains(phrase_key(part).as_ref()) {
                return false;
            }
            parts += 1;
        }
        parts >= 2
    }
}

/// Which footer rule a line falls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FooterRule {
    Copyright,
    Link,
    LinkRow,
}

/// The pieces of `text` between link separators, the White_Space around each separator
/// taken with it (`regex.split(r"\s*[|·•]\s*", text)`).
fn link_row_parts(text: &str) -> impl Iterator<Item = &str> {
    let is_separator = |c: char| matches!(c, '|' | '·' | '•');
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(is_separator) {
            None => {
                rest = None;
                Some(current)
            }
            Some(at) => {
                let separator = current[at..].chars().next().map_or(1, char::len_utf8);
                // The leftmost match starts where the White_Space before the separator does.
                let part = current[..at].trim_end_matches(is_regex_space);
                rest = Some(current[at + separator..].trim_start_matches(is_regex_space));
                Some(part)
            }
        }
    })
}

/// Whether `c` is `lower` (ASCII, lower case) under Python `regex`'s IGNORECASE, which
/// also takes "İ" for "i", the Kelvin sign for "k" and "ſ" for "s".
#[inline]
fn folds_to(c: char, lower: char) -> bool {
    c == lower
        || c == lower.to_ascii_uppercase()
        || matches!((lower, c), ('i', 'İ') | ('k', '\u{212A}') | ('s', 'ſ'))
}

/// Whether `chars` starts with `word` (ASCII, lower case) under IGNORECASE.
fn starts_folded(chars: &[char], word: &str) -> bool {
    chars.len() >= word.len() && word.chars().zip(chars).all(|(w, &c)| folds_to(c, w))
}

/// The end of a copyright mark ("©", "(c)", "(C)") starting at `at`, if one does.
fn mark_end(chars: &[char], at: usize) -> Option<usize> {
    match chars.get(at..) {
        Some(['©', ..]) => Some(at + 1),
        Some(['(', c, ')', ..]) if folds_to(*c, 'c') => Some(at + 3),
        _ => None,
    }
}

/// The first position from `at` on that is not White_Space (`\s*`).
fn skip_spaces(chars: &[char], mut at: usize) -> usize {
    while chars.get(at).is_some_and(|&c| is_regex_space(c)) {
        at += 1;
    }
    at
}

/// Whether `chars[from..]` is a `.{0,160}`: at most 160 characters, no line feed.
fn rest_fits(chars: &[char], from: usize) -> bool {
    chars.len() - from <= 160 && !chars[from..].contains(&'\n')
}

/// Whether four `\d` start at `at`, followed by a `.{0,160}` to the end.
fn year_and_rest(chars: &[char], at: usize) -> bool {
    chars
        .get(at..at + 4)
        .is_some_and(|year| year.iter().all(|&c| is_decimal(c)))
        && rest_fits(chars, at + 4)
}

/// A copyright notice, the whole line (`_COPYRIGHT_RE.fullmatch`):
///
/// * "Copyright 2026 AP", "© 2026 Example Media", "(c) 2026": a mark or the word, then
///   a year, then anything (the look-behind of the pattern asks for one of them);
/// * "Copyright © The Times": the word and a mark, then anything;
/// * "© Example Media Ltd": the mark, then a capital;
/// * "2026 Example Ltd. All rights reserved.": a mark or a year among the first 121
///   characters, the words at most 80 characters later and at the end.
fn is_copyright(text: &str) -> bool {
    let first = text.chars().next();
    let opened = matches!(first, Some('©' | '(' | 'c' | 'C'));
    // "reserved" ends the last word.
    let reserved = text
        .chars()
        .rev()
        .find(|&c| is_word(c))
        .is_some_and(|c| folds_to(c, 'd'));
    if !opened && !reserved {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    if opened && is_opened_copyright(&chars) {
        return true;
    }
    reserved && is_reserved_copyright(&chars)
}

/// The first three alternatives of `_COPYRIGHT_RE`: a mark or the word "copyright" first.
fn is_opened_copyright(chars: &[char]) -> bool {
    if starts_folded(chars, "copyright") {
        let at = skip_spaces(chars, "copyright".len());
        return match mark_end(chars, at) {
            // "Copyright © The Times", "Copyright (c) 2026 ..."
            Some(end) => rest_fits(chars, end) || year_and_rest(chars, skip_spaces(chars, end)),
            None => year_and_rest(chars, at), // "Copyright 2026 AP"
        };
    }
    if let Some(end) = mark_end(chars, 0) {
        let at = skip_spaces(chars, end);
        if year_and_rest(chars, at) {
            return true; // "© 2026 Example Media"
        }
        // "© Example Media Ltd"
        return chars[0] == '©'
            && chars.get(at).is_some_and(|&c| is_upper_letter(c))
            && rest_fits(chars, at + 1);
    }
    false
}

/// The last alternative of `_COPYRIGHT_RE`: `.{0,120}? (?: © | \b\d{4}\b ) .{0,80}?
/// \b(?i:all rights reserved) \W*`.
fn is_reserved_copyright(chars: &[char]) -> bool {
    const WORDS: &str = "all rights reserved";
    let n = chars.len();
    // Only non-word characters may follow the words, so they end at the last word character.
    let Some(last) = chars.iter().rposition(|&c| is_word(c)) else {
        return false;
    };
    let Some(at) = (last + 1).checked_sub(WORDS.len()) else {
        return false;
    };
    if !starts_folded(&chars[at..], WORDS)
        || (at > 0 && is_word(chars[at - 1]))
        || chars[..at].contains(&'\n')
    {
        return false;
    }
    (0..=at.min(120)).any(|start| {
        let end = if chars[start] == '©' {
            start + 1
        } else if start + 4 <= n
            && chars[start..start + 4].iter().all(|&c| is_decimal(c))
            && (start == 0 || !is_word(chars[start - 1]))
            && (start + 4 == n || !is_word(chars[start + 4]))
        {
            start + 4
        } else {
            return false;
        };
        end <= at && at - end <= 80
    })
}

/// A trust link with its target after a colon, a title of a few words: "Our Standards:
/// The Thomson Reuters Trust Principles." (`_TRUST_LINK_RE.fullmatch`).
fn is_trust_link(text: &str) -> bool {
    if text.len() > MAX_TRUST_LINK_CHARS && char_len(text) > MAX_TRUST_LINK_CHARS {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    TRUST_LINK_OPENINGS.iter().any(|opening| {
        if !starts_folded(&chars, opening) {
            return false;
        }
        let colon = skip_spaces(&chars, opening.len());
        if chars.get(colon) != Some(&':') {
            return false;
        }
        let title = skip_spaces(&chars, colon + 1);
        title > colon + 1
            && chars.get(title).is_some_and(|&c| is_upper_letter(c))
            && is_few_words(&chars[title + 1..])
    })
}

/// `\S*(?:\ \S+){0,7}` as a full match: words joined by single spaces (U+0020), at most
/// seven of them, none at the end.
fn is_few_words(chars: &[char]) -> bool {
    let mut spaces = 0;
    for (at, &c) in chars.iter().enumerate() {
        if c == ' ' {
            spaces += 1;
            if spaces > 7 || chars.get(at + 1).is_none_or(|&next| is_regex_space(next)) {
                return false;
            }
        } else if is_regex_space(c) {
            return false;
        }
    }
    true
}

/// A menu entry (`Navigation._is_menu_entry`), for a stripped line: at most 30
/// characters of letters, digits, "&", apostrophes, spaces and hyphens, or dots between
/// capitals ("U.S."); at most three words and six Han or kana characters.
pub fn is_menu_entry(text: &str) -> bool {
    if text.is_empty() || (text.len() > MAX_ENTRY_CHARS && char_len(text) > MAX_ENTRY_CHARS) {
        return false;
    }
    // ASCII text is judged by `re`'s pattern, whose spaces are " \t\v\f"; any other by
    // `regex`'s, whose `\s` also takes "\n", "\r" and the spaces beyond ASCII.
    let ascii = text.is_ascii();
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    let mut spaceless = 0;
    while let Some(c) = chars.next() {
        let allowed = match c {
            '&' | '\'' | '’' | '-' => true,
            // Any space that rejoin writes as " ": else an entry would become one in
            // the output, and a second cleaning remove its menu.
            '\n' | '\r' => !ascii,
            c if is_regex_space(c) => true,
            // `(?<=\p{Lu})\.(?=\p{Lu}|$)`; `$` also stands before a final "\n".
            '.' => {
                let mut rest = chars.clone();
                previous.is_some_and(is_upper_letter)
                    && match rest.next() {
                        None => true,
                        Some('\n') => rest.next().is_none(),
                        Some(next) => is_upper_letter(next),
                    }
            }
            c => is_letter(c) || c.is_numeric(),
        };
        if !allowed {
            return false;
        }
        spaceless += usize::from(is_cjk(c));
        previous = Some(c);
    }
    spaceless <= MAX_ENTRY_SPACELESS_CHARS && py_split(text).nth(MAX_ENTRY_WORDS).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> ChromeMatcher {
        let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        ChromeMatcher::new(
            &words(&["wir verwenden cookies", "utilizziamo i cookie"]),
            &words(&["cookie", "Cookie", "COOKIE"]),
            &words(&["privacy policy", "terms of use", "contact us"]),
        )
    }

    #[test]
    fn cookie_banners() {
        let m = matcher();
        assert!(m.is_cookie_banner("We use cookies to improve your experience."));
        assert!(m.is_cookie_banner("By continuing to browse you accept our cookie policy."));
        assert!(!m.is_cookie_banner("We use cookies as the base of this crust."));
        assert!(m.is_cookie_banner("Utilizziamo i cookie per essere sicuri"));
        assert!(m.is_cookie_banner("WİR VERWENDEN COOKIES."));
        assert!(!m.is_cookie_banner("Wir verwenden Kekse."));
    }

    #[test]
    fn breadcrumbs() {
        let m = matcher();
        assert!(m.is_breadcrumb("Home > World > Asia"));
        assert!(m.is_breadcrumb("Home / News"));
        assert!(m.is_breadcrumb("Docs › Guides › Retries"));
        assert!(m.is_breadcrumb("Docs &gt; Guides &gt; Retries"));
        assert!(!m.is_breadcrumb("Docs > Guides"));
        assert!(!m.is_breadcrumb("He said: 3 > 2. Then left."));
    }

    #[test]
    fn footers() {
        let m = matcher();
        let rule = |text: &str| m.footer_rule(text);
        assert_eq!(rule("© 2026 Example Media"), Some(FooterRule::Copyright));
        assert_eq!(rule("Copyright © The Times"), Some(FooterRule::Copyright));
        assert_eq!(rule("(c) 2026 AP"), Some(FooterRule::Copyright));
        assert_eq!(rule("© Example Media Ltd"), Some(FooterRule::Copyright));
        assert_eq!(
            rule("2026 Example Ltd. All rights reserved."),
            Some(FooterRule::Copyright)
        );
        assert_eq!(rule("2026 was the year."), None);
        assert_eq!(rule("Example Ltd. All rights reserved."), None);
        assert_eq!(
            rule("Our Standards: The Thomson Reuters Trust Principles."),
            Some(FooterRule::Link)
        );
        assert_eq!(rule("Our Standards: the principles."), None);
        assert_eq!(
            rule("Privacy Policy | Terms of Use · Contact Us"),
            Some(FooterRule::LinkRow)
        );
        assert_eq!(rule("Privacy Policy | Weather"), None);
        assert_eq!(rule("| Privacy Policy |"), None);
    }

    #[test]
    fn menu_entries() {
        assert!(is_menu_entry("U.S."));
        assert!(is_menu_entry("Home & Garden"));
        assert!(is_menu_entry("国内"));
        assert!(!is_menu_entry("市政府宣布扩建绿道"));
        assert!(!is_menu_entry("The end."));
        assert!(!is_menu_entry("one two three four"));
        assert!(!is_menu_entry("u.S."));
    }

    #[test]
    fn link_rows_split_as_python_does() {
        let parts: Vec<&str> = link_row_parts("a \u{1c}| b •c  ·  | d").collect();
        assert_eq!(parts, ["a \u{1c}", "b", "c", "", "d"]);
    }
}
