"""Photo captions and credits standing alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe".

Extraction turns the caption under a picture into a line of its own. A credit
line is removed when it is nothing but a credit; a caption sentence is removed
only when it ends with an explicit credit ("... on Tuesday. Photo: Reuters").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import LineFilter
from cleaner.lexicons import alternation_of
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import UserRules

_CREDIT_LABEL = r"""(?i:photo(?:graph)?s?|pictures?|pic|images?|illustrations?|graphics?|video
    |(?:photo|image|picture)\ credits?|credits?|source|photo\ illustration|file\ photo)"""
_PICTURE_LABEL = r"(?i:photo(?:graph)?|picture|image|illustration|(?:photo|image)\ credit|credit)"
_NAME_WORD = r"\p{Lu}[\p{L}'’.\-]*"
_CREDIT_NAME = rf"{_NAME_WORD}(?:\ {_NAME_WORD}){{0,3}}"


def _credit_patterns(agencies: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    # One credit: an agency ("Getty Images", "AP Photo") or "Name/Agency".
    credit = rf"(?:(?i:{agencies})|{_CREDIT_NAME})"
    credits = rf"{credit}(?:\s*(?:/|(?i:via)|,|&|(?i:and)|\|)\s*{credit}){{0,3}}"
    alone = regex.compile(
        rf"""
        \(? \s*
        (?: {_CREDIT_LABEL} \s* (?:(?i:by)\s+|[:/]\s*) {credits}    # "Photo: Jane Doe/Reuters"
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
        .{{8,400}}? [.!?)"”’] \s*
        \(? {_CREDIT_LABEL} \s* [:/] \s* {credits} \s* \)? \.?   # "... on Tuesday. (Photo: Reuters)"
        """,
        regex.VERBOSE,
    )
    return alone, trailing


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


# Credit lines under a label are short: "Foto: dpa", "责任编辑：王某某".
_MAX_LABELLED_CHARS = 60
_LABEL_SEPARATORS = (":", "：", "=", "/", ". ")


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
        self._alone_re, self._trailing_re = _credit_patterns(lexicon.alternation("caption_credits"))
        # Labels of other languages ("Foto", "Фото", "사진", "责任编辑") from the lexicons.
        labels = lexicon.words("caption_labels")
        self._labelled_re = (
            _labelled_pattern(alternation_of(labels, name="caption_labels")) if labels else None
        )

    def rule_for(self, line: Line) -> str | None:
        """Condemn a credit line, or a caption that ends with an explicit credit."""
        text = line.stripped
        if len(text) <= 100 and self._alone_re.fullmatch(text):
            return "credit_line"
        if (
            self._labelled_re is not None
            and len(text) <= _MAX_LABELLED_CHARS
            and any(separator in text for separator in _LABEL_SEPARATORS)
            and self._labelled_re.fullmatch(text)
        ):
            return "credit_line"
        if len(text) <= 420 and self._trailing_re.fullmatch(text):
            return "captioned_line"
        return None
