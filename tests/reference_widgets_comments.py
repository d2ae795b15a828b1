"""The pure-Python line patterns of `comment_stubs` and `widgets`, kept as the oracle.

The counts, disclaimers and comment headers of `cleaner/filters/comments.py`
(at commit f4554fe) and the share bars, reaction bars and prompts of
`cleaner/filters/widgets.py` (at commit 36761f7) moved into the Rust core
(`src/comments.rs`, `src/widgets.rs`) with issue #12. These are their last
Python versions, unchanged but for names (`ReferenceCommentStubs`,
`ReferenceWidgets`, not registered as filters), which
`tests/test_core_widgets_comments.py` holds the core to on every bench line and
on generated text.
"""

# ruff: noqa

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from cleaner.document import has_digit
from cleaner.filters.base import PhraseFilter
from cleaner.kinds import Kind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# "Comments" in the languages of the lexicons, for counts ("12 Kommentare", "评论(12)").
_COMMENT_WORDS = r"""(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties
    |komentarz[ey]?|комментари(?:й|я|ев|и)?|yorum(?:lar)?|komentar|评论|評論|留言|跟帖|コメント|댓글
    |تعليقات?)"""

_COUNT_RE = regex.compile(
    r"""
      (?:view\ |show\ |read\ |see\ )?(?:all\ )?
      \d[\d,.]*\s*k?\s+(?:comments?|replies|responses)\W*   # "12 comments", "View all 1.2k comments"
    | [\[(] [^\S\n]? \d[\d,.]* [^\S\n]? (?:comments?|replies|responses) [^\S\n]? [\])]
                                                            # "[ 167 comments ]"
    | comments?\s*\(\s*\d[\d,.]*\s*\)                       # "Comments (12)"
    | \(\s*\d[\d,.]*\s*\)\s*comments?                       # "(12) Comments"
    | comments?\s*[:|]\s*\d[\d,.]*                          # "Comments: 12"
    | (?:\d[\d,.]*|no|one|two|three) \s+ (?:responses?|thoughts?|comments?|replies|reactions?)
      \s+ (?:to|on) \s+ ["“'‘«„] .{1,200}                 # WordPress: '34 responses to "Title"'
    | {words} \s* [(（\[] \s* \d[\d,.]* \s* [)）\]]       # "评论(12)", "Kommentare (12)", "コメント（3）"
    | {words} \s* [:：] \s* \d[\d,.]*                      # "评论：12"
    | \d[\d,.]* \s* (?:条|條|则|則|件の|개의|개)? \s* {words}  # "12条评论", "12 Kommentare", "3件のコメント"
    | (?:已有|共有|共)? \s* \d[\d,.]* \s* 人(?:参与|參與|评论|評論|跟帖)\W*  # "已有12人参与"
    """.replace("{words}", _COMMENT_WORDS),
    regex.VERBOSE | regex.IGNORECASE,
)

# A comment section's disclaimer: "网友评论仅供其表达个人看法...", "Comments are moderated ...".
_DISCLAIMER_RE = regex.compile(
    r"""
      .{0,10}? (?:网友|網友|用户|用戶|读者|讀者)? (?:评论|評論|跟帖|留言)
        (?:仅供|僅供|仅代表|僅代表|只代表) .{0,100}
    | 文明上网 [，,]? \s* 理性发言 .{0,60}
    | (?:the\ )?(?:views|opinions)\ expressed\ (?:in\ (?:the\ |these\ )?comments|by\ (?:commenters|readers))
        \b .{0,200}
    | comments\ (?:are|will\ be|may\ be)\ (?:moderated|reviewed|checked)\b .{0,200}
    | (?:we|the\ editors)\ reserve\ the\ right\ to\ (?:remove|delete|edit)\ (?:any\ )?comments\b .{0,160}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A notice speaks for the site; a line that attributes what it says is reported prose.
_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
_DISCLAIMER_HINT_RE = re.compile(r"评论|評論|跟帖|留言|文明上网|(?i:comments)")
_MAX_DISCLAIMER_CHARS = 300

_BARE_COUNT_RE = regex.compile(r"\d{1,6}")
# Every count and header above holds a digit, but for the WordPress heading, which
# quotes a title: a line with neither skips the patterns.
_COUNT_HINT_RE = regex.compile(r"[\d\"“'‘«„]")
_ASCII_COUNT_HINT_RE = re.compile("[0-9\"']")  # the same in ASCII text, found faster

# WordPress and forum comment headers: "12. thelastchargersfan says:",
# "Olivia on October 4, 2018 at 10:58 am said:". A bare "The minister said:"
# introduces a quote, and so does "At 10:30 the minister said:", so a header also
# needs the thread's number, or a year and a clock time (the comment's timestamp).
_SAYS_END_RE = regex.compile(r"\s(?:says|said|wrote|writes|replied)\s?:$", regex.IGNORECASE)
_THREAD_NUMBER_RE = regex.compile(r"\d{1,4}\.\s")
_YEAR_RE = regex.compile(r"\b(?:19|20)\d\d\b")
_CLOCK_RE = regex.compile(r"\b\d{1,2}:\d\d\b")
_MAX_HEADER_CHARS = 120
# A row of post links with a comment count: "Posted in Open thread | Permalink | 10 Comments".
_MAX_ROW_PART_CHARS = 40


class ReferenceCommentStubs(PhraseFilter):
    """Remove comment-section headings, prompts and counts standing alone."""

    name = "comment_stubs"
    kind = Kind.ENDS_ARTICLE
    family = "comment_stubs"
    phrase_rule = "stub"

    guard_single_words = False  # a lone "Comments" line is a stub, not a heading

    def is_weak(self, line: Line) -> bool:
        """A bare count ("0", "12") is a stub only beside other stubs."""
        return super().is_weak(line) or is_bare_count(line.stripped)

    def find(self, doc: Doc) -> Iterator[Removal]:
        """The stubs, except bare numbers beside bare numbers: a column of figures is a table.

        A comment count stands alone beside its heading ("Comments" / "12"); the
        cells of a results table, one per line, are numbers beside numbers.
        """
        content = doc.content
        counts = [is_bare_count(line.stripped) for line in content]
        last = len(content) - 1
        in_column = {
            content[position].start
            for position, count in enumerate(counts)
            if count
            and (
                (position > 0 and counts[position - 1])
                or (position < last and counts[position + 1])
            )
        }
        return (removal for removal in super().find(doc) if removal.start not in in_column)

    def pattern_rule_for(self, line: Line) -> str | None:
        """Comment counts and headings: "12 comments", '34 responses to "Title"', "Ann says:"."""
        text = line.stripped
        if (
            len(text) <= _MAX_DISCLAIMER_CHARS
            and (
                "comments" in text.lower()  # the hint pattern's one ASCII word, found faster
                if text.isascii()
                else _DISCLAIMER_HINT_RE.search(text)
            )
            and _DISCLAIMER_RE.fullmatch(text)
            and not _ATTRIBUTION_RE.search(text)
        ):
            return "disclaimer"
        if len(text) > 240:
            return None
        hint = _ASCII_COUNT_HINT_RE if text.isascii() else _COUNT_HINT_RE
        if not hint.search(text):
            return None
        if _COUNT_RE.fullmatch(text) or ("|" in text and _is_row_with_count(text)):
            return "count"
        if (
            len(text) <= _MAX_HEADER_CHARS
            and _SAYS_END_RE.search(text)
            and (
                _THREAD_NUMBER_RE.match(text) or (_YEAR_RE.search(text) and _CLOCK_RE.search(text))
            )
        ):
            return "comment_header"
        return None


def is_bare_count(text: str) -> bool:
    """A number of one to six digits and nothing else ("0", "12"), as `_BARE_COUNT_RE` finds.

    ASCII text is checked with `str.isdigit`, which there means the same and costs
    no pattern call; other text goes to the pattern (`regex` and `str` may know
    different Unicode versions).

    >>> is_bare_count("12"), is_bare_count("1234567"), is_bare_count("١٢"), is_bare_count("12a")
    (True, False, True, False)
    """
    if text.isascii():
        return len(text) <= 6 and text.isdigit()
    return bool(_BARE_COUNT_RE.fullmatch(text))


def _is_row_with_count(text: str) -> bool:
    """A row of short links, one of them a comment count."""
    parts = [part.strip() for part in text.split("|")]
    return all(len(part) <= _MAX_ROW_PART_CHARS for part in parts) and any(
        _COUNT_RE.fullmatch(part) for part in parts
    )


# --- widgets ---------------------------------------------------------------------

# Prompts too varied for a phrase list (AI features, share links, script
# notices). Each alternative is a whole line.
_PROMPT_RE = regex.compile(
    r"""
      explore\ what\ .{1,60}?\ can\ do\ for\ you\W*    # "Explore what Daily8 AI can do for you:"
    | (?:ai|article)[-\ ]generated\ summary\W*         # "AI-generated summary"
    | listen\ to\ (?:this\ )?(?:article|story)\W*\d{1,3}\s*min(?:utes?|s)?\W*  # "Listen to this article · 5 min"
    | click\ to\ (?:share|email|print|tweet|pin)\b .{0,80}      # "Click to share on Facebook (Opens in new window)"
    | (?:please\ )?(?:enable|turn\ on)\ javascript\b .{0,100}   # "Please enable JavaScript to use this feature."
    | (?:you\ need\ to\ enable|javascript\ is\ (?:disabled|required)) .{0,100}
    | ask\ (?:our\ |the\ )?(?:[\w.]+\ )?(?:ai|assistant|chatbot|copilot)          # "Ask AI about this article"
      (?:\ (?:about|on)\ (?:this|the)\ (?:article|story|page|topic)|\ anything)?\W*
    | (?:ai|ai-generated|generative\ ai)\ (?:answers?|responses?|summar(?:y|ies)|content|results|features?)
      \ (?:may|can|might|could|will\ sometimes)\ (?:contain|include|make|have|be)\b .{0,120}  # "AI answers may contain mistakes"
    | (?:this\ )?(?:summary|article|story|answer|text|content)\ (?:was|is|has\ been)\ (?:\w+\ )?
      (?:generated|created|produced|written|summari[sz]ed)\ (?:\w+\ ){0,2}?(?:by|with|using)
      \ (?:an?\ )?(?:ai|artificial\ intelligence)\b .{0,160}        # "This summary was generated by AI ..."
    | (?:like|liked|enjoy|enjoyed)\ this\ (?:story|article|post)\?\s*
      (?:share|send)\ it\ (?:with|to)\ (?:a\ friend|your\ friends)\W*     # "Like this story? Share it with a friend!"
    | follow\ (?:us|@\w+)\ on\ (?:twitter|facebook|instagram|linkedin|tiktok|youtube)\b .{0,200}
                                                       # "Follow us on Twitter @Example and on Facebook."
    | (?:follow|read|see|find|get)\ (?:all\ |more\ (?:of\ )?)?(?:our|the\ latest|[\w'’]+[’']s)\ (?:\w+\ ){0,2}coverage
      \ (?:of|on|about)\ .{1,120}?(?:\ at|\ here|:)\s*(?:https?://|www\.)\S+      # "Follow our coverage of ... at URL"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_NEWSLETTER_RE = regex.compile(
    r"""
      (?: click\ (?:here\ )?to\                                # "Click here to subscribe to ..."
        | please,?\ (?:fill\ (?:in\ |out\ )?the\ form\ to\ )?      # "Please, fill the form to subscribe ..."
        | want\ more\b[^?]{0,40}\?\s+ )?                         # "Want more deals? Join the ..."
      (?:
        (?:sign\ up|subscribe|register|opt\ in)\b               # "Sign up for our daily newsletter ..."
        .{0,80}?\b(?:newsletters?|(?:our|daily|morning|evening|weekly|free|e-?mail)\ briefings?
                   |mailing\ list|e-?mail\ alerts?)\b .{0,120}
      | (?:get|join)\ (?:our|the)\ .{0,40}?\b(?:newsletter|mailing\ list)\W*  # "Get our free daily newsletter"
      )
    | (?:want|need)\ more\b[^?]{0,40}\?\s+(?:subscribe\ to|get\ a\ subscription)\b .{0,160}
                                             # "Need more space? Subscribe to our sister title ..."
    | get\ (?:the\ )?(?-i:[A-Z]).{0,60}?\ delivered\ (?:to\ your\ (?:door|home|letterbox|mailbox)|through\ your\ letterbox
      |weekday\ mornings|every\ (?:morning|day|week|month)) .{0,160}  # "Get Example Monthly delivered ...": a title
    | get\ (?:breaking\ )?news\ alerts\b .{0,160}           # "Get breaking news alerts and special reports."
    | join\ our\ .{1,40}?\ (?:forums?|community)\ to\b .{0,200}  # "Join our Space Forums to keep talking ..."
    | no\ spam\s*[,.!] .{0,60}?\bunsubscribe\b .{0,160}         # "No spam, we promise. You can unsubscribe ..."
    | get\ .{0,60}?\b(?:(?:delivered|sent)\ )?(?:straight\ |right\ |directly\ )?(?:to|in|into)\ your\ inbox
      \W* (?: (?:sign\ up|subscribe)\b .{0,80} )?        # "Get the latest news delivered to your inbox"
    | by\ (?:signing\ up|subscribing|clicking|registering)\b .{0,160}?\b(?:privacy|terms)\b .{0,80}
    | (?:thanks|thank\ you)\ for\ (?:signing\ up|subscribing)\b .{0,80}
    | already\ (?:a\ subscriber|have\ an\ account)\W+(?:sign|log)\ ?in\W*
    | enter\ your\ e-?mail(?:\ address)?\W*
    | you\ (?:are\ receiving|received)\ this\ (?:e-?mail|newsletter|message)\ because\b .{0,160}  # Mailchimp footer
    | want\ to\ change\ how\ you\ receive\ these\ e-?mails\W*
    | (?:you\ can\ )?(?:update\ your\ preferences|unsubscribe)\b .{0,100}
    | our\ mailing\ address\ is\W*                                     # Mailchimp footer
    | (?:was\ this\ (?:e-?mail\ |newsletter\ )?forwarded\ to\ you|forwarded\ this\ (?:e-?mail|newsletter)
      |got\ this\ (?:e-?mail\ |newsletter\ )?from\ a\ friend)\W* .{0,100}   # "Was this forwarded to you? Sign up"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_APP_PROMPT_RE = regex.compile(
    r"""
      (?i:(?:click|tap)\ here\ to\ )?                                # "CLICK HERE TO GET THE ... APP"
      (?i:download|get|install|open\ in|read\ in|try)\ (?i:our\ |the\ |this\ )?
        (?:(?:\p{Lu}[\p{L}\d&.]*|(?i:free|mobile|new|official))\ ){0,3}   # brand: "the SCMP", "our free"
        (?i:app)\b
        (?:\ (?i:for|to|and|now|today|on)\b[^.!?,;]{0,60})?\W*       # "... for the latest news"
    | (?i:(?:available|download)\ (?:it\ )?on\ the\ app\ store)\W*
    | (?i:get\ it\ on\ google\ play)\W*
    """,
    regex.VERBOSE,
)

_PROMPTS = ((_PROMPT_RE, "prompt"), (_NEWSLETTER_RE, "newsletter"), (_APP_PROMPT_RE, "app_prompt"))
_PROMPT_FIRST_WORDS = frozenset(
    """explore ai article listen click please enable turn you javascript sign subscribe register
    join opt get by thanks thank already enter want update unsubscribe download install open read
    try available no ask generative this summary story answer text content follow see find was
    forwarded got our need tap like liked enjoy enjoyed""".split()
)
# The first word, without the separators of a share bar ("Facebook/Twitter") or a
# compound ("AI-generated"): what the prompt patterns can start with.
_FIRST_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_ASCII_FIRST_WORD_RE = re.compile("[A-Za-z0-9]+")  # the same in ASCII text, found faster
# Words a share button puts between "Share" and the networks: "Share this article on X",
# "Send this by email", "Copy the link".
_SHARE_FILLERS = frozenset(
    "this it article story post page on via to with by the a link friend and or about someone".split()
)
# Verbs a share button opens with; like "Share", buttons in a share bar.
_SHARE_VERBS = frozenset(("share", "send", "post", "tweet", "pin", "copy", "forward"))
_NEW_WINDOW_RE = regex.compile(r"\s*\((?i:opens?\ in\ (?:a\ )?new\ (?:window|tab))\)\s*$")
# Chinese and Japanese share buttons run the networks on without spaces: "分享到微信朋友圈".
_SPACELESS_SHARE_RE = regex.compile(r"(?:分享|转发|轉發|シェア)(?:到|至|する)?[:：]?\s*")
_SPACELESS_SHARE_OPENINGS = ("分享", "转发", "轉發", "シェア")
_SPACELESS_SEPARATORS = " 、,，/|·"

# A reaction or action bar: pictographs with counts and action words ("❤️ 12",
# "💬 4 comments", "🔗 Copy link"). The words must all be actions. Stars are a
# review's rating, not a reaction.
_PICTOGRAPH_RE = regex.compile(r"(?![©®™☆★])[\p{Extended_Pictographic}♡♥✓✔]")
# Every character that pattern finds is "‼" (U+203C) or above: text without one
# (Latin with curly quotes and dashes) skips it (a test checks the bound).
_PICTOGRAPH_HINT_RE = re.compile("[\u203c-\U0010ffff]")
_REACTION_NOISE_RE = regex.compile(
    r"[\p{Extended_Pictographic}♡♥☆★✓✔\uFE0F\u200D\p{Emoji_Modifier}]+|\d[\d,.]*\s*[kKmM]?\b|[|·•/]"
)
_ACTIONS = frozenset(
    """like likes liked love loves comment comments reply replies share shares save saved bookmark
    bookmarks copy link views view reactions reaction react clap claps repost reposts retweet
    retweets upvote upvotes vote votes gift print email respond responses follow""".split()
)
_MAX_REACTION_CHARS = 80

_SEPARATORS_RE = regex.compile(r"[\s|·•,/]+")
# `_ATTRIBUTION_RE` is that of comment_stubs above, the same pattern.
# Long lines are prose; prompts are short.
_MAX_PROMPT_CHARS = 220


class ReferenceWidgets(PhraseFilter):
    """Remove widget labels and calls to action standing alone on a line."""

    name = "widgets"
    family = "widgets"
    phrase_rule = "button"

    guard_single_words = False

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._networks = lexicon.phrases("widgets_context")
        self._spaceless_networks = tuple(sorted(self._networks, key=len, reverse=True))
        self._comment_phrases = lexicon.phrases("comment_stubs")

    def _is_share_bar(self, key: str) -> bool:
        """A row of share buttons, or one button: "Share on Facebook", "Send this by email"."""
        key = _NEW_WINDOW_RE.sub("", key)  # "Share on WhatsApp (Opens in new window)"
        parts = [p for p in _SEPARATORS_RE.split(key) if p]
        if len(parts) < 2:
            return False
        networks = [p in self._networks for p in parts]
        if all(n or p == "share" for n, p in zip(networks, parts, strict=True)):
            return True  # "Facebook Twitter Email", "Share | Facebook | X"
        if not all(
            n or p in _SHARE_VERBS or p in _SHARE_FILLERS or p.isdigit()  # "0 Share on Facebook"
            for n, p in zip(networks, parts, strict=True)
        ):
            return False  # a word of a sentence: "He shared on Facebook that ..."
        # "Share this on WhatsApp", "Copy the link"; "Send this" is too little.
        return any(networks) or "link" in parts

    def _only_networks(self, rest: str) -> bool:
        """True when `rest` is one or more share targets and separators, without spaces needed."""
        rest = rest.casefold().strip(_SPACELESS_SEPARATORS)
        found = False
        while rest:
            network = next((n for n in self._spaceless_networks if rest.startswith(n)), None)
            if network is None:
                return False
            found = True
            rest = rest[len(network) :].lstrip(_SPACELESS_SEPARATORS)
        return found

    def _is_reaction_bar(self, text: str) -> bool:
        """Pictographs, counts and action words only: "❤️ 12", "💬 4 comments", "🔗 Copy link"."""
        if len(text) > _MAX_REACTION_CHARS:
            return False
        rest = _REACTION_NOISE_RE.sub(" ", text).casefold()
        words = rest.split()
        if not words:
            # "❤️ 12 💬 4"; pictographs without a count are a divider or a rating ("🎄🎄").
            return has_digit(text)
        phrase = " ".join(words)
        return (
            all(word in _ACTIONS for word in words)
            or phrase in self._strong
            or phrase in self._weak
            or phrase in self._comment_phrases
        )

    def _unicode_rule_for(self, text: str) -> str | None:
        """Bars that only non-ASCII text can be: pictographs, and spaceless share rows."""
        if (
            _PICTOGRAPH_HINT_RE.search(text)
            and _PICTOGRAPH_RE.search(text)
            and self._is_reaction_bar(text)
        ):
            return "reaction_bar"
        if not text.startswith(_SPACELESS_SHARE_OPENINGS):
            return None  # the share pattern opens with one of them
        share = _SPACELESS_SHARE_RE.match(text)
        if share and self._only_networks(text[share.end() :]):
            return "share_bar"  # "分享到微信朋友圈", "シェアする LINE"
        return None

    def pattern_rule_for(self, line: Line) -> str | None:
        """Prompts matched by structure, and share bars written on one line."""
        text = line.stripped
        if len(text) > _MAX_PROMPT_CHARS:
            return None
        word_re = _ASCII_FIRST_WORD_RE if text.isascii() else _FIRST_WORD_RE
        first_word = word_re.search(text)
        first = first_word.group().casefold() if first_word else ""
        opening = first
        if first_word and first.isdigit():  # "0 Share on Facebook": the button's count first
            second_word = word_re.search(text, first_word.end())
            opening = second_word.group().casefold() if second_word else ""
        if (opening in self._networks or opening in _SHARE_VERBS) and self._is_share_bar(line.key):
            return "share_bar"
        if not text.isascii() and (rule := self._unicode_rule_for(text)):
            return rule
        if first not in _PROMPT_FIRST_WORDS:
            return None  # every prompt pattern starts with one of these words
        rule = next((rule for pattern, rule in _PROMPTS if pattern.fullmatch(text)), None)
        if rule is not None and _ATTRIBUTION_RE.search(text):
            return None  # "..., members said.": a sentence that reports, not a prompt
        return rule
