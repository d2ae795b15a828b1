//! The shape of a line of text, as `cleaner/shape.py` and `cleaner/rejoin.py` define it.

use crate::text::{is_decimal, is_py_digit, is_py_space, is_regex_space, is_word};

/// Sentence ends: Latin, CJK full-width and half-width, Devanagari danda, Arabic
/// and Urdu, Armenian, Ethiopic.
const SENTENCE_ENDS: &str = ".!?…。！？．｡।॥؟۔։።";
/// Closing quotes and brackets, which may follow a sentence end.
const CLOSING_MARKS: &str = "\"'”’»)]」』》〉）】";

/// True when `line` ends with sentence-final punctuation, in any script; closing
/// quotes and brackets may follow it, and so may one newline.
pub fn ends_sentence(line: &str) -> bool {
    let line = line.strip_suffix('\n').unwrap_or(line);
    let body = line.trim_end_matches(|c: char| CLOSING_MARKS.contains(c));
    body.chars()
        .next_back()
        .is_some_and(|c| SENTENCE_ENDS.contains(c))
}

/// The characters a list item can open with (after its indentation).
const BULLET_STARTS: &str = "-*•·‣◦▪▸►✓✔(o+";
/// One-character bullets.
const BULLETS: &str = "-*•·‣◦▪▸►✓✔";

/// A bulleted or numbered line: "- item", "• item", "2. item", "(a) item", and
/// an indented "o item" or "+ item" (the nested bullets of text renderers).
pub fn is_list_item(line: &str) -> bool {
    let body = line.trim_start_matches(is_py_space);
    let mut first_two = body.chars().take(2);
    let Some(first) = first_two.next() else {
        return false;
    };
    let last = first_two.next().unwrap_or(first);
    if !(BULLET_STARTS.contains(first) || is_py_digit(first) || ".)".contains(last)) {
        return false; // cheap rejection: most lines start with a letter
    }
    let indented_by = line.len() - line.trim_start_matches(is_regex_space).len();
    let at = &line[indented_by..];
    marker_ends(at, indented_by > 0)
        .into_iter()
        .flatten()
        .any(|end| spaces_then_text(&at[end..]))
}

/// The length in bytes of the list marker that `line` opens with, with the
/// whitespace around it (`_MARKER_RE` of `cleaner/rejoin.py`: "  * ", "2. "),
/// or None when no marker and space open the line.
pub fn list_marker_len(line: &str) -> Option<usize> {
    let indented_by = line.len() - line.trim_start_matches(is_regex_space).len();
    let at = &line[indented_by..];
    marker_ends(at, indented_by > 0)
        .into_iter()
        .flatten()
        .find_map(|end| {
            let rest = &at[end..];
            let spaces = rest.len() - rest.trim_start_matches(is_regex_space).len();
            (spaces > 0).then_some(indented_by + end + spaces)
        })
}

/// Where each list marker that `text` opens with ends (in bytes).
fn marker_ends(text: &str, indented: bool) -> [Option<usize>; 3] {
    let mut chars = text.char_indices();
    let Some((_, first)) = chars.next() else {
        return [None; 3];
    };
    let after_first = first.len_utf8();
    let second = text[after_first..].chars().next();
    let bullet = BULLETS.contains(first).then_some(after_first);
    let lettered = (first.is_ascii_lowercase() && second.is_some_and(|c| ".)".contains(c)))
        .then_some(after_first + 1);
    let nested = (indented && (first == 'o' || first == '+')).then_some(after_first);
    let numbered = if is_decimal(first) {
        closed_number(text, 0, ".)")
    } else if first == '(' {
        let inner = &text[1..];
        match inner.chars().next() {
            Some(c) if c.is_ascii_lowercase() => {
                (inner[1..].starts_with(')')).then_some(1 + c.len_utf8() + 1)
            }
            Some(c) if is_decimal(c) => closed_number(text, 1, ")"),
            _ => None,
        }
    } else {
        None
    };
    [bullet.or(numbered), lettered, nested]
}

/// One to three decimal digits from byte `start`, then one of `closers`: where that ends.
fn closed_number(text: &str, start: usize, closers: &str) -> Option<usize> {
    let digits: usize = text[start..]
        .chars()
        .take_while(|&c| is_decimal(c))
        .map(char::len_utf8)
        .sum();
    let count = text[start..start + digits].chars().count();
    let next = text[start + digits..].chars().next()?;
    ((1..=3).contains(&count) && closers.contains(next)).then_some(start + digits + next.len_utf8())
}

/// `\s+\S` at the start of `text`.
fn spaces_then_text(text: &str) -> bool {
    let rest = text.trim_start_matches(is_regex_space);
    rest.len() < text.len() && !rest.is_empty()
}

/// Characters that are a sign of code on their own.
const CODE_CHARS: &str = "{}[]=<>;`";
/// Words that open a line of code, when a non-word character or the end follows.
const CODE_KEYWORDS: [&str; 16] = [
    "def", "class", "import", "from", "return", "if", "for", "while", "let", "const", "var",
    "function", "pip", "npm", "cd", "git",
];

/// A sign of code: a bracket, `=` or `;`, a call ("f("), or a line that opens
/// with a keyword, a shell prompt, a comment or an operator.
pub fn has_code_signs(line: &str) -> bool {
    if line.contains(|c: char| CODE_CHARS.contains(c)) {
        return true;
    }
    if line.contains('(') {
        let mut previous: Option<char> = None;
        for c in line.chars() {
            if c == '(' && previous.is_some_and(is_word) {
                return true;
            }
            previous = Some(c);
        }
    }
    let at = line.trim_start_matches(is_regex_space);
    for keyword in CODE_KEYWORDS {
        if let Some(rest) = at.strip_prefix(keyword) {
            if !rest.chars().next().is_some_and(is_word) {
                return true;
            }
        }
    }
    let mut chars = at.chars();
    (at.starts_with('$') && {
        chars.next();
        chars.next().is_some_and(is_regex_space)
    }) || at.starts_with(">>>")
        || at.starts_with("//")
        || at.starts_with('#')
        || at.starts_with("--")
}

/// Indented or not, lines that read as code rather than as prose (`looks_like_code` of
/// one line): a sign of code, and no sentence of more than five words.
pub fn looks_like_code(line: &str) -> bool {
    has_code_signs(line) && !(ends_sentence(line) && crate::text::py_split(line).count() > 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_in_every_script() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("\"He left?\")"));
        assert!(ends_sentence("他走了。」"));
        assert!(ends_sentence("He left.\n"));
        assert!(!ends_sentence("He left"));
        assert!(!ends_sentence(")"));
    }

    #[test]
    fn list_items() {
        for item in [
            "- a", "• a", "2. a", "(a) a", "(12) a", "  o a", "  + a", "b) x", "１. a",
        ] {
            assert!(is_list_item(item), "{item}");
        }
        for text in [
            "o a", "+ a", "1234. a", "-a", "- ", "The end.", "(ab) x", "",
        ] {
            assert!(!is_list_item(text), "{text}");
        }
    }

    #[test]
    fn code_signs() {
        assert!(has_code_signs("x = 1"));
        assert!(has_code_signs("  # note"));
        assert!(has_code_signs("print(x)"));
        assert!(has_code_signs("$ ls"));
        assert!(has_code_signs("import os"));
        assert!(!has_code_signs("important news"));
        assert!(!has_code_signs("The end (really)."));
    }
}
