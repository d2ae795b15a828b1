"""rejoin: paragraphs rebuilt from the kept lines (cleaner/rejoin.py)."""

from __future__ import annotations

import importlib

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import rejoin
from cleaner.document import is_blank_text
from cleaner.models import RejoinSettings
from cleaner.rejoin import display_width, is_wrap_break, wrap_width
from tests.strategies import ARTICLE_SENTENCES, rejoin_text

NO_EDITS = RejoinSettings(mend_hyphens=False, tidy_punctuation=False)

HARD_WRAPPED = (
    "The harbour board met on Tuesday evening to hear from Harbour\n"
    "Master Jane Doe about the long-delayed plans for the new ferry\n"
    "terminal, which has been on hold since the council withdrew its\n"
    "funding in the spring of last year. A decision is expected soon.\n"
    "\n"
    "Tickets will go on sale in the spring.\n"
)
HARD_WRAPPED_OUT = (
    "The harbour board met on Tuesday evening to hear from Harbour Master Jane Doe about the "
    "long-delayed plans for the new ferry terminal, which has been on hold since the council "
    "withdrew its funding in the spring of last year. A decision is expected soon.\n"
    "\n"
    "Tickets will go on sale in the spring.\n"
)

CODE = "Use it like this:\n\n    def f(x):\n        return x\n\nThen call it."

TABLE = [
    pytest.param(
        "Alibaba has also been driving\na global AI recruitment initiative .",
        "Alibaba has also been driving a global AI recruitment initiative.\n",
        id="lower-case-start-joins",
    ),
    pytest.param(
        "According to the\nWorld Health Organization, cases rose.",
        "According to the World Health Organization, cases rose.\n",
        id="join-after-the",
    ),
    pytest.param(
        "The history of\nRome is long.",
        "The history of Rome is long.\n",
        id="join-after-of",
    ),
    pytest.param(
        "Dear readers,\nThis week we look at the harbour.",
        "Dear readers, This week we look at the harbour.\n",
        id="join-after-comma",
    ),
    pytest.param(
        "Council approves budget\nThe council met on Monday.",
        "Council approves budget\n\nThe council met on Monday.\n",
        id="no-join-after-headline",
    ),
    pytest.param(
        "The vote was close.\nThe motion passed.",
        "The vote was close.\n\nThe motion passed.\n",
        id="no-join-after-sentence",
    ),
    pytest.param(
        "Hear from Harbour\nMaster Jane Doe today.",
        "Hear from Harbour\n\nMaster Jane Doe today.\n",
        id="no-join-capital-after-plain-word",
    ),
    pytest.param(
        "It ended .\nIt was late , he said.",
        "It ended.\n\nIt was late, he said.\n",
        id="tidy-space-before-stop-and-comma",
    ),
    pytest.param(
        "Read the guide\n. Then start.",
        "Read the guide. Then start.\n",
        id="line-starting-with-stop-joins",
    ),
    pytest.param(
        "Il a dit : non.",
        "Il a dit : non.\n",
        id="french-space-before-colon-kept",
    ),
    pytest.param(
        "the recruit-\nment drive",
        "the recruitment drive\n",
        id="hyphen-mended",
    ),
    pytest.param(
        "the self-\nemployed workers",
        "the self-employed workers\n",
        id="hyphen-kept-after-prefix",
    ),
    pytest.param(
        "the well-\nknown author",
        "the well-known author\n",
        id="hyphen-kept-after-well",
    ),
    pytest.param(
        "the mid-\nApril deadline",
        "the mid-April deadline\n",
        id="hyphen-before-capital",
    ),
    pytest.param(
        "Viera (3-0):\nK. Hupfer 1 goal. L. Patikas 1 goal.",
        "Viera (3-0): K. Hupfer 1 goal. L. Patikas 1 goal.\n",
        id="bold-label-before-colon-joins",
    ),
    pytest.param(
        "The newly selected five astronauts are:\nJessica Watkins, who studies Mars.",
        "The newly selected five astronauts are:\n\nJessica Watkins, who studies Mars.\n",
        id="no-join-after-sentence-ending-in-colon",
    ),
    pytest.param(
        "Ingredients:\n2 cups flour\n1 egg",
        "Ingredients:\n\n2 cups flour\n\n1 egg\n",
        id="no-join-digit-after-colon",
    ),
    pytest.param(
        "Sailings resume from:\n- Northport\n- Easthaven",
        "Sailings resume from:\n\n- Northport\n- Easthaven\n",
        id="list-after-colon-stays-a-list",
    ),
    pytest.param(
        "Ivana Jelic and Pavle Petrovic\n(Serbia) found inspiration in the stars.",
        "Ivana Jelic and Pavle Petrovic (Serbia) found inspiration in the stars.\n",
        id="aside-in-brackets-joins",
    ),
    pytest.param(
        "The company will use its big Starship vehicle\n— to land rovers on the moon.",
        "The company will use its big Starship vehicle — to land rovers on the moon.\n",
        id="aside-after-dash-joins",
    ),
    pytest.param(
        "It was replaced with an even better reviewed $99\nLogitech MX Master 3\n"
        ". I received one for testing.",
        "It was replaced with an even better reviewed $99 Logitech MX Master 3. "
        "I received one for testing.\n",
        id="inline-link-fragment-joins",
    ),
    pytest.param(
        "Storm closes ferries\nGales forced the\nferry company to stop.",
        "Storm closes ferries\n\nGales forced the ferry company to stop.\n",
        id="headline-before-cut-sentence-stays-apart",
    ),
    pytest.param(
        "The ferry company said on Tuesday that it\nWill Resume Sailings Soon\nwas its plan.",
        "The ferry company said on Tuesday that it Will Resume Sailings Soon was its plan.\n",
        id="inline-title-fragment-joins",
    ),
    pytest.param(HARD_WRAPPED, HARD_WRAPPED_OUT, id="hard-wrapped-email-unwrapped"),
    pytest.param(
        "- one\n- two\n- three",
        "- one\n- two\n- three\n",
        id="list-one-item-per-line",
    ),
    pytest.param(
        "- one\n\n- two\n\n- three",
        "- one\n- two\n- three\n",
        id="list-blank-lines-between-items",
    ),
    pytest.param(
        "1. Mix the flour.\n\n2. Add the eggs.",
        "1. Mix the flour.\n2. Add the eggs.\n",
        id="numbered-list-one-block",
    ),
    pytest.param(
        "Intro text here.\n- one\n- two\nAfter the list.",
        "Intro text here.\n\n- one\n- two\n\nAfter the list.\n",
        id="list-between-paragraphs",
    ),
    pytest.param(
        "- an item that wraps onto\n  the next line\n- second",
        "- an item that wraps onto the next line\n- second\n",
        id="wrapped-list-item",
    ),
    pytest.param(CODE, CODE + "\n", id="code-indentation-kept"),
    pytest.param("阿里巴巴的\n招聘活动", "阿里巴巴的招聘活动\n", id="cjk-joined-without-space"),
    pytest.param("阿里巴巴。\n招聘活动", "阿里巴巴。\n\n招聘活动\n", id="cjk-sentence-end"),
    pytest.param("Line one\r\nline two\r\n", "Line one line two\n", id="crlf"),
    pytest.param(
        "The researchers observed\nEuropa\nfor 17 nights in 2016.",
        "The researchers observed Europa for 17 nights in 2016.\n",
        id="short-start-then-a-name-joins",
    ),
    pytest.param(
        "Heavy rain expected\nGales and high seas\nforced the ferry to stay in port.",
        "Heavy rain expected\n\nGales and high seas forced the ferry to stay in port.\n",
        id="short-start-then-no-name-stays",
    ),
    pytest.param(
        "Storm Warning\nGales\nforced the ferry to stay in port.",
        "Storm Warning\n\nGales forced the ferry to stay in port.\n",
        id="title-then-a-name-stays",
    ),
    pytest.param(
        "I love this slogan.\nhttps://t.co/XPxUJ\n— Jane Doe (@jdoe)\nNovember 18, 2019\n"
        "The campaign began in May.",
        "I love this slogan. https://t.co/XPxUJ\n\n— Jane Doe (@jdoe) November 18, 2019\n\n"
        "The campaign began in May.\n",
        id="post-its-address-and-its-attribution",
    ),
    pytest.param(
        "The ferry company\n— which has run the route since 1965 — said no.",
        "The ferry company — which has run the route since 1965 — said no.\n",
        id="dash-aside-joins",
    ),
    pytest.param(
        "The council met.\nRead more at https://example.org/council",
        "The council met.\n\nRead more at https://example.org/council\n",
        id="a-line-with-an-address-stays",
    ),
    pytest.param(
        "— Jane Doe\nThe council met in 2019",
        "— Jane Doe\n\nThe council met in 2019\n",
        id="attribution-then-no-date-stays",
    ),
    pytest.param(
        "July 19 -- Budweiser Stage, Toronto, ON\nJuly 22 -- Blossom Music Center, Ohio",
        "July 19 -- Budweiser Stage, Toronto, ON\n\nJuly 22 -- Blossom Music Center, Ohio\n",
        id="word-in-capitals-is-no-continuing-word",
    ),
    pytest.param(
        "PLANS FOR THE\nNEW HARBOUR",
        "PLANS FOR THE NEW HARBOUR\n",
        id="continuing-word-in-a-line-of-capitals",
    ),
    pytest.param("Title\n\n\n\nBody text.", "Title\n\nBody text.\n", id="blank-lines-collapsed"),
    pytest.param("  Indented   spaces  here.  ", "Indented spaces here.\n", id="spaces-collapsed"),
    pytest.param("", "", id="empty"),
    pytest.param("   \n\n \t \n", "", id="whitespace-only"),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_rejoin(text: str, expected: str) -> None:
    assert rejoin(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(*row.values, id=row.id) for row in TABLE]
)
def test_rejoin_output_is_a_fixed_point(text: str, expected: str) -> None:
    assert rejoin(expected) == expected


def test_mend_hyphens_off_keeps_the_hyphen() -> None:
    settings = RejoinSettings(mend_hyphens=False)
    assert rejoin("the recruit-\nment drive", settings=settings) == "the recruit-ment drive\n"


def test_tidy_punctuation_off_keeps_the_space() -> None:
    settings = RejoinSettings(tidy_punctuation=False)
    assert rejoin("It ended .", settings=settings) == "It ended .\n"


# --- properties ---------------------------------------------------------------

# U+001C..U+001F are whitespace to str.strip() but not to Unicode (regex's \s); the
# property below compares with \s, so they are left to the pinned test after it.
SEPARATORS = "\x1c\x1d\x1e\x1f"
texts = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters=SEPARATORS)),
    rejoin_text,
)


def non_space(text: str) -> str:
    """`text` without its whitespace, and without its spacer lines.

    A line of zero-width spaces and the like (`cleaner.document.INVISIBLE`) is a
    blank line to rejoin, which drops it as it drops a line of spaces.
    """
    lines = regex.split(r"\r\n|\r|\n", text)
    return regex.sub(r"\s", "", "".join(line for line in lines if not is_blank_text(line)))


@given(st.text())
@example("\u200b\ud800")  # a lone surrogate on a line that opens with a zero-width space
def test_never_raises(text: str) -> None:
    out = rejoin(text)
    assert out == "" or (out.endswith("\n") and not out.endswith("\n\n"))


@given(texts)
@example("\u200b")  # a spacer line: blank, dropped (found by hypothesis)
@example("a\n\u200b \u200c\nb")
def test_preserves_non_whitespace_without_edits(text: str) -> None:
    assert non_space(rejoin(text, settings=NO_EDITS)) == non_space(text)


@pytest.mark.xfail(
    strict=True,
    reason="BUG: rejoin strips U+001C..U+001F at line ends (str.strip() whitespace), "
    "which are not whitespace to Unicode",
)
def test_preserves_information_separators() -> None:
    assert non_space(rejoin("a\x1f\nb", settings=NO_EDITS)) == non_space("a\x1f\nb")


def only_hyphens_dropped(before: str, after: str) -> bool:
    """True when `after` is `before` with some '-' characters deleted, nothing else."""
    position = 0
    for char in before:
        if position < len(after) and after[position] == char:
            position += 1
        elif char != "-":
            return False
    return position == len(after)


@given(texts)
@example("the recruit-\nment drive")
@example("a-\nb-\nc")
def test_only_mended_hyphens_go_with_edits_on(text: str) -> None:
    before, after = non_space(text), non_space(rejoin(text))
    assert only_hyphens_dropped(before, after)
    # every dropped hyphen stood at the end of a line
    line_end_hyphens = len(regex.findall(r"-[^\S\r\n]*(?:\r\n|\r|\n)", text))
    assert before.count("-") - after.count("-") <= line_end_hyphens


@given(texts)
@example("- a\n- .")
@example("-\na\n- a")
@example("1. One\n\n2\n. Two")
def test_idempotent(text: str) -> None:
    once = rejoin(text)
    assert rejoin(once) == once


prose_lines = st.lists(
    st.tuples(
        st.sampled_from(ARTICLE_SENTENCES),
        st.integers(min_value=0, max_value=8),
        st.sampled_from(("\n", "\n\n", "\r\n", " \n")),
    ),
    min_size=1,
    max_size=6,
)


@given(prose_lines)
def test_idempotent_on_prose_broken_anywhere(parts: list[tuple[str, int, str]]) -> None:
    """Sentences broken after any word, as inline links break them, rebuild stably."""
    pieces = []
    for sentence, after, separator in parts:
        words = sentence.split(" ")
        cut = min(after, len(words) - 1)
        pieces.append(" ".join(words[:cut]) + separator + " ".join(words[cut:]))
    text = "\n".join(pieces)
    once = rejoin(text)
    assert rejoin(once) == once
    assert non_space(once) == non_space(text)


# --- Fast paths against the plain patterns they stand for ----------------------

# The one-pattern forms of `ends_sentence` and `has_code_signs`, tried at every position.
SENTENCE_END_ORACLE = regex.compile(r"[.!?…。！？．｡।॥؟۔։።][\"'”’»)\]」』》〉）】]*$")
CODE_SIGNS_ORACLE = regex.compile(
    r"[{}\[\]=<>;`]|\w\(|^\s*(?:(?:def|class|import|from|return|if|for|while|let|const|var"
    r"|function|pip|npm|cd|git)\b|\$\s|>>>|//|#|--)"
)
line_parts = st.lists(
    st.sampled_from(
        [
            *"  \t\n.!?…。」”’)]:;=({x",
            "\u3000",
            "\xa0",
            "\x1c",
            "def ",
            "# ",
            ">>> ",
            "-- ",
            "f(",
            "word",
            "$ ",
        ]
    ),
    max_size=12,
).map("".join)


@given(st.one_of(line_parts, st.text()))
@example("He left.\n")
@example("He left.\n\n")
@example('"He left?")\n')
@example("\x1c  # note")
@example("    retry = Retry(total=3)")
def test_fast_paths_agree_with_the_patterns(line: str) -> None:
    rejoin_module = importlib.import_module("cleaner.rejoin")
    assert rejoin_module.ends_sentence(line) is bool(SENTENCE_END_ORACLE.search(line))
    assert rejoin_module.has_code_signs(line) is bool(CODE_SIGNS_ORACLE.search(line))


def test_other_spaces_are_what_the_space_pattern_takes_besides_the_space() -> None:
    rejoin_module = importlib.import_module("cleaner.rejoin")
    taken = {chr(c) for c in range(0x110000) if rejoin_module._SPACES_RE.fullmatch(chr(c))}
    assert taken == {" ", *rejoin_module.OTHER_SPACES}
    assert all(char.strip() == "" for char in taken)  # `_tidy` strips before it collapses


@given(st.one_of(line_parts, st.text()))
@example("  a \t b  .  c ,\xa0d\u3000 .")
def test_tidy_is_collapse_strip_and_tidy(paragraph: str) -> None:
    rejoin_module = importlib.import_module("cleaner.rejoin")
    expected = rejoin_module._SPACES_RE.sub(" ", paragraph).strip()
    expected = rejoin_module._SPACE_BEFORE_STOP_RE.sub("", expected)
    assert rejoin_module._tidy(paragraph, RejoinSettings()) == expected


# --- text-browser dumps: wrapped at a terminal's width ------------------------------

LYNX_PARAGRAPHS = [
    "A row involving Taylor Swift, her former record label and a couple of big name US "
    "politicians looks like it's coming to an end, the company that owns her music said.",
    "The group that owns most of her music, Big Machine, says she will be allowed to play "
    "her old tracks at the American Music Awards on Sunday after all, in a statement.",
    "Swift got high profile support last week, after accusing them of trying to stop her "
    "performing her back catalogue, from singers and from several politicians in Washington.",
]


def wrap(paragraph: str, width: int, indent: str = "   ") -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if len(indent) + len(line) + 1 + len(word) > width and line:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, indent + line]


# Paragraphs of one to three sentences, as an article has them.
DUMP_PARAGRAPHS = [
    LYNX_PARAGRAPHS[0],
    " ".join(LYNX_PARAGRAPHS),
    LYNX_PARAGRAPHS[1],
    " ".join(LYNX_PARAGRAPHS[1:]),
    LYNX_PARAGRAPHS[2],
    " ".join(LYNX_PARAGRAPHS[::-1]),
]


def lynx_dump(width: int) -> str:
    lines = ["     * Home", "     * News", ""]
    for paragraph in DUMP_PARAGRAPHS:
        lines += [*wrap(paragraph, width), ""]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [72, 80, 100])
def test_a_wrapped_dump_is_unwrapped(width: int) -> None:
    out = rejoin(lynx_dump(width))
    assert out == "     * Home\n     * News\n\n" + "\n\n".join(DUMP_PARAGRAPHS) + "\n"
    assert rejoin(out) == out


@pytest.mark.parametrize("width", [72, 100])
def test_wrap_width_is_found(width: int) -> None:
    found = wrap_width(lynx_dump(width).split("\n"))
    assert found is not None
    assert width - 15 <= found <= width


def test_paragraphs_of_one_length_are_not_taken_for_a_wrap() -> None:
    # Whole paragraphs of about the same length end their sentences: no wrap.
    lines = LYNX_PARAGRAPHS * 4
    assert wrap_width(lines) is None


def test_a_wrapped_list_item_goes_on_under_its_text() -> None:
    first, *rest = wrap(LYNX_PARAGRAPHS[0], 90, indent="       ")
    item = "     * " + first.strip()
    assert is_wrap_break(item, rest[0], 90)
    assert not is_wrap_break(item, "     * Next item", 90)
    assert not is_wrap_break("   Short line.", "   Next line", 90)


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("商標登録") == 8
    assert display_width("엘제이") == 6
    assert display_width("abc") == 3


@pytest.mark.parametrize(
    ("prev", "nxt"),
    [
        (
            "    Ascom, a global solutions provider focused on healthcare ICT and mobile",
            "   solutions",
        ),
        (
            "   They used every trick - internally, externally, regionally and nationally",
            "   - to win",
        ),
    ],
    ids=["first-line-indent", "dash"],
)
def test_wrap_breaks_a_browser_makes(prev: str, nxt: str) -> None:
    assert is_wrap_break(prev, nxt, 76)


def test_a_dashed_item_after_an_item_is_no_wrap() -> None:
    assert not is_wrap_break("   - a long item " + "x" * 60, "   - the next item", 78)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "国家统计局今天发布的数据显示，十一月份全国规模以上工业增加值同比增长\n6.2%\n，比上月加快。",
            "国家统计局今天发布的数据显示，十一月份全国规模以上工业增加值同比增长6.2%，比上月加快。\n",
        ),
        (
            "经济运行总体平稳，稳中有进\n国家统计局今天发布了十一月份的经济数据。",
            "经济运行总体平稳，稳中有进\n\n国家统计局今天发布了十一月份的经济数据。\n",
        ),
        ("首页\n新闻\n体育", "首页\n\n新闻\n\n体育\n"),
    ],
    ids=["cut-sentence", "headline-with-comma", "menu"],
)
def test_chinese_lines_cut_inside_a_sentence_join_without_a_space(text: str, expected: str) -> None:
    assert rejoin(text, lang="zh") == expected


def test_a_line_of_invisible_characters_is_blank() -> None:
    # Pages space paragraphs with a zero-width space on a line of its own.
    text = "The council met on Monday.\n\u200b\nIt voted on Tuesday.\n\ufeff \u200d\nNext."
    assert rejoin(text) == "The council met on Monday.\n\nIt voted on Tuesday.\n\nNext.\n"
    assert rejoin("A zero\u200bwidth join stays.") == "A zero\u200bwidth join stays.\n"


# Teaser headlines of 60 to 79 columns: more lines than the short article's wrapped lines
# in the band just under the width, so that the article's lines do not pile up over them.
TEASER_HEADLINES = [
    f"   {headline}{' and more' * (n % 3)}"
    for n, headline in enumerate(
        [
            "Council approves the new budget for the harbour after long talks",
            "Local bakery wins the regional prize for its sourdough once again",
            "School board names the new head teacher for the primary school",
            "Storm closes the coastal road for the second time this winter",
            "Volunteers plant two hundred trees along the river path in town",
        ]
        * 4
    )
]


def test_a_short_wrapped_article_among_teasers_is_found() -> None:
    # Its few wrapped lines do not pile up over the teasers' lengths; its wrap breaks show it.
    lines = TEASER_HEADLINES[:10]
    for paragraph in DUMP_PARAGRAPHS[:3]:
        lines += ["", *wrap(paragraph, 100)]
    lines += ["", *TEASER_HEADLINES[10:]]
    assert wrap_width(lines) == 99
