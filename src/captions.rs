//! The `captions` filter's verdict on a line: photo credits, captions closed by a credit,
//! labelled credits of other languages, agencies' captions and Chinese and Japanese meta rows.
//!
//! The word lists stay data (`cleaner/lexicons/<lang>/caption_*.txt`, `months.txt`): Python
//! gathers them and `CaptionMatcher::new` builds the patterns once. `CaptionMatcher::rule_for`
//! is the whole per-line decision (the cheap checks, the patterns and the tests around them);
//! only the neighbour rules of `Captions.find` (a label alone above its credit, spoken labels)
//! stay in Python. The decision and the patterns were Python's; each answer here is the one it
//! gave (`tests/reference_captions.py` is the oracle), with `str` semantics from `crate::text`
//! (`str.casefold`, `str.isupper`, `str.isalnum`, `str.split()`), and for the patterns:
//!
//! * Rust's `regex` has no look-around. A look-behind on one character is consumed instead
//!   (the match then starts one character later); the look-ahead that asks for an agency inside
//!   a bracket is a second pattern run over the bracket; `(?!\w)` is consumed too; and "a dot
//!   followed by a space and more" is marked in the text before a `bytes` pattern sees it.
//! * Python's `regex` (Unicode 17) knows letters and digits that `regex` (Unicode 16) does not
//!   yet: the `*_EXTRA` ranges add them, so `\p{Lu}`, `\p{L}`, `\d` and `\w` take the same
//!   characters.
//! * Under `(?i)` Python's `regex` also takes "İ" for "i" and "ı" for "I" (and the other way
//!   round): `case_insensitive` spells those four letters out.
//!
//! * The three patterns that repeat a name's classes most (`alone`, `trailing`, `named`)
//!   match a spelling of the line in a small alphabet (`crate::alphabet`), where `\p{Lu}`
//!   and `\p{L}` are short lists: their first use costs about half as much.
//!
//! Every pattern runs in linear time, so none needs a length guard to be safe.

use std::collections::{BTreeSet, HashMap, HashSet};

use regex::bytes::Regex as BytesRegex;
use regex::Regex;
use std::sync::OnceLock;

use crate::alphabet::{in_ranges, Alphabet, LETTER, UPPER};
use crate::text::{
    casefold, char_len, is_decimal, is_py_alnum, is_py_decimal, is_py_space, is_py_upper,
    is_regex_space, is_upper_letter, is_word, py_lstrip, py_split, py_strip,
};

/// Upper-case letters of Unicode 17 that Rust's `regex` does not know yet.
const LU_EXTRA: &str = r"\x{a7ce}\x{a7d2}\x{a7d4}\x{16ea0}-\x{16eb8}";
/// Letters of Unicode 17 that Rust's `regex` does not know yet.
const L_EXTRA: &str = r"\x{88f}\x{c5c}\x{cdc}\x{a7ce}-\x{a7cf}\x{a7d2}\x{a7d4}\x{a7f1}\x{10940}-\x{10959}\x{10ec5}-\x{10ec7}\x{11db0}-\x{11ddb}\x{16ea0}-\x{16eb8}\x{16ebb}-\x{16ed3}\x{16ff2}-\x{16ff3}\x{187f8}-\x{187ff}\x{18d09}-\x{18d1e}\x{18d80}-\x{18df2}\x{1e6c0}-\x{1e6de}\x{1e6e0}-\x{1e6e2}\x{1e6e4}-\x{1e6e5}\x{1e6e7}-\x{1e6ed}\x{1e6f0}-\x{1e6f4}\x{1e6fe}-\x{1e6ff}\x{2b73a}-\x{2b73f}\x{2cea2}-\x{2cead}\x{323b0}-\x{33479}";
/// Decimal digits of Unicode 17 that Rust's `regex` does not know yet.
const ND_EXTRA: &str = r"\x{11de0}-\x{11de9}";
/// Word characters of Unicode 17 that Rust's `regex` does not know yet.
const W_EXTRA: &str = r"\x{88f}\x{c5c}\x{cdc}\x{1acf}-\x{1add}\x{1ae0}-\x{1aeb}\x{a7ce}-\x{a7cf}\x{a7d2}\x{a7d4}\x{a7f1}\x{10940}-\x{10959}\x{10ec5}-\x{10ec7}\x{10efa}-\x{10efb}\x{11b60}-\x{11b67}\x{11db0}-\x{11ddb}\x{11de0}-\x{11de9}\x{16ea0}-\x{16eb8}\x{16ebb}-\x{16ed3}\x{16ff2}-\x{16ff6}\x{187f8}-\x{187ff}\x{18d09}-\x{18d1e}\x{18d80}-\x{18df2}\x{1e6c0}-\x{1e6de}\x{1e6e0}-\x{1e6f5}\x{1e6fe}-\x{1e6ff}\x{2b73a}-\x{2b73f}\x{2cea2}-\x{2cead}\x{323b0}-\x{33479}";

/// Where a sentence or a bracket ends: the look-behind of the closing credits.
const CLOSER: &str = r#"[.!?)"”’]"#;
/// The characters beyond ASCII that the spelled patterns name (`Alphabet`).
const SPELLED_PUNCTUATION: &str = "’”©";
/// In the `labelled` pattern's input: a dot followed by a space and more ("Dok. Pribadi").
const DOT_BEFORE_WORD: u8 = 0xFF;

/// The credit labels ("Photo", "Image credit", "Source"), case-insensitive.
const CREDIT_LABEL: &str = r"photo(?:graph)?s?|pictures?|pic|images?|illustrations?|graphics?|video
    |(?:photo|image|picture)\ credits?|credits?|source|photo\ illustration|file\ photo";
/// The labels of a picture's credit in brackets ("(Image: Getty)"), case-insensitive.
const PICTURE_LABEL: &str =
    r"photo(?:graph)?|picture|image|illustration|(?:photo|image)\ credit|credit";
/// The words `{words}` of an opening may be: a capitalised word or a number, or a kind of picture.
const TEMPLATE_KIND_WORDS: &str = "file|undated|handout|aerial|archive";

/// `(?i:{syntax})`, where `syntax` holds no `i` or `I` of its own syntax (escapes, flags):
/// those letters are spelt out as Python's `regex` takes them under `(?i)`.
fn case_insensitive(syntax: &str) -> String {
    let mut out = String::with_capacity(syntax.len() + 16);
    out.push_str("(?i:");
    for c in syntax.chars() {
        match c {
            'i' => out.push_str("(?-i:[iIİ])"),
            'I' => out.push_str("(?-i:[iIı])"),
            'İ' => out.push_str("(?-i:[iİ])"),
            'ı' => out.push_str("(?-i:[Iı])"),
            _ => out.push(c),
        }
    }
    out.push(')');
    out
}

/// A literal for a verbose pattern: letters and digits as they are, the rest escaped by code.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            out.push_str(&format!(r"\x{{{:x}}}", u32::from(c)));
        }
    }
    out
}

/// The entries as one case-insensitive alternation, longest first, as
/// `cleaner.lexicons.alternation_of` orders them; `None` when there are none.
fn alternation(entries: &[String]) -> Option<String> {
    let unique: BTreeSet<&str> = entries.iter().map(String::as_str).collect();
    let mut ordered: Vec<&str> = unique.into_iter().collect();
    ordered.sort_by_key(|entry| std::cmp::Reverse(entry.chars().count()));
    if ordered.is_empty() {
        return None;
    }
    let escaped: Vec<String> = ordered.iter().map(|entry| escape(entry)).collect();
    Some(case_insensitive(&escaped.join("|")))
}

/// The length of `regex.escape(word)` in Python, which orders the openings.
fn python_escaped_len(word: &str) -> usize {
    word.chars()
        .map(|c| {
            if "()[]{}?*+|^$\\.-#&~".contains(c) || is_py_space(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// A pattern compiled when it is first used: a line filter needs most of them only for
/// the few lines that pass its cheap checks, and building them all (about a quarter of a
/// second for the credit patterns, with their Unicode classes) would slow every start.
#[derive(Debug)]
struct Lazy<T> {
    pattern: String,
    compiled: OnceLock<T>,
}

impl<T> Lazy<T> {
    fn new(pattern: String) -> Self {
        Self {
            pattern,
            compiled: OnceLock::new(),
        }
    }
}

impl Lazy<Regex> {
    fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            Regex::new(&self.pattern).expect("a caption pattern is valid (escaped lexicon words)")
        })
    }
}

impl Lazy<BytesRegex> {
    fn get(&self) -> &BytesRegex {
        self.compiled.get_or_init(|| {
            BytesRegex::new(&self.pattern)
                .expect("a caption pattern is valid (escaped lexicon words)")
        })
    }
}

fn compile(pattern: &str) -> Result<Lazy<Regex>, String> {
    Ok(Lazy::new(pattern.to_owned()))
}

fn anchored(pattern: &str) -> Result<Lazy<Regex>, String> {
    compile(&format!(r"(?x)\A(?:{pattern})\z"))
}

/// The compiled patterns of the `captions` filter.
#[derive(Debug)]
pub struct CaptionMatcher {
    /// The spelling that `alone`, `trailing`, `trailing_tail` and `named` match.
    alphabet: Alphabet,
    alone: Lazy<Regex>,
    trailing: Lazy<Regex>,
    trailing_tail: Lazy<Regex>,
    agency_closing_bracket: Lazy<Regex>,
    agency_closing_agency: Lazy<Regex>,
    agency_in_bracket: Lazy<Regex>,
    bare_closing: Lazy<Regex>,
    named: Lazy<Regex>,
    label_alone: Lazy<Regex>,
    labelled: Option<Lazy<BytesRegex>>,
    meta_boundary: Option<Lazy<Regex>>,
    meta_date: Lazy<Regex>,
    opening: Option<Lazy<Regex>>,
    /// What a credit alone may open with: a label, an agency, "©".
    alone_openings: Openings,
    /// What a credit under a label of another language opens with: the label.
    labelled_openings: Openings,
    /// The last word of an agency, folded, or a kind of picture: a caption's closing word.
    closing_words: HashSet<String>,
    /// Month names, case-folded, for a photo agency's dateline.
    months: HashSet<String>,
}

/// The word lists the patterns are built from.
#[derive(Debug, Clone, Default)]
pub struct CaptionWords {
    /// Agencies and credit words ("Getty Images", "AP Photo"): `caption_credits`.
    pub agencies: Vec<String>,
    /// Credit labels of other languages ("Foto", "사진"): `caption_labels`.
    pub labels: Vec<String>,
    /// Agencies' caption openings ("in this {words} photo"): `caption_openings`.
    pub openings: Vec<String>,
    /// Labels of a date ("Veröffentlicht", "发布时间"): `date_labels`.
    pub date_labels: Vec<String>,
    /// Month names ("November", "Nov"): `months`, for a photo agency's dateline.
    pub months: Vec<String>,
}

impl CaptionMatcher {
    /// Build the patterns; refuses an empty list of agencies (an empty alternation matches everywhere).
    pub fn new(words: &CaptionWords) -> Result<Self, String> {
        let agencies = alternation(&words.agencies).ok_or("no caption credits")?;
        let lu = format!(r"[\p{{Lu}}{LU_EXTRA}]");
        let name_word = format!(r"{lu}[\p{{L}}{L_EXTRA}'’.\-]*");
        let name = format!(r"{name_word}(?:\ {name_word}){{0,3}}");
        let credit_label = case_insensitive(CREDIT_LABEL);
        let picture_label = case_insensitive(PICTURE_LABEL);
        let via = case_insensitive("via");
        let word_char = format!(r"[\w{W_EXTRA}]");
        let not_word_char = format!(r"[^\w{W_EXTRA}]");
        // Python's `$` also matches before a final newline.
        let end = r"\n?\z";

        // One credit: an agency ("Getty Images", "AP Photo") or "Name/Agency".
        let credit = format!(r"(?:{agencies}|{name})");
        let and = case_insensitive("and");
        let credits = format!(r"{credit}(?:\s*(?:/|{via}|,|&|{and}|\|)\s*{credit}){{0,3}}");

        // `alone`, `trailing` and `named` repeat the name's classes most: they match a
        // spelling of the line (`Alphabet`), where each class is a short list.
        let literals: Vec<&str> = [
            &words.agencies,
            &words.labels,
            &words.openings,
            &words.date_labels,
            &words.months,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
        let alphabet = Alphabet::new(&literals, SPELLED_PUNCTUATION)?;
        let letters = alphabet.letters.clone();
        let spelled_letter = alphabet.class(&|c| in_ranges(&letters, c), LETTER);
        // The class's items, to join other items.
        let spelled_letter = &spelled_letter[1..spelled_letter.len() - 1];
        let spelled_lu = alphabet.class(&is_upper_letter, UPPER);
        let spelled_word = format!(r"{spelled_lu}[{spelled_letter}'’.\-]*");
        let spelled_name = format!(r"{spelled_word}(?:\ {spelled_word}){{0,3}}");
        let spelled_credit = format!(r"(?:{agencies}|{spelled_name})");
        let spelled_credits =
            format!(r"{spelled_credit}(?:\s*(?:/|{via}|,|&|{and}|\|)\s*{spelled_credit}){{0,3}}");
        let by_via = case_insensitive("by|via");
        let on_for_via = case_insensitive("on|for|via");
        let alone = anchored(&format!(
            r#"
            \(? \s*
            (?: {credit_label} \s* (?:{by_via}\s+|[:/]\s*) {spelled_credits}  # "Photo: Jane Doe/Reuters"
                (?: \ {on_for_via}\ {spelled_credits} )?                    # "Photo by Jane Doe on Unsplash"
              | {picture_label} \s* [:/] \s* [^.!?()]{{1,40}}        # "Image: supplied by the family"
              | {agencies} (?:\s*(?:/|{via}|,|&|\|)\s*{spelled_credits})?     # "AFP via Getty Images"
              | © \s* {spelled_credits}                                      # "© Reuters"
            )
            \s* \)? \.?
            "#
        ))?;

        // `.{8,400}?` before the tail: `trailing` takes any length of 8 or more, which is
        // the same while the tail (6 characters or more) cannot start after character 400.
        let by = case_insensitive("by");
        let for_ = case_insensitive("for");
        let tail = format!(
            r#"
            (?: {CLOSER} \s*
                \(? {credit_label} \s* [:/] \s* {spelled_credits} \s* \)? \.?   # "... Tuesday. (Photo: Reuters)"
              | \s \( \s* {picture_label} \s* (?:[:/]|{by}\s) \s* {spelled_credits}  # "... (Image: GETTY )"
                (?: \s+ {for_} \s+ {spelled_name} )? \s* \) \.?        # "(Photo by Jane Doe/Getty Images for X)"
              | \s Credits? : \s* {spelled_credits} \.?                  # "... sought treatment Credit: EPA"
            )
            "#
        );
        let trailing = compile(&format!(r"(?x)\A.{{8,}}{tail}\z"))?;
        let trailing_tail = anchored(&tail)?;

        // An agency's credit with a name closing a caption: "... (AP Photo/Jane Doe)".
        let one = format!(r"(?:{agencies}(?:\ {credit_label})?|{name})");
        let file = case_insensitive("file");
        let slashed = format!(r"{one}(?:\s*/\s*{one}){{1,3}}(?:,\s*{file})?");
        let agency_closing_bracket = compile(&format!(
            r"(?x){CLOSER} \s* \( \s* {slashed} \s* \) \s* \.? {end}"
        ))?;
        let agency_closing_agency = compile(&format!(
            r"(?x){CLOSER} \s* {agencies} (?:\s+{credit_label})? \s* / \s* {credits} \s* \.? {end}"
        ))?;
        // The bracket must hold an agency, as a word, or a picture's label. `\b` is a
        // character that is no word character (or the edge) before an agency that opens with
        // one, a word character before one that does not; likewise after it.
        let is_word = Regex::new(&format!(r"\A{word_char}\z")).map_err(|e| e.to_string())?;
        let is_word =
            |c: Option<char>| c.is_some_and(|c| is_word.is_match(c.encode_utf8(&mut [0; 4])));
        let mut by_edges: [Vec<String>; 4] = Default::default();
        for agency in &words.agencies {
            let starts = is_word(agency.chars().next());
            let ends = is_word(agency.chars().last());
            by_edges[usize::from(starts) * 2 + usize::from(ends)].push(agency.clone());
        }
        let mut bounded = Vec::new();
        for (edges, agencies) in by_edges.iter().enumerate() {
            let Some(agencies) = alternation(agencies) else {
                continue;
            };
            let before = if edges >= 2 {
                format!(r"(?:\A|{not_word_char})")
            } else {
                word_char.clone()
            };
            let after = if edges % 2 == 1 {
                format!(r"(?:{not_word_char}|\z)")
            } else {
                word_char.clone()
            };
            bounded.push(format!("{before}{agencies}{after}"));
        }
        let picture_word = case_insensitive("photo|picture|image");
        let agency_in_bracket = compile(&format!(r"(?:{})|{picture_word}", bounded.join("|")))?;

        // An agency alone, or a name and an agency, closing a caption: "(AP)", ". Reuters".
        let kinds = case_insensitive("file|photo|images?|pool");
        let bare_closing = compile(&format!(
            r#"(?x){CLOSER} \s*
            (?: \( \s* {agencies} \s* \)                                # "... Ariz. (AP)"
              | {agencies}                                              # "... New York. Reuters"
              | {name} \s* / \s* {agencies} (?:\ {kinds})?              # "... Jane Doe / AP file"
              | © \s* {agencies} (?: \s* / \s* {name} )?                # "... © Reuters / Jane Doe"
              | \( [^()]{{1,60}} \s {via} \s {agencies} \s* \)          # "(Jane Doe/The Union via AP)"
            )
            \s* \.? {end}
            "#
        ))?;

        // A credit line that opens with a name: "Jane Doe | Getty Images".
        let given = case_insensitive("submitted|courtesy|contributed|staff");
        let photo_image = case_insensitive("photo|image");
        let named = anchored(&format!(
            r#"
              (?: {spelled_name} \s* [|/,] \s* ){{1,3}} {agencies}            # "Jane Doe | Getty Images"
            | {spelled_name} \s+ {given} \s+ {photo_image}                    # "Jane Doe Submitted photo"
            | (?: {spelled_lu}[{spelled_letter}.'’\-]* \ ){{1,8}} {via} \ {agencies}  # "State Registry via AP"
            "#
        ))?;
        let label_alone = anchored(&credit_label)?;

        let labels = alternation(&words.labels);
        // A credit under a label of another language: "Foto: dpa", "사진=연합뉴스", "Fot. PAP".
        // Its text comes with each dot followed by a space and more as DOT_BEFORE_WORD.
        let labelled = match &labels {
            Some(labels) => {
                let dot = r"(?:\.|(?-u:\xFF))";
                let labels = labels.replace(r"\x{2e}", dot);
                let pattern = format!(
                    r"(?x)\A
                    [(（\[【]? \s*
                    {labels} \s* (?: [:/=：] | {dot}\s ) \s*
                    (?: [^.!?()。！？\[\]【】] | (?-u:\xFF) ){{1,40}}
                    \s* [)）\]】]? \.?
                    \z"
                );
                Some(Lazy::new(pattern))
            }
            None => None,
        };
        // Where a meta row is cut besides its spaces: after a digit or a bracket, before a label.
        let meta_boundary = match &labels {
            Some(labels) => Some(compile(&format!(r"[\d{ND_EXTRA})）\]】]{labels}\s*[:：]"))?),
            None => None,
        };
        let digit = format!(r"[\d{ND_EXTRA}]");
        let date_label = match alternation(&words.date_labels) {
            Some(date_labels) => format!(r"(?:{date_labels}\s*[:：]?\s*)?"),
            None => String::new(),
        };
        let meta_date = anchored(&format!(
            r"{date_label}
            (?: {digit}{{4}} [-/.年] {digit}{{1,2}} [-/.月] {digit}{{1,2}} 日?
              | {digit}{{1,2}} 月 {digit}{{1,2}} 日
              | {digit}{{1,2}} [:：] {digit}{{2}} (?: [:：] {digit}{{2}} )?
              | {digit}{{1,2}} [時时点點] (?: {digit}{{1,2}} 分 )?
            )+"
        ))?;

        let opening = opening_pattern(&words.openings, &lu, &digit, &not_word_char)?;
        let mut closing_words: HashSet<String> =
            CLOSING_LABELS.iter().map(|&w| w.to_owned()).collect();
        for agency in &words.agencies {
            let last = py_split(agency)
                .next_back()
                .ok_or("a caption credit without a word")?;
            closing_words.insert(fold(last));
        }
        // What a credit alone may open with: a label ("file photo"), an agency, "©".
        let alone_openings = LABEL_STEMS
            .iter()
            .copied()
            .chain(["file"])
            .chain(words.agencies.iter().map(String::as_str))
            .chain(["©"]);
        Ok(Self {
            alphabet,
            alone,
            trailing,
            trailing_tail,
            agency_closing_bracket,
            agency_closing_agency,
            agency_in_bracket,
            bare_closing,
            named,
            label_alone,
            labelled,
            meta_boundary,
            meta_date,
            opening,
            alone_openings: Openings::new(alone_openings),
            labelled_openings: Openings::new(words.labels.iter().map(String::as_str)),
            closing_words,
            months: words.months.iter().map(|month| casefold(month)).collect(),
        })
    }

    /// A credit alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe".
    pub fn is_alone(&self, text: &str) -> bool {
        self.alone.get().is_match(&self.alphabet.spell(text))
    }

    /// A caption closed by a labelled credit: "... on Tuesday. (Photo: Reuters)".
    pub fn is_trailing(&self, text: &str) -> bool {
        const LONGEST_LEAD: usize = 400;
        const SHORTEST_TAIL: usize = 6;
        // The spelling keeps white space and the closers the loop below looks for.
        let text: &str = &self.alphabet.spell(text);
        if text.len() <= LONGEST_LEAD + SHORTEST_TAIL
            || text.chars().count() <= LONGEST_LEAD + SHORTEST_TAIL
        {
            return self.trailing.get().is_match(text);
        }
        // Longer: the tail must start at character 8 to 400 (the lead holds no newline).
        for (count, (at, c)) in text.char_indices().enumerate().take(LONGEST_LEAD + 1) {
            if count >= 8
                && (c.is_whitespace() || ".!?)\"”’".contains(c))
                && self.trailing_tail.get().is_match(&text[at..])
            {
                return true;
            }
            if c == '\n' {
                break; // a longer lead would hold it
            }
        }
        false
    }

    /// Where an agency's credit with a name closes a caption ("... Monday. (AP Photo/Jane Doe)"),
    /// as a byte offset: where the spaces after the sentence's end begin.
    pub fn agency_closing(&self, text: &str) -> Option<usize> {
        // Cheap checks first: the bracketed credit is the last ")" of the line, followed
        // by nothing but spaces and a dot; the other needs its "/".
        let closes_bracket = text.rfind(')').is_some_and(|close| {
            let rest = text[close + 1..].trim_start_matches(char::is_whitespace);
            matches!(rest, "" | "." | ".\n")
        });
        let bracketed = if closes_bracket {
            self.agency_closing_bracket
                .get()
                .find(text)
                .filter(|found| {
                    // The bracket's text: after its "(" (the first, as a closer is no "(")
                    // up to its ")" (the last: only spaces and a dot follow it).
                    let matched = found.as_str();
                    let inner = matched
                        .find('(')
                        .zip(matched.rfind(')'))
                        .map_or("", |(open, close)| &matched[open + 1..close]);
                    self.agency_in_bracket.get().is_match(inner)
                })
                .map(|found| after_first_char(text, found.start()))
        } else {
            None
        };
        let named = if text.contains('/') {
            self.agency_closing_agency
                .get()
                .find(text)
                .map(|found| after_first_char(text, found.start()))
        } else {
            None
        };
        match (bracketed, named) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Where an agency alone, or a name and an agency, closes a caption ("... Ariz. (AP)"),
    /// as a byte offset.
    pub fn bare_closing(&self, text: &str) -> Option<usize> {
        self.bare_closing
            .get()
            .find(text)
            .map(|found| after_first_char(text, found.start()))
    }

    /// A credit line led by a name: "Jane Doe | Getty Images", "Jane Doe Submitted photo".
    pub fn is_named(&self, text: &str) -> bool {
        self.named.get().is_match(&self.alphabet.spell(text))
    }

    /// A credit's label alone: "Photo", "Image credit".
    pub fn is_label_alone(&self, text: &str) -> bool {
        self.label_alone.get().is_match(text)
    }

    /// Whether the lexicons have labels of other languages (else `is_labelled` and
    /// `meta_split` never apply).
    pub fn has_labels(&self) -> bool {
        self.labelled.is_some()
    }

    /// A credit under a label of another language: "Foto: dpa", "[사진=JTBC]".
    pub fn is_labelled(&self, text: &str) -> bool {
        let Some(labelled) = &self.labelled else {
            return false;
        };
        let mut marked = text.as_bytes().to_vec();
        let bytes = text.as_bytes();
        for (at, &byte) in bytes.iter().enumerate() {
            if byte == b'.'
                && bytes.get(at + 1) == Some(&b' ')
                && text[at + 2..]
                    .chars()
                    .next()
                    .is_some_and(|next| !next.is_whitespace())
            {
                marked[at] = DOT_BEFORE_WORD;
            }
        }
        labelled.get().is_match(&marked)
    }

    /// The pieces of a meta row: cut at spaces, and after a digit or a bracket before a label
    /// ("08:15来源：新华网" gives "08:15", "来源：新华网"). Empty when there are no labels.
    pub fn meta_split<'t>(&self, text: &'t str) -> Vec<&'t str> {
        let Some(boundary) = &self.meta_boundary else {
            return vec![text];
        };
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        while let Some(found) = boundary.get().find_at(text, from) {
            let at = after_first_char(text, found.start());
            cuts.push((at, at));
            from = at;
        }
        let mut run: Option<usize> = None;
        for (at, c) in text.char_indices() {
            match (c.is_whitespace(), run) {
                (true, None) => run = Some(at),
                (false, Some(start)) => {
                    cuts.push((start, at));
                    run = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run {
            cuts.push((start, text.len()));
        }
        cuts.sort_unstable();
        let mut pieces = Vec::with_capacity(cuts.len() + 1);
        let mut start = 0;
        for (cut, resume) in cuts {
            pieces.push(&text[start..cut]);
            start = resume;
        }
        pieces.push(&text[start..]);
        pieces
    }

    /// A date or a time, perhaps under a label: "2026-11-20", "发布时间：08:15".
    pub fn is_meta_date(&self, text: &str) -> bool {
        self.meta_date.get().is_match(text)
    }

    /// Where an agency's opening of a caption ends ("In this Oct. 28, 2019, file photo"),
    /// as a byte offset; `None` when the line does not open with one.
    pub fn opening_end(&self, text: &str) -> Option<usize> {
        let opening = self.opening.as_ref()?;
        opening
            .get()
            .captures(text)
            .and_then(|found| found.get(1))
            .map(|found| found.end())
    }
}

// --- The decision: what `Captions.rule_for` did in Python ---------------------------------

/// A date and labelled credits on one line are short: "2026-11-20 08:15 来源：新华网".
const MAX_META_CHARS: usize = 100;
/// A credit alone is short.
const MAX_ALONE_CHARS: usize = 100;
/// Credit lines under a label are short: "Foto: dpa", "责任编辑：王某某".
const MAX_LABELLED_CHARS: usize = 60;
/// What separates a label of another language from its credit.
const LABEL_SEPARATORS: [&str; 5] = [":", "：", "=", "/", ". "];
/// Before a closing credit: a caption, not a credit alone.
const MIN_CAPTION_CHARS: usize = 8;
const MAX_CAPTION_CHARS: usize = 420;
const MAX_NAMED_CREDIT_CHARS: usize = 100;
/// "© Reuters / Jane Doe" closes a caption within its last characters.
const CLOSING_TAIL: usize = 60;
/// A caption under an agency's opening is a whole sentence: "In this photo ..., Tuesday."
const MIN_OPENED_CAPTION_WORDS: usize = 8;
const MAX_OPENED_CAPTION_CHARS: usize = 600;
/// A photo agency's caption may tell the whole story.
const MAX_DATELINED_CAPTION_CHARS: usize = 1200;
/// A credit's label with its colon ("Photo:", "Fotos:") is shorter still.
const MAX_LABEL_ALONE_CHARS: usize = 20;
/// A line holding none of these, folded, holds no credit label: `trailing` needs one.
const LABEL_STEMS: [&str; 8] = [
    "photo",
    "pic",
    "image",
    "illustration",
    "graphic",
    "video",
    "credit",
    "source",
];
/// Kinds of picture that close a credit as an agency does: "Jane Doe / AP file".
const CLOSING_LABELS: [&str; 5] = ["file", "photo", "image", "images", "pool"];
/// Where a caption ends: the end of a sentence or of a bracket, then only spaces.
const CAPTION_ENDS: &str = ".!?)\"”’";
/// After "In this ... photo" a caption goes on with a comma or with who took or gave it
/// ("In this picture we see" may be an essay's sentence).
const AFTER_PICTURE_WORDS: [&str; 7] = [
    "provided",
    "released",
    "issued",
    "taken",
    "distributed",
    "obtained",
    "supplied",
];

impl CaptionMatcher {
    /// The rule that condemns a stripped line, or `None`: "meta_row", "credit_line",
    /// "captioned_line" or "agency_caption". The cheap checks come first: nearly every
    /// line fails them without a pattern.
    pub fn rule_for(&self, text: &str) -> Option<&'static str> {
        let chars = char_len(text);
        if self.has_labels()
            && chars <= MAX_META_CHARS
            && (text.contains('：') || text.contains(':'))
            && text.chars().any(is_py_decimal)
            && self.is_meta_row(text)
        {
            return Some("meta_row");
        }
        if let Some(rule) = spoken_label_rule(text) {
            return Some(rule);
        }
        if chars <= MAX_ALONE_CHARS && self.alone_openings.open(text, "(") && self.is_alone(text) {
            return Some("credit_line");
        }
        if chars <= MAX_LABELLED_CHARS
            && LABEL_SEPARATORS.iter().any(|sep| text.contains(sep))
            && self.labelled_openings.open(text, "(（[【")
            && self.is_labelled(text)
        {
            return Some("credit_line");
        }
        self.caption_rule(text, chars)
    }

    /// A credit's label and its colon, nothing else: "Photo:", "Fotos:", "Credit:".
    pub fn is_lone_label(&self, text: &str) -> bool {
        let Some(label) = text.strip_suffix(':').or_else(|| text.strip_suffix('：')) else {
            return false;
        };
        char_len(text) <= MAX_LABEL_ALONE_CHARS
            && (self.is_label_alone(py_strip(label)) || self.labelled_openings.open(text, "(（[【"))
    }

    /// A date or time and labelled credits, nothing else: "2026-11-20 08:15 来源：新华网".
    ///
    /// Chinese and Japanese article pages put the date, the source and the editor on one
    /// line under the headline; each part alone is a credit or a date line.
    fn is_meta_row(&self, text: &str) -> bool {
        let mut parts: Vec<String> = Vec::new();
        for piece in self.meta_split(text) {
            // Python's `piece in "|｜/"`: a separator, or a run of them that is a substring.
            if piece.is_empty() || "|｜/".contains(piece) {
                continue;
            }
            match parts.last_mut() {
                Some(last) if last.ends_with([':', '：']) => last.push_str(piece), // "来源：" + "新华网"
                _ => parts.push(piece.to_owned()),
            }
        }
        let (mut dates, mut credits) = (0, 0);
        for part in &parts {
            if self.is_meta_date(part) {
                dates += 1;
            } else if self.is_labelled(part) {
                credits += 1;
            }
        }
        dates >= 1 && credits >= 1 && dates + credits == parts.len()
    }

    /// A caption sentence: closed by a credit, or opened the way an agency opens one.
    fn caption_rule(&self, text: &str, chars: usize) -> Option<&'static str> {
        if chars <= MAX_CAPTION_CHARS {
            // "... (AP)", "... Getty Images": `str.casefold` of the word, as Python compared it.
            let closed = self.closing_words.contains(&casefold(last_word(text)));
            if closed && chars <= MAX_NAMED_CREDIT_CHARS && self.is_named(text) {
                return Some("credit_line");
            }
            if ((text.contains(':') || text.contains('/')) && self.is_captioned(text))
                || ((closed || last_chars(text, chars, CLOSING_TAIL).contains('©'))
                    && self.has_bare_closing(text))
            {
                return Some("captioned_line");
            }
        }
        self.is_opened_caption(text, chars)
            .then_some("agency_caption")
    }

    /// A caption that ends with an explicit credit, labelled or an agency's with a name.
    fn is_captioned(&self, text: &str) -> bool {
        let folded = fold(text);
        if LABEL_STEMS.iter().any(|stem| folded.contains(stem)) && self.is_trailing(text) {
            return true; // "... on Tuesday. (Photo: Reuters)"
        }
        if text.contains('/') && has_agency_slash(text) {
            // "... on Monday. (AP Photo/Jane Doe)"
            return self
                .agency_closing(text)
                .is_some_and(|at| char_len(&text[..at]) >= MIN_CAPTION_CHARS);
        }
        false
    }

    /// A caption closed by an agency alone or a name and an agency: "... Ariz. (AP)".
    fn has_bare_closing(&self, text: &str) -> bool {
        self.bare_closing(text)
            .is_some_and(|at| char_len(&text[..at]) >= MIN_CAPTION_CHARS)
    }

    /// A caption sentence under an agency's opening: "In this Oct. 28, 2019, file photo, ...".
    ///
    /// It must end like a sentence: a line cut out of a wrapped caption is judged with the
    /// rest of its paragraph, never on its own. The words are counted last.
    fn is_opened_caption(&self, text: &str, chars: usize) -> bool {
        (self.is_datelined_caption(text, chars) || self.is_agency_opened(text, chars))
            && py_split(text).nth(MIN_OPENED_CAPTION_WORDS - 1).is_some()
    }

    /// A photo agency's caption: "WASHINGTON, DC - NOVEMBER 19: Jane Doe speaks ...".
    ///
    /// The place and the day in capitals before a colon open the captions of Getty Images
    /// and the agencies that follow its style; an article's dateline ("WASHINGTON (AP) —")
    /// has no day and no colon.
    fn is_datelined_caption(&self, text: &str, chars: usize) -> bool {
        if !text.chars().next().is_some_and(is_py_upper) || chars > MAX_DATELINED_CAPTION_CHARS {
            return false;
        }
        dateline_month(text).is_some_and(|month| self.months.contains(&casefold(&month)))
            && ends_caption(text)
    }

    /// Opened the way an agency opens a caption ("In this ... photo", "File photo ...").
    fn is_agency_opened(&self, text: &str, chars: usize) -> bool {
        if chars > MAX_OPENED_CAPTION_CHARS {
            return false;
        }
        let first = text.chars().next();
        if first.is_some_and(|c| !"FfIi".contains(c)) {
            return false;
        }
        let Some(opening) = self.opening_end(text) else {
            return false;
        };
        ends_caption(text)
            && (first.is_some_and(|c| "Ff".contains(c)) || goes_on_after_picture(&text[opening..]))
    }
}

/// "Image caption The singer ...", "Image copyright Reuters", "Media caption ...": the BBC's
/// spoken labels before a caption or a credit (`(?:Image|Media) (?:caption|copyright) \S`).
fn spoken_label_rule(text: &str) -> Option<&'static str> {
    let rest = text
        .strip_prefix("Image ")
        .or_else(|| text.strip_prefix("Media "))?;
    let (after, rule) = if let Some(after) = rest.strip_prefix("caption ") {
        (after, "captioned_line")
    } else {
        (rest.strip_prefix("copyright ")?, "credit_line")
    };
    after
        .chars()
        .next()
        .is_some_and(|c| !is_regex_space(c))
        .then_some(rule)
}

/// `text` case-folded so that it holds, folded, every spelling the patterns' `(?i)` takes:
/// Python's `regex` also takes "İ" for "i" and "I" for "ı" (Turkish), which `casefold` alone
/// keeps apart (`fold` of the Python filter).
fn fold(text: &str) -> String {
    let folded = casefold(text);
    if folded.contains(['\u{307}', 'ı']) {
        folded.replace("i\u{307}", "i").replace('ı', "i")
    } else {
        folded
    }
}

/// The last run of letters and digits (`str.isalnum`) of `text`: "Reuters" in
/// "... in New York.Reuters" (`cleaner.rejoin.last_word`).
fn last_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .rev()
        .find(|&(_, c)| is_py_alnum(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let start = text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_py_alnum(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    &text[start..end]
}

/// The last `count` characters of `text`, which has `chars` characters (`text[-count:]`).
fn last_chars(text: &str, chars: usize, count: usize) -> &str {
    if chars <= count {
        return text;
    }
    let at = text
        .char_indices()
        .rev()
        .nth(count - 1)
        .map_or(0, |(at, _)| at);
    &text[at..]
}

/// Whether `text` ends like a caption: `[.!?)"”’]\s*$` of Python's `regex`.
fn ends_caption(text: &str) -> bool {
    text.trim_end_matches(is_regex_space)
        .chars()
        .next_back()
        .is_some_and(|c| CAPTION_ENDS.contains(c))
}

/// An agency's credit with a photographer, without a label word: "REUTERS/Jane Doe",
/// "AP Photo/Jane Doe". Python's `re` pattern `\b[A-Z]{2,}[A-Za-z ]{0,12}/ ?[A-Z]`, where a
/// word character is `str.isalnum` or "_": a run of two capitals or more after no word
/// character, then at most twelve letters or spaces, then "/", a space perhaps and a capital.
fn has_agency_slash(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_uppercase() {
            at += 1;
            continue;
        }
        // A match starts a run of capitals: inside one, the character before is a word's.
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_uppercase() {
            at += 1;
        }
        let after_word = text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| is_py_alnum(c) || c == '_');
        if at - start < 2 || after_word {
            continue;
        }
        let mut slash = at;
        while slash < bytes.len() && (bytes[slash].is_ascii_alphabetic() || bytes[slash] == b' ') {
            slash += 1;
        }
        if slash - at > 12 || bytes.get(slash) != Some(&b'/') {
            continue;
        }
        let capital = match bytes.get(slash + 1) {
            Some(b' ') => bytes.get(slash + 2),
            next => next,
        };
        if capital.is_some_and(u8::is_ascii_uppercase) {
            return true;
        }
    }
    false
}

/// The month of a photo agency's dateline: the first group of Python's `regex` match of
/// `\p{Lu}[\p{Lu} .,'’\-]{1,40} [-–—] (\p{Lu}{3,12}\.?) \d{1,2}:\s` at the start of `text`
/// ("WASHINGTON, DC - NOVEMBER 19: ..." gives "NOVEMBER"). The place's class takes spaces
/// and dashes too, so the ends of the place are tried as the pattern does, longest first;
/// after the place the pattern has one way to match.
fn dateline_month(text: &str) -> Option<String> {
    const LONGEST_PLACE: usize = 40;
    // The longest match: a capital, the place, " - ", twelve capitals and a dot, " 19:", a
    // space; and a capital more, to see that a month's capitals have ended.
    let chars: Vec<char> = text
        .chars()
        .take(1 + LONGEST_PLACE + 3 + 13 + 5 + 1)
        .collect();
    if !chars.first().copied().is_some_and(is_upper_letter) {
        return None;
    }
    let in_place = |c: char| is_upper_letter(c) || " .,'’-".contains(c);
    let place = chars[1..]
        .iter()
        .take(LONGEST_PLACE)
        .take_while(|&&c| in_place(c))
        .count();
    (1..=place).rev().find_map(|length| {
        let rest = &chars[1 + length..];
        if !(rest.len() > 3 && rest[0] == ' ' && "-–—".contains(rest[1]) && rest[2] == ' ') {
            return None;
        }
        let rest = &rest[3..];
        // A run of capitals longer than twelve leaves a capital where a dot or digit must be.
        let capitals = rest.iter().take_while(|&&c| is_upper_letter(c)).count();
        if !(3..=12).contains(&capitals) {
            return None;
        }
        let month = capitals + usize::from(rest.get(capitals) == Some(&'.'));
        if rest.get(month) != Some(&' ') {
            return None;
        }
        let digits = rest[month + 1..]
            .iter()
            .take_while(|&&c| is_decimal(c))
            .count()
            .min(2);
        let after = &rest[month + 1 + digits..];
        (digits >= 1
            && after.first() == Some(&':')
            && after.get(1).copied().is_some_and(is_regex_space))
        .then(|| rest[..month].iter().collect())
    })
}

/// Whether a caption goes on after "In this ... photo" as an agency's does: with a comma or
/// with who took or gave it (`,|\s+(?:provided|...|made\s+available|...)\b` of Python's `regex`).
fn goes_on_after_picture(rest: &str) -> bool {
    if rest.starts_with(',') {
        return true;
    }
    let word = rest.trim_start_matches(is_regex_space);
    if word.len() == rest.len() {
        return false;
    }
    let ends_word = |after: &str| !after.chars().next().is_some_and(is_word);
    if let Some(after) = word.strip_prefix("made") {
        let available = after.trim_start_matches(is_regex_space);
        if available.len() < after.len() {
            if let Some(after) = available.strip_prefix("available") {
                return ends_word(after);
            }
        }
        return false;
    }
    AFTER_PICTURE_WORDS
        .iter()
        .any(|&w| word.strip_prefix(w).is_some_and(ends_word))
}

/// Case-folded words a line may open with (after a bracket and spaces), by their first
/// character: the cheap rejection before the patterns, which take those words with `(?i)`.
/// The folded line holds every spelling `(?i)` takes, folded (`fold`).
#[derive(Debug, Default)]
struct Openings {
    by_first: HashMap<char, Vec<String>>,
    /// An empty word: Python's lookup by the first two characters found it only in an
    /// empty line.
    empty: bool,
}

impl Openings {
    fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut openings = Self::default();
        for word in words {
            let folded = fold(word);
            match folded.chars().next() {
                Some(first) => openings.by_first.entry(first).or_default().push(folded),
                None => openings.empty = true,
            }
        }
        openings
    }

    /// Whether `text`, after one of `brackets` and spaces, opens with one of the words.
    fn open(&self, text: &str, brackets: &str) -> bool {
        let text = match text.chars().next() {
            Some(c) if brackets.contains(c) => &text[c.len_utf8()..],
            _ => text,
        };
        let text = py_lstrip(text);
        let Some(first) = text.chars().next() else {
            return self.empty;
        };
        // The first character's fold opens the folded line.
        let first_folded = if first.is_ascii() {
            first.to_ascii_lowercase()
        } else {
            match fold(&text[..first.len_utf8()]).chars().next() {
                Some(folded) => folded,
                None => return false,
            }
        };
        let Some(words) = self.by_first.get(&first_folded) else {
            return false;
        };
        let folded = fold(text);
        words.iter().any(|word| folded.starts_with(word.as_str()))
    }
}

/// The byte offset after the character at byte `at`.
fn after_first_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(0, char::len_utf8)
}

/// One pattern for the `caption_openings` templates, anchored at the start of a line;
/// `{words}` stands for up to six words. They are tried in the order of Python's patterns:
/// the longest pattern text first.
fn opening_pattern(
    templates: &[String],
    lu: &str,
    digit: &str,
    not_word_char: &str,
) -> Result<Option<Lazy<Regex>>, String> {
    const WORDS: &str = "{words}";
    // What the Python pattern was: its length orders the alternatives.
    const PYTHON_WORDS: &str =
        r"(?:(?-i:[\p{Lu}\d])\S*\s+|(?:file|undated|handout|aerial|archive)\s+){0,6}?";
    let words = format!(
        r"(?:(?-i:[{}{}])\S*\s+|{}\s+){{0,6}}?",
        &lu[1..lu.len() - 1],
        &digit[1..digit.len() - 1],
        case_insensitive(&format!("(?:{TEMPLATE_KIND_WORDS})")),
    );
    let mut parts: Vec<(usize, String)> = Vec::new();
    for template in templates {
        let pieces: Vec<&str> = template
            .split(is_py_space)
            .filter(|w| !w.is_empty())
            .collect();
        let python = pieces
            .iter()
            .map(|&word| {
                if word == WORDS {
                    PYTHON_WORDS.to_owned()
                } else {
                    "x".repeat(python_escaped_len(word))
                }
            })
            .collect::<Vec<_>>()
            .join(r"\s+")
            .replace(r"{0,6}?\s+", "{0,6}?");
        let rust = pieces
            .iter()
            .map(|&word| {
                if word == WORDS {
                    words.clone()
                } else {
                    case_insensitive(&escape(word))
                }
            })
            .collect::<Vec<_>>()
            .join(r"\s+")
            .replace(r"{0,6}?\s+", "{0,6}?");
        parts.push((python.chars().count(), rust));
    }
    if parts.is_empty() {
        return Ok(None);
    }
    parts.sort_by_key(|(length, _)| std::cmp::Reverse(*length)); // stable, as Python's `sorted`
    let alternatives: Vec<String> = parts.into_iter().map(|(_, part)| part).collect();
    compile(&format!(
        r"\A(?i:({}))(?:{not_word_char}|\z)",
        alternatives.join("|")
    ))
    .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> CaptionMatcher {
        let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        CaptionMatcher::new(&CaptionWords {
            agencies: words(&[
                "ap",
                "ap photo",
                "getty images",
                "reuters",
                "afp",
                "dok. pribadi",
            ]),
            labels: words(&["foto", "fot", "来源", "作者"]),
            openings: words(&["file -", "in this {words} photo", "in this photo"]),
            date_labels: words(&["发布时间"]),
            months: words(&["November", "Nov"]),
        })
        .unwrap()
    }

    #[test]
    fn credits_alone() {
        let m = matcher();
        assert!(m.is_alone("(Photo: Reuters)"));
        assert!(m.is_alone("AP Photo/Jane Doe"));
        assert!(m.is_alone("Getty Images"));
        assert!(!m.is_alone("Getty is a family name."));
        assert!(m.is_label_alone("Photo credit"));
    }

    #[test]
    fn closing_credits_start_after_the_sentence() {
        let m = matcher();
        let text = "Fans cheer on Monday. (AP Photo/Jane Doe)";
        assert_eq!(m.agency_closing(text), Some(text.find(" (").unwrap()));
        assert_eq!(m.agency_closing("The poll. (TCP/IP)"), None);
        let text = "The border near Nogales, Ariz. (AP)";
        assert_eq!(m.bare_closing(text), Some(text.find(" (").unwrap()));
        assert!(m.is_trailing("The crowd gathered on Tuesday. Photo: Reuters"));
        assert!(!m.is_trailing("Photo: Reuters"));
    }

    #[test]
    fn labelled_credits_take_a_dot_only_before_a_word() {
        let m = matcher();
        assert!(m.is_labelled("Foto: Dok. Pribadi"));
        assert!(m.is_labelled("Fot. PAP"));
        assert!(!m.is_labelled("Foto: Dok.Pribadi"));
        assert!(m.is_labelled("(Foto: Dok. )"));
    }

    #[test]
    fn meta_rows_are_cut_before_labels() {
        let m = matcher();
        assert_eq!(
            m.meta_split("2026-11-20 08:15:00来源：人民日报 作者：张三"),
            ["2026-11-20", "08:15:00", "来源：人民日报", "作者：张三"]
        );
        assert_eq!(m.meta_split(" a "), ["", "a", ""]);
        assert!(m.is_meta_date("发布时间：2026-11-20"));
    }

    #[test]
    fn rules_for_lines() {
        let m = matcher();
        assert_eq!(m.rule_for("(Photo: Reuters)"), Some("credit_line"));
        assert_eq!(m.rule_for("Foto: dpa"), Some("credit_line"));
        assert_eq!(m.rule_for("Image copyright Reuters"), Some("credit_line"));
        assert_eq!(
            m.rule_for("Image caption Fans queue"),
            Some("captioned_line")
        );
        assert_eq!(m.rule_for("Image caption  Fans queue"), None);
        assert_eq!(
            m.rule_for("The border crossing near the port in Nogales, Ariz. (AP)"),
            Some("captioned_line")
        );
        assert_eq!(
            m.rule_for("A man walks past the shop in London on Friday. (AP Photo/Jane Doe)"),
            Some("captioned_line")
        );
        assert_eq!(
            m.rule_for("2026-11-20 08:15 来源：新华网 |｜/ 作者：张三"),
            Some("meta_row")
        );
        let caption = "WASHINGTON, DC - NOVEMBER 19: Jane Doe speaks to the press in the hall.";
        assert_eq!(m.rule_for(caption), Some("agency_caption"));
        assert_eq!(m.rule_for(&caption.replace("NOVEMBER", "NOVEMBRE")), None);
        let caption = "In this photo provided by ITV, the two leaders shake hands in the hall.";
        assert_eq!(m.rule_for(caption), Some("agency_caption"));
        assert_eq!(m.rule_for(&caption.replace("provided", "providedly")), None);
        assert_eq!(m.rule_for("The council met on Monday."), None);
        assert_eq!(m.rule_for(""), None);
    }

    #[test]
    fn labels_alone_end_with_a_colon() {
        let m = matcher();
        assert!(m.is_lone_label("Photo credit :"));
        assert!(m.is_lone_label("( Foto："));
        assert!(!m.is_lone_label("Photo"));
        assert!(!m.is_lone_label("The photographer said:"));
    }

    #[test]
    fn python_string_helpers() {
        assert_eq!(last_word("(AP Photo/Jane Doe)"), "Doe");
        assert_eq!(last_word("..."), "");
        assert_eq!(fold("İHLAS HABER AJANSI"), "ihlas haber ajansi");
        assert_eq!(last_chars("abcdef", 6, 2), "ef");
        assert!(ends_caption("a sentence.\u{3000} \n"));
        assert!(!ends_caption("no end\u{1c}"));
        assert!(has_agency_slash("Friday. REUTERS/Jane Doe"));
        assert!(has_agency_slash("AFP PHOTO / John"));
        assert!(!has_agency_slash("xREUTERS/Jane Doe"));
        assert!(!has_agency_slash("RE abcdefghijkl/ Jane"));
        assert!(has_agency_slash("RE abcdefghijk/ Jane"));
        assert_eq!(
            dateline_month("ST. LOUIS - NOV. 9: x").as_deref(),
            Some("NOV.")
        );
        assert_eq!(dateline_month("PARIS - NOVEMBER 199: x"), None);
    }

    #[test]
    fn openings_end_before_the_next_word() {
        let m = matcher();
        let text = "In this Dec. 12, 2006, file photo, astronauts train";
        assert_eq!(m.opening_end(text), Some(text.find(" photo").unwrap() + 6));
        assert_eq!(m.opening_end("In this photography course"), None);
        assert_eq!(
            m.opening_end("İN THIS PHOTO, x"),
            Some("İN THIS PHOTO".len())
        );
    }
}
