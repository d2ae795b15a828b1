"""Photo captions and credits standing alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe".

Extraction turns the caption under a picture into a line of its own. A credit
line is removed when it is nothing but a credit; a caption sentence is removed
only when it ends with an explicit credit ("... on Tuesday. Photo: Reuters"); a
caption without a full stop needs the credit in brackets or under a capitalised
"Credit:" ("... its autonomy (Image: Getty)", "... sought treatment Credit: EPA");
"its most famous Image: The Scream" is a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from cleaner import _core
from cleaner.errors import ConfigError
from cleaner.filters.base import LineFilter, whole_line
from cleaner.registry import register
from cleaner.rejoin import last_word

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

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
_CLOSING_TAIL = 60  # "© Reuters / Jane Doe" closes a caption within its last characters
# An agency's credit with a photographer, without a label word: "REUTERS/Jane Doe", "AP Photo/Jane Doe".
_AGENCY_SLASH_RE = re.compile(r"\b[A-Z]{2,}[A-Za-z ]{0,12}/ ?[A-Z]")


def fold(text: str) -> str:
    """Case-fold `text` so that it holds, folded, every spelling the patterns' (?i) takes.

    `regex` also takes "İ" for "i" and "I" for "ı" (Turkish), which `casefold`
    alone keeps apart.

    >>> fold("İHLAS HABER AJANSI")
    'ihlas haber ajansi'
    """
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


@cache
def _matcher(
    agencies: tuple[str, ...],
    labels: tuple[str, ...],
    openings: tuple[str, ...],
    date_labels: tuple[str, ...],
) -> _core.CaptionMatcher:
    """The patterns over these word lists, built once by the native core (`src/captions.rs`)."""
    return _core.CaptionMatcher(agencies, labels, openings, date_labels)


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


@register
class Captions(LineFilter):
    """Remove photo credits, and captions that end with one.

    >>> from cleaner import clean
    >>> clean("(Photo: Reuters)\\nGetty Images\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "captions"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        agencies = lexicon.words("caption_credits")
        if not agencies:  # an empty alternation would match everywhere
            raise ConfigError(f"lexicon {lexicon.lang}/caption_credits has no entries")
        # Labels of other languages ("Foto", "Фото", "사진", "责任编辑") from the lexicons.
        labels = lexicon.words("caption_labels")
        self._patterns = _matcher(
            agencies, labels, lexicon.words("caption_openings"), lexicon.words("date_labels")
        )
        self._alone_openings = Openings((*_LEADING_LABELS, *agencies, "©"))
        self._months = frozenset(month.casefold() for month in lexicon.words("months"))
        self._closing_words = frozenset(
            (*(fold(agency.split()[-1]) for agency in agencies), *_CLOSING_LABELS)
        )
        self._labelled_openings = Openings(labels)

    def _is_meta_row(self, text: str) -> bool:
        """A date or time and labelled credits, nothing else: "2026-11-20 08:15 来源：新华网".

        Chinese and Japanese article pages put the date, the source and the editor
        on one line under the headline; each part alone is a credit or a date line.
        """
        patterns = self._patterns
        parts: list[str] = []
        for piece in patterns.meta_split(text):
            if not piece or piece in "|｜/":
                continue
            if parts and parts[-1].endswith((":", "：")):
                parts[-1] += piece  # "来源：" + "新华网"
            else:
                parts.append(piece)
        dates = sum(patterns.meta_date(p) for p in parts)
        credits = sum(not patterns.meta_date(p) and patterns.labelled(p) for p in parts)
        return dates >= 1 and credits >= 1 and dates + credits == len(parts)

    def _is_captioned(self, text: str) -> bool:
        """A caption that ends with an explicit credit, labelled or an agency's with a name."""
        if _LABEL_STEM_RE.search(fold(text)) and self._patterns.trailing(text):
            return True  # "... on Tuesday. (Photo: Reuters)"
        if "/" in text and _AGENCY_SLASH_RE.search(text):
            closing = self._patterns.agency_closing(text)  # "... on Monday. (AP Photo/Jane Doe)"
            return closing is not None and closing >= _MIN_CAPTION_CHARS
        return False

    def rule_for(self, line: Line) -> str | None:
        """Condemn a credit line, a caption that ends with an explicit credit, or an agency's caption."""
        text = line.stripped
        if (
            self._patterns.has_labels
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
            and self._patterns.alone(text)
        ):
            return "credit_line"
        if (
            len(text) <= _MAX_LABELLED_CHARS
            and _LABEL_SEPARATOR_RE.search(text)
            and self._labelled_openings.open(text, brackets="(（[【")
            and self._patterns.labelled(text)
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
        return self._patterns.named(text)

    def _has_bare_closing(self, text: str) -> bool:
        """A caption closed by an agency alone or a name and an agency: "... Ariz. (AP)"."""
        closing = self._patterns.bare_closing(text)
        return closing is not None and closing >= _MIN_CAPTION_CHARS

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
                self._patterns.label_alone(text[:-1].strip())
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
        if text[:1] not in "FfIi":
            return False
        opening = self._patterns.opening_end(text)
        if opening is None or _CAPTION_END_RE.search(text) is None:
            return False
        return text[:1] in "Ff" or _AFTER_PICTURE_RE.match(text, opening) is not None


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
        yield whole_line(Captions.name, line, rule)
        below = content[at + 1] if at + 1 < len(content) else None
        if (
            below is not None
            and rule == "captioned_line"
            and below.start not in taken
            and len(below.stripped) <= _MAX_CAPTION_CHARS
            and below.stripped not in _SPOKEN_LABELS
        ):
            yield whole_line(Captions.name, below, "captioned_line")
