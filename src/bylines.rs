//! Stand-alone bylines, credit lines and source lines: the per-line decisions of
//! the `bylines` filter.
//!
//! "By Staff Writer, Reuters", "Von Moritz Bachmann publiziert am 30. Juli 2018",
//! "Reporting by Jane Doe; Editing by John Roe", "- South China Morning Post". The
//! verdicts are those of the Python patterns this replaces (kept as the oracle in
//! `tests/reference_bylines.py`), string for string:
//!
//! * **No look-around was needed.** Every Python pattern here is used with
//!   `fullmatch` and holds neither look-around nor backreferences, so whether it
//!   matches is whether the text is in its language, which an anchored `regex`
//!   decides the same way. Where a group is read (the date after a labelled byline,
//!   the text before "by" in a dated one, a dashed source's name, an author box's
//!   name) the crate's leftmost-first captures are those of the backtracking engine.
//! * **Character classes.** `\p{Lu}`, `\p{Ll}` and `\w` are those of Python's
//!   `regex` (tables generated from it, `src/text.rs`); `\p{L}` is the crate's
//!   (Unicode 16) plus the letters Unicode 17 added, which Python's `regex` knows.
//!   `\s`, `\S` and `.` are the same in both engines (White_Space; all but "\n").
//! * **Case.** Python's `regex` under IGNORECASE lets "i" take "İ" and "I" take
//!   "ı", which simple case folding does not: `literal` spells those out.
//! * **Build cost.** The name patterns repeat `\p{Lu}`, `\p{L}` and `\w` inside
//!   bounded repetitions (up to ten names of four words), which as UTF-8 automata
//!   over the whole of Unicode took about a second to compile. The patterns run
//!   instead over a *spelling* of the text (`Alphabet`): ASCII, white space and
//!   every character a literal of the patterns may match stay as they are; any
//!   other character becomes one of 16 stand-ins (noncharacters) that says which
//!   of those four classes it is in. Each class is then a short list, and the
//!   spelling keeps one character for one character, so every pattern matches the
//!   spelling where it matched the text, with the same groups (mapped back by
//!   character count).
//! * **Dates** are asked of the caller (`is_date`), which holds the date patterns
//!   of the same lexicon (`src/dates.rs`).

use std::collections::HashSet;

use regex::{Regex, RegexBuilder};
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};

use crate::alphabet::{in_ranges, unspell, Alphabet, LETTER, LOWER, UPPER, WORD};

use crate::lines::phrase_key;
use crate::text::{
    casefold, char_len, is_lower_letter, is_py_digit, is_py_upper, is_upper_letter, is_word,
    py_split,
};

/// A byline is short; a longer line is at most a desk's credits (in characters).
const MAX_BYLINE_CHARS: usize = 160;
/// A desk's credits run longer than a byline, but not longer than this.
const MAX_CREDIT_CHARS: usize = 400;
/// A bare name beside a date has at most this many words.
const MAX_NAME_WORDS: usize = 4;
/// The first words of a way to reach the author ("Write to Jane Doe at ...").
const CONTACT_FIRST_WORDS: [&str; 5] = ["email", "e-mail", "write", "contact", "reach"];
/// The separators of a post's meta row, with a space on each side.
const META_SEPARATORS: [&str; 6] = [" | ", " · ", " • ", " – ", " — ", " - "];
/// Name particles, written lower-case: "Ludwig van Beethoven".
const PARTICLE: &str = "(?:van|von|de|da|del|der|di|du|la|le|bin|al|el|ter|ten|dos|das)";
/// Matches nothing: the author box of a lexicon without box labels.
const NEVER: &str = r"[^\x00-\x{10FFFF}]";
/// How large the compiled name patterns may grow: the names of a desk's credits
/// are many bounded repetitions.
const SIZE_LIMIT: usize = 1 << 26;
/// The punctuation the patterns name outside ASCII.
const NAMED_PUNCTUATION: &str = "’–—·•";

/// A pattern for `text` matched literally, under IGNORECASE as Python's `regex`
/// has it: simple case folding, except that "i" also takes "İ" and "I" also "ı"
/// (and "İ" takes "i", "ı" takes "I", but not the other way round). Each letter
/// is spelled as the class of its case variants: the same language as `(?i:c)`,
/// without asking the parser to fold every letter of every label again.
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 8);
    for c in text.chars() {
        let mut variants = match c {
            'İ' => vec!['İ', 'i'],
            'ı' => vec!['ı', 'I'],
            c if c.is_alphanumeric() => case_variants(c),
            c => vec![c],
        };
        match c {
            'i' => variants.push('İ'),
            'I' => variants.push('ı'),
            _ => {}
        }
        if let [only] = variants[..] {
            out.push_str(&format!(r"\x{{{:X}}}", only as u32));
        } else {
            out.push('[');
            for v in variants {
                out.push_str(&format!(r"\x{{{:X}}}", v as u32));
            }
            out.push(']');
        }
    }
    out
}

/// The characters `(?i:c)` matches in the crate: `c`'s simple case folds, `c` first.
fn case_variants(c: char) -> Vec<char> {
    if c.is_ascii_digit() {
        return vec![c];
    }
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    let mut out = vec![c];
    for range in class.ranges() {
        out.extend((range.start()..=range.end()).filter(|&v| v != c));
    }
    out
}

/// The alternation of `words` matched literally under IGNORECASE, longest first
/// (Python's `alternation_of`: the order decides which label a group follows).
fn alternation(words: &[String]) -> Option<String> {
    let mut ordered: Vec<&String> = words.iter().collect();
    ordered.sort_by(|a, b| char_len(b).cmp(&char_len(a)).then_with(|| a.cmp(b)));
    ordered.dedup();
    if ordered.is_empty() {
        return None;
    }
    Some(
        ordered
            .iter()
            .map(|w| literal(w))
            .collect::<Vec<_>>()
            .join("|"),
    )
}

/// The words of a lexicon that the byline rules need.
#[derive(Debug, Clone, Default)]
pub struct BylineWords {
    /// "By", "Von", "Publié par": what opens a labelled byline.
    pub labels: Vec<String>,
    /// "About", "Über den Autor": the heading of an author box.
    pub box_labels: Vec<String>,
    /// The phrase keys of the words that name a news source ("post", "reuters").
    pub publishers: Vec<String>,
}

/// The byline patterns of one lexicon, compiled once.
#[derive(Debug)]
pub struct BylineMatcher {
    alphabet: Alphabet,
    label_firsts: HashSet<String>,
    labelled: Regex,
    box_firsts: HashSet<String>,
    box_labels: HashSet<String>,
    author_box: Regex,
    publishers: HashSet<String>,
    name: Regex,
    byline: Regex,
    credit: Regex,
    contributed: Regex,
    contact: Regex,
    source: Regex,
    bare_name: Regex,
    dated_byline: Regex,
    split: Regex,
    handle: Regex,
    source_name: Regex,
    meta_split: Regex,
    field: Regex,
    connector: Regex,
}

/// Compile `pattern` to match whole texts only.
fn whole(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(&format!(r"\A(?:{pattern})\z"))
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(SIZE_LIMIT / 4)
        .build()
        .map_err(|e| e.to_string())
}

/// Compile `pattern` to search with.
fn anywhere(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

impl BylineMatcher {
    /// Build from the lexicon's words; an error names a pattern that does not compile.
    pub fn new(words: &BylineWords) -> Result<Self, String> {
        let literals: Vec<&str> = words
            .labels
            .iter()
            .chain(&words.box_labels)
            .map(String::as_str)
            .collect();
        let alphabet = Alphabet::new(&literals, NAMED_PUNCTUATION)?;
        let lu = alphabet.class(&is_upper_letter, UPPER);
        let ll = alphabet.class(&is_lower_letter, LOWER);
        let letters = alphabet.letters.clone();
        let letter = alphabet.class(&|c| in_ranges(&letters, c), LETTER);
        let letter = &letter[1..letter.len() - 1]; // the items, to join other items
        let w = alphabet.class(&is_word, WORD);
        let l = literal;
        // One capitalised word of a name: "Jane", "O'Brien", "J.", "Jean-Luc", "McDonald".
        let name_word = format!(r"{lu}[{letter}'’.\-]*");
        let name = format!("{name_word}(?: (?:{PARTICLE} )?{name_word}){{0,3}}");
        let and = l("and");
        let names = format!(r"{name}(?:\s*(?:,|{and}|&)\s*{name}){{0,4}}");
        let long_names = format!(r"{name}(?:\s*(?:,|{and}|&)\s*{name}){{0,9}}");
        let by = l("by");
        let for_ = l("for");
        // "By Jane Doe and John Roe", "By Staff Writer, Reuters",
        // "By Amy Kuperinsky | NJ Advance Media for NJ.com", "By Jane Doe | @janedoe".
        let byline = format!(
            r"(?:{}|{}|{}|{}|{}|{}:?|{}:?)\s+{names}(?:\s*[,|/–—-]\s*{names}){{0,3}}(?:\s+{for_}\s+{names})?(?:\s*[,|/–—-]\s*@{w}+)?\.?",
            l("by"),
            l("written by"),
            l("words by"),
            l("story by"),
            l("text by"),
            l("author"),
            l("reporter"),
        );
        // "Reporting by Jane Doe; Editing by John Roe".
        let role = format!(
            "(?:{}(?:{}|{}|{}|{}|{}|{}))",
            format_args!("(?:{})?", l("additional ")),
            l("reporting"),
            l("writing"),
            l("editing"),
            l("compiled"),
            l("research"),
            l("production"),
        );
        let credit = format!(
            r"\(?{role}\s+{by}\s+{long_names}(?:\s*(?:;|,|{and})\s*(?:{})?{role}\s+{by}\s+{long_names}){{0,4}}\.?\)?\.?",
            l("with "),
        );
        // "Associated Press writers Jane Doe and John Roe contributed to this report."
        let s = l("s");
        let contributed = format!(
            r"(?:(?:{the} )?{lu}[{letter}.]*(?: {lu}[{letter}.]*){{0,2}} (?:{staff})?(?:{writer}(?:{s})?|{reporter}(?:{s})?|{correspondent}(?:{s})?) )?{long_names} (?:{also})?{contributed} (?:{to})?(?:{this}|{the}) (?:{report}|{story}|{article})\.?",
            the = l("the"),
            staff = l("staff "),
            writer = l("writer"),
            reporter = l("reporter"),
            correspondent = l("correspondent"),
            also = l("also "),
            contributed = l("contributed"),
            to = l("to "),
            this = l("this"),
            report = l("report"),
            story = l("story"),
            article = l("article"),
        );
        // "Write to Jane Doe at jane@example.com", "Reach the reporters on Twitter at ...".
        let contact = format!(
            r"(?:{e}(?:-)?{mail}|{write_to}|{contact}|{reach}) (?:{the} (?:{author}|{reporter}(?:{s})?|{writer}(?:{s})?|{editor}(?:{s})?)|{names}) (?:{on_twitter})?(?:{at}|{via}) (?:\S+@\S+\.{w}+|https?://\S+|@{w}+).{{0,160}}",
            e = l("e"),
            mail = l("mail"),
            write_to = l("write to"),
            contact = l("contact"),
            reach = l("reach"),
            the = l("the"),
            author = l("author"),
            reporter = l("reporter"),
            writer = l("writer"),
            editor = l("editor"),
            on_twitter = l("on twitter "),
            at = l("at"),
            via = l("via"),
        );
        let bare_name = format!("{name_word}(?: (?:of|the|and|&|{name_word})){{0,5}}");
        let labelled = match alternation(&words.labels) {
            Some(labels) => format!(r"(?:{labels}):?\s+{names}(?:\s+(?P<rest>\S.{{0,80}}))?"),
            None => NEVER.to_owned(),
        };
        let author_box = match alternation(&words.box_labels) {
            Some(labels) => format!(r"(?:{labels}):?\s+(?P<name>{name})"),
            None => NEVER.to_owned(),
        };
        let firsts = |labels: &[String]| -> HashSet<String> {
            labels
                .iter()
                .filter_map(|label| py_split(label).next().map(str::to_owned))
                .collect()
        };
        Ok(BylineMatcher {
            alphabet,
            label_firsts: firsts(&words.labels),
            labelled: whole(&labelled)?,
            box_firsts: firsts(&words.box_labels),
            box_labels: words.box_labels.iter().map(|b| casefold(b)).collect(),
            author_box: whole(&author_box)?,
            publishers: words.publishers.iter().cloned().collect(),
            name: whole(&name)?,
            byline: whole(&byline)?,
            credit: whole(&credit)?,
            contributed: whole(&contributed)?,
            contact: whole(&contact)?,
            source: whole(&format!(r"[-–—]\s*({bare_name})"))?,
            bare_name: whole(&bare_name)?,
            dated_byline: whole(&format!(r"(.{{4,80}}?)\s+{by}\s+{names}\.?"))?,
            split: anywhere(r"\s+[|·•]\s+")?,
            handle: whole(&format!("@{w}{{1,30}}"))?,
            source_name: whole(&format!(r"{names}(?:\s+{for_}\s+{names})?"))?,
            meta_split: anywhere(r"\s+[|·•–—-]\s+")?,
            field: whole(&format!(r"{lu}{ll}{{1,20}}:\s.{{1,60}}"))?,
            connector: anywhere(&format!(r"\A(?:{ll}+\s+){{1,2}}"))?,
        })
    }

    /// The rule that condemns the stripped line `text` with phrase key `key`:
    /// "byline", "credit", "contact" or None. Source lines need context (`source_kind`).
    pub fn rule_for(
        &self,
        text: &str,
        key: &str,
        is_date: &mut dyn FnMut(&str) -> bool,
    ) -> Option<&'static str> {
        let length = char_len(text);
        if length > MAX_BYLINE_CHARS {
            return (length <= MAX_CREDIT_CHARS && self.is_credit(text)).then_some("credit");
        }
        // The hint words, case-folded, are in the line's key (or, for a line too long
        // to have one, its folded text) wherever the hint pattern finds them.
        let folded_text;
        let folded = if key.is_empty() {
            folded_text = casefold(text);
            folded_text.as_str()
        } else {
            key
        };
        if self.label_firsts.contains(first_word(folded)) && self.is_labelled_byline(text, is_date)
        {
            return Some("byline");
        }
        if self.is_hinted_byline(text, folded, is_date) || self.is_post_meta(text, is_date) {
            return Some("byline");
        }
        if let Some(rule) = self.credit_or_contact(text, folded) {
            return Some(rule);
        }
        if text.chars().next().is_some_and(is_py_upper)
            && text.chars().any(is_py_digit)
            && self.is_sourced_date(text, is_date)
        {
            return Some("byline");
        }
        None
    }

    /// Whether `re` matches `text` (spelled).
    fn is(&self, re: &Regex, text: &str) -> bool {
        re.is_match(&self.alphabet.spell(text))
    }

    /// Group 1 of `re` in `text` (spelled): None without a match, Some(None) without the group.
    fn group<'t>(&self, re: &Regex, text: &'t str) -> Option<Option<&'t str>> {
        let spelled = self.alphabet.spell(text);
        let found = re.captures(&spelled)?;
        Some(found.get(1).map(|m| {
            let start = unspell(text, &spelled, m.start());
            let end = unspell(text, &spelled, m.end());
            &text[start..end]
        }))
    }

    /// Who contributed to the report ("credit"), or how to reach its author ("contact").
    fn credit_or_contact(&self, text: &str, folded: &str) -> Option<&'static str> {
        if folded.contains("contributed") && self.is(&self.contributed, text) {
            return Some("credit");
        }
        if CONTACT_FIRST_WORDS.contains(&first_word(folded)) && self.is(&self.contact, text) {
            return Some("contact");
        }
        None
    }

    /// A desk's credits, too long for a byline: reporters and editors, or who contributed.
    fn is_credit(&self, text: &str) -> bool {
        self.is(&self.credit, text) || self.is(&self.contributed, text)
    }

    fn is_byline(&self, text: &str) -> bool {
        self.is(&self.byline, text) || self.is(&self.credit, text)
    }

    /// A blog post's meta row: a date, a byline and labelled fields between dashes or bars.
    fn is_post_meta(&self, text: &str, is_date: &mut dyn FnMut(&str) -> bool) -> bool {
        if !META_SEPARATORS.iter().any(|sep| text.contains(sep)) {
            return false; // cheap rejection: most lines have no such separators
        }
        let parts: Vec<&str> = self.meta_split.split(text).collect();
        if parts.len() == 2 {
            // "Chris Davies - Nov 19, 2019, 10:31 pm CST"
            let (name, date) = (parts[0], parts[1]);
            return py_split(name).count() <= MAX_NAME_WORDS
                && self.is(&self.bare_name, name)
                && is_date(date);
        }
        if parts.len() < 3 {
            return false;
        }
        let bylines = parts
            .iter()
            .filter(|p| self.is_labelled_byline(p, is_date) || self.is_byline(p))
            .count();
        let dates = parts.iter().filter(|p| is_date(p)).count();
        let fields = parts.iter().filter(|p| self.is(&self.field, p)).count();
        bylines > 0 && dates > 0 && bylines + dates + fields == parts.len()
    }

    /// A news agency's or outlet's name run into a date: "Reuters November 18, 2019 11:03 PM".
    fn is_sourced_date(&self, text: &str, is_date: &mut dyn FnMut(&str) -> bool) -> bool {
        let spaces: Vec<usize> = text.match_indices(' ').map(|(at, _)| at).collect();
        // `words = text.split(" ")`: one more word than spaces.
        let most = MAX_NAME_WORDS.min(spaces.len());
        for &at in &spaces[..most] {
            let (name, rest) = (&text[..at], &text[at + 1..]);
            if !self.is(&self.bare_name, name) {
                return false;
            }
            if self.names_a_source(name) && is_date(rest) {
                return true;
            }
        }
        false
    }

    /// Whether `text` holds a hint word: `(?i)\bby\b|\bauthor|\breporter`.
    fn has_hint(text: &str) -> bool {
        // Every character that pattern takes for one of these letters is the ASCII
        // letter in either case, so the search runs on the ASCII-lower-cased bytes.
        let lower = text.to_ascii_lowercase();
        let word_before = |at: usize| text[..at].chars().next_back().is_some_and(is_word);
        let word_after = |at: usize| text[at..].chars().next().is_some_and(is_word);
        let found = |needle: &str, end_boundary: bool| {
            lower.match_indices(needle).any(|(at, _)| {
                !word_before(at) && (!end_boundary || !word_after(at + needle.len()))
            })
        };
        found("by", true) || found("author", false) || found("reporter", false)
    }

    /// A byline or credit with "by", "author" or "reporter", alone or beside a date.
    fn is_hinted_byline(
        &self,
        text: &str,
        folded: &str,
        is_date: &mut dyn FnMut(&str) -> bool,
    ) -> bool {
        if !folded.contains("by") && !folded.contains("author") && !folded.contains("reporter") {
            return false;
        }
        if !Self::has_hint(text) {
            return false;
        }
        let parts: Vec<&str> = self.split.split(text).collect();
        if self.is_byline(parts[0])
            && parts[1..].iter().all(|p| {
                self.is_byline(p)
                    || self.is(&self.handle, p)
                    || self.is(&self.source_name, p)
                    || is_date(p)
            })
        {
            return true;
        }
        if parts.iter().any(|p| self.is_byline(p))
            && parts
                .iter()
                .all(|p| self.is_byline(p) || self.is(&self.handle, p) || is_date(p))
        {
            return true;
        }
        // "Posted on November 19, 2026 by Nell Okafor"
        match self.group(&self.dated_byline, text) {
            Some(before) => is_date(before.unwrap_or("")),
            None => false,
        }
    }

    /// A label and names, then nothing or a date: "Von X publiziert am 30. Juli 2018".
    fn is_labelled_byline(&self, text: &str, is_date: &mut dyn FnMut(&str) -> bool) -> bool {
        let Some(labelled) = self.group(&self.labelled, text) else {
            return false;
        };
        let Some(rest) = labelled else {
            return true;
        };
        // Up to two lower-case words join the names to the date ("on", "publiziert am").
        let spelled = self.alphabet.spell(rest);
        let date = match self.connector.find(&spelled) {
            Some(joined) => &rest[unspell(rest, &spelled, joined.end())..],
            None => rest,
        };
        !date.is_empty() && is_date(date)
    }

    fn names_a_source(&self, name: &str) -> bool {
        py_split(&phrase_key(name)).any(|word| self.publishers.contains(word))
    }

    /// Whether the first word of a line's key opens an author box label.
    pub fn opens_author_box(&self, key: &str) -> bool {
        self.box_firsts.contains(first_word(key))
    }

    /// Whether a line's key is an author box label alone ("Sobre", its name on the next line).
    pub fn is_box_label(&self, key: &str) -> bool {
        self.box_labels.contains(key)
    }

    /// The name an author box heading gives ("About Brigit Katz" -> "Brigit Katz").
    pub fn author_box_name<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.group(&self.author_box, text)?
    }

    /// Whether `text` is a name and nothing else: "Carlos Nadalim".
    pub fn is_name(&self, text: &str) -> bool {
        self.is(&self.name, text)
    }

    /// Classify a possible source line: "named", "plausible" or "".
    ///
    /// "named" is a dashed name that reads as a news source; "plausible" is one
    /// that counts only beside a date line.
    pub fn source_kind(&self, text: &str) -> &'static str {
        let Some(first) = text.chars().next() else {
            return "";
        };
        if matches!(first, '-' | '–' | '—') {
            return match self.group(&self.source, text).flatten() {
                Some(name) if self.names_a_source(name) => "named",
                Some(_) => "plausible",
                None => "", // a dash is no capital letter: no bare name either
            };
        }
        if first.is_ascii() && !first.is_ascii_uppercase() {
            return ""; // cheap rejection: a bare name opens with a capital letter
        }
        if self.is(&self.bare_name, text) && self.names_a_source(text) {
            return "plausible";
        }
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> &'static BylineMatcher {
        static MATCHER: std::sync::OnceLock<BylineMatcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| {
            let words = |list: &str| list.split(',').map(str::to_owned).collect::<Vec<_>>();
            BylineMatcher::new(&BylineWords {
                labels: words("by,von,posted by,publié par"),
                box_labels: words("about,about the author,sobre"),
                publishers: words("post,reuters,times"),
            })
            .unwrap()
        })
    }

    /// The verdict, with dates such as "November 19, 2026" and "Posted on November 19, 2026".
    fn rule(text: &str) -> Option<&'static str> {
        let key = phrase_key(text).into_owned();
        matcher().rule_for(text, &key, &mut |t| t.ends_with("November 19, 2026"))
    }

    #[test]
    fn tells_bylines() {
        assert_eq!(rule("By Staff Writer, Reuters"), Some("byline"));
        assert_eq!(rule("Von Moritz Bachmann"), Some("byline"));
        assert_eq!(rule("By Jane Doe | November 19, 2026"), Some("byline"));
        assert_eq!(
            rule("Posted on November 19, 2026 by Nell Okafor"),
            Some("byline")
        );
        assert_eq!(rule("Reuters November 19, 2026"), Some("byline"));
        assert_eq!(
            rule("Reporting by Jane Doe; Editing by John Roe"),
            Some("byline")
        );
        assert_eq!(
            rule("Write to Jane Doe at jane@example.com"),
            Some("contact")
        );
        assert_eq!(rule("By the time the ferry docked"), None);
        assert_eq!(rule("The council met on Monday."), None);
    }

    #[test]
    fn tells_source_lines_and_author_boxes() {
        let m = matcher();
        assert_eq!(m.source_kind("- South China Morning Post"), "named");
        assert_eq!(m.source_kind("— Jane Doe"), "plausible");
        assert_eq!(m.source_kind("— a list item"), "");
        assert_eq!(m.author_box_name("About Brigit Katz"), Some("Brigit Katz"));
        assert_eq!(m.author_box_name("About the project"), None);
        assert!(m.is_name("Carlos Nadalim"));
        assert!(m.opens_author_box("about the author"));
    }

    #[test]
    fn turkish_i_is_taken_as_python_takes_it() {
        let m = matcher();
        assert_eq!(m.author_box_name("ABOUT Jane Doe"), Some("Jane Doe"));
        assert!(!BylineMatcher::has_hint("Nearby"));
        assert!(BylineMatcher::has_hint("Co-author"));
        assert_eq!(literal("iI"), r"[\x{69}\x{49}\x{130}][\x{49}\x{69}\x{131}]");
        assert_eq!(literal("k."), r"[\x{6B}\x{4B}\x{212A}]\x{2E}");
    }
}
