//! Comment stubs: the line patterns of the `comment_stubs` filter.
//!
//! "12 comments", "评论(12)", '34 responses to "Title"', "Comments are moderated",
//! "Olivia on October 4, 2018 at 10:58 am said:". The phrase list ("Comments",
//! "Be the first to comment") stays in Python; this is the structure around it.
//!
//! The verdicts are those of the Python patterns this replaces (kept as the
//! oracle in `tests/reference_widgets_comments.py`). What the transcription minds:
//!
//! * **Classes.** `\d`, `\w` and `\W` are Python `regex`'s (Unicode 17), spelt
//!   out from the generated tables of `src/text.rs` rather than the `regex`
//!   crate's (Unicode 16), and kept out of case folding (`(?-i:...)`).
//! * **Word boundaries.** Every `\b` of the patterns follows a fixed letter or
//!   stands before a fixed digit, so it is the class of the next (or previous)
//!   character: `comments\b.{0,200}` is `comments(?:[^\w\n].{0,199})?`.
//! * **Case.** Python's `regex` under IGNORECASE lets "i" match "İ"; it is
//!   spelt `[iİ]`. The other letters fold alike in both engines ("k" and the
//!   Kelvin sign, "s" and "ſ", the Cyrillic letters and their old forms).
//! * **`re`.** The attribution test ("said", "according to") was a pattern of
//!   Python's `re`, whose `\w` is `str.isalnum` (Unicode 14) and whose "i"
//!   also matches "ı": it is a scan here (`has_attribution`).
//! * **Fullmatch.** A backtracking full match is a question of membership, so
//!   the lazy quantifiers of the Python patterns need no care: `^(?:...)$`.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{char_len, is_decimal, py_strip};
use crate::unicode_tables::{DECIMAL, WORD};

/// Long lines are prose: a disclaimer is at most this long (in characters).
const MAX_DISCLAIMER_CHARS: usize = 300;
/// Longer lines are no count or header (in characters).
const MAX_COUNT_CHARS: usize = 240;
const MAX_HEADER_CHARS: usize = 120;
/// A row of post links: "Posted in Open thread | Permalink | 10 Comments".
const MAX_ROW_PART_CHARS: usize = 40;

/// What a comment-section line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Disclaimer,
    Count,
    CommentHeader,
}

impl Verdict {
    /// The rule id of the filter.
    pub fn rule(self) -> &'static str {
        match self {
            Verdict::Disclaimer => "disclaimer",
            Verdict::Count => "count",
            Verdict::CommentHeader => "comment_header",
        }
    }
}

/// The items of a character class for the ranges of `table`: `\x{30}-\x{39}...`.
pub(crate) fn class_items(table: &[(u32, u32)]) -> String {
    let mut out = String::with_capacity(table.len() * 20);
    for &(low, high) in table {
        out.push_str(&format!(r"\x{{{low:X}}}-\x{{{high:X}}}"));
    }
    out
}

/// Replace the placeholders of a pattern: `{D}` a digit, `{DN}` a digit or a
/// separator of a number (`[\d,.]`), `{NW}` a non-word character (`\W`), `{NWL}`
/// one that is no newline either.
pub(crate) fn expand(pattern: &str) -> String {
    static DIGITS: LazyLock<String> = LazyLock::new(|| class_items(&DECIMAL));
    static WORDS: LazyLock<String> = LazyLock::new(|| class_items(&WORD));
    pattern
        .replace("{DN}", &format!("(?-i:[{},.])", *DIGITS))
        .replace("{D}", &format!("(?-i:[{}])", *DIGITS))
        .replace("{NWL}", &format!(r"(?-i:[^{}\n])", *WORDS))
        .replace("{NW}", &format!("(?-i:[^{}])", *WORDS))
}

fn compile(pattern: &str) -> Regex {
    Regex::new(&expand(pattern)).expect("a valid pattern")
}

/// "Comments" in the languages of the lexicons, for counts ("12 Kommentare", "评论(12)").
const COMMENT_WORDS: &str = r"(?:kommentare?|commenta[iİ]res?|comentar[iİ]os?|comentár[iİ]os?
    |comment[iİ]|react[iİ]es|komentarz[ey]?|комментари(?:й|я|ев|и)?|yorum(?:lar)?|komentar
    |评论|評論|留言|跟帖|コメント|댓글|تعليقات?)";

static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        &r#"(?xi)^(?:
          (?:v[iİ]ew\ |show\ |read\ |see\ )?(?:all\ )?
          {D}{DN}*\s*k?\s+(?:comments?|repl[iİ]es|responses){NW}*   # "View all 1.2k comments"
        | [\[(][^\S\n]?{D}{DN}*[^\S\n]?(?:comments?|repl[iİ]es|responses)[^\S\n]?[\])]
                                                                      # "[ 167 comments ]"
        | comments?\s*\(\s*{D}{DN}*\s*\)                              # "Comments (12)"
        | \(\s*{D}{DN}*\s*\)\s*comments?                              # "(12) Comments"
        | comments?\s*[:|]\s*{D}{DN}*                                 # "Comments: 12"
        | (?:{D}{DN}*|no|one|two|three)\s+
          (?:responses?|thoughts?|comments?|repl[iİ]es|react[iİ]ons?)
          \s+(?:to|on)\s+["“'‘«„].{1,200}                 # WordPress: '34 responses to "Title"'
        | {words}\s*[(（\[]\s*{D}{DN}*\s*[)）\]]          # "评论(12)", "コメント（3）"
        | {words}\s*[:：]\s*{D}{DN}*                       # "评论：12"
        | {D}{DN}*\s*(?:条|條|则|則|件の|개의|개)?\s*{words}  # "12条评论", "3件のコメント"
        | (?:已有|共有|共)?\s*{D}{DN}*\s*人(?:参与|參與|评论|評論|跟帖){NW}*  # "已有12人参与"
        )$"#
        .replace("{words}", COMMENT_WORDS),
    )
});

/// A comment section's disclaimer: "网友评论仅供其表达个人看法...", "Comments are moderated ...".
static DISCLAIMER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?xi)^(?:
          .{0,10}?(?:网友|網友|用户|用戶|读者|讀者)?(?:评论|評論|跟帖|留言)
            (?:仅供|僅供|仅代表|僅代表|只代表).{0,100}
        | 文明上网[，,]?\s*理性发言.{0,60}
        | (?:the\ )?(?:views|op[iİ]n[iİ]ons)\ expressed\ 
            (?:[iİ]n\ (?:the\ |these\ )?comments|by\ (?:commenters|readers))
            (?:{NWL}.{0,199})?
        | comments\ (?:are|w[iİ]ll\ be|may\ be)\ (?:moderated|rev[iİ]ewed|checked)
            (?:{NWL}.{0,199})?
        | (?:we|the\ ed[iİ]tors)\ reserve\ the\ r[iİ]ght\ to\ (?:remove|delete|ed[iİ]t)\ 
            (?:any\ )?comments(?:{NWL}.{0,159})?
        )$",
    )
});

/// The hint of a disclaimer in text that is not ASCII (Python's `re`: "s" also matches "ſ").
static DISCLAIMER_HINT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"评论|評論|跟帖|留言|文明上网|(?i:comments)"));

/// WordPress and forum comment headers: "12. thelastchargersfan says:",
/// "Olivia on October 4, 2018 at 10:58 am said:".
static SAYS_END: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)\s(?:says|sa[iİ]d|wrote|wr[iİ]tes|repl[iİ]ed)\s?:$"));
static THREAD_NUMBER: LazyLock<Regex> = LazyLock::new(|| compile(r"^{D}{1,4}\.\s"));
static YEAR: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:^|{NW})(?:19|20){D}{D}(?:{NW}|$)"));
static CLOCK: LazyLock<Regex> = LazyLock::new(|| compile(r"(?:^|{NW}){D}{1,2}:{D}{D}(?:{NW}|$)"));

/// The comment-stub patterns; they hold no lexicon words, so they are compiled
/// once per process.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommentMatcher;

impl CommentMatcher {
    /// Compile the patterns now rather than on the first line.
    pub fn new() -> Self {
        for pattern in [
            &COUNT,
            &DISCLAIMER,
            &DISCLAIMER_HINT,
            &SAYS_END,
            &THREAD_NUMBER,
            &YEAR,
            &CLOCK,
        ] {
            LazyLock::force(pattern);
        }
        CommentMatcher
    }

    /// The verdict on a stripped line: a disclaimer, a count, a comment header or none.
    pub fn verdict(&self, text: &str) -> Option<Verdict> {
        let ascii = text.is_ascii();
        let chars = if ascii { text.len() } else { char_len(text) };
        if chars <= MAX_DISCLAIMER_CHARS
            && (if ascii {
                text.to_ascii_lowercase().contains("comments")
            } else {
                DISCLAIMER_HINT.is_match(text)
            })
            && DISCLAIMER.is_match(text)
            && !has_attribution(text)
        {
            return Some(Verdict::Disclaimer);
        }
        if chars > MAX_COUNT_CHARS {
            return None;
        }
        let hint = if ascii {
            text.bytes()
                .any(|b| b.is_ascii_digit() || b == b'"' || b == b'\'')
        } else {
            text.chars()
                .any(|c| is_decimal(c) || matches!(c, '"' | '“' | '\'' | '‘' | '«' | '„'))
        };
        if !hint {
            return None;
        }
        if is_count(text) || (text.contains('|') && is_row_with_count(text)) {
            return Some(Verdict::Count);
        }
        if chars <= MAX_HEADER_CHARS
            && SAYS_END.is_match(text)
            && (THREAD_NUMBER.is_match(text) || (YEAR.is_match(text) && CLOCK.is_match(text)))
        {
            return Some(Verdict::CommentHeader);
        }
        None
    }
}

/// A comment count on its own: "12 comments", "Comments (12)", "评论(12)".
pub fn is_count(text: &str) -> bool {
    COUNT.is_match(text)
}

/// A number of one to six digits and nothing else ("0", "12", "١٢").
pub fn is_bare_count(text: &str) -> bool {
    let mut count = 0;
    for c in text.chars() {
        if !is_decimal(c) {
            return false;
        }
        count += 1;
        if count > 6 {
            return false;
        }
    }
    count > 0
}

/// A row of short links, one of them a comment count.
fn is_row_with_count(text: &str) -> bool {
    let parts: Vec<&str> = text.split('|').map(py_strip).collect();
    parts
        .iter()
        .all(|part| char_len(part) <= MAX_ROW_PART_CHARS)
        && parts.iter().any(|p| is_count(p))
}

/// `re`'s `\w`: `str.isalnum` of Python 3.11 (Unicode 14), or "_".
fn is_re_word(c: char) -> bool {
    c == '_' || crate::text::is_py_alnum(c)
}

/// One character of a word matched as `re` does under IGNORECASE.
fn re_letter_matches(pattern: char, c: char) -> bool {
    match pattern {
        'i' => matches!(c, 'i' | 'I' | 'İ' | 'ı'),
        's' => matches!(c, 's' | 'S' | 'ſ'),
        _ => c.to_ascii_lowercase() == pattern && c.is_ascii(),
    }
}

/// `re.search(r"\b(?:said|says|told|according to)\b", text, re.IGNORECASE)`:
/// a line that attributes what it says is reported prose.
pub fn has_attribution(text: &str) -> bool {
    const WORDS: [&str; 4] = ["said", "says", "told", "according to"];
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        if start > 0 && is_re_word(chars[start - 1]) {
            continue;
        }
        for word in WORDS {
            let mut at = start;
            let mut matched = true;
            for pattern in word.chars() {
                if at < chars.len() && re_letter_matches(pattern, chars[at]) {
                    at += 1;
                } else {
                    matched = false;
                    break;
                }
            }
            if matched && (at == chars.len() || !is_re_word(chars[at])) {
                return true;
            }
        }
    }
    false
}
