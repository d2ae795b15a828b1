//! User patterns: the whole-line regular expressions a config file adds to a filter family.
//!
//! They compile with the `regex` crate, whose automata run in time linear in the
//! line whatever the pattern: no pattern can backtrack without end, so none needs
//! a timeout. What the crate lacks (look-around, backreferences) is refused when
//! the pattern is checked, with a one-line message naming the feature; so is the
//! syntax of Python's `regex` that the crate would read another way (possessive
//! quantifiers).
//!
//! A pattern matches a line when it matches all of it, ignoring case, as
//! Python's `fullmatch` with `IGNORECASE` did: each pattern is wrapped in
//! `\A(?:...)\z` and all of a family's patterns are one `RegexSet`.

use regex::{RegexSet, RegexSetBuilder};
use regex_syntax::ast::{self, Ast, Position, RepetitionKind, Span};
use regex_syntax::hir::translate::TranslatorBuilder;

/// A family's user patterns, compiled into one set.
#[derive(Debug, Clone)]
pub struct UserPatterns {
    patterns: Vec<String>,
    set: RegexSet,
}

/// Why a family's patterns cannot be used: which pattern, and a one-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternsError {
    /// The position of the pattern in the family's list; None when only the whole set fails.
    pub index: Option<usize>,
    pub message: String,
}

impl UserPatterns {
    /// Check and compile `patterns`; the first that cannot be used is the error.
    pub fn new(patterns: &[String]) -> Result<Self, PatternsError> {
        let mut anchored = Vec::with_capacity(patterns.len());
        for (index, pattern) in patterns.iter().enumerate() {
            anchored.push(checked(pattern).map_err(|message| PatternsError {
                index: Some(index),
                message,
            })?);
        }
        let set = RegexSetBuilder::new(&anchored)
            .case_insensitive(true)
            .build()
            .map_err(|error| PatternsError {
                index: None,
                message: format!("the patterns together: {}", compile_problem(&error)),
            })?;
        Ok(Self {
            patterns: patterns.to_vec(),
            set,
        })
    }

    /// The patterns as the user wrote them.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Whether any pattern matches all of `text` (ignoring case).
    pub fn fullmatch(&self, text: &str) -> bool {
        self.set.is_match(text)
    }
}

/// Why `pattern` cannot be a user pattern, in one line that quotes it; None when it can.
pub fn pattern_error(pattern: &str) -> Option<String> {
    checked(pattern).err()
}

/// `pattern` anchored at both ends, once it is known to compile alone; else the message.
fn checked(pattern: &str) -> Result<String, String> {
    problem(pattern).map_err(|problem| format!("pattern '{}': {problem}", one_line(pattern)))
}

fn problem(pattern: &str) -> Result<String, String> {
    let parsed = ast::parse::Parser::new()
        .parse_with_comments(pattern)
        .map_err(|error| parse_problem(pattern, error.kind(), error.span()))?;
    if let Some(span) = possessive(&parsed.ast) {
        return Err(unsupported(pattern, Feature::Possessive, &span));
    }
    TranslatorBuilder::new()
        .case_insensitive(true)
        .build()
        .translate(pattern, &parsed.ast)
        .map_err(|error| invalid(pattern, &error.kind().to_string(), error.span()))?;
    // A `# comment` of `(?x)` mode runs to the end of the line: one that ends the
    // pattern would swallow the closing `)` of the anchoring group.
    let ends_in_comment = parsed
        .comments
        .last()
        .is_some_and(|comment| comment.span.end.offset == pattern.len());
    let anchored = format!(
        "\\A(?:{pattern}{})\\z",
        if ends_in_comment { "\n" } else { "" }
    );
    let compiled = regex::RegexBuilder::new(&anchored)
        .case_insensitive(true)
        .build()
        .map_err(|error| compile_problem(&error))?;
    if compiled.is_match("") {
        return Err("matches an empty line; it would remove too much".to_owned());
    }
    Ok(anchored)
}

/// Syntax of Python's `regex` that the crate lacks or reads another way, with what to do instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feature {
    LookAround,
    Backreference,
    Possessive,
    AtomicGroup,
    Conditional,
    InlineComment,
    EndOfStringZ,
    OctalEscape,
}

impl Feature {
    fn message(self) -> &'static str {
        match self {
            Feature::LookAround => {
                "look-around is not supported: patterns run in linear time; \
                 a pattern matches the whole line, so spell out what the line holds"
            }
            Feature::Backreference => {
                "backreferences are not supported: patterns run in linear time; \
                 spell out the repeated text's alternatives instead"
            }
            Feature::Possessive => {
                "possessive quantifiers are not supported: patterns run in linear time, \
                 so none is needed; write 'a+' for 'a++'"
            }
            Feature::AtomicGroup => {
                "atomic groups are not supported: patterns run in linear time, \
                 so none is needed; write '(?:...)' for '(?>...)'"
            }
            Feature::Conditional => {
                "conditional groups are not supported: patterns run in linear time; \
                 use an alternation '(?:a|b)'"
            }
            Feature::InlineComment => {
                "inline comments are not supported; turn on verbose mode with '(?x)' \
                 and comment with '# ...' to the end of the line"
            }
            Feature::EndOfStringZ => {
                "'\\Z' is not supported; leave it out: a pattern matches the whole line anyway"
            }
            Feature::OctalEscape => {
                "octal escapes are not supported; write the character as '\\x01' or '\\u{1}'"
            }
        }
    }
}

/// The message for a parse error: a feature of Python's `regex` by name, else the crate's words.
fn parse_problem(pattern: &str, kind: &ast::ErrorKind, span: &Span) -> String {
    let at = span.start.offset;
    let rest = &pattern[at..];
    let starts = |forms: &[&str]| forms.iter().any(|form| rest.starts_with(form));
    let feature = match kind {
        ast::ErrorKind::UnsupportedLookAround => Some(Feature::LookAround),
        ast::ErrorKind::UnsupportedBackreference => {
            if let Some(length) = octal_escape(rest) {
                let whole = Span::new(span.start, Position::new(at + length, 0, 0));
                return unsupported(pattern, Feature::OctalEscape, &whole);
            }
            Some(Feature::Backreference)
        }
        ast::ErrorKind::EscapeUnrecognized if starts(&["\\g<", "\\g{", "\\k<", "\\k{"]) => {
            Some(Feature::Backreference)
        }
        ast::ErrorKind::EscapeUnrecognized if starts(&["\\Z"]) => Some(Feature::EndOfStringZ),
        // The span points at the character after "(?": name the construct from its "(?".
        ast::ErrorKind::FlagUnrecognized if pattern[..at].ends_with("(?") => {
            let construct = [
                ("P=", Feature::Backreference),
                ("P>", Feature::Backreference),
                (">", Feature::AtomicGroup),
                ("(", Feature::Conditional),
                ("#", Feature::InlineComment),
            ]
            .into_iter()
            .find(|(form, _)| rest.starts_with(form));
            if let Some((form, feature)) = construct {
                let whole = Span::new(
                    Position::new(at - 2, 0, 0),
                    Position::new(at + form.len(), 0, 0),
                );
                return unsupported(pattern, feature, &whole);
            }
            None
        }
        _ => None,
    };
    match feature {
        Some(feature) => unsupported(pattern, feature, span),
        None => invalid(pattern, &kind.to_string(), span),
    }
}

/// The length of the octal escape that `escape` starts with, if Python reads it as one:
/// "\0" and up to two more octal digits, or three octal digits ("\101"); else a backreference.
fn octal_escape(escape: &str) -> Option<usize> {
    let octal = escape[1..]
        .bytes()
        .take(3)
        .take_while(|digit| (b'0'..=b'7').contains(digit))
        .count();
    (escape[1..].starts_with('0') || octal == 3).then_some(1 + octal)
}

fn unsupported(pattern: &str, feature: Feature, span: &Span) -> String {
    format!("{} ({})", feature.message(), found(pattern, span))
}

fn invalid(pattern: &str, problem: &str, span: &Span) -> String {
    format!(
        "not a valid regular expression: {} ({})",
        one_line(problem),
        found(pattern, span)
    )
}

/// What the crate says when a pattern parses but does not compile (too large, mostly).
fn compile_problem(error: &regex::Error) -> String {
    match error {
        regex::Error::CompiledTooBig(limit) => format!(
            "too large once compiled (more than {limit} bytes); use smaller repetition counts"
        ),
        other => format!(
            "not a valid regular expression: {}",
            one_line(other.to_string().lines().last().unwrap_or_default())
        ),
    }
}

/// "found '(?=' at character 2": the text at `span`, shortened, and where it starts.
fn found(pattern: &str, span: &Span) -> String {
    let start = span.start.offset;
    let end = span.end.offset.max(start);
    let mut text: String = pattern[start..end].chars().take(20).collect();
    if text.len() < end - start {
        text.push('…');
    }
    if text.is_empty() {
        format!("at character {}", character(pattern, start))
    } else {
        format!(
            "found '{}' at character {}",
            one_line(&text),
            character(pattern, start)
        )
    }
}

/// The 1-based position in characters of the byte `offset` of `pattern`.
fn character(pattern: &str, offset: usize) -> usize {
    pattern[..offset].chars().count() + 1
}

/// `text` with its line breaks and tabs written as escapes, so a message stays on one line.
fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => line.push_str("\\n"),
            '\r' => line.push_str("\\r"),
            '\t' => line.push_str("\\t"),
            c if c.is_control() => line.extend(c.escape_unicode()),
            c => line.push(c),
        }
    }
    line
}

/// The span of the first possessive quantifier (`a++`, `a*+`, `a{2}+`) in `ast`.
///
/// The crate reads `a++` as `(?:a+)+`, a greedy repetition that matches more
/// than Python's possessive one: refused rather than silently read another way.
/// Recursion is bounded by the parser's nesting limit.
fn possessive(ast: &Ast) -> Option<Span> {
    match ast {
        Ast::Repetition(outer) => {
            if let (RepetitionKind::OneOrMore, Ast::Repetition(inner)) =
                (&outer.op.kind, outer.ast.as_ref())
            {
                return Some(Span::new(inner.op.span.start, outer.op.span.end));
            }
            possessive(&outer.ast)
        }
        Ast::Group(group) => possessive(&group.ast),
        Ast::Alternation(alternation) => alternation.asts.iter().find_map(possessive),
        Ast::Concat(concat) => concat.asts.iter().find_map(possessive),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> UserPatterns {
        let owned: Vec<String> = patterns.iter().map(|p| (*p).to_owned()).collect();
        UserPatterns::new(&owned).expect("patterns compile")
    }

    fn error(pattern: &str) -> String {
        pattern_error(pattern).expect("pattern is refused")
    }

    #[test]
    fn matches_the_whole_line_ignoring_case() {
        let patterns = set(&[r"Sponsored by \w+( \w+)?", "promoted"]);
        assert!(patterns.fullmatch("Sponsored by Acme"));
        assert!(patterns.fullmatch("SPONSORED BY Acme Foods"));
        assert!(patterns.fullmatch("Promoted"));
        assert!(!patterns.fullmatch("Sponsored by Acme Foods today"));
        assert!(!patterns.fullmatch("Not promoted"));
        assert!(!patterns.fullmatch(""));
    }

    #[test]
    fn an_alternation_matches_whole_lines_only() {
        // Leftmost-first search would stop at "a"; a full match needs "ab".
        let patterns = set(&["a|ab"]);
        assert!(patterns.fullmatch("ab"));
        assert!(!patterns.fullmatch("abc"));
        // The anchors hold for every branch, not only the first and last.
        let patterns = set(&["x|y|z"]);
        assert!(!patterns.fullmatch("xy"));
    }

    #[test]
    fn unicode_classes_and_inline_flags() {
        assert!(set(&[r"\d+ Kommentare"]).fullmatch("١٢ kommentare"));
        assert!(set(&[r"\w+"]).fullmatch("Straße"));
        assert!(set(&[r"\bAnzeige\b"]).fullmatch("ANZEIGE"));
        assert!(!set(&[r"(?-i)Anzeige"]).fullmatch("ANZEIGE"));
        assert!(set(&[r"\p{Han}{2,}"]).fullmatch("广告"));
    }

    #[test]
    fn a_verbose_pattern_may_end_in_a_comment() {
        let patterns = set(&["(?x) sponsored \\s by \\s \\w+  # e.g. 'Sponsored by Acme'"]);
        assert!(patterns.fullmatch("Sponsored by Acme"));
        assert!(!patterns.fullmatch("Sponsored by Acme, really"));
    }

    #[test]
    fn hostile_patterns_finish_on_long_lines() {
        let line = "a".repeat(100_000) + "!";
        assert!(!set(&["(a+)+$"]).fullmatch(&line));
        assert!(!set(&[r"(\w+\s?)+$"]).fullmatch(&line));
        let line = "x".repeat(100_000);
        assert!(!set(&["(x+x+)+y", "(x|xx)+y"]).fullmatch(&line));
        assert!(set(&["(x+x+)+y?"]).fullmatch(&line));
    }

    #[test]
    fn features_the_crate_lacks_are_named() {
        for (pattern, feature, at) in [
            ("a(?=b)", "look-around", "found '(?=' at character 2"),
            ("a(?!b)", "look-around", "found '(?!' at character 2"),
            ("(?<=a)b", "look-around", "found '(?<=' at character 1"),
            ("(?<!a)b", "look-around", "found '(?<!' at character 1"),
            (r"(a)\1", "backreferences", r"found '\1' at character 4"),
            (
                "(?P<x>a)(?P=x)",
                "backreferences",
                "found '(?P=' at character 9",
            ),
            (r"(a)\g<1>", "backreferences", r"found '\g' at character 4"),
            (
                r"(?<x>a)\k<x>",
                "backreferences",
                r"found '\k' at character 8",
            ),
            ("a++", "possessive quantifiers", "found '++' at character 2"),
            (
                "é{2}+",
                "possessive quantifiers",
                "found '{2}+' at character 2",
            ),
            ("(?>ab)", "atomic groups", "found '(?>' at character 1"),
            (
                "(a)?(?(1)b|c)",
                "conditional groups",
                "found '(?(' at character 5",
            ),
            ("(?#note)a", "inline comments", "found '(?#' at character 1"),
            (r"a\Z", r"'\Z'", r"found '\Z' at character 2"),
            (r"a\0", "octal escapes", r"found '\0' at character 2"),
            (r"\101", "octal escapes", r"found '\101' at character 1"),
            (r"(a)\18", "backreferences", r"found '\1' at character 4"),
        ] {
            let message = error(pattern);
            let prefix = format!("pattern '{pattern}': {feature}");
            assert!(message.starts_with(&prefix), "{pattern}: {message}");
            assert!(
                message.ends_with(&format!("({at})")),
                "{pattern}: {message}"
            );
            assert!(!message.contains('\n'), "{pattern}: {message}");
        }
        assert!(error("a(?=b)").contains("linear time"));
    }

    #[test]
    fn other_errors_are_the_crates_in_one_line() {
        for (pattern, expected) in [
            ("(unclosed", "unclosed group (found '(' at character 1)"),
            (
                "([a-z",
                "unclosed character class (found '[' at character 2)",
            ),
            (
                r"\p{Nope}",
                r"Unicode property not found (found '\p{Nope}' at character 1)",
            ),
            ("é(?x)\n\n(\n", r"unclosed group (found '(' at character 8)"),
        ] {
            let message = error(pattern);
            let quoted = one_line(pattern);
            assert_eq!(
                message,
                format!("pattern '{quoted}': not a valid regular expression: {expected}")
            );
        }
        let message = error("x{1000}{1000}");
        assert!(
            message.starts_with("pattern 'x{1000}{1000}': too large once compiled (more than "),
            "{message}"
        );
    }

    #[test]
    fn found_text_stays_on_one_line_and_short() {
        assert_eq!(one_line("a\nb\tc\r\u{7}"), "a\\nb\\tc\\r\\u{7}");
        let long = format!("\\p{{{}}}", "x".repeat(40));
        let message = error(&long);
        assert!(
            message.contains(&format!("found '\\p{{{}…'", "x".repeat(17))),
            "{message}"
        );
    }

    #[test]
    fn a_pattern_that_matches_an_empty_line_is_refused() {
        for pattern in ["x*", "(?:)", "a?|b", "(?x) # only a comment"] {
            assert_eq!(
                error(pattern),
                format!("pattern '{pattern}': matches an empty line; it would remove too much")
            );
        }
    }

    #[test]
    fn the_first_bad_pattern_is_named_by_index() {
        let patterns = ["ok".to_owned(), "a(?=b)".to_owned(), "(".to_owned()];
        let failure = UserPatterns::new(&patterns).unwrap_err();
        assert_eq!(failure.index, Some(1));
        assert!(failure.message.starts_with("pattern 'a(?=b)': look-around"));
    }

    #[test]
    fn valid_patterns_pass_the_check() {
        for pattern in [
            r"Sponsored by \w+( \w+)?",
            r"(?i)anzeige",
            r"[[:alpha:]]+",
            r"\d{1,2}:\d\d (?:AM|PM)",
            r"(?<name>\w+) says:",
            r"(?P<name>\w+) says:",
            "a+?b",
        ] {
            assert_eq!(pattern_error(pattern), None, "{pattern}");
        }
    }
}
