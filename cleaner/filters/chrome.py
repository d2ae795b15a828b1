"""Page chrome around the article: cookie banners, navigation and footers.

These three families share one trait: a page repeats them on every article, and
their one-word entries ("Menu", "Accept", "Privacy") are only boilerplate in the
company of their kind, which `PhraseFilter` checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from cleaner import _core
from cleaner.filters.base import PhraseFilter, whole_line
from cleaner.kinds import Kind
from cleaner.registry import register
from cleaner.rejoin import group_paragraphs, last_word, tidy
from cleaner.shape import ends_sentence, is_title_like

if TYPE_CHECKING:
    from cleaner.document import Doc, Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import Removal, UserRules

# The per-line tests of these filters (cookie banner sentences, breadcrumb trails, menu
# entries, copyright notices, trust links and rows of footer links) are the native core's
# (`src/chrome.rs`, `_core.ChromeMatcher`): matched in linear time, without backtracking.
_CONSENT_WORDS = ("cookie", "consent", "privacy")


def _consent_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The words that make a cookie banner's button a button on its own ("Cookie settings").

    The consent words and banner openings of other languages ("Wir verwenden Cookies",
    "Utilizziamo i cookie", "쿠키") come from the lexicons.
    """
    return tuple(
        dict.fromkeys((*_CONSENT_WORDS, *(w.casefold() for w in lexicon.words("cookie_words"))))
    )


@cache
def chrome_matcher(lexicon: Lexicon) -> _core.ChromeMatcher:
    """The line tests of the three filters over `lexicon`, built once for all three.

    Every banner opening names cookies: a line without such a word skips them. The
    gate holds those words raw, capitalised and in capitals, so that no line needs
    case folding before it.
    """
    openings = lexicon.words("cookie_sentences")
    cookie_words = {w for w in _consent_words(lexicon) if any(w in o.casefold() for o in openings)}
    gates = dict.fromkeys(f for w in cookie_words for f in (w, w.capitalize(), w.upper()))
    links = lexicon.phrases("footers") | lexicon.phrases("navigation")
    return _core.ChromeMatcher(list(openings), list(gates), sorted(links))


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
        consent_words = _consent_words(lexicon)
        self._strong = frozenset(p for p in phrases if any(w in p for w in consent_words))
        self._weak = phrases - self._strong
        self._matcher = chrome_matcher(lexicon)

    def pattern_rule_for(self, line: Line) -> str | None:
        """A banner sentence in the site's own voice about cookies.

        "We use cookies to ..." with what they are for (a recipe's "We use cookies as
        the base" is none), or an opening of the lexicon ("Utilizziamo i cookie ...").
        """
        return "banner" if self._matcher.is_cookie_banner(line.stripped) else None


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
_PROSE_MIN_WORDS = 6
_MENU_MIN_LINES = 4
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
    units = group_paragraphs(doc.lines, wrap=doc.wrap)
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
        self._matcher = chrome_matcher(lexicon)

    def pattern_rule_for(self, line: Line) -> str | None:
        """Breadcrumb trails: "Home > World > Asia", "Docs › Guides › Retries"."""
        return "breadcrumb" if self._matcher.is_breadcrumb(line.stripped) else None

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

    def _menu_runs(self, doc: Doc) -> Iterator[list[Line]]:
        run: list[Line] = []
        at_top = True
        # A menu entry: at most 30 characters in three words (or six Han and kana
        # characters, which need no spaces), no sentence punctuation but the dots of
        # "U.S." ("Home & Garden", "国内"; `src/chrome.rs`).
        is_menu_entry = self._matcher.is_menu_entry
        for line in doc.lines:
            if not line.stripped:
                continue  # menus rendered with blank lines between entries
            if is_menu_entry(line.stripped):
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
        self._matcher = chrome_matcher(lexicon)

    def pattern_rule_for(self, line: Line) -> str | None:
        """A copyright notice, a trust link, or a row of footer links on one line.

        "© 2026 Example Media Ltd. All rights reserved.", "Our Standards: The Thomson
        Reuters Trust Principles.", "Privacy Policy | Terms of Use | Contact Us" (every
        part a footer or navigation phrase).
        """
        return self._matcher.footer_rule(line.stripped)
