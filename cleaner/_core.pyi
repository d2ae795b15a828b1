"""The typed surface of the native core (`src/python.rs`), built by maturin from `src/`."""

from collections.abc import Sequence
from typing import Any

from cleaner.document import Line
from cleaner.rejoin import Paragraph, ScriptRules

def split_lines(text: str, line_type: type[Line]) -> list[Line]:
    """The lines of `text` as `line_type` instances: (number, start, text, stripped, key)."""

def phrase_key(text: str) -> str:
    """Normalise a line or a lexicon phrase for whole-line comparison (`src/lines.rs`)."""

def is_blank_text(text: str) -> bool:
    """Whether `text` shows nothing: only whitespace and invisible characters."""

def recall(
    judged: tuple[Line, ...], verdicts: list[Any], lines: tuple[Line, ...], unseen: object
) -> list[Any]:
    """Per line of `lines`: its verdict if it is the very object of `judged`, else `unseen`."""

def cut_whole_lines(
    lines: tuple[Line, ...], content: tuple[Line, ...], spans: list[tuple[int, int]]
) -> tuple[tuple[Line, ...], tuple[Line, ...], list[bool]]:
    """The lines and content without the lines a span takes whole, and per span whether it did."""

def _panic_for_test(position: int) -> None:
    """Panic inside the core after noting `position`; raises `cleaner.errors.CoreError`."""

class UserPatterns:
    """A filter family's user patterns, compiled once by the `regex` crate (`src/patterns.rs`).

    `fullmatch` runs in time linear in the line, whatever the patterns. Pickled
    as its patterns.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        """Compile `patterns`; a ValueError ("patterns[1]: ...") names the first bad one."""

    @property
    def patterns(self) -> tuple[str, ...]:
        """The patterns as given."""

    def fullmatch(self, text: str) -> bool:
        """Whether one of the patterns matches all of `text`, ignoring case."""

    def __len__(self) -> int: ...

def pattern_error(pattern: str) -> str | None:
    """Why `pattern` cannot be a user pattern, in one line naming it; None when it can.

    Syntax of Python's `regex` that the crate lacks (look-around, backreferences,
    possessive quantifiers, atomic groups, ...) is named as such.
    """

class ParagraphScorer:
    """Paragraph weights for the main-content region against one language's function words."""

    def __init__(self, stopwords: list[str]) -> None: ...
    def scores(self, texts: list[str]) -> list[float]:
        """The weight of each text: + its length for prose, - for chrome, 0 between."""
    def score(self, text: str) -> float:
        """The weight of one paragraph."""
    def kind(self, text: str) -> str:
        """What the paragraph is to the region: prose, chrome or neutral; notices aside."""
    def is_glued_teaser(self, text: str) -> bool:
        """A teaser card whose headline a rendering glued to its summary."""

def is_title(text: str, *, min_words: int, share: float) -> bool:
    """A title-case line without figures (`src/score.rs`)."""

def is_legal(text: str) -> bool:
    """A copyright line or a legal notice (`src/score.rs`)."""

def ends_sentence(line: str) -> bool:
    """Whether `line` ends with sentence-final punctuation, in any script (`src/shape.rs`)."""

def is_list_item(line: str) -> bool:
    """A bulleted or numbered line (`src/shape.rs`)."""

def has_code_signs(line: str) -> bool:
    """A sign of code: a bracket, ``=`` or ``;``, a call, or a code opening (`src/shape.rs`)."""

def casefolded_words(text: str) -> list[str]:
    """The case-folded runs of word characters of `text`."""

class AdMatcher:
    """The ad labels of one lexicon that may lead a paragraph (`src/ads.rs`)."""

    def __init__(self, spellings: list[str], firsts: list[str]) -> None: ...
    def is_sponsor_label(self, text: str) -> bool:
        """Whether the stripped line `text` is a sponsor's label and nothing else."""
    def leading_label(self, text: str, stripped: str) -> tuple[int, int] | None:
        """The character span of a label glued to the first word of a paragraph, or None."""
    def inline_labels(self, text: str) -> list[tuple[int, int]]:
        """The character spans of the labels between two sentences of `text`."""
    def word_count(self, text: str) -> int:
        """The number of runs of letters and numbers in `text`."""

class LanguageGuesser:
    """The language guess over the lexicons' data (`src/language.rs`)."""

    def __init__(
        self,
        *,
        scripts: list[tuple[str, bool, list[bytes], list[str]]],
        stopwords: dict[str, list[tuple[str, float]]],
    ) -> None: ...
    def guess(self, text: str) -> str:
        """The ISO 639-1 code of `text`'s language, or "und"."""

class DateMatcher:
    """The date patterns of one lexicon, compiled (`src/dates.rs`)."""

    def __init__(
        self,
        *,
        months: list[str],
        weekdays: list[str],
        labels: list[str],
        connectors: list[str],
        periods: list[str],
        relative: list[tuple[list[str], list[str]]],
        reading: list[tuple[list[str], list[str]]],
    ) -> None:
        """Build from the lexicon's words; `relative` and `reading` are (units, templates)."""

    def rule_for_text(self, text: str, relative: bool, absolute: bool) -> str | None:
        """The kind of date line `text` is ("relative_time", ...), or None."""

    def could_be_date(self, text: str) -> bool:
        """The cheap checks that every date line passes."""

    def patterns(self, text: str) -> tuple[bool, bool, bool]:
        """Whether the patterns alone match: (relative time, absolute date, reading time)."""

    @property
    def digitless_relative_only(self) -> bool:
        """Whether a line without a digit can only be a relative time."""

class BylineMatcher:
    """The byline patterns of one lexicon, compiled (`src/bylines.rs`); dates asked of `dates`."""

    def __init__(
        self,
        *,
        labels: list[str],
        box_labels: list[str],
        publishers: list[str],
        dates: DateMatcher,
    ) -> None: ...
    def rule_for(self, text: str, key: str) -> str | None:
        """The rule ("byline", "credit", "contact" or None) for a stripped line and its key."""
    def source_kind(self, text: str) -> str:
        """The kind: "named", "plausible" or "" for a possible source line (stripped)."""
    def opens_author_box(self, key: str) -> bool:
        """Whether a line with phrase key `key` may head an author box ("About ...")."""
    def is_box_label(self, key: str) -> bool:
        """Whether the phrase key `key` is an author box label alone ("Sobre")."""
    def author_box_name(self, text: str) -> str | None:
        """The name an author box heading gives ("About Brigit Katz" -> "Brigit Katz")."""
    def is_name(self, text: str) -> bool:
        """Whether `text` is a name alone: "Carlos Nadalim"."""

class CaptionMatcher:
    """The `captions` filter's verdict on a line and its patterns, from the lexicons' word lists.

    (`src/captions.rs`.) Positions are character offsets into the Python string. Pickles as
    its word lists.
    """

    def __init__(
        self,
        agencies: Sequence[str],
        labels: Sequence[str],
        openings: Sequence[str],
        date_labels: Sequence[str],
        months: Sequence[str],
    ) -> None: ...
    def rule_for(self, text: str) -> str | None:
        """The rule that condemns a stripped line, or None.

        "credit_line", "captioned_line", "agency_caption" or "meta_row".
        """
    def lone_label(self, text: str) -> bool:
        """A credit's label and its colon, nothing else: "Photo:", "Fotos:", "Credit:"."""
    @property
    def has_labels(self) -> bool:
        """Whether there are labels of other languages (else `labelled` never matches)."""
    def alone(self, text: str) -> bool:
        """A credit alone: "(Photo: Reuters)", "Getty Images", "AP Photo/Jane Doe"."""
    def trailing(self, text: str) -> bool:
        """A caption closed by a labelled credit: "... on Tuesday. (Photo: Reuters)"."""
    def agency_closing(self, text: str) -> int | None:
        """Where an agency's credit with a name closes a caption: "... (AP Photo/Jane Doe)"."""
    def bare_closing(self, text: str) -> int | None:
        """Where an agency alone, or a name and an agency, closes a caption: "... Ariz. (AP)"."""
    def named(self, text: str) -> bool:
        """A credit line led by a name: "Jane Doe | Getty Images", "Jane Doe Submitted photo"."""
    def label_alone(self, text: str) -> bool:
        """A credit's label alone: "Photo", "Image credit"."""
    def labelled(self, text: str) -> bool:
        """A credit under a label of another language: "Foto: dpa", "[사진=JTBC]"."""
    def meta_split(self, text: str) -> list[str]:
        """A meta row cut at spaces and before a label after a digit: "08:15来源：新华网"."""
    def meta_date(self, text: str) -> bool:
        """A date or a time, perhaps under a label: "2026-11-20", "发布时间：08:15"."""
    def opening_end(self, text: str) -> int | None:
        """Where an agency's opening ends: "In this Oct. 28, 2019, file photo"; None if none."""

class CommentStubMatcher:
    """The comment-stub patterns (`cleaner.filters.comments`), compiled once (`src/comments.rs`)."""

    def __init__(self) -> None:
        """Compile the patterns (once per process)."""

    def rule_for(self, text: str) -> str | None:
        """The rule of a stripped line ("disclaimer", "count", "comment_header"), or None."""

    def is_count(self, text: str) -> bool:
        """Whether the whole of `text` is a comment count ("12 comments", "评论(12)")."""

    @staticmethod
    def is_bare_count(text: str) -> bool:
        """Whether `text` is a number of one to six digits and nothing else ("0", "١٢")."""

class WidgetMatcher:
    """The widget patterns (`cleaner.filters.widgets`), from lexicon words (`src/widgets.rs`)."""

    def __init__(self, networks: list[str], phrases: list[str]) -> None:
        """Share targets (`widgets_context` keys) and what a reaction bar may say beside counts."""

    def rule_for(self, text: str, key: str) -> str | None:
        """The rule of a stripped line and its phrase key, or None.

        "share_bar", "reaction_bar", "prompt", "newsletter" or "app_prompt".
        """

class ChromeMatcher:
    """The line tests of `cleaner.filters.chrome` over one lexicon (`src/chrome.rs`).

    Pickled as its word lists.
    """

    def __init__(self, openings: list[str], gates: list[str], links: list[str]) -> None:
        """The lexicon's banner openings, their gate and the footer and navigation link keys.

        The gate: strings one of which a line needs before the openings are tried.
        """

    def is_cookie_banner(self, text: str) -> bool:
        """Whether a stripped line is a cookie banner in the site's own voice."""

    def is_breadcrumb(self, text: str) -> bool:
        """Whether a stripped line is a breadcrumb trail ("Home > World > Asia")."""

    @staticmethod
    def is_menu_entry(text: str) -> bool:
        """Whether a stripped line may be a menu entry ("U.S.", "Home & Garden", "国内")."""

    def footer_rule(self, text: str) -> str | None:
        """The footer rule of a stripped line: "copyright", "link", "link_row" or None."""

class Joiner:
    """The join decisions of one `ScriptRules`, which builds it once (`src/joins.rs`).

    Pickled as its rules.
    """

    def __init__(self, spaceless: bool, hyphenates: bool, continuing_words: list[str]) -> None:
        """The rules' facts and their case-folded continuing words ("the", "of")."""

    def should_join(self, prev: str, nxt: str, after: str | None = None) -> bool:
        """`cleaner.rejoin.should_join` under these rules."""

    def group_paragraphs(
        self, lines: tuple[Line, ...], wrap: int, paragraph_type: type[Paragraph]
    ) -> list[Paragraph]:
        """`cleaner.rejoin.group_paragraphs`: every decision and paragraph in one call."""

def should_join(
    prev: str, nxt: str, rules: ScriptRules | Joiner | None = None, *, after: str | None = None
) -> bool:
    """Whether `nxt` continues the paragraph that `prev` ends (`cleaner.rejoin.should_join`)."""

def is_wrap_break(prev: str, nxt: str, width: int) -> bool:
    """Whether a wrap at `width` columns broke `nxt` off `prev` (`cleaner.rejoin.is_wrap_break`)."""

def display_width(text: str) -> int:
    """Terminal columns of `text`: two for CJK, Hangul and full-width characters."""

def is_placeholder(text: str) -> bool:
    """Whether `text` is only image placeholders and empty ad slots (`src/furniture.rs`)."""

def furniture_is_iframe(text: str) -> bool:
    """A text browser's iframe line: ``IFRAME: //...`` (`src/furniture.rs`)."""

def furniture_is_address_piece(text: str) -> bool:
    """The rest of an iframe's address, wrapped onto this line by the dump."""

def furniture_wordless_rule(text: str, *, dump: bool) -> str | None:
    """The rule of a line of furniture without a word: bullet, ad_slot, image (a dump) or None."""

def furniture_markers(
    text: str, window: str, *, dump: bool, numbers: bool
) -> tuple[list[tuple[int, int, str]], str | None, bool]:
    """The markers of a line as (spans, whole, wordless).

    Spans are (start, end, rule) in characters from the line's start (the whole
    line's rule, when it goes whole, leaves only those running past it); `window`
    is the text from the line's start on, where a wrapped image name is read whole.
    """

def furniture_is_prose(text: str) -> bool:
    """Eight words, or a sentence of four: the text beside a widget is kept."""

def furniture_wordless_rules(lines: tuple[Line, ...], *, dump: bool) -> list[str | None]:
    """`furniture_wordless_rule` of every line's text, in one call."""
