"""The native core's join decisions against their oracle (`tests/reference_joins.py`).

`should_join` (under the rules of several languages, with and without the line
after), `is_wrap_break` (at several widths), `display_width` and the grouping of
lines into paragraphs must be the last Python versions' for every string: every
pair and triple of consecutive lines of the four bench renderings and of the
gold texts, as they stand and stripped; generated lines made of words,
punctuation, list markers, indentation, CJK, web addresses, dates and dashes;
and every character that Python's Unicode data assigns, in the places where the
character classes decide (`str.isalpha`, `str.islower`, `\\p{L}`, `\\w`, `\\s`,
the CJK scripts, terminal width).
"""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import _core
from cleaner.document import Doc
from cleaner.rejoin import (
    DEFAULT_RULES,
    ScriptRules,
    display_width,
    group_paragraphs,
    is_wrap_break,
    rules_for,
    should_join,
)
from tests import reference_joins as reference
from tests.bench_texts import HAVE_BENCH, every_bench_text

# Default (English), spaceless (Japanese, Chinese), no hyphenation (Korean),
# German continuing words ("der", "die", "das"), French ("de", "la").
LANGS = ("en", "ja", "zh", "ko", "de", "fr")
WIDTHS = (0, 60, 72, 80, 100)


@cache
def rules(lang: str) -> ScriptRules:
    return rules_for(lang)


def join_differences(
    triples: list[tuple[str, str, str]], langs: tuple[str, ...] = LANGS
) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    for lang in langs:
        script = rules(lang)
        for prev, nxt, after in triples:
            got = should_join(prev, nxt, script, after=after)
            expected = reference.should_join(prev, nxt, script, after=after)  # type: ignore[arg-type]
            if got is not expected:
                found.append((lang, prev, nxt, after, got))
    return found


def wrap_differences(
    pairs: list[tuple[str, str]], widths: tuple[int, ...] = WIDTHS
) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = []
    for prev, nxt in pairs:
        for width in widths:
            got = is_wrap_break(prev, nxt, width)
            if got is not reference.is_wrap_break(prev, nxt, width):
                found.append((prev, nxt, width, got))
    return found


# --- Every pair of lines of the bench -------------------------------------------------


@cache
def bench_triples() -> list[tuple[str, str, str]]:
    """Every (line, next line, line after) of the bench, once."""
    found: set[tuple[str, str, str]] = set()
    for text in every_bench_text():
        lines = text.split("\n")
        found.update(zip(lines, lines[1:], [*lines[2:], ""], strict=False))
    return sorted(found)


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_pair_joins_as_the_oracle_joins() -> None:
    triples = bench_triples()
    assert len(triples) > 100_000
    # As the lines stand (rejoin's own paragraphs), and stripped (the filters' groupings).
    assert join_differences(triples) == []
    stripped = sorted({(a.strip(), b.strip(), c.strip()) for a, b, c in triples})
    assert join_differences(stripped) == []
    # Without the line after: `_paragraphs` in a list, the related-links filter.
    pairs = sorted({(a, b, "") for a, b, _ in triples})
    assert join_differences(pairs, ("en", "de")) == []
    joined = sum(should_join(a, b, after=c) for a, b, c in stripped)
    assert 10_000 < joined < len(stripped) - 10_000  # both answers are common


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_line_pair_breaks_as_the_oracle_breaks() -> None:
    pairs = sorted({(a, b) for a, b, _ in bench_triples()})
    assert wrap_differences(pairs) == []
    assert sum(is_wrap_break(a, b, 72) for a, b in pairs) > 5_000
    texts = {text for pair in pairs for text in pair}
    assert [t for t in texts if display_width(t) != reference.display_width(t)] == []


@pytest.mark.skipif(not HAVE_BENCH, reason="benchmark not present")
def test_every_bench_document_groups_as_the_oracle_groups() -> None:
    for text in every_bench_text():
        lines = Doc.from_text(text).lines
        for wrap in (0, 72):
            got = [tuple(paragraph) for paragraph in group_paragraphs(lines, wrap=wrap)]
            assert got == [tuple(p) for p in reference.group_paragraphs(lines, wrap=wrap)]


# --- Generated lines -------------------------------------------------------------------

ALL_CHARACTERS = st.characters(exclude_categories=("Cs", "Cn"))
PIECES = [
    *"the of and der die an de la и в 的 是 在 の は に".split(),
    *"Headline World Health Organization ON IN USA NASA Straße ǅemal İstanbul".split(),
    *"a an word words goal running it's rock’n’roll well-known e-mail Logitech MX".split(),
    *"1 2 17 99 2019 1899 2034 ١٢ ２０１９ 3-0 $99".split(),
    *". , ; : ! ? … 。 ， 、 ； ： ！ ？ ） 」 ( ) [ ] « „ “ ” ’ ' - – — _ / @ # *".split(),
    *"- * • · ▪ ► ✓ o + 1. 2) a. b) (3) (c) 12. 1234.".split(),
    "https://t.co/x1",
    "http://example.com/a?b=c",
    "www.example.org",
    "WWW.Example.ORG/path",
    "pic.twitter.com/x1",
    "a.b/c",
    "a..b/c",
    ".x.y/",
    "ſcheme://x",
    "K.org/",
    "İx://y",
    "x-y.z_w/",
    "news.co.uk",
    "November 18, 2019",
    "18. November 2019",
    "— Jane Doe (@jdoe)",
    "– Staff",
    "国家统计局今天发布的数据显示",
    "十一月份全国工业增加值同比增长",
    "経済運行総体平稳",
    "カタカナ",
    "ひらがな",
    "한국어",
    "商標",
    "ｆｕｌｌ",
    "\u3000",
    "\xa0",
    "\t",
    "\x1c",
    "\x1f",
    "\u2028",
    "\u200b",
    "\u0301",
    "\n",
]
SPACES = st.sampled_from(["", " ", "  ", "   ", "    ", "\t", "\u3000", "\xa0", "     "])
words = st.one_of(st.sampled_from(PIECES), st.text(ALL_CHARACTERS, min_size=1, max_size=4))
separators = st.sampled_from([" ", " ", " ", "", "  ", "\t", "\u3000", "\x1c"])


@st.composite
def lines(draw: st.DrawFn, max_words: int = 12) -> str:
    indent = draw(SPACES)
    count = draw(st.integers(0, max_words))
    parts = []
    for _ in range(count):
        parts.append(draw(words))
        parts.append(draw(separators))
    trailing = draw(st.sampled_from(["", "", " ", "  ", "\t", " " * 130]))
    return indent + "".join(parts) + trailing


# Long lines too: decisions read the last 120 characters (the tail).
any_line = st.one_of(lines(), lines(40), st.text(ALL_CHARACTERS, max_size=30))


@given(any_line, any_line, any_line, st.sampled_from(LANGS))
@example("according to the", "World Health Organization", "", "en")
@example("Budweiser Stage, Toronto, ON", "Next", "", "en")
@example("TORONTO, ON", "Next", "", "en")
@example("See:", "https://t.co/x1", "", "en")
@example("see https://t.co/x", "(Serbia) found", "", "en")
@example("— Jane Doe (@jdoe)", "November 18, 2019", "", "en")
@example("replaced with an even better reviewed $99", "Logitech MX", ". I got", "en")
@example("The researchers observed", "Europa", "for 17 nights", "en")
@example("国家统计局今天发布的数据显示，十一月份全国工业增加值同比增长", "百分之五", "", "zh")
@example("阿里巴巴的", "招聘", "", "ja")
@example("x" * 130 + " " * 200, "and", "", "en")
@example(" " * 130 + "of" + " " * 130, "World", "", "en")
@example("Viera (3-0):", "K. Hupfer 1 goal.", "", "en")
@example("Ingredients:", "2 cups flour", "", "en")
@example("Er kündigt die Reform an", "Berlin", "", "de")
def test_generated_lines_join_as_the_oracle_joins(
    prev: str, nxt: str, after: str, lang: str
) -> None:
    assert join_differences([(prev, nxt, after)], (lang,)) == []


@given(any_line, any_line, st.sampled_from([*WIDTHS, 20, 40, 48, -1]))
@example("   The group that owns most of her music says", "   old tracks at", 48)
@example("  * An item that runs on and on", "    under it", 32)
@example("   - a long item xxxxxxxx", "   - the next item", 20)
@example("  12. item", "      more", 10)
@example("  o nested item", "    more", 10)
@example("\u3000商標登録の出願", "\u3000手続き", 16)
@example("  — a quote", "   - x", 5)
def test_generated_lines_break_as_the_oracle_breaks(prev: str, nxt: str, width: int) -> None:
    assert wrap_differences([(prev, nxt)], (width,)) == []
    assert display_width(prev) == reference.display_width(prev)


@given(st.lists(any_line, max_size=12), st.sampled_from([0, 20, 60]))
def test_generated_documents_group_as_the_oracle_groups(texts: list[str], wrap: int) -> None:
    doc_lines = Doc.from_text("\n".join(texts)).lines
    got = [tuple(paragraph) for paragraph in group_paragraphs(doc_lines, wrap=wrap)]
    assert got == [tuple(p) for p in reference.group_paragraphs(doc_lines, wrap=wrap)]


# --- Every character, where a class decides ------------------------------------------

# Every character that Python's own Unicode data (14.0) assigns, but private use: the
# core's tables come from the `regex` module the outputs were recorded with, which knows
# newer characters; those are no test of parity.
ASSIGNED = [
    chr(c)
    for c in range(0x110000)
    if not 0xD800 <= c <= 0xDFFF and unicodedata.category(chr(c)) not in ("Cn", "Co")
]


def character_cases(c: str) -> Iterator[tuple[str, str, str]]:
    # Each case turns on the class of `c` in one place; the comment names it.
    yield "Note:", c + "bc", ""  # str.isalpha of the first character after a label
    yield "the end", c + "x", ""  # str.islower, closing punctuation, asides, str.isspace
    yield "went to " + c, "X", ""  # \p{L} of a last word, \W after it
    yield "went of" + c, "X", ""  # the same, with `LETTER_WORDS`
    yield "went" + c + "of", "X", ""  # \s before the last word
    yield "数据显示" * 5 + "，" + c, c, ""  # the CJK scripts, at the end and at the start
    yield "数据显示" * 5 + "，是", c, ""  # the CJK scripts, str.isalnum
    yield "的", c, ""
    yield "It ended.", c + "ttp://x", ""  # (?i)[a-z] of a scheme
    yield "It ended.", "h" + c + "tp://x", ""  # (?i)[a-z0-9+.-] of a scheme
    yield "It ended.", "a" + c + "b.c/d", ""  # \w of a host name
    yield "It ended.", "www.x" + c + "y", ""  # \s inside an address
    yield "see h" + c + "tp://x", "(Serbia) found", ""  # an address at the end of a line
    yield "see " + c + ".org/x", "(Serbia) found", ""
    yield "—" + c + "Jane", "May 2019", ""  # \s after a dash
    yield "— Jane", "May 20" + c + "9", ""  # \d of a year
    yield "— Jane", "May " + c + "2019", ""  # no digit before the year
    yield "we saw one two", "Logitech", c + "x"  # str.islower of the line after
    yield "Some " + c + "ord", "Logitech", ". x"  # \p{Ll} opening a lower-case word
    yield "Some w" + c + "d", "Logitech", ". x"  # \p{L} inside it
    yield "Some wor" + c, "Logitech", ". x"  # \p{L} ending it
    yield "Some word", c + "ogitech", ". x"  # str.isupper, str.isdigit of a name


# Continuing words "of" and "of" + every character: with the default rules, "went of" + c
# tells a letter (no join) from \W (a join); with these, a letter (join) from \w (none).
LETTER_WORDS = ScriptRules(
    continuing_words=frozenset(["of", *(("of" + c).casefold() for c in ASSIGNED)])
)


@pytest.mark.parametrize("part", range(4))
def test_every_character_joins_as_the_oracle_joins(part: int) -> None:
    chars = ASSIGNED[part::4]
    triples = [case for c in chars for case in character_cases(c)]
    assert join_differences(triples, ("en",)) == []
    found = [
        c
        for c in chars
        if should_join("went of" + c, "X", LETTER_WORDS)
        is not reference.should_join("went of" + c, "X", LETTER_WORDS)  # type: ignore[arg-type]
    ]
    assert found == []


def test_every_character_breaks_as_the_oracle_breaks() -> None:
    pairs = []
    for c in ASSIGNED:
        pairs.append((" " + c + "abc", c + " x"))  # str.isspace, width of a first word
        pairs.append(("- " + c, "  x"))  # \s after a list marker
    assert wrap_differences(pairs, (3, 6)) == []
    text = "".join(ASSIGNED)
    assert display_width(text) == reference.display_width(text)


def test_upper_case_words_are_python_upper_case() -> None:
    # An abbreviation in capitals does not continue ("Toronto, ON"): `str.isupper` of
    # the word and of the line, for every cased character.
    cased = [c for c in ASSIGNED if c.lower() != c or c.upper() != c or c.istitle()]
    script = ScriptRules(continuing_words=frozenset(f"o{c}".casefold() for c in cased))
    for c in cased:
        for prev in (f"Toronto, O{c}", f"TORONTO, O{c}", f"at o{c}"):
            got = should_join(prev, "Next", script)
            assert got is reference.should_join(prev, "Next", script), (prev, got)  # type: ignore[arg-type]


# --- The oracle's own shortcuts, as they were tested --------------------------------

LAST_WORD_ORACLE = regex.compile(r"(?:^|\s)(\p{L}+)\W*$")
SOFT_END_ORACLE = regex.compile(r"[,;、，；،؛—–-]$")
OPENING_END_ORACLE = regex.compile(r"[(\[{“‘「『《〈【（«„]$")
word_parts = st.lists(
    st.sampled_from([*"ab é日 \t\n.,!-_1;(「", "\u0301", "\x1c", "\u3000", "the", "Der"]),
    max_size=12,
).map("".join)


@given(st.one_of(word_parts, st.text()))
@example("according to the")
@example("of\n")
def test_reverse_last_word_search_agrees_with_the_forward_one(text: str) -> None:
    forward, backward = LAST_WORD_ORACLE.search(text), reference._LAST_WORD_RE.search(text)
    assert (forward and (forward.span(), forward.group(1))) == (
        backward and (backward.span(), backward.group(1))
    )


@given(st.one_of(word_parts, st.text()))
def test_line_end_sets_agree_with_the_patterns(text: str) -> None:
    tail = text.rstrip()
    if tail:
        assert (tail[-1] in reference._SOFT_ENDS) is bool(SOFT_END_ORACLE.search(tail))
        assert (tail[-1] in reference._OPENING_ENDS) is bool(OPENING_END_ORACLE.search(tail))


# --- The binding ---------------------------------------------------------------------


def test_rules_are_given_as_script_rules_or_joiner_or_none() -> None:
    prev, nxt = "Er kündigt die Reform an", "Berlin"
    assert should_join(prev, nxt) is should_join(prev, nxt, DEFAULT_RULES) is True
    assert should_join(prev, nxt, rules("de")) is should_join(prev, nxt, rules("de").joiner)
    assert should_join(prev, nxt, rules("de")) is False
    with pytest.raises(AttributeError):
        should_join(prev, nxt, "de")  # type: ignore[arg-type]


def test_a_joiner_pickles_as_its_rules() -> None:
    joiner = rules("de").joiner
    copy = pickle.loads(pickle.dumps(joiner))
    assert isinstance(copy, _core.Joiner)
    assert copy.should_join("Er kündigt die Reform an", "Berlin") is False
    assert pickle.loads(pickle.dumps(rules("de"))) == rules("de")


def test_lone_surrogates_count_as_one_character() -> None:
    assert display_width("\udc80x") == 2
    assert should_join("of \udc80", "X") is reference.should_join("of \udc80", "X")
