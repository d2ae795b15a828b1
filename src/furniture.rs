//! Furniture: the per-line tests of the `browser_furniture` filter.
//!
//! What lynx and w3m draw in place of widgets, images and links: form widgets
//! ("(BUTTON) Subscribe", "[Select Month__]", "[ ] Save my name", "________"),
//! image placeholders ("[logo.png]", "[IMG]"), empty ad slots ("[INS: :INS]"),
//! numbered link markers ("[12]Home"), iframes ("IFRAME: //www..."), lone list
//! bullets and images drawn without brackets ("owl.jpg owl.jpg"). The whole-page
//! logic of the filter (which page is a dump, the trailing list of references,
//! the rounds a word-less line waits for) stays in Python; this is what it asks
//! of one line.
//!
//! The verdicts are those of the Python patterns this replaces (kept as the oracle in
//! `tests/reference_furniture.py`). None of them needs a pattern engine: each is a
//! scan, transcribed as `src/widgets.rs` does it:
//!
//! * **Classes.** `\w` and `\d` of `regex` and `re`, `\p{L}\p{N}` and the CJK scripts
//!   are the generated tables of `src/text.rs`; `\s` of `regex` is White_Space;
//!   `str.strip`, `str.split` and `str.isalpha` are Python's.
//! * **Look-around** (a checkbox only at the start of a line or after another widget,
//!   a link number not glued to a word) reads the characters beside the match.
//! * **Case.** The extensions of an image's name and the consent phrases are matched
//!   as `regex`'s IGNORECASE does: ASCII case, and "ſ" for "s", "K" (Kelvin) for "k",
//!   "İ" for "i" and "ı" for "I".
//! * **Backtracking** patterns become their one possible match: a select box ends at
//!   the first "]" after its "[", a bracketed name at its run of non-space characters.
//! * **Offsets** are in characters (Python string offsets): the markers are found in a
//!   `Vec<char>` of the line.

use crate::text::{
    char_len, is_cjk, is_letter_number, is_py_alnum, is_py_alpha, is_py_decimal, is_regex_space,
    is_word, py_lstrip, py_split, py_strip,
};

/// A dump wraps a long image name onto the next line: a name is at most this long per line.
const MAX_NAME_CHARS: usize = 400;
/// A select box's text around its first letter, each side (in characters).
const MAX_SELECT_SIDE: usize = 60;
/// A text field is at least this many underscores (in a word of its own, or with its value).
const MIN_FIELD_CHARS: usize = 8;
/// A link number has at most this many digits.
const MAX_LINK_DIGITS: usize = 5;
/// What makes the text left beside a widget prose: words enough, or a sentence.
const PROSE_MIN_WORDS: usize = 8;
const SENTENCE_MIN_WORDS: usize = 4;
const PROSE_MIN_SPACELESS: usize = 15;

/// Labels of form controls that read like a sentence: consent boxes and the like.
const FORM_LABELS: &[&str] = &[
    "I agree",
    "I accept",
    "I consent",
    "I have read",
    "I would like",
    "I want to",
    "By checking",
    "By ticking",
    "By clicking",
    "By submitting",
    "Save my name",
    "Notify me",
    "Remember me",
    "Keep me",
    "Sign me up",
    "Subscribe",
    "Yes, I",
    "Yes I",
];
/// What an image's file name ends with; the first five are those of a bare image.
const IMAGE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "avif", "tif", "tiff",
];
const BARE_IMAGE_EXTENSIONS: usize = 6;

/// What a marker inside a line is. The order is that of the rule names, as Python
/// sorted its markers: (start, end, rule).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rule {
    AdSlot,
    Image,
    LinkNumber,
    Widget,
    /// Not a marker: a line that is a form goes whole under this rule.
    FormLine,
}

impl Rule {
    /// The rule id of the Python filter.
    pub fn name(self) -> &'static str {
        match self {
            Rule::AdSlot => "ad_slot",
            Rule::Image => "image",
            Rule::LinkNumber => "link_number",
            Rule::Widget => "widget",
            Rule::FormLine => "form_line",
        }
    }
}

/// A line of furniture without a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wordless {
    Bullet,
    AdSlot,
    Image,
}

impl Wordless {
    /// The rule id of the Python filter.
    pub fn name(self) -> &'static str {
        match self {
            Wordless::Bullet => "bullet",
            Wordless::AdSlot => "ad_slot",
            Wordless::Image => "image",
        }
    }
}

/// A marker: `start..end` in characters of the line (`end` may run past it, onto
/// the next line, for an image name the dump wrapped).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Marker {
    pub start: usize,
    pub end: usize,
    pub rule: Rule,
}

/// The markers of a line and what becomes of the line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Markers {
    /// The markers removed as spans (when the line goes whole: only those running past it).
    pub spans: Vec<Marker>,
    /// The rule under which the whole line goes, if it does.
    pub whole: Option<Rule>,
    /// Whether the line is furniture without a word (images or ad slots, no widget).
    pub wordless: bool,
}

/// Whether `c` matches the pattern letter `letter` under `regex`'s IGNORECASE.
#[inline]
fn folds_to(c: char, letter: char) -> bool {
    if c.is_ascii() {
        return c.eq_ignore_ascii_case(&letter);
    }
    match letter {
        'i' => c == '\u{130}',
        'I' => c == '\u{131}',
        's' | 'S' => c == '\u{17f}',
        'k' | 'K' => c == '\u{212a}',
        _ => false,
    }
}

/// The rest of `text` after `prefix`, compared as `regex`'s IGNORECASE does.
fn strip_prefix_folded<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.chars();
    for letter in prefix.chars() {
        if !folds_to(chars.next()?, letter) {
            return None;
        }
    }
    Some(chars.as_str())
}

/// `regex`'s `\[INS:\s*:INS\]` at byte `at` of `text`: the byte just past it.
fn ad_slot_at(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix("[INS:")?;
    let rest = rest.trim_start_matches(is_regex_space);
    let rest = rest.strip_prefix(":INS]")?;
    Some(text.len() - rest.len())
}

/// The empty ad slots of `text` (`_AD_SLOT_RE.finditer`), as byte ranges.
fn ad_slots(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(found) = text[from..].find("[INS:") {
            let start = from + found;
            if let Some(end) = ad_slot_at(text, start) {
                from = end;
                return Some((start, end));
            }
            from = start + 1;
        }
        None
    })
}

/// `text` with every ad slot replaced by `by` (`_AD_SLOT_RE.sub(by, text)`).
fn replace_ad_slots(text: &str, by: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in ad_slots(text) {
        out.push_str(&text[at..start]);
        out.push_str(by);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether `text` holds a letter or a number (`_WORD_RE.search`).
fn has_word(text: &str) -> bool {
    text.chars().any(is_letter_number)
}

/// `browser_furniture`'s `rule_for`: a line that is an iframe (`\s*IFRAME:(?:\s.*)?`).
pub fn is_iframe(text: &str) -> bool {
    let Some(rest) = text
        .trim_start_matches(is_regex_space)
        .strip_prefix("IFRAME:")
    else {
        return false;
    };
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) => is_regex_space(c) && !chars.as_str().contains('\n'),
    }
}

/// A piece of an iframe's address that the dump wrapped onto this line: address
/// characters only (`_ADDRESS_PIECE_RE`), with a mark of an address (`%&=/?`) or short.
pub fn is_address_piece(text: &str) -> bool {
    let middle = text.trim_matches(is_regex_space);
    !middle.is_empty()
        && middle
            .chars()
            .all(|c| is_word(c) || "%&=?/.:#~+;,@!$*'()-".contains(c))
        && (text.contains(['%', '&', '=', '/', '?']) || char_len(py_strip(text)) <= 4)
}

/// The rule for a line of furniture without a word: a lone bullet, an empty ad slot,
/// and in a dump an image drawn without brackets (`_wordless_rule`).
pub fn wordless_rule(text: &str, dump: bool) -> Option<Wordless> {
    let length = char_len(text);
    let indent = length - char_len(py_lstrip(text));
    if indent + 4 >= length
        && if dump {
            is_lone_bullet(text)
        } else {
            matches!(py_strip(text), "*" | "•")
        }
    {
        return Some(Wordless::Bullet); // a bullet and at most three spaces after it
    }
    if text.contains("INS]") && py_strip(&replace_ad_slots(text, "")).is_empty() {
        return Some(Wordless::AdSlot);
    }
    if dump && is_bare_image(text) {
        return Some(Wordless::Image);
    }
    None
}

/// `\s*[*+•#]\s*|\s{2,}o\s*` ("o" only indented: it is a word).
fn is_lone_bullet(text: &str) -> bool {
    let middle = text.trim_matches(is_regex_space);
    match middle {
        "*" | "+" | "•" | "#" => true,
        "o" => text.chars().take_while(|&c| is_regex_space(c)).count() >= 2,
        _ => false,
    }
}

/// Whether a dump's line is an image drawn without brackets: its file names, its alt
/// twice, or an alt text that is a file's slug (`_is_bare_image`).
pub fn is_bare_image(text: &str) -> bool {
    let words: Vec<&str> = py_split(text).collect();
    if words.is_empty() {
        return false;
    }
    if words.iter().all(|word| is_bare_image_name(word)) || is_slug(py_strip(text)) {
        return true;
    }
    let half = words.len() / 2;
    if words.len() % 2 == 1 || words[..half] != words[half..] {
        return false;
    }
    half >= 2 || !words[0].chars().all(is_py_alpha)
}

/// `_BARE_IMAGE_RE`: `[^\s\[\]]+\.(?i:png|jpe?g|gif|svg|webp)`, whole.
fn is_bare_image_name(word: &str) -> bool {
    IMAGE_EXTENSIONS[..BARE_IMAGE_EXTENSIONS].iter().any(|ext| {
        strip_extension(word, ext).is_some_and(|name| {
            !name.is_empty()
                && !name
                    .chars()
                    .any(|c| is_regex_space(c) || c == '[' || c == ']')
        })
    })
}

/// `word` without its ending ".`ext`" (any case), if it ends so.
fn strip_extension<'a>(word: &'a str, ext: &str) -> Option<&'a str> {
    let mut chars = word.char_indices().rev();
    for letter in ext.chars().rev() {
        let (_, c) = chars.next()?;
        if !folds_to(c, letter) {
            return None;
        }
    }
    match chars.next()? {
        (at, '.') => Some(&word[..at]),
        _ => None,
    }
}

/// `_SLUG_RE`: `(?:[*+•o]\s+)?[^\W_]+(?:[-_][^\W_]+){4,}`, whole: five words or more
/// joined by hyphens or underscores, perhaps a list item.
fn is_slug(text: &str) -> bool {
    let mut body = text;
    let mut chars = text.chars();
    if matches!(chars.next(), Some('*' | '+' | '•' | 'o')) {
        let after = chars.as_str();
        let trimmed = after.trim_start_matches(is_regex_space);
        if trimmed.len() < after.len() {
            body = trimmed; // "o" then a space: the bullet (as a word, no slug follows)
        }
    }
    let mut parts = 0;
    for part in body.split(['-', '_']) {
        if part.is_empty() || !part.chars().all(is_word) {
            return false;
        }
        parts += 1;
    }
    parts >= 5
}

/// Whether `text` is only what a text browser draws for images and empty ad slots.
pub fn is_placeholder(text: &str) -> bool {
    let stripped = py_strip(text);
    if !stripped.starts_with('[') || !stripped.ends_with(']') {
        return false;
    }
    let rest: Vec<char> = replace_ad_slots(stripped, " ").chars().collect();
    let mut at = 0; // the first character not yet read
    let mut from = 0;
    while let Some(found) = rest[from..].iter().position(|&c| c == '[') {
        let start = from + found;
        let Some(bracket) = bracketed_at(&rest, start) else {
            from = start + 1;
            continue;
        };
        if is_image_name(&bracket.name(&rest)) {
            if rest[at..start].iter().any(|&c| is_letter_number(c)) {
                return false;
            }
            at = bracket.end;
        }
        from = bracket.end;
    }
    !rest[at..].iter().any(|&c| is_letter_number(c))
}

/// A match of `_BRACKETED_RE`: `\[([^\s\[\]]{1,400}(?:\n[ \t]*[^\s\[\]]{0,400})?)\]`.
struct Bracketed {
    /// The name's first piece, on the line of the "[".
    first: std::ops::Range<usize>,
    /// Its second piece, when the dump wrapped it (after the line break and indent).
    second: Option<std::ops::Range<usize>>,
    /// Just past the "]".
    end: usize,
}

impl Bracketed {
    /// The name inside, without the line break and the indent that wrapped it.
    fn name(&self, chars: &[char]) -> String {
        let mut name: String = chars[self.first.clone()].iter().collect();
        if let Some(second) = &self.second {
            name.extend(&chars[second.clone()]);
        }
        name
    }
}

/// Whether `c` may stand in a bracketed name (`[^\s\[\]]`).
#[inline]
fn in_name(c: char) -> bool {
    !(is_regex_space(c) || c == '[' || c == ']')
}

/// The length of the run of name characters from `at`, stopping past `MAX_NAME_CHARS`.
fn name_run(chars: &[char], at: usize) -> usize {
    chars[at..]
        .iter()
        .take(MAX_NAME_CHARS + 1)
        .take_while(|&&c| in_name(c))
        .count()
}

/// `_BRACKETED_RE` matched at `start` (a "["). Its quantifiers can only give back
/// what the character after them refuses, so the greedy runs are the match.
fn bracketed_at(chars: &[char], start: usize) -> Option<Bracketed> {
    let first = name_run(chars, start + 1);
    if first == 0 || first > MAX_NAME_CHARS {
        return None;
    }
    let first_end = start + 1 + first;
    match chars.get(first_end)? {
        ']' => Some(Bracketed {
            first: start + 1..first_end,
            second: None,
            end: first_end + 1,
        }),
        '\n' => {
            let mut second = first_end + 1;
            while matches!(chars.get(second), Some(' ' | '\t')) {
                second += 1;
            }
            let run = name_run(chars, second);
            if run > MAX_NAME_CHARS || chars.get(second + run) != Some(&']') {
                return None;
            }
            Some(Bracketed {
                first: start + 1..first_end,
                second: Some(second..second + run),
                end: second + run + 1,
            })
        }
        _ => None,
    }
}

/// `_IMAGE_NAME_RE`, whole, on a bracketed name (no white space, no brackets).
pub fn is_image_name(name: &str) -> bool {
    if matches!(name, "IMG" | "INLINE" | "IMAGE" | "image" | "javascript") {
        return true;
    }
    // "logo.png?w=60": a file name with its extension, then perhaps a query.
    let has_extension = name.match_indices('.').any(|(at, _)| {
        let after = &name[at + 1..];
        IMAGE_EXTENSIONS.iter().any(|ext| {
            strip_prefix_folded(after, ext)
                .is_some_and(|tail| tail.is_empty() || tail.starts_with(['?', '#', '&', ';']))
        })
    });
    if has_extension {
        return true;
    }
    // An image's address.
    let address = name
        .strip_prefix("https:")
        .or_else(|| name.strip_prefix("http:"))
        .unwrap_or(name);
    if address.len() > 2 && address.starts_with("//") {
        return true;
    }
    // A query: "p?c1=2&amp;c2=60" (a tracking pixel).
    if let Some(at) = name.find('?') {
        let after = &name[at + 1..];
        let key = after
            .find(|c: char| !(is_word(c) || matches!(c, '.' | '%' | '-')))
            .unwrap_or(after.len());
        if key > 0 && after[key..].starts_with('=') {
            return true;
        }
    }
    // The tail of a base64 data URI.
    if is_base64(name) && name.contains("AAAA") {
        return true;
    }
    // A data URI: "gif;base64,R0lG...".
    if let Some((head, rest)) = name.split_once(';') {
        if let Some(data) = rest.strip_prefix("base64,") {
            let media = |part: &str| {
                !part.is_empty()
                    && part
                        .chars()
                        .all(|c| is_word(c) || matches!(c, '.' | '+' | '-'))
            };
            let head_ok = match head.split_once('/') {
                Some((kind, sub)) => media(kind) && media(sub),
                None => media(head),
            };
            return head_ok && is_base64(data);
        }
    }
    false
}

/// `[A-Za-z0-9+/]*={0,2}`, whole.
fn is_base64(text: &str) -> bool {
    let body = text.trim_end_matches('=');
    text.len() - body.len() <= 2
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// `_WIDGET_RE.finditer(line)`: (start, end, whether it is a text field).
fn widgets(chars: &[char]) -> Vec<(usize, usize, bool)> {
    let mut found = Vec::new();
    let indent = chars.iter().take_while(|&&c| c == ' ' || c == '\t').count();
    // The start of a list item's text ("* [ ] Yes"), where a checkbox may stand too.
    let item_start = match chars.get(indent) {
        Some('*' | '+' | 'o' | '•' | '#') => {
            let gap = chars[indent + 1..]
                .iter()
                .take_while(|&&c| c == ' ' || c == '\t')
                .count();
            (gap > 0).then_some(indent + 1 + gap)
        }
        _ => None,
    };
    let starts_with = |at: usize, literal: &str| {
        (at..)
            .zip(literal.chars())
            .all(|(i, c)| chars.get(i) == Some(&c))
    };
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        if is_word(c) {
            // `(?<!\w)\w*?_{8,}\w*`: the whole word that holds a text field, with the
            // value a text browser draws in it ("Search______"). No other widget starts
            // with a word character, nor anywhere inside a word.
            let end = at + chars[at..].iter().take_while(|&&c| is_word(c)).count();
            let longest_run = chars[at..end]
                .split(|&c| c != '_')
                .map(<[char]>::len)
                .max()
                .unwrap_or(0);
            if longest_run >= MIN_FIELD_CHARS {
                found.push((at, end, true));
            }
            at = end;
            continue;
        }
        if c != '(' && c != '[' {
            at += 1;
            continue;
        }
        let end = if starts_with(at, "(BUTTON)") {
            Some(at + 8)
        } else if starts_with(at, "[BUTTON Input]") {
            let not_implemented = starts_with(at + 14, " (not implemented)");
            Some(at + 14 + if not_implemented { 18 } else { 0 })
        } else {
            (if c == '[' {
                select_box_at(chars, at)
            } else {
                None
            })
            .or_else(|| toggle_at(chars, at, indent, item_start))
        };
        match end {
            Some(end) => {
                found.push((at, end, false));
                at = end;
            }
            None => at += 1,
        }
    }
    found
}

/// A select box at `at` (a "["): `\[[^\[\]\n]{0,60}?[\p{L}\p{N}][^\[\]\n]{0,60}?_{2,}\](?!\()`.
///
/// The box ends at the first "]": it holds a letter or number with at most 60
/// characters before it and at most 60 between it and the closing underscores.
fn select_box_at(chars: &[char], at: usize) -> Option<usize> {
    let inside = chars[at + 1..]
        .iter()
        .position(|&c| matches!(c, '[' | ']' | '\n'))?;
    let close = at + 1 + inside;
    if chars[close] != ']' || chars.get(close + 1) == Some(&'(') {
        return None;
    }
    let content = &chars[at + 1..close];
    let underscores = content.iter().rev().take_while(|&&c| c == '_').count();
    // The letter must stand before the closing underscores, at `p` with at most 60
    // characters before it (p <= 60) and at most 60 after it (before - p - 1 <= 60).
    let before = content.len() - underscores;
    if underscores < 2 || before == 0 {
        return None;
    }
    let lowest = before.saturating_sub(MAX_SELECT_SIDE + 1);
    let highest = MAX_SELECT_SIDE.min(before - 1);
    (lowest <= highest
        && content[lowest..=highest]
            .iter()
            .any(|&c| is_letter_number(c)))
    .then_some(close + 1)
}

/// A checkbox ("[ ]", "[x]") or a radio button ("( )", "(*)") at `at`, which stands at
/// the start of the line, of a list item's text, or after another widget and a space.
fn toggle_at(chars: &[char], at: usize, indent: usize, item_start: Option<usize>) -> Option<usize> {
    let placed = at == indent
        || item_start == Some(at)
        || (at >= 2 && matches!(chars[at - 2], ')' | ']') && matches!(chars[at - 1], ' ' | '\t'));
    if !placed {
        return None;
    }
    let inner = *chars.get(at + 1)?;
    let next = chars.get(at + 3).copied();
    match (chars[at], inner, chars.get(at + 2)) {
        ('[', ' ' | 'x' | 'X', Some(']')) => next.is_some_and(is_regex_space).then_some(at + 3),
        ('(', ' ' | '*', Some(')')) => {
            // `(?=\s|$)`: `$` is the end, or a final line break.
            let ends = next.is_none_or(is_regex_space);
            ends.then_some(at + 3)
        }
        _ => None,
    }
}

/// `_LINK_NUMBER_RE.finditer(line)` (`re`'s classes): "[12]" glued to the link text.
fn link_numbers(chars: &[char]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if chars[at] != '[' || (at > 0 && (is_py_alnum(chars[at - 1]) || chars[at - 1] == ']')) {
            at += 1;
            continue;
        }
        let digits = chars[at + 1..]
            .iter()
            .take(MAX_LINK_DIGITS + 1)
            .take_while(|&&c| is_py_decimal(c))
            .count();
        let close = at + 1 + digits;
        let glued = chars
            .get(close + 1)
            .is_some_and(|&c| is_py_alnum(c) || matches!(c, '[' | '(' | '"' | '\'' | '“' | '‘'));
        if (1..=MAX_LINK_DIGITS).contains(&digits) && chars.get(close) == Some(&']') && glued {
            found.push((at, close + 1));
            at = close + 1;
        } else {
            at += 1;
        }
    }
    found
}

/// The markers of one line and whether it goes whole (`BrowserFurniture._markers`).
///
/// `window` is the page's text from the line's start on (the line and some of what
/// follows), where an image name wrapped onto the next line is read whole; `dump`
/// says the page is a text browser's dump, `numbers` that it has link numbers.
pub fn markers(text: &str, window: &str, dump: bool, numbers: bool) -> Markers {
    let chars: Vec<char> = text.chars().collect();
    let mut markers: Vec<Marker> = Vec::new();
    let mut widgets = widgets(&chars);
    if !dump && widgets.iter().all(|&(_, _, field)| field) {
        widgets.clear(); // "______": a rule drawn by the author, unless a form is beside it
    }
    markers.extend(widgets.iter().map(|&(start, end, _)| Marker {
        start,
        end,
        rule: Rule::Widget,
    }));
    if text.contains("INS]") {
        // Byte offsets to characters, counting on from the last slot.
        let (mut byte, mut char) = (0, 0);
        for (start, end) in ad_slots(text) {
            let before = char + char_len(&text[byte..start]);
            char = before + char_len(&text[start..end]);
            byte = end;
            markers.push(Marker {
                start: before,
                end: char,
                rule: Rule::AdSlot,
            });
        }
    }
    if text.contains('[') {
        images(window, chars.len(), &mut markers);
    }
    if numbers {
        markers.extend(link_numbers(&chars).into_iter().map(|(start, end)| Marker {
            start,
            end,
            rule: Rule::LinkNumber,
        }));
    }
    if markers.is_empty() {
        return Markers::default();
    }
    markers.sort();
    let rest = without_markers(&chars, &markers);
    let has_widget = markers.iter().any(|m| m.rule == Rule::Widget);
    let wordy = has_word(&rest);
    let mut whole = None;
    if !wordy || (has_widget && (!is_prose(&rest) || is_form_label(&rest))) {
        whole = Some(if has_widget {
            Rule::FormLine
        } else {
            markers[0].rule
        });
        // A placeholder wrapped onto the next line: its rest goes with it.
        markers.retain(|m| m.end > chars.len());
    }
    Markers {
        spans: markers,
        whole,
        wordless: !has_widget && !wordy,
    }
}

/// Image placeholders that start on the line (its first `length` characters of
/// `window`); one wrapped onto the next line ends there (`_images`).
fn images(window: &str, length: usize, markers: &mut Vec<Marker>) {
    let chars: Vec<char> = window.chars().collect();
    let mut from = 0;
    while let Some(found) = chars[from..].iter().position(|&c| c == '[') {
        let start = from + found;
        if start >= length {
            break;
        }
        match bracketed_at(&chars, start) {
            Some(bracket) => {
                if is_image_name(&bracket.name(&chars)) {
                    markers.push(Marker {
                        start,
                        end: bracket.end,
                        rule: Rule::Image,
                    });
                }
                from = bracket.end;
            }
            None => from = start + 1,
        }
    }
}

/// The line with the markers cut out, the pieces joined by spaces (`_without_markers`).
fn without_markers(chars: &[char], markers: &[Marker]) -> String {
    let mut pieces: Vec<String> = Vec::new();
    let mut at = 0;
    for marker in markers {
        if marker.start >= at {
            pieces.push(
                chars[at.min(chars.len())..marker.start.min(chars.len())]
                    .iter()
                    .collect(),
            );
        }
        at = at.max(marker.end);
    }
    pieces.push(chars[at.min(chars.len())..].iter().collect());
    pieces.join(" ")
}

/// True when `text` reads as prose: eight words, or a sentence of four (`is_prose`).
pub fn is_prose(text: &str) -> bool {
    let mut words = 0;
    let mut spaceless = 0;
    let mut in_word = false;
    for c in text.chars() {
        let wordy = is_letter_number(c);
        if wordy && !in_word {
            words += 1;
        }
        in_word = wordy;
        if is_cjk(c) {
            spaceless += 1;
        }
    }
    if words >= PROSE_MIN_WORDS || spaceless >= PROSE_MIN_SPACELESS {
        return true;
    }
    words >= SENTENCE_MIN_WORDS && ends_sentence(text)
}

/// `[.!?…。！？]["'”’)]*\s*$`, searched.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(is_regex_space)
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// `_FORM_LABEL_RE.match`: a consent box's label, after any non-word characters.
fn is_form_label(text: &str) -> bool {
    let body = text.trim_start_matches(|c: char| !is_word(c));
    FORM_LABELS.iter().any(|label| {
        strip_prefix_folded(body, label)
            .is_some_and(|after| !after.chars().next().is_some_and(is_word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_iframes_and_bullets() {
        assert!(is_iframe("IFRAME: //www.googletagmanager.com/ns.html"));
        assert!(is_iframe("  IFRAME:"));
        assert!(!is_iframe("IFRAME:x"));
        assert_eq!(wordless_rule("     *", true), Some(Wordless::Bullet));
        assert_eq!(wordless_rule("  o", true), Some(Wordless::Bullet));
        assert_eq!(wordless_rule(" o", true), None);
        assert_eq!(wordless_rule("+", false), None);
        assert_eq!(wordless_rule("[INS: :INS] ", false), Some(Wordless::AdSlot));
    }

    #[test]
    fn finds_bare_images() {
        assert!(is_bare_image("echo-buds.jpg echo-buds.jpg"));
        assert!(is_bare_image("Shy owl Shy owl"));
        assert!(is_bare_image("* US-ENTERTAINMENT-CINEMA-DISNEY-D23"));
        assert!(!is_bare_image("Walla Walla"));
        assert!(!is_bare_image("See photo.jpg"));
        assert!(!is_bare_image("state-of-the-art"));
    }

    #[test]
    fn finds_placeholders() {
        assert!(is_placeholder("[adauto-2018-135.jpg]"));
        assert!(is_placeholder("[INS: :INS]"));
        assert!(is_placeholder("[IMG] [logo.PNG?w=60]"));
        assert!(!is_placeholder("[logo.png] The council met."));
        assert!(!is_placeholder("[Editor's note]"));
    }

    #[test]
    fn finds_markers_in_characters() {
        let text = "é [logo.png] (BUTTON) Subscribe to the daily newsletter now please.";
        let found = markers(text, text, true, false);
        assert_eq!(
            found.spans,
            vec![
                Marker {
                    start: 2,
                    end: 12,
                    rule: Rule::Image
                },
                Marker {
                    start: 13,
                    end: 21,
                    rule: Rule::Widget
                },
            ]
        );
        assert_eq!(found.whole, None);
        let form = markers("Name(required) ______________", "", true, false);
        assert_eq!(form.whole, Some(Rule::FormLine));
        assert!(form.spans.is_empty());
    }

    #[test]
    fn reads_select_boxes_and_link_numbers() {
        let chars: Vec<char> = "[Select Month__] [12]Home [ ]".chars().collect();
        assert_eq!(select_box_at(&chars, 0), Some(16));
        assert_eq!(link_numbers(&chars), vec![(17, 21)]);
    }
}
