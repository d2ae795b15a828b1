"""Page chrome around the article: cookie banners, navigation and footers.

These three families share one trait: a page repeats them on every article, and
their one-word entries ("Menu", "Accept", "Privacy") are only boilerplate in the
company of their kind, which `PhraseFilter` checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import PhraseFilter, whole_line
from cleaner.kinds import Kind
from cleaner.lexicons import alternation_of, phrase_key
from cleaner.registry import register
from cleaner.rejoin import group_paragraphs, last_word, paragraph_joins, tidy
from cleaner.shape import ends_sentence, is_title_like

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# Substrings without which the patterns below cannot match: cheap rejections, in
# `re`, which finds plain characters several times faster than `regex` does. Its
# (?i) also takes "ı" for "i" (`regex`'s does not), which only lets a few more
# lines through to the copyright pattern.
_BREADCRUMB_HINT_RE = re.compile(r"[>›»/|→]|&gt;")
_COPYRIGHT_HINT_RE = re.compile(r"©|(?i:opyright|\(c\)|eserved)")
_LINK_ROW_HINT_RE = re.compile(r"[|·•]")


# The site speaking about its own cookies, anywhere in a line of banner length.
_COOKIE_SENTENCE_RE = regex.compile(
    r"""
      \b(?:we|this\ (?:web)?site|our\ (?:web)?site|our\ partners|we\ and\ our\ (?:\w+\ ){0,2}partners)
        \ (?:\w+\ ){0,2}(?:use|uses|store|place|set)s?\ (?:\w+\ ){0,3}cookies\b   # "We use cookies to ..."
    | \bby\ (?:continuing|using|browsing|clicking|staying)\b .{0,120}? \b(?:cookies|privacy\ policy|cookie\ policy)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# What a banner says cookies are for; a recipe ("We use cookies as the base of
# this crust") says none of it.
_COOKIE_PURPOSE_RE = regex.compile(
    r"\b(?:experience|brows|site|website|consent|privacy|polic|personali[sz]|analytic|advertis"
    r"|partners|settings|preferences|agree|traffic|content|services|functional)",
    regex.IGNORECASE,
)
_MAX_BANNER_CHARS = 600
_MIN_BANNER_CHARS = 12  # "이 웹사이트는 쿠키를 사용합니다." is 17 characters
_CONSENT_WORDS = ("cookie", "consent", "privacy")


@register
class CookieNotices(PhraseFilter):
    """Remove cookie-consent sentences and their buttons.

    Buttons such as "Accept" or "Got it" go only beside a cookie line.

    >>> from cleaner import clean
    >>> clean("We use cookies to improve your experience.\\nAccept all\\nThe council met.")
    'The council met.\\n'
    """

    name = "cookie_notices"
    kind = Kind.FRAMES_PAGE
    family = "cookie_notices"
    phrase_rule = "button"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        phrases = lexicon.phrases(self.family)
        # Here the guard is about meaning, not length: "Accept all" is a button
        # only in a cookie banner, while "Cookie settings" is one on its own.
        # The consent words and banner openings of other languages ("Wir verwenden
        # Cookies", "Utilizziamo i cookie", "쿠키") come from the lexicons.
        self._consent_words = tuple(
            dict.fromkeys((*_CONSENT_WORDS, *(w.casefold() for w in lexicon.words("cookie_words"))))
        )
        self._strong = frozenset(p for p in phrases if any(w in p for w in self._consent_words))
        self._weak = phrases - self._strong
        openings = lexicon.words("cookie_sentences")
        self._openings_re = (
            regex.compile(alternation_of(openings, name="cookie_sentences"), regex.IGNORECASE)
            if openings
            else None
        )
        # Every opening names cookies: a line without such a word skips the pattern.
        # Raw substrings in the usual cases, so that no line needs case folding.
        cookie_words = {w for w in self._consent_words if any(w in o.casefold() for o in openings)}
        gates = dict.fromkeys(f for w in cookie_words for f in (w, w.capitalize(), w.upper()))
        self._cookie_gate_re = (  # plain strings: `re` finds them faster than `regex`
            re.compile("|".join(re.escape(g) for g in gates)) if gates else None
        )

    def pattern_rule_for(self, line: Line) -> str | None:
        """A banner sentence in the site's own voice about cookies."""
        text = line.stripped
        if len(text) > _MAX_BANNER_CHARS:
            return None
        if "ookie" in text and _COOKIE_SENTENCE_RE.search(text) and _COOKIE_PURPOSE_RE.search(text):
            return "banner"
        if (
            self._openings_re is not None
            and len(text) >= _MIN_BANNER_CHARS
            and self._cookie_gate_re is not None
            and self._cookie_gate_re.search(text)
            and self._openings_re.search(text)
        ):
            return "banner"  # "Utilizziamo i cookie per essere sicuri che ..."
        return None


_BREADCRUMB_RE = regex.compile(
    r"""
      (?i:home|homepage|start) \s* (?:[>›»/|→]|&gt;) \s*
        [^>›»/|→.!?]{1,40} (?: \s* (?:[>›»/|→]|&gt;) \s* [^>›»/|→.!?]{1,60} ){0,6}   # "Home > World > Asia", "Home / News"
    | [^>›»→.!?]{1,40} (?: \s* (?:[>›»→]|&gt;) \s* [^>›»→.!?]{1,60} ){2,6}           # "Docs > Guides > Retries"
    """,
    regex.VERBOSE,
)
# A pager at the foot of a post or a docs page: "Previous" / "Installing Ferrule".
_PAGER_LABELS = frozenset(
    (
        "previous",
        "next",
        "prev",
        "previous article",
        "next article",
        "previous post",
        "next post",
        "older post",
        "newer post",
        "previous page",
        "next page",
        "next story",
        "previous story",
        "up next",
    )
)
# A menu entry: a few words, no sentence punctuation except in abbreviations ("U.S.").
# Words may be apart by any space that rejoin turns into " " (a tab, "\xa0"): else an
# entry would become one in the output, and a second cleaning remove its menu.
_SHORT_LINE_RE = regex.compile(r"(?:[\p{L}\p{N}&'’\s-]|(?<=\p{Lu})\.(?=\p{Lu}|$)){1,30}")
_ASCII_SHORT_LINE_RE = re.compile(
    r"(?:[A-Za-z0-9&' \t\v\f-]|(?<=[A-Z])\.(?=[A-Z]|$)){1,30}"
)  # on ASCII
_PROSE_MIN_WORDS = 6
_MENU_MIN_LINES = 4
_MENU_MAX_WORDS = 3
_SPACELESS_CHARS_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_MENU_MAX_SPACELESS_CHARS = 6
_TITLE_MAX_WORDS = 10
_TRAIL_TITLE_WORDS = 3  # a headline under its breadcrumb trail
_TRAIL_MAX_WORDS = 6


def _is_trail_to(line: str, title: str) -> bool:
    """Whether `line` is a breadcrumb trail that ends with `title`, the headline below it.

    Renderings glue the trail's links together ("HomeLatest News Actress Is Looking
    Stunning"); what stays is a few words of sections in front of the headline
    that follows. Removing the trail loses nothing: the headline is the next line.

    >>> _is_trail_to("Home News Business News Council approves budget", "Council approves budget")
    True
    >>> _is_trail_to("The mayor said: Council approves budget", "Council approves budget")
    False
    """
    if (
        len(line) <= len(title)
        or not line.endswith(title)
        or len(title.split()) < _TRAIL_TITLE_WORDS
    ):
        return False
    trail = line[: -len(title)].split()
    return (
        0 < len(trail) <= _TRAIL_MAX_WORDS
        and not ends_sentence(trail[-1])
        and (not line[: -len(title)].rstrip().endswith(":"))
    )


def _trails_to_titles(doc: Doc) -> Iterator[tuple[Line, ...]]:
    """The lines of each breadcrumb trail glued to the headline that follows it (`_is_trail_to`).

    They are compared as the paragraphs that rejoin will make of the lines (a
    text-browser dump wraps both; a text-node dump may cut the trail from the
    title), so that cleaning the output again finds nothing more.
    """
    units = group_paragraphs(doc.lines, wrap=doc.wrap, joins=paragraph_joins(doc))
    for above, below in pairwise(unit for unit in units if unit.text):
        # Cheap first: the trail is the longer, and the two end with the same character
        # (tidying keeps a paragraph's last one) and the same last word.
        if (
            len(above.text) > len(below.text)
            and above.text[-1] == below.text[-1]
            and last_word(above.text) == last_word(below.text)
            and _is_trail_to(tidy(above.text), tidy(below.text))
        ):
            yield above.lines


@register
class Navigation(PhraseFilter):
    """Remove skip links, menu toggles, breadcrumbs, pagers and runs of menu entries.

    A run of menu entries is at least four consecutive short lines (three words
    or fewer), at least two of them known section names ("News", "Sport",
    "World"); at the very top of the document, three lines with one known name
    are enough. A list of ingredients or names has none. A section name alone on
    the first line is the section label above the headline.

    >>> from cleaner import clean
    >>> clean("Skip to main content\\nHome > World > Asia\\nThe council met.")
    'The council met.\\n'
    """

    name = "navigation"
    kind = Kind.FRAMES_PAGE
    family = "navigation"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._sections = lexicon.phrases("nav_sections")

    def pattern_rule_for(self, line: Line) -> str | None:
        """Breadcrumb trails."""
        text = line.stripped
        if len(text) <= 200 and _BREADCRUMB_HINT_RE.search(text) and _BREADCRUMB_RE.fullmatch(text):
            return "breadcrumb"
        return None

    def find(self, doc: Doc) -> Iterator[Removal]:
        """Phrases and breadcrumbs, then menus, pagers and the section label."""
        removed = {r.start: r for r in super().find(doc)}
        content = doc.content
        for run in self._menu_runs(doc):
            for line in run:
                removed.setdefault(line.start, whole_line(self.name, line, "menu_run"))
        for position, line in enumerate(content[:-1]):
            title = content[position + 1]
            if line.key in _PAGER_LABELS and self._is_title(title):
                removed.setdefault(line.start, whole_line(self.name, line, "pager"))
                removed.setdefault(title.start, whole_line(self.name, title, "pager"))
        for trail in _trails_to_titles(doc):
            for line in trail:
                removed.setdefault(line.start, whole_line(self.name, line, "breadcrumb"))
        first = content[0] if content else None
        if first is not None and first.key in self._sections and len(content) > 1:
            removed.setdefault(first.start, whole_line(self.name, first, "section_label"))
        yield from (removed[start] for start in sorted(removed))

    @staticmethod
    def _is_title(line: Line) -> bool:
        text = line.stripped
        return is_title_like(text, max_words=_TITLE_MAX_WORDS)

    def _is_menu_entry(self, line: Line) -> bool:
        text = line.stripped
        if len(text) > 30:
            return False
        if text.isascii():  # the same tests in `re`; ASCII text has no spaceless characters
            return bool(_ASCII_SHORT_LINE_RE.fullmatch(text)) and (
                len(text.split()) <= _MENU_MAX_WORDS
            )
        return (
            bool(_SHORT_LINE_RE.fullmatch(text))
            and len(text.split()) <= _MENU_MAX_WORDS
            # Chinese and Japanese have no spaces to count: "国内" is an entry,
            # "市政府宣布扩建绿道" a headline.
            and len(_SPACELESS_CHARS_RE.findall(text)) <= _MENU_MAX_SPACELESS_CHARS
        )

    def _menu_runs(self, doc: Doc) -> Iterator[list[Line]]:
        run: list[Line] = []
        at_top = True
        is_menu_entry = self._is_menu_entry
        for line in doc.lines:
            if not line.stripped:
                continue  # menus rendered with blank lines between entries
            if is_menu_entry(line):
                run.append(line)
                continue
            if len(run) >= 3 and self._is_menu(run, at_top=at_top):
                yield self._without_headline(run, line)
            at_top = at_top and self._is_pre_title(line)
            run = []
        if len(run) >= 3 and self._is_menu(run, at_top=at_top):
            yield self._without_headline(run, None)

    def _is_menu(self, run: list[Line], *, at_top: bool) -> bool:
        """Four entries, two of them section names; or, at the top, three and one."""
        known = sum(entry.key in self._sections for entry in run)
        return (len(run) >= _MENU_MIN_LINES and known >= 2) or (
            at_top and len(run) >= 3 and known >= 1
        )

    def _without_headline(self, run: list[Line], following: Line | None) -> list[Line]:
        """A menu ends where the article starts: keep a last entry that heads the text below it.

        "Home / News / Sport / Council approves budget / The council met ..." is a
        menu and a headline; the headline is the entry that is no section name
        and stands right above a sentence.
        """
        last = run[-1]
        if (
            following is not None
            and len(last.stripped.split()) >= 2
            and last.key not in self._sections
            and not self.is_weak(last)
            and len(following.stripped.split()) >= _PROSE_MIN_WORDS
            and ends_sentence(following.stripped)
        ):
            return run[:-1]
        return run

    def _is_pre_title(self, line: Line) -> bool:
        """Lines that may stand above the headline: skip links, breadcrumbs, labels."""
        return bool(self.custom_rule_for(line) or self.rule_for(line) or self.is_weak(line))


_COPYRIGHT_RE = regex.compile(
    r"""
      (?: (?i:copyright) \s* )? (?: © | \((?i:c)\) )? \s* \d{4} (?<=(?:©|\)|(?i:copyright))\s*\d{4})
        .{0,160}                                         # "© 2026 Example Media", "Copyright 2026 AP"
    | (?i:copyright) \s* (?: © | \((?i:c)\) ) .{0,160}  # "Copyright © The Times"
    | © \s* \p{Lu} .{0,160}                             # "© Example Media Ltd"
    | .{0,120}? (?: © | \b\d{4}\b ) .{0,80}? \b(?i:all\ rights\ reserved)\W*  # "2026 Example Ltd. All rights reserved."
    """,
    regex.VERBOSE,
)
_LINK_SEPARATORS_RE = regex.compile(r"\s*[|·•]\s*")
# A trust link with its target named after a colon, a title of a few words: "Our
# Standards: The Thomson Reuters Trust Principles.".
_TRUST_LINK_RE = regex.compile(
    r"""(?i:our\ (?:editorial\ )?standards|editorial\ (?:standards|polic(?:y|ies)|guidelines)
    |corrections\ policy|ethics\ policy)\s*:\s+\p{Lu}\S*(?:\ \S+){0,7}""",
    regex.VERBOSE,
)


@register
class Footers(PhraseFilter):
    """Remove copyright lines and footer links.

    >>> from cleaner import clean
    >>> clean("The council met.\\n© 2026 Example Media Ltd. All rights reserved.\\nPrivacy Policy")
    'The council met.\\n'
    """

    name = "footers"
    kind = Kind.FRAMES_PAGE
    family = "footers"
    phrase_rule = "link"

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._links = lexicon.phrases("footers") | lexicon.phrases("navigation")

    def pattern_rule_for(self, line: Line) -> str | None:
        """A copyright notice, or a row of footer links on one line."""
        text = line.stripped
        if len(text) > 200:
            return None
        if _COPYRIGHT_HINT_RE.search(text) and _COPYRIGHT_RE.fullmatch(text):
            return "copyright"
        if ":" in text and len(text) <= 100 and _TRUST_LINK_RE.fullmatch(text):
            return "link"
        if _LINK_ROW_HINT_RE.search(text):
            parts = [phrase_key(p) for p in _LINK_SEPARATORS_RE.split(text) if p.strip()]
            if len(parts) >= 2 and all(p in self._links for p in parts):
                return "link_row"  # "Privacy Policy | Terms of Use | Contact Us"
        return None
