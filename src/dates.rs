//! Stand-alone date and time lines: the whole-line patterns of the `timestamps` filter.
//!
//! "4 minutes ago", "vor 5 Minuten", "Updated Nov 19, 6:55 AM;Posted Nov 19",
//! "2026年11月25日（水） 10:32", "5 min read": a line made of nothing but a date, a
//! time and their usual labels. The structure of a date (day, month, year, time,
//! in which order, with which separators) is written here; the words of each
//! language (month and weekday names, "vor {n} {unit}", labels such as "Mis à jour
//! le") come from the lexicons, handed over by Python (`DateWords`).
//!
//! The verdicts are those of the Python patterns this replaces (kept as the oracle
//! in `tests/reference_timestamps.py`), string for string. Three things make that
//! more than a transcription:
//!
//! * **Look-around.** The Python patterns hold look-arounds that the `regex`
//!   crate does not have. A date line is matched here as the Python pattern was
//!   written, as a sequence of parts (label, item, separator, item, ..., tail), but
//!   each part is an automaton that reports *every* position where a match of it
//!   can end, and the sequence keeps the set of positions reached so far (a chart
//!   parser over a handful of positions). Each look-around is then a test of the
//!   text at a position the sequence reached, exactly as the backtracking engine
//!   made it: `(?=\s*[,|·•]|\s+\d)` after a day and month without a year,
//!   `(?<=[年月日년월일])` before an empty separator, `(?=\s*$)` after a closing
//!   weekday. `(?!(?:set|out)\b)` before a month followed by a day only ever
//!   rejects the month names "set" and "out" themselves (any other name's first
//!   letters are not "set"/"out" followed by a word boundary, the text after it
//!   being a dot or a space), so those names are left out of that alternative.
//!   The look-aheads that guarded alternations (`(?=[abc])(?:a…|b…|c…)`) changed
//!   no match and are dropped.
//! * **Case.** Python's `regex` under IGNORECASE lets a pattern "i" match "İ" and
//!   a pattern "I" match "ı" (and "İ" match "i", "ı" match "I"), which simple case
//!   folding does not; `literal` spells those four letters out.
//! * **Unicode versions.** Python's `regex` knows Unicode 17, `regex-syntax`
//!   Unicode 16: `\d` here is `DIGIT`, with the ten digits Unicode 17 added. A
//!   line opening with a character that Python 3.11's `str.isalnum` (Unicode 14)
//!   does not take is no date (`text::is_py_alnum`, from the generated tables).

use std::collections::HashSet;

use regex::Regex;
use regex_automata::hybrid::dfa::{Cache, OverlappingState, DFA};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use crate::text::{casefold, char_len, is_py_space};

/// A date line is short; longer lines are prose (in characters).
pub const MAX_DATE_CHARS: usize = 120;
/// Without a digit a date line is shorter still ("vor wenigen Minuten").
const MAX_WORDY_DATE_CHARS: usize = 40;

/// Python `regex`'s `\d` (Unicode 17): `regex-syntax`'s (Unicode 16) and the
/// Tulu-Tigalari digits.
const DIGIT: &str = r"[\d\x{11DE0}-\x{11DE9}]";

/// Matches nothing: the alternation of a family that no language has.
const NEVER: &str = r"(?-i:[^\x00-\x{10FFFF}])";

/// Every word a date line may hold that is written in the patterns rather than
/// in the lexicons: labels, number words, units, "ago", am/pm, ordinals, ISO "T"
/// and "Z", time zones, "Uhr".
const CODE_WORDS: &str = "
    first last updated published posted modified edited created released date on at
    an a one two three four five six seven eight nine ten few several
    seconds second secs sec s minutes minute mins min m hours hour hrs hr h days day d
    weeks week wks wk w months month mos mo years year yrs yr y ago just now moment moments
    yesterday today st nd rd th er º of de del am pm p t z uhr hs ч read reading time lesezeit
    gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt et pt ct mt hkt sgt jst kst
    hst hdt akst akdt ist aest aedt awst nzst nzdt wib wita wit msk mez mesz trt
";
/// Han, kana and Hangul that dates are written with, beyond those of the lexicons.
const CODE_CHARS: &str = "年月日号時时点點分秒년월일시분초";

const ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "ET", "PT", "CT", "MT", "HST", "HDT", "AKST", "AKDT", "HKT", "SGT", "JST", "KST",
    "IST", "AEST", "AEDT", "AWST", "NZST", "NZDT", "WIB", "WITA", "WIT", "MSK", "MEZ", "MESZ",
    "TRT",
];

const LABEL_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "edited",
    "created",
    "released",
    "date",
];

const NUMBER_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "few", "several",
];

const UNIT_WORDS: &[&str] = &[
    "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "m", "hour",
    "hours", "hr", "hrs", "h", "day", "days", "d", "week", "weeks", "wk", "wks", "w", "month",
    "months", "mo", "mos", "year", "years", "yr", "yrs", "y",
];

/// The words of the lexicons that the patterns are built from, as Python's
/// `Lexicon` gives them (`words(family)`, `words_by_language(family)`).
#[derive(Debug, Clone, Default)]
pub struct DateWords {
    pub months: Vec<String>,
    pub weekdays: Vec<String>,
    pub labels: Vec<String>,
    pub connectors: Vec<String>,
    pub periods: Vec<String>,
    /// Per language that has them: (time units, relative-time templates).
    pub relative: Vec<(Vec<String>, Vec<String>)>,
    /// Per language that has them: (time units, reading-time templates).
    pub reading: Vec<(Vec<String>, Vec<String>)>,
}

/// What a date line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    RelativeTime,
    AbsoluteDate,
    ReadingTime,
}

impl Verdict {
    /// The rule id of the `timestamps` filter.
    pub fn rule(self) -> &'static str {
        match self {
            Verdict::RelativeTime => "relative_time",
            Verdict::AbsoluteDate => "absolute_date",
            Verdict::ReadingTime => "reading_time",
        }
    }
}

/// The parts a date line is matched in, one automaton pattern each.
#[derive(Debug, Clone, Copy)]
#[repr(usize)]
enum Part {
    /// Label, then a relative time: "Updated 2 hours ago", "vor 5 Minuten".
    RelativeHead,
    /// Between a relative time and a date, then an item's weekday: ", ", " at ".
    RelativeJoin,
    /// Label, then an item's weekday: "Published Tue, ".
    LabelWeekday,
    /// An item's date or time, all forms but `Short`.
    Body,
    /// A day and month without a year, "25.11.", which must be followed by a
    /// separator or a digit (checked with `ShortAhead`).
    Short,
    /// `(?=\s*[,|·•]|\s+\d)` as a pattern that must match from where `Short` ends.
    ShortAhead,
    /// A weekday in brackets after a date: "（水）".
    Parenthesised,
    /// A weekday closing the line: ", Çarşamba" (followed by nothing but spaces).
    ClosingWeekday,
    /// A separator, a label and an item's weekday: " | UPDATED: ", " um ".
    Separator,
    /// Spaces, a label and an item's weekday: allowed after 年月日년월일 only.
    CjkSeparator,
    /// The end of a date: " r.", " года", ".".
    Tail,
    /// Label, then a reading time from the lexicons: "Lesezeit: 4 Min.".
    Reading,
    /// "5 min read", "Reading time: 4 minutes".
    ReadingCode,
}

const PARTS: usize = Part::ReadingCode as usize + 1;

/// Positions in a line (byte offsets, end included) that a sequence has reached.
#[derive(Clone)]
struct Positions(Vec<u64>);

impl Positions {
    fn new(len: usize) -> Self {
        Positions(vec![0; len / 64 + 1])
    }

    fn only(len: usize, at: usize) -> Self {
        let mut positions = Self::new(len);
        positions.insert(at);
        positions
    }

    fn insert(&mut self, at: usize) {
        self.0[at / 64] |= 1 << (at % 64);
    }

    fn contains(&self, at: usize) -> bool {
        self.0[at / 64] & (1 << (at % 64)) != 0
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|&word| word == 0)
    }

    fn union(&mut self, other: &Positions) {
        for (word, more) in self.0.iter_mut().zip(&other.0) {
            *word |= more;
        }
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(index, &word)| {
            (0..64)
                .filter(move |bit| word & (1 << bit) != 0)
                .map(move |bit| index * 64 + bit)
        })
    }
}

type CacheMaker =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// The date patterns of one lexicon, compiled.
pub struct DateMatcher {
    /// One lazy DFA with a pattern per `Part`, searched anchored at one pattern.
    parts: DFA,
    caches: Pool<Cache, CacheMaker>,
    /// The words (case folded) and the Han, kana and Hangul characters that a date
    /// line can be made of.
    words: HashSet<String>,
    chars: HashSet<char>,
    /// Every reading-time template holds a number: a line without a digit can
    /// then only be a relative time.
    digitless_relative_only: bool,
    digit: Regex,
    letters: Regex,
}

impl std::fmt::Debug for DateMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DateMatcher")
            .field("words", &self.words.len())
            .field("chars", &self.chars.len())
            .finish_non_exhaustive()
    }
}

/// A pattern for `text` matched literally, under IGNORECASE as Python's `regex`
/// has it: simple case folding, except that "i" also takes "İ" and "I" also "ı"
/// (and "İ" takes "i", "ı" takes "I", but not the other way round).
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            'i' => out.push_str("[iİ]"), // with case folding: i, I, İ
            'I' => out.push_str("[Iı]"), // I, i, ı
            'İ' => out.push_str("(?-i:[İi])"),
            'ı' => out.push_str("(?-i:[ıI])"),
            c if c.is_alphanumeric() => out.push(c),
            c => out.push_str(&format!(r"\x{{{:X}}}", c as u32)),
        }
    }
    out
}

/// The alternation of `words` (matched literally), or `NEVER` for none.
///
/// Written as a trie ("jan(?:uary|vier)?") rather than word by word: the same
/// words, and a smaller automaton to compile.
fn alternation<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> String {
    let mut words: Vec<String> = words.into_iter().map(|w| w.as_ref().to_owned()).collect();
    words.sort();
    words.dedup();
    if words.is_empty() {
        return NEVER.to_owned();
    }
    let suffixes: Vec<&str> = words.iter().map(String::as_str).collect();
    format!("(?:{})", trie(&suffixes))
}

/// The alternation of `suffixes` (sorted, distinct) as a trie.
fn trie(suffixes: &[&str]) -> String {
    let ends_here = suffixes.first() == Some(&"");
    let mut branches: Vec<String> = Vec::new();
    let mut rest = if ends_here { &suffixes[1..] } else { suffixes };
    while let Some(first) = rest.first().and_then(|s| s.chars().next()) {
        let count = rest.iter().take_while(|s| s.starts_with(first)).count();
        let tails: Vec<&str> = rest[..count]
            .iter()
            .map(|s| &s[first.len_utf8()..])
            .collect();
        branches.push(format!("{}{}", literal(&first.to_string()), trie(&tails)));
        rest = &rest[count..];
    }
    match (branches.len(), ends_here) {
        (0, _) => String::new(),
        (1, false) => branches.pop().unwrap_or_default(),
        (_, false) => format!("(?:{})", branches.join("|")),
        (_, true) => format!("(?:{})?", branches.join("|")),
    }
}

/// One lexicon template as a pattern: "vor {n} {unit}" -> `vor\s*[\s:：]*\s*\d{1,3}…`.
///
/// `{n}` is a number of one to three digits and `{unit}` one of `units` (an
/// alternation), optionally abbreviated with a dot ("5 Min."). A run of spaces
/// stands for any run of spaces and colons, or none ("Lesezeit: 4 Min.",
/// "3分钟前"); the parts are joined by optional spaces.
pub fn template_pattern(template: &str, units: &str) -> String {
    template_parts(template, units).join(r"\s*")
}

/// The parts of `template_pattern`, to be joined by optional spaces.
fn template_parts(template: &str, units: &str) -> Vec<String> {
    // Split as Python's `regex` split on `(\{n\}|\{unit\}|\s+)` did.
    let mut parts: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    let flush = |text: &mut String, parts: &mut Vec<String>| {
        if !text.is_empty() {
            // A literal of `str.isspace` characters outside `\s` counts as spaces too.
            if text.chars().all(is_py_space) {
                parts.push(r"[\s:：]*".to_owned());
            } else {
                parts.push(literal(text));
            }
            text.clear();
        }
    };
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{n}") {
            flush(&mut text, &mut parts);
            parts.push(format!("{DIGIT}{{1,3}}"));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("{unit}") {
            flush(&mut text, &mut parts);
            parts.push(format!(r"(?:{units})\.?"));
            rest = after;
        } else if c.is_whitespace() {
            flush(&mut text, &mut parts);
            parts.push(r"[\s:：]*".to_owned());
            rest = rest.trim_start_matches(char::is_whitespace);
        } else {
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    flush(&mut text, &mut parts);
    parts
}

/// The alternation of every language's templates, each with its own units.
///
/// A language's unit words are written once for all its templates that share
/// what comes after the unit ("lesezeit {n} {unit}", "lesedauer {n} {unit}"),
/// or else what comes before it ("{n} {unit} lesezeit", "{n} {unit} lesedauer"):
/// the same lines, and a smaller automaton to compile.
fn templates(by_language: &[(Vec<String>, Vec<String>)]) -> String {
    let mut alternatives = Vec::new();
    for (units, templates) in by_language {
        let units = if units.is_empty() {
            None
        } else {
            Some(alternation(units))
        };
        let marker = "\u{0}unit\u{0}";
        // (before the unit, after the unit) of templates with one unit, by `after`.
        let mut by_after: Vec<(String, Vec<String>)> = Vec::new();
        for template in templates {
            let Some(units) = &units else {
                if !template.contains("{unit}") {
                    alternatives.push(template_pattern(template, NEVER));
                } // else: no unit words, the template cannot match
                continue;
            };
            let parts = template_parts(template, marker);
            let unit_part = format!(r"(?:{marker})\.?");
            let at: Vec<usize> = (0..parts.len())
                .filter(|&i| parts[i] == unit_part)
                .collect();
            if at.len() != 1 {
                alternatives.push(template_pattern(template, units));
                continue;
            }
            let before = parts[..at[0]].iter().map(|p| format!(r"{p}\s*")).collect();
            let after = parts[at[0] + 1..]
                .iter()
                .map(|p| format!(r"\s*{p}"))
                .collect();
            match by_after.iter_mut().find(|(a, _)| *a == after) {
                Some((_, befores)) => befores.push(before),
                None => by_after.push((after, vec![before])),
            }
        }
        let Some(units) = &units else { continue };
        // Groups of one template share what comes before the unit instead.
        let mut by_before: Vec<(String, Vec<String>)> = Vec::new();
        for (after, befores) in by_after {
            if befores.len() == 1 {
                let before = befores.into_iter().next().unwrap_or_default();
                match by_before.iter_mut().find(|(b, _)| *b == before) {
                    Some((_, afters)) => afters.push(after),
                    None => by_before.push((before, vec![after])),
                }
            } else {
                let befores = befores.join("|");
                alternatives.push(format!(r"(?:{befores})(?:{units})\.?{after}"));
            }
        }
        for (before, afters) in by_before {
            let afters = afters.join("|");
            alternatives.push(format!(r"{before}(?:{units})\.?(?:{afters})"));
        }
    }
    if alternatives.is_empty() {
        NEVER.to_owned()
    } else {
        format!("(?:{})", alternatives.join("|"))
    }
}

/// The month names that may open "November 24": all but "set" and "out" (Italian
/// and Portuguese abbreviations that are more often words), which Python left out
/// with `(?!(?:set|out)\b)`. After a month name in that form comes a dot or a
/// space, so the look-ahead rejects exactly the names that are "set" or "out", in
/// any case, or open with them and a character that is no word character.
fn month_openers(months: &[String]) -> Vec<&str> {
    let set_or_out = Regex::new(r"(?i)\A(?:set|out)(?:\z|\W)").expect("a valid pattern");
    months
        .iter()
        .map(String::as_str)
        .filter(|month| !set_or_out.is_match(month))
        .collect()
}

/// The patterns of every `Part`, in order.
fn part_patterns(words: &DateWords) -> Vec<String> {
    let d = DIGIT;
    let label = format!(
        r"(?:(?:{first}?{label_words}{on_at}?|{labels})\s*[:：]?\s*)?",
        first = alternation(["first ", "last "]),
        label_words = alternation(LABEL_WORDS),
        on_at = alternation([" on", " at"]),
        labels = alternation(&words.labels),
    );
    let weekday = alternation(&words.weekdays);
    let month = alternation(&words.months);
    let opening_month = alternation(month_openers(&words.months));
    let periods = alternation(&words.periods);
    let connectors = alternation(&words.connectors);
    let weekday_prefix = format!(r"(?:{weekday}\.?,?\s*)?");
    let zone = format!(
        r"(?:\s*\(?{zones}(?:\s*[+\-]\s*{d}{{1,2}}(?::?{d}{{2}})?)?\)?)?",
        zones = alternation(ZONES)
    );
    let ordinal = alternation(["st", "nd", "rd", "th"]);
    let body = [
        // November 24, 2026; Nov. 24 (not "Set 2", "Out 5")
        format!(r"{opening_month}\.?\s+{d}{{1,2}}{ordinal}?(?:,?\s*{d}{{4}})?"),
        // 24 November 2026; 25. November; 25 de noviembre de 2026
        format!(
            r"{d}{{1,2}}(?:{ordinals}|º|\.)?\s*(?:{of}\x20)?{month}\.?,?(?:\s*(?:{de}\x20)?{d}{{4}})?",
            ordinals = alternation(["st", "nd", "rd", "th", "er"]),
            of = alternation(["of", "de", "del"]),
            de = alternation(["de", "del"]),
        ),
        // November 2026; noviembre de 2026
        format!(r"{month}\.?\s+(?:{de}\x20)?{d}{{4}}", de = literal("de")),
        // 2026-11-24T10:32Z
        format!(
            r"{d}{{4}}-{d}{{2}}-{d}{{2}}(?:[T\x20]{d}{{2}}:{d}{{2}}(?::{d}{{2}})?(?:\.{d}+)?(?:Z|[+\-]{d}{{2}}:?{d}{{2}})?)?"
        ),
        // 2026.11.25, 2026/11/25, 2026. 11. 25.
        format!(r"{d}{{4}}[./]\x20?{d}{{1,2}}[./]\x20?{d}{{1,2}}\.?"),
        // 11/24/2026, 24.11.2026
        format!(r"{d}{{1,2}}[/.]{d}{{1,2}}[/.]{d}{{2,4}}"),
        // 2026年11月25日, 2026년 11월 25일
        format!(r"{d}{{4}}\s*[年년](?:\s*{d}{{1,2}}\s*[月월](?:\s*{d}{{1,2}}\s*[日号일])?)?"),
        // 11月25日, 11월 25일
        format!(r"{d}{{1,2}}\s*[月월]\s*{d}{{1,2}}\s*[日号일]"),
        // 10:32 AM EST, 10.32 GMT, 10:32 Uhr, 午後3:20
        format!(
            r"(?:{periods}\s*)?{d}{{1,2}}[:.]{d}{{2}}(?:[:.]{d}{{2}})?(?:\s*[ap]\.?m\.?|\s*{uhr}\.?)?{zone}",
            uhr = alternation(["Uhr", "h", "hs", "hrs", "ч"]),
        ),
        // 10h32 (French)
        format!(r"{d}{{1,2}}\s?h\s?{d}{{2}}{zone}"),
        // 10 a.m. ET
        format!(r"{d}{{1,2}}\s*[ap]\.?m\.?{zone}"),
        // 午後3時20分, 오전 10시 32분
        format!(r"(?:{periods}\s*)?{d}{{1,2}}\s*[時时点點시](?:\s*{d}{{1,2}}\s*[分분])?"),
    ]
    .join("|");
    let separator = format!(
        r"(?:\s*[,;|·•/–—\-]\s*|\s+(?:{joiners}(?:\s*[,|·•/–—\-]\s*|\s+)){{1,2}}|\s+)",
        joiners = alternation(
            ["at", "on", "-"]
                .into_iter()
                .chain(words.connectors.iter().map(String::as_str))
        ),
    );
    let relative_head = format!(
        r"{label}(?:(?:{d}{{1,3}}|{numbers})\s*{units}\.?\s+{ago}|{fixed}|{templates})",
        numbers = alternation(NUMBER_WORDS),
        units = alternation(UNIT_WORDS),
        ago = literal("ago"),
        fixed = alternation([
            "just now",
            "moment ago",
            "moments ago",
            "yesterday",
            "today"
        ]),
        templates = templates(&words.relative),
    );
    let minutes = alternation(["min", "mins", "minute", "minutes", "m"]);
    let mut patterns = vec![String::new(); PARTS];
    patterns[Part::RelativeHead as usize] = relative_head;
    patterns[Part::RelativeJoin as usize] = format!(
        r"\s*[,|·•]?\s*(?:{at}\s+)?{weekday_prefix}",
        at = alternation(
            ["at"]
                .into_iter()
                .chain(words.connectors.iter().map(String::as_str))
        ),
    );
    patterns[Part::LabelWeekday as usize] = format!("{label}{weekday_prefix}");
    patterns[Part::Body as usize] = format!("(?:{body})");
    patterns[Part::Short as usize] = format!(r"{d}{{1,2}}[/.]{d}{{1,2}}\.?");
    patterns[Part::ShortAhead as usize] = format!(r"\s*[,|·•]|\s+{d}");
    patterns[Part::Parenthesised as usize] = format!(r"\s*[(（]\s*{weekday}\s*[)）]");
    patterns[Part::ClosingWeekday as usize] = format!(r",?\s+{weekday}");
    patterns[Part::Separator as usize] = format!("{separator}{label}{weekday_prefix}");
    patterns[Part::CjkSeparator as usize] = format!(r"\s*{label}{weekday_prefix}");
    patterns[Part::Tail as usize] = format!(r"(?:\s+{connectors})?[.。]?");
    patterns[Part::Reading as usize] = format!(
        r"{label}{templates}[.。]?",
        templates = templates(&words.reading)
    );
    patterns[Part::ReadingCode as usize] = format!(
        r"{d}{{1,3}}\s*{minutes}\.?\s+{read}|{reading}\s*:?\s*{d}{{1,3}}\s*{minutes}\.?",
        read = literal("read"),
        reading = alternation(["reading time", "read time", "lesezeit"]),
    );
    patterns
}

impl DateMatcher {
    /// Compile the patterns of `words`.
    pub fn new(words: &DateWords) -> Result<Self, String> {
        let patterns = part_patterns(words);
        let parts = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .starts_for_each_pattern(true),
            )
            .syntax(syntax::Config::new().case_insensitive(true))
            .build_many(&patterns)
            .map_err(|error| format!("the date patterns do not compile: {error}"))?;
        let for_caches = parts.clone();
        let caches: Pool<Cache, CacheMaker> =
            Pool::new(Box::new(move || for_caches.create_cache()));
        let (words_set, chars) = vocabulary(words);
        let digitless_relative_only = words
            .reading
            .iter()
            .all(|(_, templates)| templates.iter().all(|t| t.contains("{n}")));
        Ok(DateMatcher {
            parts,
            caches,
            words: words_set,
            chars,
            digitless_relative_only,
            digit: Regex::new(DIGIT).expect("a valid pattern"),
            letters: Regex::new(r"[\p{L}\p{M}]+").expect("a valid pattern"),
        })
    }

    /// The kind of date line `text` is, with relative times (and reading times)
    /// and absolute dates each looked for only when asked.
    pub fn verdict(&self, text: &str, relative: bool, absolute: bool) -> Option<Verdict> {
        if !self.could_be_date(text) {
            return None;
        }
        let mut cache = self.caches.get();
        let cache = &mut *cache;
        if relative && self.is_relative(cache, text) {
            return Some(Verdict::RelativeTime);
        }
        if self.digitless_relative_only && !self.digit.is_match(text) {
            return None;
        }
        if absolute && self.is_absolute(cache, text) {
            return Some(Verdict::AbsoluteDate);
        }
        if relative && self.is_reading(cache, text) {
            return Some(Verdict::ReadingTime);
        }
        None
    }

    /// Whether each whole-line pattern matches `text`, without the cheap checks
    /// of `could_be_date`: (relative time, absolute date, reading time).
    pub fn patterns(&self, text: &str) -> (bool, bool, bool) {
        let mut cache = self.caches.get();
        let cache = &mut *cache;
        (
            self.is_relative(cache, text),
            self.is_absolute(cache, text),
            self.is_reading(cache, text),
        )
    }

    /// Every reading-time template holds a number, so a line without a digit
    /// can only be a relative time.
    pub fn digitless_relative_only(&self) -> bool {
        self.digitless_relative_only
    }

    /// Cheap checks that every date line passes; most lines fail one of them.
    ///
    /// A date line is short, opens with a letter or a digit (as every lexicon
    /// entry and every item of the patterns does; U+0345, a combining mark, is
    /// the one other character that IGNORECASE takes for a letter), is more than
    /// a bare number, holds a digit unless it is a short phrase ("vor wenigen
    /// Minuten", "gestern"), and holds only date words.
    pub fn could_be_date(&self, text: &str) -> bool {
        if text.len() > MAX_DATE_CHARS && char_len(text) > MAX_DATE_CHARS {
            return false;
        }
        let Some(first) = text.chars().next() else {
            return false;
        };
        if !(crate::text::is_py_alnum(first) || first == '\u{345}') {
            return false; // "*", "+ November", "•": list markers and symbols
        }
        if text.is_ascii() {
            return self.ascii_could_be_date(text);
        }
        if char_len(text) > MAX_WORDY_DATE_CHARS && !self.digit.is_match(text) {
            return false;
        }
        self.only_date_words(text)
    }

    /// The rest of `could_be_date` on ASCII text, which most lines are: the first
    /// word of prose is seldom a date word, and looking it up costs least.
    fn ascii_could_be_date(&self, text: &str) -> bool {
        if text.bytes().all(|b| b.is_ascii_digit()) {
            return false; // a bare number ("0", "2019", a table cell): no date on its own
        }
        let folded = text.to_ascii_lowercase();
        let mut words = ascii_words(&folded);
        if let Some(opening) = words.next() {
            if !self.words.contains(opening) {
                return false;
            }
        }
        if text.len() > MAX_WORDY_DATE_CHARS && !text.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        words.all(|word| self.words.contains(word))
    }

    /// True when every word of `text` is one that a date line can hold.
    fn only_date_words(&self, text: &str) -> bool {
        let folded = casefold(text);
        if folded.is_ascii() {
            // No ASCII letter is in `chars`: every word must be a date word.
            return ascii_words(&folded).all(|word| self.words.contains(word));
        }
        self.letters.find_iter(&folded).all(|word| {
            let word = word.as_str();
            self.words.contains(word) || word.chars().all(|c| self.chars.contains(&c))
        })
    }

    /// Every position where a match of `part` that starts at one of `from` ends.
    fn ends(&self, cache: &mut Cache, part: Part, text: &str, from: &Positions) -> Positions {
        let mut out = Positions::new(text.len());
        for start in from.iter() {
            self.ends_from(cache, part, text, start, &mut out);
        }
        out
    }

    fn ends_from(
        &self,
        cache: &mut Cache,
        part: Part,
        text: &str,
        start: usize,
        out: &mut Positions,
    ) {
        let input = Input::new(text)
            .range(start..)
            .anchored(Anchored::Pattern(PatternID::must(part as usize)));
        let mut state = OverlappingState::start();
        loop {
            self.parts
                .try_search_overlapping_fwd(cache, &input, &mut state)
                .expect("the lazy DFA never gives up without word boundaries");
            match state.get_match() {
                Some(found) => out.insert(found.offset()),
                None => break,
            }
        }
    }

    /// Whether a match of `part` starts at `start`.
    fn matches_at(&self, cache: &mut Cache, part: Part, text: &str, start: usize) -> bool {
        let input = Input::new(text)
            .range(start..)
            .anchored(Anchored::Pattern(PatternID::must(part as usize)))
            .earliest(true);
        self.parts
            .try_search_fwd(cache, &input)
            .expect("the lazy DFA never gives up without word boundaries")
            .is_some()
    }

    /// The ends of the items that start at `from` (after their weekday): a date
    /// or a time, then a weekday in brackets or a weekday that closes the line.
    fn items(&self, cache: &mut Cache, text: &str, from: &Positions) -> Positions {
        let mut bodies = self.ends(cache, Part::Body, text, from);
        for end in self.ends(cache, Part::Short, text, from).iter() {
            // `(?=\s*[,|·•]|\s+\d)`: "25.11. 10:32", "25.11., Mittwoch"
            if self.matches_at(cache, Part::ShortAhead, text, end) {
                bodies.insert(end);
            }
        }
        let mut items = bodies.clone();
        items.union(&self.ends(cache, Part::Parenthesised, text, &bodies));
        for end in self.ends(cache, Part::ClosingWeekday, text, &bodies).iter() {
            // `(?=\s*$)`
            if text[end..].chars().all(char::is_whitespace) {
                items.insert(end);
            }
        }
        items
    }

    /// The ends of the absolute dates that start at `from` (after the first
    /// item's weekday): up to six items with separators and labels between them.
    fn dates(&self, cache: &mut Cache, text: &str, from: &Positions) -> Positions {
        let mut current = self.items(cache, text, from);
        let mut reached = current.clone();
        for _ in 0..5 {
            if current.is_empty() {
                break;
            }
            let mut next = Positions::new(text.len());
            for at in current.iter() {
                self.ends_from(cache, Part::Separator, text, at, &mut next);
                // `(?<=[年月日년월일])\s*`: "2026年11月25日10:32"
                if text[..at].ends_with(['年', '月', '日', '년', '월', '일']) {
                    self.ends_from(cache, Part::CjkSeparator, text, at, &mut next);
                }
            }
            current = self.items(cache, text, &next);
            reached.union(&current);
        }
        self.ends(cache, Part::Tail, text, &reached)
    }

    fn is_relative(&self, cache: &mut Cache, text: &str) -> bool {
        let heads = self.ends(
            cache,
            Part::RelativeHead,
            text,
            &Positions::only(text.len(), 0),
        );
        if heads.contains(text.len()) {
            return true;
        }
        let joined = self.ends(cache, Part::RelativeJoin, text, &heads);
        !joined.is_empty() && self.dates(cache, text, &joined).contains(text.len())
    }

    fn is_absolute(&self, cache: &mut Cache, text: &str) -> bool {
        let start = Positions::only(text.len(), 0);
        let labelled = self.ends(cache, Part::LabelWeekday, text, &start);
        self.dates(cache, text, &labelled).contains(text.len())
    }

    fn is_reading(&self, cache: &mut Cache, text: &str) -> bool {
        let start = Positions::only(text.len(), 0);
        self.ends(cache, Part::Reading, text, &start)
            .contains(text.len())
            || self
                .ends(cache, Part::ReadingCode, text, &start)
                .contains(text.len())
    }
}

/// The runs of a-z in ASCII text already lowered.
fn ascii_words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|word| !word.is_empty())
}

/// The words, and the Han, kana and Hangul characters, that a date line can be made of.
fn vocabulary(words: &DateWords) -> (HashSet<String>, HashSet<char>) {
    let letters = Regex::new(r"[\p{L}\p{M}]+").expect("a valid pattern");
    let spaceless =
        Regex::new(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー]+").expect("a valid pattern");
    let mut found: HashSet<String> = CODE_WORDS.split_whitespace().map(str::to_owned).collect();
    let mut chars: HashSet<char> = CODE_CHARS.chars().collect();
    let families = [
        &words.months,
        &words.weekdays,
        &words.labels,
        &words.connectors,
        &words.periods,
    ];
    let by_language = words
        .relative
        .iter()
        .chain(&words.reading)
        .flat_map(|(units, templates)| [units, templates]);
    for entry in families.into_iter().chain(by_language).flatten() {
        let folded = casefold(entry).replace("{n}", " ").replace("{unit}", " ");
        found.extend(letters.find_iter(&folded).map(|m| m.as_str().to_owned()));
        for run in spaceless.find_iter(&folded) {
            chars.extend(run.as_str().chars());
        }
    }
    (found, chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    fn english() -> DateMatcher {
        DateMatcher::new(&DateWords {
            months: strings(&["jan", "january", "nov", "november", "set", "settembre"]),
            weekdays: strings(&["tue", "tuesday", "mi", "水"]),
            labels: strings(&["aktualisiert am"]),
            connectors: strings(&["um", "r."]),
            periods: strings(&["午後"]),
            relative: vec![(
                strings(&["minuten"]),
                strings(&["vor {n} {unit}", "gestern"]),
            )],
            reading: vec![(strings(&["min"]), strings(&["lesezeit {n} {unit}"]))],
        })
        .unwrap()
    }

    fn verdict(text: &str) -> Option<&'static str> {
        english().verdict(text, true, true).map(Verdict::rule)
    }

    #[test]
    fn finds_each_kind() {
        assert_eq!(verdict("4 minutes ago"), Some("relative_time"));
        assert_eq!(verdict("vor 5 Minuten"), Some("relative_time"));
        assert_eq!(verdict("gestern, 10:32 Uhr"), Some("relative_time"));
        assert_eq!(verdict("November 24, 2026"), Some("absolute_date"));
        assert_eq!(
            verdict("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"),
            Some("absolute_date")
        );
        assert_eq!(
            verdict("Aktualisiert am 25.11.2026 um 10:32 Uhr"),
            Some("absolute_date")
        );
        assert_eq!(
            verdict("2026年11月25日（水） 午後3時20分"),
            Some("absolute_date")
        );
        assert_eq!(verdict("5 min read"), Some("reading_time"));
        assert_eq!(verdict("Lesezeit: 4 Min."), Some("reading_time"));
    }

    #[test]
    fn keeps_prose() {
        assert_eq!(verdict("He arrived 20 minutes ago, police said."), None);
        assert_eq!(verdict("2026"), None);
        assert_eq!(verdict("Tuesday"), None);
        assert_eq!(verdict("* November 24, 2026"), None);
    }

    #[test]
    fn look_arounds_hold() {
        // A day and month without a year needs a separator or a number after it.
        assert_eq!(verdict("25/11 10:32"), Some("absolute_date"));
        assert_eq!(verdict("25/11, Mi"), Some("absolute_date"));
        assert_eq!(verdict("25/11 Mi"), None);
        assert_eq!(verdict("25/11"), None);
        assert_eq!(verdict("25.11."), Some("absolute_date")); // a time, 25.11, and a full stop
                                                              // A weekday after the date closes the line.
        assert_eq!(verdict("25 November 2026 Tuesday"), Some("absolute_date"));
        assert_eq!(verdict("25 November 2026 Tuesday."), None);
        // No separator after 年月日 only.
        assert_eq!(verdict("2026年11月25日10:32"), Some("absolute_date"));
        assert_eq!(verdict("11月25号10:32"), None);
        // "Set 2" is no date, "Settembre 2" is.
        assert_eq!(verdict("Set 2"), None);
        assert_eq!(verdict("Settembre 2"), Some("absolute_date"));
        assert_eq!(verdict("2 set 2026"), Some("absolute_date"));
    }

    #[test]
    fn at_most_six_items() {
        assert_eq!(verdict(&["10:32"; 6].join(" ")), Some("absolute_date"));
        assert_eq!(verdict(&["10:32"; 7].join(" ")), None);
    }

    #[test]
    fn case_as_python_regex_has_it() {
        // (`could_be_date` turns "FİRST" away: it folds to "fi̇rst", no date word.)
        assert!(english().patterns("FİRST UPDATED 10:32").1);
        assert!(english().patterns("FIRST UPDATED 10:32").1);
        assert!(!english().patterns("fırst updated 10:32").1);
        assert!(english().patterns("KASIM 2026").1 == english().patterns("kasım 2026").1);
    }

    #[test]
    fn templates_split_as_python_did() {
        assert_eq!(
            template_pattern("vor {n} {unit}", "u"),
            format!(r"vor\s*[\s:：]*\s*{DIGIT}{{1,3}}\s*[\s:：]*\s*(?:u)\.?")
        );
        assert_eq!(
            template_pattern("{n}{unit}前", "u"),
            format!(r"{DIGIT}{{1,3}}\s*(?:u)\.?\s*前")
        );
    }
}
