"""The pure-Python line patterns of `comment_stubs` at commit f4554fe, kept as the oracle.

The counts, disclaimers and comment headers of `cleaner/filters/comments.py`
moved into the Rust core (`src/comments.rs`) with issue #12. This is their last
Python version, unchanged but for names (`ReferenceCommentStubs`, not registered
as a filter), which `tests/test_core_widgets_comments.py` holds the core to on
every bench line and on generated text. (`widgets` is still Python: its
patterns are their own oracle until they move.)
"""

# ruff: noqa

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import PhraseFilter
from cleaner.kinds import Kind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from cleaner.document import Doc, Line
    from cleaner.models import Removal

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
