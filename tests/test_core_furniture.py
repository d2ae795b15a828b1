"""The native core's furniture tests against their oracle (`tests/reference_furniture.py`).

Every per-line test that moved to `src/furniture.rs` must answer as the last
pure-Python filter did, for every string: the iframe line (`rule_for`), the word-less
line (`_wordless_rule`, with `_is_bare_image`, in a dump and outside one), a wrapped
piece of an iframe's address, `is_placeholder`, `is_prose`, and a line's markers
(`_markers`: widgets, ad slots, image placeholders read on into the next line, link
numbers, and whether the line goes whole), the last compared as the `Removal`s the
filter makes, with and without link numbers, in a dump and outside one; and the
whole filter's removals on a document (`find`, as found and as a wrapped dump),
with the core's one call for every line's word-less verdict. The strings
are every line of the bench renderings and gold texts (as they stand and stripped,
alone and in their documents) and generated lines built from what text browsers
draw, with the characters where Python's classes and the core's could part.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import _core, lexicons
from cleaner.document import Doc
from cleaner.filters.furniture import BrowserFurniture
from cleaner.models import Removal
from tests import reference_furniture as reference
from tests.bench_texts import HAVE_BENCH, SOURCES, bench_lines, bench_texts

# Characters that Python's Unicode data (14.0) assigns: the core's classes of newer ones
# follow the `regex` module the outputs were recorded with, not whichever is installed.
_ASSIGNED_CHARS = st.characters(exclude_categories=("Cs", "Cn"))

NEW = BrowserFurniture(lexicons.merged())
OLD = reference.ReferenceFurniture(lexicons.merged())


def line_verdicts(text: str) -> tuple[object, ...]:
    """What the core says of one line on its own, in the order of `oracle_verdicts`."""
    return (
        _core.furniture_is_iframe(text),
        _core.furniture_wordless_rule(text, dump=True),
        _core.furniture_wordless_rule(text, dump=False),
        _core.furniture_is_address_piece(text),
        _core.is_placeholder(text),
        _core.furniture_is_prose(text),
    )


def oracle_verdicts(text: str) -> tuple[object, ...]:
    """What the oracle says of one line on its own (the tests of `find` and `_markers`)."""
    return (
        bool(reference._IFRAME_RE.fullmatch(text)),
        reference._wordless_rule(text, dump=True),
        reference._wordless_rule(text, dump=False),
        bool(
            reference._ADDRESS_PIECE_RE.fullmatch(text)
            and (reference._ADDRESS_PIECE_MARKS.intersection(text) or len(text.strip()) <= 4)
        ),
        reference.is_placeholder(text),
        reference.is_prose(text),
    )


def _key(removal: Removal) -> tuple[object, ...]:
    return (removal.filter, removal.rule, removal.start, removal.end, removal.evidence)


def marker_differences(text: str) -> list[tuple[object, ...]]:
    """Lines of the document `text` whose markers the core and the oracle find apart."""
    doc = Doc.from_text(text)
    found: list[tuple[object, ...]] = []
    for line in doc.lines:
        for numbers in (True, False):
            for dump in (True, False):
                new, new_wordless = NEW._markers(doc, line, numbers=numbers, dump=dump)
                old, old_wordless = OLD._markers(doc, line, numbers=numbers, dump=dump)
                got = ([_key(r) for r in new], new_wordless)
                expected = ([_key(r) for r in old], old_wordless)
                if got != expected:
                    found.append((line.text, numbers, dump, got, expected))
    return found


def find_difference(text: str) -> tuple[object, ...] | None:
    """The whole filter's removals on the document `text` (as found and as a wrapped dump),
    the core's batch of word-less verdicts beside the oracle's: (got, expected) where they part.
    """
    for wrap in (0, 72):
        got, expected = (
            [_key(r) for r in furniture.find(replace(Doc.from_text(text), wrap=wrap))]
            for furniture in (NEW, OLD)
        )
        if got != expected:
            return (wrap, got, expected)
    lines = Doc.from_text(text).content
    for dump in (True, False):
        rules = _core.furniture_wordless_rules(lines, dump=dump)
        oracle_rules = [reference._wordless_rule(line.text, dump=dump) for line in lines]
        if rules != oracle_rules:
            return (dump, rules, oracle_rules)
    return None


def assert_same(text: str) -> None:
    """Every line test on `text`, the markers of each of its lines, and the whole filter."""
    assert line_verdicts(text) == oracle_verdicts(text), text
    assert marker_differences(text) == []
    assert find_difference(text) is None


# --- generated lines ----------------------------------------------------------------------

_PIECES = (
    *("[IMG]", "[INLINE]", "[IMAGE]", "[image]", "[javascript]", "[img]", "IMG", "[INS: :INS]"),
    *("[INS:", ":INS]", "[INS:\u3000:INS]", "INS]", "(BUTTON)", "(BUTTON) ", "[BUTTON Input]"),
    *("[BUTTON Input] (not implemented)", " (not implemented)", "IFRAME:", "IFRAME: ", "  "),
    *("[ ]", "[x]", "[X]", "( )", "(*)", "[ ] ", "( ) ", "(*) ", "[", "]", "(", ")", "[]"),
    *("[1]", "[12]", "[12345]", "[123456]", "[٣]", "[²]", "]", "[12]Home", "[3]“", "[4](", "[5]'"),
    *("__", "___", "________", "_" * 12, "[Select Month__]", "[Choose___]", "_", "-", "—"),
    *("*", "+", "•", "#", "o", " o ", "* ", "+ ", "• ", "# ", "\t", " ", "\u00a0", "\x1c"),
    *("\u2028", "\x85", "\x0b", "\n", "\n  ", "\n\t", "\r"),
    *("logo.png", "photo.JPG", "a.jpeg", "x.gif", "y.svg", "z.webp", "b.bmp", "c.ico"),
    *("d.avif", "e.tif", "f.tiff", "g.ſvg", "h.gİf", "i.GIF?w=60", "j.png#x", "k.png&y"),
    *("l.png;z", ".png", "owl.jpg owl.jpg", "Shy owl Shy owl", "Walla Walla", "  ", "x.pngx"),
    *("//cdn.example.com/a", "https://example.com/img", "http:", "https:", "//", "?", "="),
    *("p?c1=2&amp;c2=60", "?=", "?a=", "?é.%-=b", "AAAA", "QUFBQUFB", "AAAAAAA==", "==="),
    *("gif;base64,R0lGOD", "image/png;base64,iVBOR=", "a/b/c;base64,", ";base64,", "/"),
    *("US-ENTERTAINMENT-CINEMA-DISNEY-D23", "a-b-c-d-e", "a_b_c_d_e", "a-b-c-d", "a--b-c-d-e"),
    *("state-of-the-art", "* one-two-three-four-five", "o one-two-three-four-five"),
    *("[logo.png]", "[photo.JPG]", "[i.GIF?w=60]", "[g.ſvg]", "[h.gİf]", "[//cdn.x.com/a]"),
    *("[p?c1=2&amp;c2=60]", "[AAAAAAA==]", "[gif;base64,R0lGOD]", "[image/png;base64,iVBOR=]"),
    *("[adauto-2018-135.jpg]", "[Editor's note]", "[a.png\n  b.png]", "[a\n]", "[\nb.png]"),
    *("g.ſvg", "x.JPEG", "y.pnG", "ſubscribe", "ſave my name", "İ agree", "By clİcking"),
    *("I agree", "i accept", "ı consent", "I have read", "I would like", "I want to"),
    *("By checking", "by ticking", "BY CLICKING", "By submitting", "Save my name", "ſave my"),
    *("Notify me", "NOTİFY ME", "Remember me", "Keep me", "\u212aeep me", "Sign me up"),
    *("Subscribe", "Subscribers", "Yes, I", "Yes I", "Yes,I", "Name(required)", "Search→"),
    *("The council met on Monday.", "Close share panel", "one two three four.", "…", "。"),
    *("Want more deals? Join the IGN Deals Newsletter.", "”", "’", ")", '"', "'", "!"),
    *("東京都の天気は晴れです今日は良い天気", "ひらがな", "カタカナ", "한국어", "x", "1", "é"),
    *("%", "&", "~", "+", ";", ",", "@", "$", "'", "(", "#", ":", "/path/to?x=1&y=%20"),
)
_PIECE = st.one_of(
    st.sampled_from(_PIECES),
    st.text(_ASSIGNED_CHARS, max_size=3),
    st.text(st.sampled_from("[]()_*x -.\nIMG:A=?/"), max_size=6),
)
FURNITURE_LIKE = st.lists(_PIECE, max_size=12).map("".join)

_EXAMPLES = (
    "[logo.png] (BUTTON) Subscribe to the daily newsletter now please.",
    "   [Select Month__]",
    "[ ] 'Excessive force was used,' the report on the night of the protest found.",
    "* [ ] Save my name, email, and website in this browser for the next time I comment.",
    "(*) ( ) English",
    "[a-very-long-image-name-that-the-dump-\n   wrapped.jpg] The caption goes on.",
    "[" + "a" * 401 + ".png]",
    "[" + "a" * 400 + ".png]",
    "[" + "x" * 59 + "é" + "y" * 60 + "__]",
    "[" + "x" * 61 + "é" + "__]",
    "[é" + "y" * 61 + "__]",
    "the town[2] is [3]Home ][4]x a[5]b",
    "     *",
    "  o",
    " o",
    "[INS: :INS] [INS: :INS]",
    "IFRAME: //www.googletagmanager.com/ns.html?id=GTM-XXXX",
    "IFRAME:\n",
    "( )\n",
    "[g.ſvg] [h.gİf] [i.ICO] [j.AVİF]",
    "g.ſvg  x.JPEG  y.pnG",
    "(BUTTON) ſubscribe",
    "[ ] ſave my name",
    "[ ] By clİcking here you accept our terms of service and the privacy rules.",
    "(BUTTON) \u212aeep me posted",
    "(BUTTON) ı agree",
)


@given(FURNITURE_LIKE)
@settings(max_examples=400)
@example("")
def test_generated_lines_get_the_oracles_verdicts(text: str) -> None:
    for sample in (text, text.strip(), *text.splitlines()):
        assert line_verdicts(sample) == oracle_verdicts(sample), sample
    assert marker_differences(text) == []
    assert find_difference(text) is None


@given(st.text(_ASSIGNED_CHARS, max_size=40))
def test_any_text_gets_the_oracles_verdicts(text: str) -> None:
    assert_same(text)


@pytest.mark.parametrize("text", _EXAMPLES)
def test_examples_get_the_oracles_verdicts(text: str) -> None:
    assert_same(text)


def test_examples_reach_every_marker() -> None:
    rules: set[str | None] = set()
    for text in _EXAMPLES:
        spans, whole, _ = _core.furniture_markers(text, text, dump=True, numbers=True)
        rules.update(rule for _, _, rule in spans)
        rules.add(whole)
    assert rules == {"widget", "form_line", "image", "ad_slot", "link_number", None}


# --- the bench --------------------------------------------------------------------------


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_gets_the_oracles_verdicts() -> None:
    lines = bench_lines()
    assert len(lines) > 100_000
    assert [line for line in lines if line_verdicts(line) != oracle_verdicts(line)] == []
    # The lines exercise every verdict, not only the cheap rejections.
    rules = {_core.furniture_wordless_rule(line, dump=True) for line in lines}
    assert rules == {"bullet", "ad_slot", "image", None}
    assert any(map(_core.is_placeholder, lines))
    assert any(map(_core.furniture_is_iframe, lines))


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
@pytest.mark.parametrize("rendering", SOURCES)
def test_every_bench_line_gets_the_oracles_markers(rendering: str) -> None:
    """Each line in its document (an image's name wrapped onto the next line), and stripped."""
    rules: set[str] = set()
    for text in bench_texts(rendering):
        assert marker_differences(text) == []
        stripped = "\n".join(line.strip() for line in text.split("\n"))
        assert marker_differences(stripped) == []
        assert find_difference(text) is None
        doc = Doc.from_text(text)
        for line in doc.lines:
            removals, _ = NEW._markers(doc, line, numbers=True, dump=True)
            rules.update(r.rule for r in removals)
    if rendering == "lynx":  # rendered with -nolist: the link numbers are the examples'
        assert rules == {"widget", "form_line", "image", "ad_slot"}
