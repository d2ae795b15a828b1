"""Tests of the benchmark metric (benchmarks/metric.py) on hand-computed examples.

Every expected number is worked out in a comment from the definition in
shared/bench/README.md, so a failure points at the rule that broke.
"""

import os
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.metric import (
    Match,
    aggregate,
    compare,
    gold_paragraphs,
    page_scores,
    paragraphs_found,
    shingles,
    tokens,
)
from benchmarks.quality import is_english, load_gold, load_rendering, run

# --- tokens -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, world!", ["Hello", "world"]),  # punctuation dropped, case kept
        ("don't  stop", ["don", "t", "stop"]),  # apostrophe splits a word
        ("naïve café", ["naïve", "café"]),  # Unicode letters are word characters
        ("snake_case 42", ["snake_case", "42"]),  # underscore and digits are \w
        # stdlib `re` semantics, as the reference scorer: "½" is \w, "ⓒ" is not
        # (the `regex` module says the opposite for both).
        ("3½ cups ⓒ", ["3½", "cups"]),
        ("", []),
        ("— … !", []),
    ],
    ids=["punct", "apostrophe", "unicode", "underscore", "re-not-regex", "empty", "no-words"],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


# --- shingles -----------------------------------------------------------------


def test_shingles_slide_one_token_at_a_time() -> None:
    # 5 tokens -> 5 - 4 + 1 = 2 shingles.
    assert shingles(["a", "b", "c", "d", "e"]) == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    )


@pytest.mark.parametrize(
    ("toks", "expected"),
    [
        (["a", "b", "c", "d"], Counter({("a", "b", "c", "d"): 1})),  # exactly n: one shingle
        (["a", "b", "c"], Counter({("a", "b", "c"): 1})),  # 3 tokens: one 3-token shingle
        (["a"], Counter({("a",): 1})),  # 1 token: one 1-token shingle
        ([], Counter()),  # nothing: no shingle at all
    ],
    ids=["four", "three", "one", "zero"],
)
def test_short_text_is_one_shorter_shingle(
    toks: list[str], expected: Counter[tuple[str, ...]]
) -> None:
    assert shingles(toks) == expected


def test_shingles_keep_multiplicity() -> None:
    # a b a b a b -> abab, baba, abab: "abab" twice.
    assert shingles(list("ababab")) == Counter({("a", "b", "a", "b"): 2, ("b", "a", "b", "a"): 1})


def test_shingle_size_is_a_parameter() -> None:
    assert shingles(list("abc"), n=2) == Counter({("a", "b"): 1, ("b", "c"): 1})


# --- one page -----------------------------------------------------------------


def test_one_wrong_last_word() -> None:
    # gold   a b c d e -> {abcd, bcde}
    # output a b c d x -> {abcd, bcdx}
    # tp = 1 (abcd), fp = 1 (bcdx), fn = 1 (bcde) -> P = R = F1 = 1/2.
    # Words: gold {a,b,c,d,e}, output {a,b,c,d,x}: tp 4, fp 1, fn 1 -> 4/5 each.
    score = page_scores("a b c d x", "a b c d e")
    assert score.shingle == Match(tp=1, fp=1, fn=1)
    assert (score.shingle.precision, score.shingle.recall, score.shingle.f1) == (0.5, 0.5, 0.5)
    assert score.words == Match(tp=4, fp=1, fn=1)
    assert score.words.f1 == pytest.approx(0.8)


def test_identical_after_tokenizing_is_perfect() -> None:
    # Same tokens, different spacing and punctuation: identical shingles -> 1, 1, 1.
    score = page_scores("Hello,\n\n   world: a  test!", "Hello world a test")
    assert score.shingle == Match(tp=1, fp=0, fn=0)
    assert (score.shingle.precision, score.shingle.recall, score.shingle.f1) == (1.0, 1.0, 1.0)


def test_case_is_kept() -> None:
    # "hello world" and "Hello world" are one 2-token shingle each, and they differ.
    assert page_scores("hello world", "Hello world").shingle == Match(tp=0, fp=1, fn=1)


def test_gold_repeated_output_once() -> None:
    # gold a b c d a b c d -> abcd, bcda, cdab, dabc, abcd = {abcd: 2, bcda, cdab, dabc}
    # output a b c d       -> {abcd: 1}
    # tp = min(2, 1) = 1, fp = 0, fn = 2 - 1 + 3 = 4 -> P = 1, R = 1/5, F1 = 2*0.2/1.2 = 1/3.
    # Words: gold {a:2,b:2,c:2,d:2}, output {a,b,c,d}: tp 4, fp 0, fn 4 -> R = 1/2.
    score = page_scores("a b c d", "a b c d a b c d")
    assert score.shingle == Match(tp=1, fp=0, fn=4)
    assert score.shingle.recall == pytest.approx(0.2)
    assert score.shingle.f1 == pytest.approx(1 / 3)
    assert score.words == Match(tp=4, fp=0, fn=4)


def test_output_repeated_gold_once() -> None:
    # The mirror image: repeating the article is penalized in precision.
    score = page_scores("a b c d a b c d", "a b c d")
    assert score.shingle == Match(tp=1, fp=4, fn=0)
    assert score.shingle.precision == pytest.approx(0.2)


def test_short_output_is_compared_as_one_shingle() -> None:
    # gold "hello world" -> {(hello, world)}; output "hello world again" -> one
    # 3-token shingle {(hello, world, again)}: no shared shingle, tp 0, fp 1, fn 1.
    # Words: tp 2, fp 1 (again), fn 0 -> P 2/3, R 1, F1 = 2*2/(2*2+1) = 0.8.
    score = page_scores("hello world again", "hello world")
    assert score.shingle == Match(tp=0, fp=1, fn=1)
    assert score.shingle.f1 == 0.0
    assert score.words.precision == pytest.approx(2 / 3)
    assert score.words.f1 == pytest.approx(0.8)


def test_empty_output() -> None:
    # No tokens in the output: precision undefined, recall 0, per-page F1 0.
    score = page_scores(" — \n\n", "a b c d e")
    assert score.output_empty
    assert score.shingle == Match(tp=0, fp=0, fn=2)
    assert score.shingle.precision is None
    assert score.shingle.recall == 0.0
    assert score.shingle.f1 == 0.0


def test_empty_gold_and_empty_output_are_identical() -> None:
    score = page_scores("", "")
    assert (score.shingle.precision, score.shingle.recall, score.shingle.f1) == (None, None, 1.0)


def test_compare_counts_multiplicity() -> None:
    # output a a b, gold a b b c: shared a (1) + b (1) = 2; fp = 3 - 2; fn = 4 - 2.
    assert compare(Counter("aab"), Counter("abbc")) == Match(tp=2, fp=1, fn=2)


# --- averaging ------------------------------------------------------------------


def test_averaging_leaves_empty_output_out_of_precision_only() -> None:
    # Page A: "a b c d x" vs "a b c d e": P 1/2, R 1/2, F1 1/2; words 4/5, 4/5, 4/5.
    # Page B: empty output:               P -,   R 0,   F1 0;   words 0, 0, 0.
    # Page C: identical:                  P 1,   R 1,   F1 1;   words 1, 1, 1.
    # Shingle P = mean(1/2, 1) = 3/4 (B left out); R = mean(1/2, 0, 1) = 1/2;
    # F1 of the means = 2 * 3/4 * 1/2 / (3/4 + 1/2) = 0.75 / 1.25 = 0.6;
    # mean per-page F1 = (1/2 + 0 + 1) / 3 = 1/2.
    # Words P = R = F1 = (4/5 + 0 + 1) / 3 = 0.6 (B counts 0 here).
    summary = aggregate(
        [
            page_scores("a b c d x", "a b c d e"),
            page_scores("", "a b c d e"),
            page_scores("a b c d e", "a b c d e"),
        ]
    )
    assert summary.pages == 3
    assert summary.empty_outputs == 1
    assert summary.precision == pytest.approx(0.75)
    assert summary.recall == pytest.approx(0.5)
    assert summary.f1 == pytest.approx(0.6)
    assert summary.mean_page_f1 == pytest.approx(0.5)
    assert summary.words_precision == pytest.approx(0.6)
    assert summary.words_recall == pytest.approx(0.6)
    assert summary.words_f1 == pytest.approx(0.6)


def test_f1_is_of_the_means_not_the_mean_of_f1s() -> None:
    # Page A: output a b c d, gold a b c d e f g h: {abcd} vs {abcd..efgh} (5 shingles):
    #   tp 1, fp 0, fn 4 -> P 1, R 1/5, F1 1/3.
    # Page B: identical -> P 1, R 1, F1 1.
    # P = 1, R = 3/5 -> F1 = 2 * 3/5 / (8/5) = 3/4; mean per-page F1 = (1/3 + 1) / 2 = 2/3.
    summary = aggregate(
        [page_scores("a b c d", "a b c d e f g h"), page_scores("a b c d", "a b c d")]
    )
    assert summary.f1 == pytest.approx(0.75)
    assert summary.mean_page_f1 == pytest.approx(2 / 3)


def test_all_outputs_empty() -> None:
    summary = aggregate([page_scores("", "a b c d e")])
    assert (summary.precision, summary.recall, summary.f1, summary.mean_page_f1) == (0, 0, 0, 0)


# --- paragraphs -----------------------------------------------------------------

GOLD = "One two three four five.\n\nSix seven eight nine ten eleven.\n\nToo short here, four.\n"


def test_gold_paragraphs_ignore_blank_and_short_ones() -> None:
    # Blank lines are separators; "Too short here, four." has 4 words (< 5).
    assert gold_paragraphs(GOLD) == ["One two three four five.", "Six seven eight nine ten eleven."]


def test_short_paragraph_counts_whitespace_words_not_tokens() -> None:
    # "It's 5 p.m. now." is 4 whitespace words but 7 \w+ tokens: ignored.
    assert gold_paragraphs("It's 5 p.m. now.") == []
    assert gold_paragraphs("It's 5 p.m. now, Sam.") == ["It's 5 p.m. now, Sam."]


@pytest.mark.parametrize(
    ("output", "found"),
    [
        # Both paragraphs as lines, with indentation and doubled spaces: 2 of 2.
        ("  One two  three four five.\n\nSix seven\teight nine ten eleven.  ", 2),
        # Second paragraph cut over two lines (the naive rendering's problem): 1 of 2.
        ("One two three four five.\nSix seven eight\nnine ten eleven.", 1),
        # Both merged on one line: neither is a line of its own: 0 of 2.
        ("One two three four five. Six seven eight nine ten eleven.", 0),
        # Boilerplate glued to the line: not equal, 1 of 2.
        ("Advertisement One two three four five.\nSix seven eight nine ten eleven.", 1),
        # Punctuation differs: exact line means exact, 1 of 2.
        ("One two three four five\nSix seven eight nine ten eleven.", 1),
        ("", 0),
    ],
    ids=["whitespace-collapsed", "split", "merged", "prefixed", "punctuation", "empty"],
)
def test_paragraph_exact_line(output: str, found: int) -> None:
    assert paragraphs_found(output, GOLD) == (found, 2)


def test_gold_whitespace_is_collapsed_too() -> None:
    assert paragraphs_found("a b c d e", "a  b\tc d   e") == (1, 1)


def test_paragraph_share_is_over_the_whole_set() -> None:
    # Page 1: 1 of 2 found, page 2: 0 of 1 -> 1/3 overall (not mean(1/2, 0) = 1/4).
    summary = aggregate(
        [
            page_scores("One two three four five.", GOLD),
            page_scores("x", "a b c d e f"),
        ]
    )
    assert (summary.paragraphs_found, summary.paragraphs_total) == (1, 3)
    assert summary.paragraph_share == pytest.approx(1 / 3)


# --- language heuristic of quality.py ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("The mayor said on Monday that the bridge is closed for repairs.", True),
        ("1. Smith 10:21\n2. Jones 10:45\n3. Brown 11:02", True),  # no stopwords at all
        ("O prefeito disse que a ponte está fechada para reparos e não abre.", False),
        ("Der Bürgermeister sagte, dass die Brücke nicht offen ist.", False),
        ("Мэр сказал, что мост закрыт на ремонт.", False),
        ("", False),
    ],
    ids=["en", "en-list", "pt", "de", "ru", "empty"],
)
def test_is_english(text: str, english: bool) -> None:
    assert is_english(text) is english


# --- the real benchmark: reproduce the README's identity rows ----------------------

BENCH = Path(os.environ.get("CLEANER_BENCH", Path(__file__).resolve().parents[2] / "shared/bench"))


@pytest.mark.skipif(not (BENCH / "ground-truth.jsonl").exists(), reason="benchmark not present")
@pytest.mark.parametrize(
    ("rendering", "expected"),
    [
        ("inscriptis", (0.517, 0.992, 0.679, 0.647, 92.0)),
        ("naive", (0.506, 0.994, 0.670, 0.638, 74.2)),
        ("lynx", (0.462, 0.989, 0.630, 0.595, 23.4)),
        # Scored after the README's Markdown strip: reproducing this row checks the strip.
        ("markdown", (0.500, 0.990, 0.665, 0.633, 93.4)),
    ],
)
def test_identity_reproduces_readme(
    rendering: str, expected: tuple[float, float, float, float, float]
) -> None:
    # README: "rendering returned unchanged": P, R, F1, mean per-page F1, paragraph %.
    pages = load_gold(BENCH)
    texts = load_rendering(BENCH, rendering, pages)
    summary = run(rendering, texts, list(pages.values()), lambda text: text).summary
    got = (
        round(summary.precision, 3),
        round(summary.recall, 3),
        round(summary.f1, 3),
        round(summary.mean_page_f1, 3),
        round(100 * summary.paragraph_share, 1),
    )
    assert got == expected
