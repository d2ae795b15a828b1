"""The pure-Python `captions` filter of commit 370f7cc, kept as the oracle of the native core.

With issue #12 its patterns moved into the Rust core first (`src/captions.rs`,
`cleaner._core.CaptionMatcher`), and then the rest of its verdict on a line:
`rule_for` (meta rows, spoken labels, the folded `Openings`, `last_word` and the
closing words, `_is_captioned`, `_is_opened_caption` with its datelines, months
and openings) and `_is_label_alone` are `CaptionMatcher.rule_for` and
`lone_label`. The Python filter's decision logic had not changed between the two
steps (it called the core's patterns in place of these at commit 3903aa0), so
this one file, the last pure-Python version, unchanged but for names (the class
is `ReferenceCaptions` and is not registered), is the oracle of both: of each
pattern and of each verdict, which `tests/test_core_captions.py` holds the core
to on generated lines and on every line and document of the bench.
"""

# ruff: noqa: E501  (unchanged from cleaner/filters/, where long pattern lines are allowed)

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import LineFilter, whole_line
from cleaner.lexicons import alternation_of
from cleaner.rejoin import last_word

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

_CREDIT_LABEL = r"""(?i:photo(?:graph)?s?|pictures?|pic|images?|illustrations?|graphics?|video
    |(?:photo|image|picture)\ credits?|credits?|source|photo\ illustration|file\ photo)"""
_PICTURE_LABEL = r"(?i:photo(?:graph)?|picture|image|illustration|(?:photo|image)\ credit|credit)"
_NAME_WORD = r"\p{Lu}[\p{L}'’.\-]*"
_CREDIT_NAME = rf"{_NAME_WORD}(?:\ {_NAME_WORD}){{0,3}}"


def _credit_patterns(agencies: str) -> tuple[regex.Pattern[str], ...]:
    # One credit: an agency ("Getty Images", "AP Photo") or "Name/Agency".
    credit = rf"(?:(?i:{agencies})|{_CREDIT_NAME})"
    credits = rf"{credit}(?:\s*(?:/|(?i:via)|,|&|(?i:and)|\|)\s*{credit}){{0,3}}"
    alone = regex.compile(
        rf"""
        \(? \s*
        (?: {_CREDIT_LABEL} \s* (?:(?i:by|via)\s+|[:/]\s*) {credits}  # "Photo: Jane Doe/Reuters"
            (?: \ (?i:on|for|via)\ {credits} )?                          # "Photo by Jane Doe on Unsplash"
          | {_PICTURE_LABEL} \s* [:/] \s* [^.!?()]{{1,40}}           # "Image: supplied by the family"
          | (?i:{agencies}) (?:\s*(?:/|(?i:via)|,|&|\|)\s*{credits})?  # "Getty Images", "AFP via Getty Images"
          | © \s* {credits}                                          # "© Reuters"
        )
        \s* \)? \.?
        """,
        regex.VERBOSE,
    )
    trailing = regex.compile(
        rf"""
        .{{8,400}}?
        (?: [.!?)"”’] \s*
            \(? {_CREDIT_LABEL} \s* [:/] \s* {credits} \s* \)? \.?   # "... on Tuesday. (Photo: Reuters)"
          | \s \( \s* {_PICTURE_LABEL} \s* (?:[:/]|(?i:by)\s) \s* {credits}  # "... its autonomy (Image: GETTY )"
            (?: \s+ (?i:for) \s+ {_CREDIT_NAME} )? \s* \) \.?           # "(Photo by Jane Doe/Getty Images for X)"
          | \s Credits? : \s* {credits} \.?                              # "... sought treatment Credit: EPA"
        )
        """,
        regex.VERBOSE,
    )
    # "... on Monday. (AP Photo/Jane Doe)", "REUTERS/Jane Doe", "( NASA/JPL-Caltech )": an
    # agency's credit with a name, closing a caption; searched for at the end of the line.
    one = rf"(?:(?i:{agencies})(?:\ {_CREDIT_LABEL})?|{_CREDIT_NAME})"
    slashed = rf"{one}(?:\s*/\s*{one}){{1,3}}(?:,\s*(?i:file))?"
    agency_closing = regex.compile(
        rf"""
        (?<= [.!?)"”’] ) \s*
        (?: \( \s* (?=[^()]*?(?:\b(?i:{agencies})\b|(?i:photo|picture|image)))  # an agency in it
            {slashed} \s* \)
          | (?i:{agencies}) (?:\s+{_CREDIT_LABEL})? \s* / \s* {credits}
        )
        \s* \.? $
        """,
        regex.VERBOSE,
    )
    # An agency alone, or a name and an agency, closing a caption after its last
    # sentence: "(AP)", ". Reuters", ". Jane Doe / AP file", ". © Reuters / Jane Doe".
    bare_closing = regex.compile(
        rf"""
        (?<= [.!?)"”’] ) \s*
        (?: \( \s* (?i:{agencies}) \s* \)
          | (?i:{agencies})
          | {_CREDIT_NAME} \s* / \s* (?i:{agencies}) (?:\ (?i:file|photo|images?|pool))?
          | © \s* (?i:{agencies}) (?: \s* / \s* {_CREDIT_NAME} )?      # "... © Reuters / Jane Doe"
          | \( [^()]{{1,60}} \s (?i:via) \s (?i:{agencies}) \s* \)        # "(Jane Doe/The Union via AP)"
        )
        \s* \.? $
        """,
        regex.VERBOSE,
    )
    # A credit line that opens with a name: "Jane Doe | Getty Images", "Jane Doe Submitted photo",
    # "State Sex Offender Registry via AP".
    named = regex.compile(
        rf"""
          (?: {_CREDIT_NAME} \s* [|/,] \s* ){{1,3}} (?i:{agencies})
        | {_CREDIT_NAME} \s+ (?i:submitted|courtesy|contributed|staff) \s+ (?i:photo|image)
        | (?: \p{{Lu}}[\p{{L}}.'’\-]* \ ){{1,8}} (?i:via) \ (?i:{agencies})
        """,
        regex.VERBOSE,
    )
    return alone, trailing, agency_closing, bare_closing, named


def _labelled_pattern(labels: str) -> regex.Pattern[str]:
    """A credit under a label of another language: the label, a separator, a short name."""
    return regex.compile(
        rf"""
        [(（\[【]? \s*
        (?i:{labels}) \s* (?: [:/=：] | \.\s ) \s*      # "Foto: dpa", "사진=연합뉴스", "Fot. PAP"
        (?: [^.!?()。！？\[\]【】] | \.(?=\ \S) ){{1,40}}?   # "Istimewa", "Dok. Pribadi", "王某某"
        \s* [)）\]】]? \.?                                # "[사진=JTBC]", "（责任编辑：王某某）"
        """,
        regex.VERBOSE,
    )


# The BBC prints a picture's caption and credit under a spoken label:
# "Image caption Fans queued overnight", "Image copyright Reuters", "Media caption ...".
_LABELLED_CAPTION_RE = regex.compile(r"(?:Image|Media) (?:caption|copyright) \S")
# A text-node dump puts the label on a line of its own, and the caption or credit on the next.
_SPOKEN_LABELS = frozenset(("Image caption", "Media caption", "Image copyright"))
# Credit lines under a label are short: "Foto: dpa", "责任编辑：王某某".
_MAX_LABELLED_CHARS = 60
_LABEL_SEPARATORS = (":", "：", "=", "/", ". ")
_MAX_META_CHARS = 100
_MIN_CAPTION_CHARS = 8  # before a closing credit: a caption, not a credit alone
_MAX_CAPTION_CHARS = 420
# A caption under an agency's opening is a whole sentence: "In this photo ..., Tuesday."
_MIN_OPENED_CAPTION_WORDS = 8
_MAX_OPENED_CAPTION_CHARS = 600
_MAX_DATELINED_CAPTION_CHARS = 1200  # a photo agency's caption may tell the whole story
# "WASHINGTON, DC - NOVEMBER 19:", "BOSSIER CITY, LOUISIANA - NOVEMBER 14:": place, month, day.
_CAPTION_DATELINE_RE = regex.compile(
    r"\p{Lu}[\p{Lu} .,'’\-]{1,40} [-–—] (\p{Lu}{3,12}\.?) \d{1,2}:\s"
)
_CAPTION_END_RE = regex.compile(r"[.!?)\"”’]\s*$")
# "{words}": up to six words of a date or a kind of picture, "Monday, Oct. 28, 2019, file".
# After "In this ... photo" a caption goes on with a comma or with who took or gave it;
# "In this picture we see" may be an essay's sentence.
_AFTER_PICTURE_RE = regex.compile(
    r",|\s+(?:provided|released|issued|taken|made\s+available|distributed|obtained|supplied)\b"
)
_TEMPLATE_WORDS = r"(?:(?-i:[\p{Lu}\d])\S*\s+|(?:file|undated|handout|aerial|archive)\s+){0,6}?"
_DIGIT_RE = re.compile(r"\d")


# Cheap rejections before the patterns, which try long case-insensitive
# alternations. Each pattern can only match a line that opens (after a bracket and
# spaces) with one of its leading words, or, for a captioned line, that holds a
# credit label; checked on the `fold`ed line, which holds every spelling the
# patterns' (?i) takes, folded (tests/filters/test_captions.py checks the letters).
_LABEL_STEMS = ("photo", "pic", "image", "illustration", "graphic", "video", "credit", "source")
_LABEL_STEM_RE = re.compile("|".join(_LABEL_STEMS))
_LABEL_SEPARATOR_RE = re.compile("|".join(map(re.escape, _LABEL_SEPARATORS)))
_LEADING_LABELS = (*_LABEL_STEMS, "file")  # "file photo"
_CLOSING_LABELS = ("file", "photo", "image", "images", "pool")  # "Jane Doe / AP file"
_MAX_NAMED_CREDIT_CHARS = 100
_MAX_LABEL_ALONE_CHARS = 20
_LABEL_ALONE_RE = regex.compile(_CREDIT_LABEL, regex.VERBOSE)
_CLOSING_TAIL = 60  # "© Reuters / Jane Doe" closes a caption within its last characters
# An agency's credit with a photographer, without a label word: "REUTERS/Jane Doe", "AP Photo/Jane Doe".
_AGENCY_SLASH_RE = re.compile(r"\b[A-Z]{2,}[A-Za-z ]{0,12}/ ?[A-Z]")


def opening_pattern(templates: Iterable[str]) -> regex.Pattern[str] | None:
    """One pattern for the `caption_openings` templates, anchored at the start of a line.

    `{words}` stands for up to six words; an opening ends at a word boundary.

    >>> pattern = opening_pattern(["in this {words} photo", "file -"])
    >>> bool(pattern.match("In this Dec. 12, 2006, file photo, astronauts train"))
    True
    >>> bool(pattern.match("In this photography course, students learn"))
    False
    """
    parts = sorted(
        (
            r"\s+".join(
                _TEMPLATE_WORDS.removesuffix(r"\s+") if word == "{words}" else regex.escape(word)
                for word in template.split()
            ).replace(r"{0,6}?\s+", r"{0,6}?")
            for template in templates
        ),
        key=len,
        reverse=True,
    )
    if not parts:
        return None
    return regex.compile(rf"(?i:{'|'.join(parts)})(?!\w)")


def fold(text: str) -> str:
    """Case-fold `text` so that it holds, folded, every spelling the patterns' (?i) takes.

    `regex` also takes "İ" for "i" and "I" for "ı" (Turkish), which `casefold`
    alone keeps apart.

    >>> fold("İHLAS HABER AJANSI")
    'ihlas haber ajansi'
    """
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


class Openings:
    """Case-folded words a line may open with, looked up by their first two characters.

    >>> Openings(["Getty Images", "AP", "©"]).open("(  getty images/AFP)", brackets="(")
    True
    """

    def __init__(self, words: Iterable[str]) -> None:
        by_start: dict[str, set[str]] = {}
        for word in words:
            folded = fold(word)
            by_start.setdefault(folded[:2], set()).add(folded)
        self._by_start = {start: tuple(sorted(found)) for start, found in by_start.items()}

    def open(self, text: str, *, brackets: str) -> bool:
        """True when `text`, after one of `brackets` and spaces, opens with one of the words."""
        if text[:1] in brackets:
            text = text[1:]
        folded = fold(text.lstrip())
        words = self._by_start.get(folded[:2])
        if words is not None and folded.startswith(words):
            return True
        words = self._by_start.get(folded[:1])  # a one-character word: "©"
        return words is not None and folded.startswith(words)


class ReferenceCaptions(LineFilter):
    """Remove photo credits, and captions that end with one.

    >>> from cleaner import clean
    >>> clean("(Photo: Reuters)\\nGetty Images\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "captions"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        agencies = lexicon.words("caption_credits")
        (
            self._alone_re,
            self._trailing_re,
            self._agency_closing_re,
            self._bare_closing_re,
            self._named_credit_re,
        ) = _credit_patterns(alternation_of(agencies, name=f"{lexicon.lang}/caption_credits"))
        # Labels of other languages ("Foto", "Фото", "사진", "责任编辑") from the lexicons.
        labels = lexicon.words("caption_labels")
        self._labelled_re = (
            _labelled_pattern(alternation_of(labels, name="caption_labels")) if labels else None
        )
        self._alone_openings = Openings((*_LEADING_LABELS, *agencies, "©"))
        self._opening_re = opening_pattern(lexicon.words("caption_openings"))
        self._months = frozenset(month.casefold() for month in lexicon.words("months"))
        self._closing_words = frozenset(
            (*(fold(agency.split()[-1]) for agency in agencies), *_CLOSING_LABELS)
        )
        self._labelled_openings = Openings(labels)
        # A meta row: a date, a time and labelled credits ("2026-11-20 08:15 来源：新华网").
        date_labels = lexicon.words("date_labels")
        self._meta_split_re = (
            regex.compile(
                rf"\s+|(?<=[\d)）\]】])(?=(?i:{alternation_of(labels, name='caption_labels')})\s*[:：])"
            )
            if labels
            else None
        )
        # An empty alternation would match anything: without date labels, none is taken.
        date_label = alternation_of(date_labels, name="date_labels") if date_labels else "(?!)"
        self._meta_date_re = regex.compile(
            rf"""(?:(?i:{date_label})\s*[:：]?\s*)?
            (?: \d{{4}} [-/.年] \d{{1,2}} [-/.月] \d{{1,2}} 日?    # "2026-11-20", "2026年11月20日"
              | \d{{1,2}} 月 \d{{1,2}} 日
              | \d{{1,2}} [:：] \d{{2}} (?: [:：] \d{{2}} )?        # "08:15", "08:15:00"
              | \d{{1,2}} [時时点點] (?: \d{{1,2}} 分 )?            # "08時15分"
            )+""",
            regex.VERBOSE,
        )

    def _is_meta_row(self, text: str) -> bool:
        """A date or time and labelled credits, nothing else: "2026-11-20 08:15 来源：新华网".

        Chinese and Japanese article pages put the date, the source and the editor
        on one line under the headline; each part alone is a credit or a date line.
        """
        split_re, labelled_re = self._meta_split_re, self._labelled_re
        if split_re is None or labelled_re is None:
            return False
        parts: list[str] = []
        for piece in split_re.split(text):
            if not piece or piece in "|｜/":
                continue
            if parts and parts[-1].endswith((":", "：")):
                parts[-1] += piece  # "来源：" + "新华网"
            else:
                parts.append(piece)
        dates = sum(bool(self._meta_date_re.fullmatch(p)) for p in parts)
        credits = sum(
            bool(not self._meta_date_re.fullmatch(p) and labelled_re.fullmatch(p)) for p in parts
        )
        return dates >= 1 and credits >= 1 and dates + credits == len(parts)

    def _is_captioned(self, text: str) -> bool:
        """A caption that ends with an explicit credit, labelled or an agency's with a name."""
        if _LABEL_STEM_RE.search(fold(text)) and self._trailing_re.fullmatch(text):
            return True  # "... on Tuesday. (Photo: Reuters)"
        if "/" in text and _AGENCY_SLASH_RE.search(text):
            closing = self._agency_closing_re.search(text)  # "... on Monday. (AP Photo/Jane Doe)"
            return closing is not None and closing.start() >= _MIN_CAPTION_CHARS
        return False

    def rule_for(self, line: Line) -> str | None:
        """Condemn a credit line, a caption that ends with an explicit credit, or an agency's caption."""
        text = line.stripped
        if (
            self._meta_split_re is not None
            and len(text) <= _MAX_META_CHARS
            and ("：" in text or ":" in text)
            and _DIGIT_RE.search(text)
            and self._is_meta_row(text)
        ):
            return "meta_row"
        if text[:6] in ("Image ", "Media ") and _LABELLED_CAPTION_RE.match(text):
            # "Image caption The singer at the awards", "Image copyright Reuters"
            return "credit_line" if text[6:15] == "copyright" else "captioned_line"
        if (
            len(text) <= 100
            and self._alone_openings.open(text, brackets="(")
            and self._alone_re.fullmatch(text)
        ):
            return "credit_line"
        if (
            self._labelled_re is not None
            and len(text) <= _MAX_LABELLED_CHARS
            and _LABEL_SEPARATOR_RE.search(text)
            and self._labelled_openings.open(text, brackets="(（[【")
            and self._labelled_re.fullmatch(text)
        ):
            return "credit_line"
        return self._caption_rule(text)

    def _caption_rule(self, text: str) -> str | None:
        """A caption sentence: closed by a credit, or opened the way an agency opens one."""
        if len(text) <= _MAX_CAPTION_CHARS:
            closed = (
                last_word(text).casefold() in self._closing_words
            )  # "... (AP)", "... Getty Images"
            if closed and len(text) <= _MAX_NAMED_CREDIT_CHARS and self._is_named_credit(text):
                return "credit_line"
            if ((":" in text or "/" in text) and self._is_captioned(text)) or (
                (closed or "©" in text[-_CLOSING_TAIL:]) and self._has_bare_closing(text)
            ):
                return "captioned_line"
        return "agency_caption" if self._is_opened_caption(text) else None

    def _is_named_credit(self, text: str) -> bool:
        """A credit alone, led by a name: "Jane Doe | Getty Images", "Jane Doe Submitted photo"."""
        return self._named_credit_re.fullmatch(text) is not None

    def _has_bare_closing(self, text: str) -> bool:
        """A caption closed by an agency alone or a name and an agency: "... Ariz. (AP)"."""
        closing = self._bare_closing_re.search(text)
        return closing is not None and closing.start() >= _MIN_CAPTION_CHARS

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Credits and captions line by line; and a credit's label left alone above its credit.

        A rendering may cut "Fotos: Ana Souza / Reuters" after the label: the
        credit goes as a credit line, and "Fotos:" with it.
        """
        found = list(super().find(doc))
        content = doc.content
        gone = {removal.start for removal in found if removal.rule == "credit_line"}
        if gone:
            for line, below in pairwise(content):
                if below.start in gone and line.start not in gone and self._is_label_alone(line):
                    found.append(whole_line(self.name, line, "credit_line"))
        found.extend(_spoken_label_lines(content, {removal.start for removal in found}))
        yield from sorted(found, key=lambda removal: removal.start)

    def _is_label_alone(self, line: Line) -> bool:
        """A credit's label and its colon, nothing else: "Photo:", "Fotos:", "Credit:"."""
        text = line.stripped
        return (
            len(text) <= _MAX_LABEL_ALONE_CHARS
            and text.endswith((":", "："))
            and (
                bool(_LABEL_ALONE_RE.fullmatch(text[:-1].strip()))
                or self._labelled_openings.open(text, brackets="(（[【")
            )
        )

    def _is_datelined_caption(self, text: str) -> bool:
        """A photo agency's caption: "WASHINGTON, DC - NOVEMBER 19: Jane Doe speaks ... (Photo by ...)".

        The place and the day in capitals before a colon open the captions of
        Getty Images and the agencies that follow its style; an article's
        dateline ("WASHINGTON (AP) —") has no day and no colon.
        """
        if not text[:1].isupper() or len(text) > _MAX_DATELINED_CAPTION_CHARS:
            return False
        dateline = _CAPTION_DATELINE_RE.match(text)
        return (
            dateline is not None
            and dateline.group(1).casefold() in self._months
            and _CAPTION_END_RE.search(text) is not None
        )

    def _is_opened_caption(self, text: str) -> bool:
        """A caption sentence under an agency's opening: "In this Oct. 28, 2019, file photo, ...".

        It must end like a sentence: a line cut out of a wrapped caption is
        judged with the rest of its paragraph, never on its own. The words are
        counted last: nearly every line fails the openings first, without a split.
        """
        if not (self._is_datelined_caption(text) or self._is_agency_opened(text)):
            return False
        return len(text.split()) >= _MIN_OPENED_CAPTION_WORDS

    def _is_agency_opened(self, text: str) -> bool:
        """Opened the way an agency opens a caption ("In this ... photo", "File photo ...")."""
        if len(text) > _MAX_OPENED_CAPTION_CHARS:
            return False
        if self._opening_re is None or text[:1] not in "FfIi":
            return False
        opening = self._opening_re.match(text)
        if opening is None or _CAPTION_END_RE.search(text) is None:
            return False
        return text[:1] in "Ff" or _AFTER_PICTURE_RE.match(text, opening.end()) is not None


def _spoken_label_lines(content: Sequence[Line], taken: set[int]) -> Iterator[Removal]:
    """A spoken label on a line of its own ("Image caption"), and the caption line under it.

    The credit under "Image copyright" is a credit line of its own ("Getty
    Images"); the caption under "Image caption" is any sentence, so it goes
    only under its label, and only if it is short enough to be a caption.
    """
    for at, line in enumerate(content):
        if line.start in taken or line.stripped not in _SPOKEN_LABELS:
            continue
        rule = "credit_line" if line.stripped == "Image copyright" else "captioned_line"
        yield whole_line(ReferenceCaptions.name, line, rule)
        below = content[at + 1] if at + 1 < len(content) else None
        if (
            below is not None
            and rule == "captioned_line"
            and below.start not in taken
            and len(below.stripped) <= _MAX_CAPTION_CHARS
            and below.stripped not in _SPOKEN_LABELS
        ):
            yield whole_line(ReferenceCaptions.name, below, "captioned_line")
