"""The native core's chrome line tests against their Python oracle (`tests/reference_chrome.py`).

`ChromeMatcher` (`src/chrome.rs`) must give the oracle's verdict for every string:
the cookie banner (`is_cookie_banner`), the breadcrumb trail (`is_breadcrumb`), the
menu entry (`is_menu_entry`) and the footer rule (`footer_rule`). They are compared
on every line of the four bench renderings and of the gold texts, as it stands and
stripped, with the merged lexicon the pipeline uses and with each language's alone
(which changes only the banner openings behind their gate and the footer links);
on lines generated from the lexicons' phrases, marks, years, separators, cookie
sentences, capitals with dots and CJK; and on every character Python assigns, in
the templates that ask each of the core's character classes about it.
"""

from __future__ import annotations

import pickle
import re
import sys
import unicodedata
from collections.abc import Callable
from functools import cache

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import _core, lexicons
from cleaner.filters.chrome import chrome_matcher
from tests import reference_chrome as reference
from tests.bench_texts import HAVE_BENCH, bench_lines

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))

LEXICON = lexicons.merged()
# The lexicons the filters can be built with: the merged one of the pipeline ("") and each
# language's alone.
LANGUAGES = ["", *lexicons.languages()]


def _lexicon(lang: str) -> lexicons.Lexicon:
    return lexicons.for_language(lang) if lang else LEXICON


@cache
def pair(lang: str) -> tuple[_core.ChromeMatcher, reference.ReferenceChrome]:
    """The core's tests and the oracle, over the merged lexicon ("") or one language's."""
    lexicon = _lexicon(lang)
    return chrome_matcher(lexicon), reference.ReferenceChrome(lexicon)


def verdicts(matcher: _core.ChromeMatcher, text: str) -> tuple[object, ...]:
    return (
        "banner" if matcher.is_cookie_banner(text) else None,
        "breadcrumb" if matcher.is_breadcrumb(text) else None,
        matcher.is_menu_entry(text),
        matcher.footer_rule(text),
    )


def oracle_verdicts(oracle: reference.ReferenceChrome, text: str) -> tuple[object, ...]:
    return (
        oracle.cookie_rule(text),
        oracle.navigation_rule(text),
        oracle.is_menu_entry(text),
        oracle.footer_rule(text),
    )


def differences(
    lines: list[str], lang: str
) -> list[tuple[str, tuple[object, ...], tuple[object, ...]]]:
    matcher, oracle = pair(lang)
    found = []
    for line in lines:
        got, expected = verdicts(matcher, line), oracle_verdicts(oracle, line)
        if got != expected:
            found.append((line, got, expected))
    return found[:20]


@cache
def _every_gate() -> tuple[str, ...]:
    words = {w for lang in lexicons.languages() for w in reference.consent_words(_lexicon(lang))}
    return tuple({f for w in words for f in (w, w.capitalize(), w.upper())})


def _depends_on_lexicon(line: str) -> bool:
    """Whether a lexicon can change a verdict on `line`: only a gate (for the banner
    openings) or a link separator (for the footer links) lets it."""
    return any(c in line for c in "|·•") or any(g in line for g in _every_gate())


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_bench_line_gets_the_oracles_verdict(lang: str) -> None:
    lines = bench_lines()
    assert len(lines) > 100_000
    if lang:
        # The other lines' verdicts do not depend on the lexicon: compared under the merged one.
        lines = [line for line in lines if _depends_on_lexicon(line)]
        assert len(lines) > 1_000
    assert differences(lines, lang) == []
    if not lang:
        matcher = pair(lang)[0]
        rules = [verdicts(matcher, line) for line in lines]
        assert sum(r[0] == "banner" for r in rules) > 10
        assert sum(r[1] == "breadcrumb" for r in rules) > 10
        assert sum(r[2] is True for r in rules) > 1_000
        for rule in ("copyright", "link", "link_row"):
            assert sum(r[3] == rule for r in rules) > 0, rule


# --- generated lines ----------------------------------------------------------

_PHRASES = sorted(LEXICON.phrases("footers") | LEXICON.phrases("navigation"))
_OPENINGS = sorted(LEXICON.words("cookie_sentences"))
_PIECES = (
    # Marks, years, the reserved rights and the trust links.
    "©",
    "(c)",
    "(C)",
    "( c)",
    "Copyright",
    "COPYRİGHT",
    "copyrıght",
    "2026",
    "1999",
    "20260",
    "٢٠٢٦",
    "All rights reserved",
    "ALL RİGHTS RESERVED",
    "all rightſ reserved",
    ".",
    "Ltd.",
    "Our Standards",
    "our editorial standards",
    "Editorial Policies",
    "Ethics policy",
    "corrections policy",
    ":",
    " :",
    ": ",
    "The",
    "Thomson",
    "Trust",
    "Principles.",
    "Éditions",
    # Separators of link rows and breadcrumbs.
    " | ",
    "|",
    " · ",
    "·",
    " • ",
    "•",
    " > ",
    ">",
    "›",
    " » ",
    "/",
    " / ",
    "→",
    "&gt;",
    " &gt; ",
    "Home",
    "home",
    "HOMEPAGE",
    "Start",
    "ſtart",
    "News",
    "World",
    "Asia",
    "Docs",
    # Cookie sentences.
    "We use cookies",
    "we",
    "use",
    "cookies",
    "Cookie",
    "COOKİES",
    "Kookies",
    "our partners",
    "We and our",
    "store",
    "By continuing to browse",
    "by using",
    "cookie policy",
    "privacy policy",
    "to improve your experience",
    "personalise",
    "analytics",
    "website",
    "site",
    "this site",
    "crust",
    "this website uses cookies",
    # Menu entries.
    "U.S.",
    "U.",
    "u.S.",
    "A.B",
    "Home & Garden",
    "Rock 'n' Roll",
    "Mary’s",
    "e-mail",
    "Ⅻ",
    "²",
    "国内",
    "市政府宣布扩建绿道",
    "ひらがな",
    "カタカナ",
    "한국",
    "É.U.",
    "Ω.Σ",
    # Spaces, stops and other characters.
    " ",
    "  ",
    "\u00a0",
    "\u3000",
    "\t",
    "\x1c",
    "\x85",
    "!",
    "?",
    "_",
    "é",
    "ı",
    "K",
    "-",
    "\u200b",
    "\n",
)
_PIECE = st.one_of(
    st.sampled_from(_PIECES),
    st.sampled_from(_PHRASES),
    st.sampled_from(_OPENINGS),
    st.text(_ASSIGNED_CHARS, min_size=1, max_size=3),
)
_CHROME_LINES = st.lists(_PIECE, max_size=14).map("".join)


def _agree(text: str, lang: str = "") -> None:
    matcher, oracle = pair(lang)
    assert verdicts(matcher, text) == oracle_verdicts(oracle, text), text
    stripped = text.strip()
    assert verdicts(matcher, stripped) == oracle_verdicts(oracle, stripped), stripped


@given(_CHROME_LINES, st.sampled_from(LANGUAGES))
@settings(max_examples=3_000)
@example("© 2026 Example Media Ltd. All rights reserved.", "")
@example("Copyright (c)  2026" + "x" * 160, "")
@example("Copyright ©" + "x" * 161, "")
@example("© 2026" + "x" * 161, "")
@example("© " + "y" * 78 + " all rights reserved", "")
@example("© " + "y" * 79 + " all rights reserved", "")
@example("x" * 120 + "© all rights reserved", "")
@example("x" * 121 + "© all rights reserved", "")
@example("a2026 all rights reserved.", "")
@example("2026all rights reserved", "")
@example("© Ünited Media", "")
@example("Our Standards: The a b c d e f g", "")
@example("Our Standards: The a b c d e f g h", "")
@example("Our Standards:The principles", "")
@example("Editorial Policies \t:  Über uns", "")
@example("Privacy Policy | Terms of Use", "")
@example("Privacy Policy |\x1c| Terms of Use", "")
@example("Home > " + "x" * 40, "")
@example("Home > " + "x" * 41, "")
@example("a > b > c > d > e > f > g > h", "")
@example("a › b » c → d &gt; e", "")
@example("Wir verwenden Cookies, um unsere Website zu verbessern.", "de")
@example("이 웹사이트는 쿠키를 사용합니다.", "ko")
@example("We use cookies for analytİcs.", "")
@example("U.S.", "")
@example("国内国内国内国", "")
def test_generated_lines_get_the_oracles_verdict(text: str, lang: str) -> None:
    _agree(text, lang)


_FILLER = st.text(st.one_of(st.sampled_from("ab Z.,!?-:|•\u00a0É_"), _ASSIGNED_CHARS), max_size=12)
_WORDS = st.lists(st.sampled_from(_PIECES) | _FILLER, max_size=3).map("".join)
_SPACES = st.sampled_from(("", " ", "  ", "\t", "\u00a0", "\x1c"))
_COPYRIGHTS = st.builds(
    lambda mark, gap, year, body, reserved, end: f"{mark}{gap}{year}{body}{reserved}{end}",
    st.sampled_from(("", "©", "(c)", "(C)", "Copyright", "COPYRİGHT ", "Copyright © ", "x")),
    _SPACES,
    st.sampled_from(("", "2026", "١٢٣٤", "202", "20266", "Example")),
    st.text(st.sampled_from("ab .É2©"), max_size=170),
    st.sampled_from(("", " All rights reserved", " all rightſ reserved", "All rights reserved")),
    st.sampled_from(("", ".", " .", "x", "\n", " 2026")),
)
_LINK_ROWS = st.builds(
    lambda parts, separators: "".join(
        part + separators[position % len(separators)] for position, part in enumerate(parts)
    ),
    st.lists(st.sampled_from(_PHRASES) | _FILLER, min_size=1, max_size=5),
    st.lists(st.sampled_from((" | ", "|", " · ", " • ", "  |\t", "", " ")), min_size=1, max_size=3),
)
_TRUST_LINKS = st.builds(
    lambda opening, before, after, title: f"{opening}{before}:{after}{title}",
    st.sampled_from(
        (
            "Our Standards",
            "our editorial standards",
            "Editorial Policy",
            "Ethics policy",
            "Corrections policy",
            "Editorial guidelines",
            "EDİTORİAL POLICİES",
            "Our",
        )
    ),
    _SPACES,
    _SPACES,
    st.lists(st.sampled_from(("The", "Thomson", "a", "Ünited", "x.", "")), max_size=10).map(
        " ".join
    ),
)
_TRAILS = st.builds(
    lambda parts, separators: "".join(
        part + separators[position % len(separators)] for position, part in enumerate(parts)
    )[: -1 or None],
    st.lists(
        st.sampled_from(("Home", "Start", "News", "World", "x" * 40, "y" * 61, "A.", "é")) | _WORDS,
        min_size=1,
        max_size=9,
    ),
    st.lists(
        st.sampled_from((" > ", ">", "›", " » ", "/", " / ", "→", "&gt;", " | ")),
        min_size=1,
        max_size=3,
    ),
)


@given(st.one_of(_COPYRIGHTS, _LINK_ROWS, _TRUST_LINKS, _TRAILS), st.sampled_from(["", "en", "de"]))
@settings(max_examples=3_000)
def test_footer_and_trail_shapes_get_the_oracles_verdict(text: str, lang: str) -> None:
    _agree(text, lang)


@given(st.text(_ASSIGNED_CHARS, max_size=40))
@settings(max_examples=2_000)
def test_any_text_gets_the_oracles_verdict(text: str) -> None:
    _agree(text)


# Each template asks the core about one character `c` through one of its classes:
# `\p{L}`/`\p{N}` and the scripts of the menu entry, `\p{Lu}` before and after its dots,
# `\s` around separators, `\w` at the boundaries of years and of the reserved rights,
# `\d` in years, `\p{Lu}` after a mark and after a trust link's colon, the byte spelling
# of the cookie and breadcrumb patterns.
_TEMPLATES: tuple[Callable[[str], str], ...] = (
    lambda c: c,
    lambda c: f"A.{c}",
    lambda c: f"{c}.B",
    lambda c: f"Home{c}>{c}News",
    lambda c: f"© {c}x",
    lambda c: f"{c}202{c} {c}all rights reserved{c}",
    lambda c: f"Our standards:{c}{c}x",
    lambda c: f"We{c}use cookies{c}to{c}improve your experience",
    lambda c: f"Privacy Policy{c}|{c}Terms of Use",
)


@pytest.mark.parametrize("template", range(len(_TEMPLATES)))
def test_every_assigned_character_gets_the_oracles_verdict(template: int) -> None:
    matcher, oracle = pair("")
    make = _TEMPLATES[template]
    wrong = []
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if unicodedata.category(c) in ("Cs", "Cn"):
            continue
        text = make(c)
        if verdicts(matcher, text) != oracle_verdicts(oracle, text):
            wrong.append(text)
    assert wrong[:20] == []


def test_a_matcher_pickles_as_its_word_lists() -> None:
    matcher = chrome_matcher(LEXICON)
    again = pickle.loads(pickle.dumps(matcher))
    for text in ("Privacy Policy | Terms of Use", "Wir verwenden Cookies für Statistik."):
        assert verdicts(again, text) == verdicts(matcher, text)
    assert again.footer_rule("Privacy Policy | Terms of Use") == "link_row"


def test_a_lexicon_without_openings_has_no_openings() -> None:
    matcher, oracle = pair("en")
    text = "Wir verwenden Cookies für Statistik."
    assert matcher.is_cookie_banner(text) is False
    assert oracle.cookie_rule(text) is None
    assert pair("de")[0].is_cookie_banner(text) is True


# Two shortcuts of the oracle that the core does without, shown to change no verdict.


def test_the_oracles_copyright_hint_finds_every_line_its_pattern_matches() -> None:
    # The core tries its copyright tests on every line: the oracle's hint, in `re`, must
    # never have stopped a line the pattern takes. For each letter, `re`'s (?i) takes
    # every character that `regex`'s takes (it also takes "ı" for "i").
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for letter in set("opyrightcesvd"):
        taken_by_regex = set(regex.findall(f"(?i){letter}", everything))
        assert taken_by_regex <= set(re.findall(f"(?i){letter}", everything)), letter


@given(st.text(alphabet=st.sampled_from("AbZz09&' -.,:|/U.S\t\x0b\x0c\x1c"), max_size=34))
@example("U.S.")
@example("Home & Garden")
@example("Home\tGarden")
def test_the_oracles_ascii_menu_entry_pattern_agrees_with_the_unicode_one(text: str) -> None:
    # The oracle tries the `re` pattern on ASCII text; the core has one test for all text.
    unicode_match = reference._SHORT_LINE_RE.fullmatch(text) is not None
    assert (reference._ASCII_SHORT_LINE_RE.fullmatch(text) is not None) == unicode_match
