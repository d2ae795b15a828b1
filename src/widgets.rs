//! Widgets: the line patterns of the `widgets` filter.
//!
//! Share bars ("Share on Facebook", "Facebook | Twitter | Email", "分享到微信朋友圈"),
//! reaction bars ("❤️ 12 💬 4 comments") and prompts written for the reader ("Listen
//! to this article · 5 min", "Sign up for our daily newsletter", "Get the SCMP app").
//! The phrase list ("Share", "Print") stays in Python; this is the structure around it.
//!
//! The verdicts are those of the Python patterns this replaces (kept as the oracle in
//! `tests/reference_widgets_comments.py`), transcribed as `src/comments.rs` does it:
//!
//! * **Classes.** `\d`, `\w` and `\W` are Python `regex`'s, from the generated tables
//!   of `src/text.rs`, kept out of case folding; `\s` and `\S` (White_Space) are the
//!   same in both engines. `\p{L}` and `\p{N}` are the `regex` crate's, which agrees
//!   with Python's `regex` on every character that Python's own Unicode data assigns.
//! * **Word boundaries.** Each `\b` of the prompts follows or precedes a fixed letter,
//!   so it is the class of the character on its other side: `javascript\b.{0,100}` is
//!   `javascript(?:[^\w\n].{0,99})?`, and `.{0,80}?\bnewsletter` ends in a non-word
//!   character (or is empty where a space came before).
//! * **Case.** Python's `regex` under IGNORECASE lets "i" match "İ" (not "ı"): `[iİ]`.
//! * **Code, not patterns,** where the patterns held big classes in repetitions: the
//!   brand names of an app prompt ("Get the SCMP app"), the noise of a reaction bar
//!   (with its backtracking `\d[\d,.]*\s*[kKmM]?\b`), the first word.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use regex::bytes::Regex as BytesRegex;
use regex::Regex;

use crate::comments::{class_items, has_attribution};
use crate::text::{casefold, char_len, is_decimal, is_py_digit, is_py_space, is_word};
use crate::unicode_tables::{DECIMAL, UPPER_LETTER};

/// Long lines are prose; prompts are short (in characters).
const MAX_PROMPT_CHARS: usize = 220;
/// A reaction bar is at most this long (in characters).
const MAX_REACTION_CHARS: usize = 80;

/// What every prompt pattern can start with.
const PROMPT_FIRST_WORDS: &[&str] = &[
    "explore",
    "ai",
    "article",
    "listen",
    "click",
    "please",
    "enable",
    "turn",
    "you",
    "javascript",
    "sign",
    "subscribe",
    "register",
    "join",
    "opt",
    "get",
    "by",
    "thanks",
    "thank",
    "already",
    "enter",
    "want",
    "update",
    "unsubscribe",
    "download",
    "install",
    "open",
    "read",
    "try",
    "available",
    "no",
    "ask",
    "generative",
    "this",
    "summary",
    "story",
    "answer",
    "text",
    "content",
    "follow",
    "see",
    "find",
    "was",
    "forwarded",
    "got",
    "our",
    "need",
    "tap",
    "like",
    "liked",
    "enjoy",
    "enjoyed",
];
/// Words a share button puts between "Share" and the networks: "Share this article on X".
const SHARE_FILLERS: &[&str] = &[
    "this", "it", "article", "story", "post", "page", "on", "via", "to", "with", "by", "the", "a",
    "link", "friend", "and", "or", "about", "someone",
];
/// Verbs a share button opens with; like "Share", buttons in a share bar.
const SHARE_VERBS: &[&str] = &["share", "send", "post", "tweet", "pin", "copy", "forward"];
/// The words of a reaction bar: they must all be actions.
const ACTIONS: &[&str] = &[
    "like",
    "likes",
    "liked",
    "love",
    "loves",
    "comment",
    "comments",
    "reply",
    "replies",
    "share",
    "shares",
    "save",
    "saved",
    "bookmark",
    "bookmarks",
    "copy",
    "link",
    "views",
    "view",
    "reactions",
    "reaction",
    "react",
    "clap",
    "claps",
    "repost",
    "reposts",
    "retweet",
    "retweets",
    "upvote",
    "upvotes",
    "vote",
    "votes",
    "gift",
    "print",
    "email",
    "respond",
    "responses",
    "follow",
];
/// Chinese and Japanese share buttons run the networks on without spaces: "分享到微信朋友圈".
const SPACELESS_OPENINGS: &[&str] = &["分享", "转发", "轉發", "シェア"];
const SPACELESS_SEPARATORS: &[char] = &[' ', '、', ',', '，', '/', '|', '·'];

/// What a widget line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    ShareBar,
    ReactionBar,
    Prompt,
    Newsletter,
    AppPrompt,
}

impl Verdict {
    /// The rule id of the filter.
    pub fn rule(self) -> &'static str {
        match self {
            Verdict::ShareBar => "share_bar",
            Verdict::ReactionBar => "reaction_bar",
            Verdict::Prompt => "prompt",
            Verdict::Newsletter => "newsletter",
            Verdict::AppPrompt => "app_prompt",
        }
    }
}

/// The patterns of the prompts run on a view of the line, one byte for each of its
/// characters: ASCII as it is; "İ", the Kelvin sign and "ſ" as the "i", "k" and "s" they
/// match under IGNORECASE (no pattern tells them apart otherwise); "’", which the
/// patterns name, as 0x80; and every other character as the byte of its class. So the
/// patterns are byte patterns of a small alphabet, quick to compile, where Python's `.`,
/// `\w` and `\d` were big classes in bounded repetitions.
const QUOTE: u8 = 0x80;
const SPACE: u8 = 0x81;
const DIGIT: u8 = 0x82;
const WORD: u8 = 0x83;
const OTHER: u8 = 0x84;
/// A character of each class that the bytes above stand for.
const STAND_INS: [(u8, char); 5] = [
    (QUOTE, '’'),
    (SPACE, '\u{a0}'),
    (DIGIT, '٠'),
    (WORD, 'ª'),
    (OTHER, '¤'),
];

/// The view of `text` that the prompt patterns read (see `QUOTE`).
fn view(text: &str) -> Cow<'_, [u8]> {
    if text.is_ascii() {
        return Cow::Borrowed(text.as_bytes());
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                _ if c.is_ascii() => c as u8,
                'İ' => b'i',
                '\u{212a}' => b'k',
                'ſ' => b's',
                '’' => QUOTE,
                _ if c.is_whitespace() => SPACE,
                _ if is_decimal(c) => DIGIT,
                _ if is_word(c) => WORD,
                _ => OTHER,
            })
            .collect(),
    )
}

/// The items of a byte class of the view's alphabet: the bytes whose characters `member` takes.
fn view_class(member: impl Fn(char) -> bool) -> String {
    (0..=0x7f_u8)
        .map(|b| (b, char::from(b)))
        .chain(STAND_INS)
        .filter(|&(_, c)| member(c))
        .map(|(b, _)| format!(r"\x{b:02X}"))
        .collect()
}

/// A prompt pattern as a byte pattern of the view: "İ" is "i", "’" is `\x80`, `\s` and
/// `\S` count the stand-in of whitespace, and the placeholders are classes kept out of
/// case folding: `{A}` any byte but a newline (`.`), `{D}` a digit, `{W}` a word
/// character and `{Wi}` its items (to go in a class), `{NW}` a non-word character,
/// `{NWL}` one that is no newline, `{NWQ}` no "?", `{NWP}` none of ".!?,;", `{NQ}`
/// anything but "?", `{NP}` anything but ".!?,;".
fn expand(pattern: &str) -> String {
    let pattern = pattern
        .replace("[iİ]", "i")
        .replace('’', r"\x80")
        .replace(r"\s", r"[\s\x81]")
        .replace(r"\S", r"[^\s\x81]");
    let class = |member: &dyn Fn(char) -> bool| format!("(?-i:[{}])", view_class(member));
    let placeholders = [
        ("{A}", class(&|c| c != '\n')),
        ("{D}", class(&is_decimal)),
        ("{Wi}", view_class(is_word)),
        ("{W}", class(&is_word)),
        ("{NWL}", class(&|c| !is_word(c) && c != '\n')),
        ("{NWQ}", class(&|c| !is_word(c) && c != '?')),
        ("{NWP}", class(&|c| !is_word(c) && !".!?,;".contains(c))),
        ("{NW}", class(&|c| !is_word(c))),
        ("{NQ}", class(&|c| c != '?')),
        ("{NP}", class(&|c| !".!?,;".contains(c))),
    ];
    // One pass, so that no replacement is read as a placeholder.
    let mut out = String::from("(?-u)");
    let mut rest = pattern.as_str();
    while let Some(c) = rest.chars().next() {
        match placeholders.iter().find(|(name, _)| rest.starts_with(name)) {
            Some((name, class)) => {
                out.push_str(class);
                rest = &rest[name.len()..];
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// A prompt pattern, compiled for the view.
fn compile(pattern: &str) -> BytesRegex {
    BytesRegex::new(&expand(pattern)).expect("a valid pattern")
}

/// A pattern of the line itself.
fn compile_text(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

/// Prompts too varied for a phrase list (AI features, share links, script notices).
static PROMPT: LazyLock<BytesRegex> = LazyLock::new(|| {
    compile(
        r"(?xi)^(?:
          explore\ what\ {A}{1,60}\ can\ do\ for\ you{NW}*     # Explore what Daily8 AI can do for you:
        | (?:a[iİ]|art[iİ]cle)[-\ ]generated\ summary{NW}*   # AI-generated summary
        | l[iİ]sten\ to\ (?:th[iİ]s\ )?(?:art[iİ]cle|story){NW}*{D}{1,3}\s*m[iİ]n(?:utes?|s)?{NW}*
                                                              # Listen to this article · 5 min
        | cl[iİ]ck\ to\ (?:share|ema[iİ]l|pr[iİ]nt|tweet|p[iİ]n)(?:{NWL}{A}{0,79})?
                                                              # Click to share on Facebook
        | (?:please\ )?(?:enable|turn\ on)\ javascr[iİ]pt(?:{NWL}{A}{0,99})?
        | (?:you\ need\ to\ enable|javascr[iİ]pt\ [iİ]s\ (?:d[iİ]sabled|requ[iİ]red)){A}{0,100}
        | ask\ (?:our\ |the\ )?(?:(?-i:[{Wi}.])+\ )?(?:a[iİ]|ass[iİ]stant|chatbot|cop[iİ]lot)
          (?:\ (?:about|on)\ (?:th[iİ]s|the)\ (?:art[iİ]cle|story|page|top[iİ]c)|\ anyth[iİ]ng)?{NW}*
                                                              # Ask AI about this article
        | (?:a[iİ]|a[iİ]-generated|generat[iİ]ve\ a[iİ])
          \ (?:answers?|responses?|summar(?:y|[iİ]es)|content|results|features?)
          \ (?:may|can|m[iİ]ght|could|w[iİ]ll\ somet[iİ]mes)\ (?:conta[iİ]n|[iİ]nclude|make|have|be)
          (?:{NWL}{A}{0,119})?                                  # AI answers may contain mistakes
        | (?:th[iİ]s\ )?(?:summary|art[iİ]cle|story|answer|text|content)\ (?:was|[iİ]s|has\ been)
          \ (?:{W}+\ )?(?:generated|created|produced|wr[iİ]tten|summar[iİ][sz]ed)
          \ (?:{W}+\ ){0,2}(?:by|w[iİ]th|us[iİ]ng)
          \ (?:an?\ )?(?:a[iİ]|art[iİ]f[iİ]c[iİ]al\ [iİ]ntell[iİ]gence)(?:{NWL}{A}{0,159})?
                                                              # This summary was generated by AI
        | (?:l[iİ]ke|l[iİ]ked|enjoy|enjoyed)\ th[iİ]s\ (?:story|art[iİ]cle|post)\?\s*
          (?:share|send)\ [iİ]t\ (?:w[iİ]th|to)\ (?:a\ fr[iİ]end|your\ fr[iİ]ends){NW}*
                                                              # Like this story? Share it with a friend!
        | follow\ (?:us|@{W}+)\ on
          \ (?:tw[iİ]tter|facebook|[iİ]nstagram|l[iİ]nked[iİ]n|t[iİ]ktok|youtube)(?:{NWL}{A}{0,199})?
                                                              # Follow us on Twitter @Example
        | (?:follow|read|see|f[iİ]nd|get)\ (?:all\ |more\ (?:of\ )?)?
          (?:our|the\ latest|(?-i:[{Wi}'’])+[’']s)\ (?:{W}+\ ){0,2}coverage
          \ (?:of|on|about)\ {A}{1,120}(?:\ at|\ here|:)\s*(?:https?://|www\.)\S+
                                                              # Follow our coverage of ... at URL
        )$",
    )
});

/// Newsletter sign-ups and their e-mail footers.
static NEWSLETTER: LazyLock<BytesRegex> = LazyLock::new(|| {
    compile(
        r"(?xi)^(?:
          (?: cl[iİ]ck\ (?:here\ )?to\                         # Click here to subscribe to ...
            | please,?\ (?:f[iİ]ll\ (?:[iİ]n\ |out\ )?the\ form\ to\ )?
            | want\ more(?:{NWQ}{NQ}{0,39})?\?\s+ )?           # Want more deals? Join the ...
          (?: (?:s[iİ]gn\ up|subscr[iİ]be|reg[iİ]ster|opt\ [iİ]n){NWL}(?:{A}{0,78}{NWL})?
              (?:newsletters?|(?:our|da[iİ]ly|morn[iİ]ng|even[iİ]ng|weekly|free|e-?ma[iİ]l)
                 \ br[iİ]ef[iİ]ngs?|ma[iİ]l[iİ]ng\ l[iİ]st|e-?ma[iİ]l\ alerts?)
              (?:{NWL}{A}{0,119})?                               # Sign up for our daily newsletter
            | (?:get|jo[iİ]n)\ (?:our|the)\ (?:{A}{0,39}{NWL})?
              (?:newsletter|ma[iİ]l[iİ]ng\ l[iİ]st){NW}*      # Get our free daily newsletter
          )
        | (?:want|need)\ more(?:{NWQ}{NQ}{0,39})?\?\s+
          (?:subscr[iİ]be\ to|get\ a\ subscr[iİ]pt[iİ]on)(?:{NWL}{A}{0,159})?
                                                               # Need more space? Subscribe to ...
        | get\ (?:the\ )?(?-i:[A-Z]){A}{0,60}\ del[iİ]vered
          \ (?:to\ your\ (?:door|home|letterbox|ma[iİ]lbox)|through\ your\ letterbox
              |weekday\ morn[iİ]ngs|every\ (?:morn[iİ]ng|day|week|month)){A}{0,160}
                                                               # Get Example Monthly delivered ...
        | get\ (?:break[iİ]ng\ )?news\ alerts(?:{NWL}{A}{0,159})?
        | jo[iİ]n\ our\ {A}{1,40}\ (?:forums?|commun[iİ]ty)\ to(?:{NWL}{A}{0,199})?
        | no\ spam\s*[,.!](?:{A}{0,59}{NWL})?unsubscr[iİ]be(?:{NWL}{A}{0,159})?
        | get\ (?:{A}{0,59}{NWL})?(?:(?:del[iİ]vered|sent)\ )?(?:stra[iİ]ght\ |r[iİ]ght\ |d[iİ]rectly\ )?
          (?:to|[iİ]n|[iİ]nto)\ your\ [iİ]nbox{NW}*
          (?:(?:s[iİ]gn\ up|subscr[iİ]be)(?:{NWL}{A}{0,79})?)?  # Get the latest news delivered to your inbox
        | by\ (?:s[iİ]gn[iİ]ng\ up|subscr[iİ]b[iİ]ng|cl[iİ]ck[iİ]ng|reg[iİ]ster[iİ]ng)
          {NWL}(?:{A}{0,158}{NWL})?(?:pr[iİ]vacy|terms)(?:{NWL}{A}{0,79})?
        | (?:thanks|thank\ you)\ for\ (?:s[iİ]gn[iİ]ng\ up|subscr[iİ]b[iİ]ng)(?:{NWL}{A}{0,79})?
        | already\ (?:a\ subscr[iİ]ber|have\ an\ account){NW}+(?:s[iİ]gn|log)\ ?[iİ]n{NW}*
        | enter\ your\ e-?ma[iİ]l(?:\ address)?{NW}*
        | you\ (?:are\ rece[iİ]v[iİ]ng|rece[iİ]ved)\ th[iİ]s\ (?:e-?ma[iİ]l|newsletter|message)
          \ because(?:{NWL}{A}{0,159})?                          # Mailchimp footer
        | want\ to\ change\ how\ you\ rece[iİ]ve\ these\ e-?ma[iİ]ls{NW}*
        | (?:you\ can\ )?(?:update\ your\ preferences|unsubscr[iİ]be)(?:{NWL}{A}{0,99})?
        | our\ ma[iİ]l[iİ]ng\ address\ [iİ]s{NW}*
        | (?:was\ th[iİ]s\ (?:e-?ma[iİ]l\ |newsletter\ )?forwarded\ to\ you
            |forwarded\ th[iİ]s\ (?:e-?ma[iİ]l|newsletter)
            |got\ th[iİ]s\ (?:e-?ma[iİ]l\ |newsletter\ )?from\ a\ fr[iİ]end){NW}*{A}{0,100}
                                                               # Was this forwarded to you? Sign up
        )$",
    )
});

/// The app store badges: "Download on the App Store", "Get it on Google Play".
static APP_STORE: LazyLock<BytesRegex> = LazyLock::new(|| {
    compile(
        r"(?x)^(?:
          (?i:(?:ava[iİ]lable|download)\ (?:[iİ]t\ )?on\ the\ app\ store)
        | (?i:get\ [iİ]t\ on\ google\ play)
        ){NW}*$",
    )
});
/// The opening of an app prompt, to its verb and the space after it: "Click here to get ".
static APP_HEAD: LazyLock<BytesRegex> = LazyLock::new(|| {
    compile(
        r"(?xi)^(?:(?:cl[iİ]ck|tap)\ here\ to\ )?
          (?:download|get|[iİ]nstall|open\ [iİ]n|read\ [iİ]n|try)\ ",
    )
});
/// The article an app prompt may put before the brand: "our ", "the ", "this ".
static APP_ARTICLE: LazyLock<BytesRegex> =
    LazyLock::new(|| compile(r"(?xi)^(?:our\ |the\ |th[iİ]s\ )"));
/// One word of the brand, as the pattern spelt it: `\p{Lu}[\p{L}\d&.]*` or "free", "official".
static APP_BRAND: LazyLock<Regex> = LazyLock::new(|| {
    let upper = class_items(&UPPER_LETTER);
    let digits = class_items(&DECIMAL);
    Regex::new(&format!(
        r"^(?:(?-i:[{upper}])(?-i:[\p{{L}}{digits}&.])*|(?i:free|mob[iİ]le|new|off[iİ]c[iİ]al))$"
    ))
    .expect("a valid pattern")
});
/// "app" and what may follow it: " for the latest news", "!". (Its `\b` holds by itself:
/// what follows "app" opens with a space or is no word character.)
static APP_END: LazyLock<BytesRegex> = LazyLock::new(|| {
    compile(r"(?x)^(?i:app)(?:\ (?i:for|to|and|now|today|on)(?:{NWP}{NP}{0,59})?)?{NW}*$")
});

/// `\s*\((?i:opens?\ in\ (?:a\ )?new\ (?:window|tab))\)\s*$`: "(Opens in new window)".
static NEW_WINDOW: LazyLock<Regex> = LazyLock::new(|| {
    compile_text(r"(?x)\s*\((?i:opens?\ [iİ]n\ (?:a\ )?new\ (?:w[iİ]ndow|tab))\)\s*$")
});
/// The first word of a non-ASCII line: `[\p{L}\p{N}]+`.
static WORD_RUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}]+").expect("valid"));
/// A pictograph of a reaction bar; stars are a rating, not a reaction.
static PICTOGRAPH: LazyLock<Regex> =
    LazyLock::new(|| compile_text(r"[[\p{Extended_Pictographic}♡♥✓✔]--[©®™☆★]]"));
/// The marks a reaction bar's noise opens with (a run of them is one gap).
static MARK: LazyLock<Regex> = LazyLock::new(|| {
    compile_text(r"^[\p{Extended_Pictographic}♡♥☆★✓✔\x{FE0F}\x{200D}\p{Emoji_Modifier}]+")
});

/// The widget patterns, with the lexicon's share targets and phrases.
#[derive(Debug, Clone)]
pub struct WidgetMatcher {
    networks: HashSet<String>,
    /// The networks longest first, so that "微信朋友圈" is one target before "微信" is.
    spaceless: Vec<String>,
    /// What a reaction bar may say beside its counts: the widget and comment phrases.
    phrases: HashSet<String>,
}

impl WidgetMatcher {
    /// A matcher for these share targets (`widgets_context`) and reaction phrases
    /// (the `widgets`, `widgets_context` and `comment_stubs` phrases); compiles the
    /// patterns, but for the brand words of an app prompt (Unicode letters: compiled
    /// when a line first needs them).
    pub fn new(networks: &[String], phrases: &[String]) -> Self {
        for pattern in [
            &PROMPT,
            &NEWSLETTER,
            &APP_STORE,
            &APP_HEAD,
            &APP_ARTICLE,
            &APP_END,
        ] {
            LazyLock::force(pattern);
        }
        for pattern in [&NEW_WINDOW, &WORD_RUN, &PICTOGRAPH, &MARK] {
            LazyLock::force(pattern);
        }
        let mut spaceless: Vec<String> =
            networks.iter().filter(|n| !n.is_empty()).cloned().collect();
        spaceless.sort_by_key(|n| std::cmp::Reverse(char_len(n)));
        WidgetMatcher {
            networks: networks.iter().cloned().collect(),
            spaceless,
            phrases: phrases.iter().cloned().collect(),
        }
    }

    /// The verdict on a stripped line `text` whose phrase key is `key`.
    pub fn verdict(&self, text: &str, key: &str) -> Option<Verdict> {
        let ascii = text.is_ascii();
        if (if ascii { text.len() } else { char_len(text) }) > MAX_PROMPT_CHARS {
            return None;
        }
        let found = first_word(text, 0, ascii);
        let first = found.map_or(String::new(), |(start, end)| casefold(&text[start..end]));
        let mut opening = first.clone();
        if let Some((_, end)) = found {
            if first.chars().all(is_py_digit) {
                // "0 Share on Facebook": the button's count first
                opening = first_word(text, end, ascii)
                    .map_or(String::new(), |(start, end)| casefold(&text[start..end]));
            }
        }
        if (self.networks.contains(&opening) || SHARE_VERBS.contains(&opening.as_str()))
            && self.is_share_bar(key)
        {
            return Some(Verdict::ShareBar);
        }
        if !ascii {
            if let Some(verdict) = self.unicode_verdict(text) {
                return Some(verdict);
            }
        }
        if !PROMPT_FIRST_WORDS.contains(&first.as_str()) {
            return None; // every prompt pattern starts with one of these words
        }
        let view = view(text);
        let verdict = if PROMPT.is_match(&view) {
            Verdict::Prompt
        } else if NEWSLETTER.is_match(&view) {
            Verdict::Newsletter
        } else if is_app_prompt(&view, text) {
            Verdict::AppPrompt
        } else {
            return None;
        };
        if has_attribution(text) {
            return None; // "..., members said.": a sentence that reports, not a prompt
        }
        Some(verdict)
    }

    /// A row of share buttons, or one button: "Share on Facebook", "Send this by email".
    fn is_share_bar(&self, key: &str) -> bool {
        let key = match NEW_WINDOW.find(key) {
            Some(found) => &key[..found.start()], // "Share on WhatsApp (Opens in new window)"
            None => key,
        };
        let parts: Vec<&str> = key
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ',' | '/'))
            .filter(|part| !part.is_empty())
            .collect();
        if parts.len() < 2 {
            return false;
        }
        let networks: Vec<bool> = parts.iter().map(|p| self.networks.contains(*p)).collect();
        if parts
            .iter()
            .zip(&networks)
            .all(|(p, &n)| n || *p == "share")
        {
            return true; // "Facebook Twitter Email", "Share | Facebook | X"
        }
        let sharing = parts.iter().zip(&networks).all(|(p, &n)| {
            n || SHARE_VERBS.contains(p) || SHARE_FILLERS.contains(p) || p.chars().all(is_py_digit)
            // "0 Share on Facebook"
        });
        if !sharing {
            return false; // a word of a sentence: "He shared on Facebook that ..."
        }
        // "Share this on WhatsApp", "Copy the link"; "Send this" is too little.
        networks.contains(&true) || parts.contains(&"link")
    }

    /// Bars that only non-ASCII text can be: pictographs, and spaceless share rows.
    fn unicode_verdict(&self, text: &str) -> Option<Verdict> {
        if PICTOGRAPH.is_match(text) && self.is_reaction_bar(text) {
            return Some(Verdict::ReactionBar);
        }
        let opening = SPACELESS_OPENINGS.iter().find(|o| text.starts_with(**o))?;
        let mut rest = &text[opening.len()..];
        for particle in ["到", "至", "する"] {
            if let Some(after) = rest.strip_prefix(particle) {
                rest = after;
                break;
            }
        }
        rest = rest.strip_prefix([':', '：']).unwrap_or(rest);
        rest = rest.trim_start_matches(char::is_whitespace);
        // "分享到微信朋友圈", "シェアする LINE"
        self.only_networks(rest).then_some(Verdict::ShareBar)
    }

    /// True when `rest` is one or more share targets and separators, without spaces needed.
    fn only_networks(&self, rest: &str) -> bool {
        let folded = casefold(rest);
        let mut rest = folded.trim_matches(SPACELESS_SEPARATORS);
        let mut found = false;
        while !rest.is_empty() {
            let Some(network) = self.spaceless.iter().find(|n| rest.starts_with(n.as_str())) else {
                return false;
            };
            found = true;
            rest = rest[network.len()..].trim_start_matches(SPACELESS_SEPARATORS);
        }
        found
    }

    /// Pictographs, counts and action words only: "❤️ 12", "💬 4 comments", "🔗 Copy link".
    fn is_reaction_bar(&self, text: &str) -> bool {
        if char_len(text) > MAX_REACTION_CHARS {
            return false;
        }
        let rest = casefold(&without_reaction_noise(text));
        let words: Vec<&str> = rest.split(is_py_space).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            // "❤️ 12 💬 4"; pictographs without a count are a divider or a rating ("🎄🎄").
            return text.chars().any(is_py_digit);
        }
        words.iter().all(|word| ACTIONS.contains(word)) || self.phrases.contains(&words.join(" "))
    }
}

/// The first run of word characters at or after byte `from`, as byte offsets:
/// `[A-Za-z0-9]+` in ASCII text, `[\p{L}\p{N}]+` in other text.
fn first_word(text: &str, from: usize, ascii: bool) -> Option<(usize, usize)> {
    if ascii {
        let bytes = text.as_bytes();
        let start = from + bytes[from..].iter().position(u8::is_ascii_alphanumeric)?;
        let end = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(text.len(), |length| start + length);
        return Some((start, end));
    }
    WORD_RUN
        .find_at(text, from)
        .map(|found| (found.start(), found.end()))
}

/// The byte offset in `text` of byte `at` of its `view` (one byte a character).
fn text_offset(view: &[u8], text: &str, at: usize) -> usize {
    if view.len() == text.len() {
        return at; // ASCII: the view is the text
    }
    text.char_indices()
        .nth(at)
        .map_or(text.len(), |(offset, _)| offset)
}

/// The app prompts (`view` is the view of `text`), the pattern's first alternative
/// without its backtracking: `(?i:(?:click|tap)\ here\ to\ )?`
/// `(?i:download|get|install|open\ in|read\ in|try)\ (?i:our\ |the\ |this\ )?`, up to
/// three brand words each before one space (`(?:\p{Lu}[\p{L}\d&.]*|(?i:free|…))\ `),
/// then "app" and its end.
fn is_app_prompt(view: &[u8], text: &str) -> bool {
    if APP_STORE.is_match(view) {
        return true;
    }
    let Some(head) = APP_HEAD.find(view) else {
        return false;
    };
    let (view, text) = (
        &view[head.end()..],
        &text[text_offset(view, text, head.end())..],
    );
    if brands_then_app(view, text) {
        return true;
    }
    APP_ARTICLE.find(view).is_some_and(|article| {
        brands_then_app(
            &view[article.end()..],
            &text[text_offset(view, text, article.end())..],
        )
    })
}

/// Up to three brand words of `text`, each followed by one space, then "app" and its
/// end. The words hold no space, so each runs to the next one.
fn brands_then_app(mut view: &[u8], mut text: &str) -> bool {
    for taken in 0..=3 {
        if APP_END.is_match(view) {
            return true;
        }
        if taken == 3 {
            break;
        }
        let Some(space) = view.iter().position(|&b| b == b' ') else {
            return false;
        };
        let text_space = text_offset(view, text, space);
        if !APP_BRAND.is_match(&text[..text_space]) {
            return false;
        }
        view = &view[space + 1..];
        text = &text[text_space + 1..];
    }
    false
}

/// `regex.sub(r"[pictographs, marks]+|\d[\d,.]*\s*[kKmM]?\b|[|·•/]", " ", text)`: the
/// pictographs, counts and separators of a reaction bar, each run become a space.
fn without_reaction_noise(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut byte = 0;
    while at < chars.len() {
        let c = chars[at];
        if let Some(marks) = MARK.find(&text[byte..]) {
            let taken = text[byte..byte + marks.end()].chars().count();
            out.push(' ');
            at += taken;
            byte += marks.end();
            continue;
        }
        let end = if is_decimal(c) {
            number_end(&chars, at)
        } else if matches!(c, '|' | '·' | '•' | '/') {
            Some(at + 1)
        } else {
            None
        };
        match end {
            Some(end) => {
                out.push(' ');
                byte += chars[at..end].iter().map(|c| c.len_utf8()).sum::<usize>();
                at = end;
            }
            None => {
                out.push(c);
                byte += c.len_utf8();
                at += 1;
            }
        }
    }
    out
}

/// Where `\d[\d,.]*\s*[kKmM]?\b` ends when it starts at `start` (a digit), in the
/// order a backtracking engine tries: the longest number, spaces and unit first.
fn number_end(chars: &[char], start: usize) -> Option<usize> {
    let boundary = |at: usize| {
        let before = at > 0 && is_word(chars[at - 1]);
        let after = at < chars.len() && is_word(chars[at]);
        before != after
    };
    let mut digits = start + 1;
    while digits < chars.len() && (is_decimal(chars[digits]) || matches!(chars[digits], ',' | '.'))
    {
        digits += 1;
    }
    let mut spaces = digits;
    while spaces < chars.len() && chars[spaces].is_whitespace() {
        spaces += 1;
    }
    if spaces < chars.len()
        && matches!(chars[spaces], 'k' | 'K' | 'm' | 'M')
        && boundary(spaces + 1)
    {
        return Some(spaces + 1);
    }
    (digits..=spaces)
        .rev()
        .chain((start + 1..digits).rev())
        .find(|&at| boundary(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> WidgetMatcher {
        let networks: Vec<String> = [
            "facebook",
            "twitter",
            "email",
            "whatsapp",
            "微信",
            "微信朋友圈",
            "line",
        ]
        .map(String::from)
        .to_vec();
        WidgetMatcher::new(&networks, &["share".to_owned()])
    }

    fn rule(text: &str) -> Option<&'static str> {
        let key = crate::lines::phrase_key(text);
        matcher().verdict(text, &key).map(Verdict::rule)
    }

    #[test]
    fn finds_share_bars() {
        assert_eq!(rule("Share on Facebook"), Some("share_bar"));
        assert_eq!(rule("Facebook | Twitter | Email"), Some("share_bar"));
        assert_eq!(
            rule("Share on WhatsApp (Opens in new window)"),
            Some("share_bar")
        );
        assert_eq!(rule("分享到微信朋友圈"), Some("share_bar"));
        assert_eq!(rule("He shared on Facebook that he won"), None);
        assert_eq!(rule("Send this"), None);
    }

    #[test]
    fn finds_reaction_bars() {
        assert_eq!(rule("❤️ 12 💬 4 comments"), Some("reaction_bar"));
        assert_eq!(rule("🎄🎄"), None);
        assert_eq!(rule("★★★★ 4"), None);
    }

    #[test]
    fn finds_prompts() {
        assert_eq!(rule("Listen to this article · 5 min"), Some("prompt"));
        assert_eq!(
            rule("Click to share on Facebook (Opens in new window)"),
            Some("prompt")
        );
        assert_eq!(rule("Sign up for our daily newsletter"), Some("newsletter"));
        assert_eq!(rule("Get our free daily newsletter"), Some("newsletter"));
        assert_eq!(
            rule("Get the SCMP app for the latest news"),
            Some("app_prompt")
        );
        assert_eq!(rule("Download on the App Store"), Some("app_prompt"));
        assert_eq!(rule("Sign up for our newsletter, the minister said"), None);
        assert_eq!(rule("Get the scmp app"), None);
    }

    #[test]
    fn backtracks_numbers_as_python_does() {
        assert_eq!(without_reaction_noise("12,5abc 3k"), " 5abc  ");
        assert_eq!(without_reaction_noise("12abc"), "12abc");
        assert_eq!(without_reaction_noise("1.2K views"), "  views");
    }
}
