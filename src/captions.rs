//! The `captions` filter's patterns: photo credits, captions closed by a credit, labelled
//! credits of other languages, agencies' caption openings and Chinese and Japanese meta rows.
//!
//! The word lists stay data (`cleaner/lexicons/<lang>/caption_*.txt`): Python gathers them and
//! `CaptionMatcher::new` builds the patterns once. They were `regex` patterns in Python; each
//! answer here is the one that module gave (`tests/reference_captions.py` is the oracle), so:
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
//! Every pattern runs in linear time, so none needs a length guard to be safe.

use std::collections::BTreeSet;

use regex::bytes::Regex as BytesRegex;
use regex::Regex;
use std::sync::OnceLock;

use crate::text::is_py_space;

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
        let by_via = case_insensitive("by|via");
        let on_for_via = case_insensitive("on|for|via");
        let alone = anchored(&format!(
            r#"
            \(? \s*
            (?: {credit_label} \s* (?:{by_via}\s+|[:/]\s*) {credits}  # "Photo: Jane Doe/Reuters"
                (?: \ {on_for_via}\ {credits} )?                    # "Photo by Jane Doe on Unsplash"
              | {picture_label} \s* [:/] \s* [^.!?()]{{1,40}}        # "Image: supplied by the family"
              | {agencies} (?:\s*(?:/|{via}|,|&|\|)\s*{credits})?     # "AFP via Getty Images"
              | © \s* {credits}                                      # "© Reuters"
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
                \(? {credit_label} \s* [:/] \s* {credits} \s* \)? \.?   # "... Tuesday. (Photo: Reuters)"
              | \s \( \s* {picture_label} \s* (?:[:/]|{by}\s) \s* {credits}  # "... (Image: GETTY )"
                (?: \s+ {for_} \s+ {name} )? \s* \) \.?        # "(Photo by Jane Doe/Getty Images for X)"
              | \s Credits? : \s* {credits} \.?                  # "... sought treatment Credit: EPA"
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
              (?: {name} \s* [|/,] \s* ){{1,3}} {agencies}            # "Jane Doe | Getty Images"
            | {name} \s+ {given} \s+ {photo_image}                    # "Jane Doe Submitted photo"
            | (?: {lu}[\p{{L}}{L_EXTRA}.'’\-]* \ ){{1,8}} {via} \ {agencies}  # "State Registry via AP"
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
        Ok(Self {
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
        })
    }

    /// A credit alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe".
    pub fn is_alone(&self, text: &str) -> bool {
        self.alone.get().is_match(text)
    }

    /// A caption closed by a labelled credit: "... on Tuesday. (Photo: Reuters)".
    pub fn is_trailing(&self, text: &str) -> bool {
        const LONGEST_LEAD: usize = 400;
        const SHORTEST_TAIL: usize = 6;
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
        self.named.get().is_match(text)
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
