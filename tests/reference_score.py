"""The pure-Python paragraph score of commit 5c8ac3e, kept as the oracle of the native core.

`score` and the shape tests under it (sentence ends, list items, code, legal
notices, glued teasers, title case) moved into the Rust core (`src/score.rs`,
`src/shape.rs`) with issue #12. These are their last Python versions, unchanged,
which `tests/test_core_score.py` holds the core to on generated text and on
every paragraph of the bench.
"""

# ruff: noqa

from __future__ import annotations

import re

import regex

from cleaner.document import has_digit

_MARKERS = r"(?:[-*•·‣◦▪▸►✓✔]|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\)|\([a-z]\)|(?<=^\s+)[o+])"

_BULLET_RE = regex.compile(rf"\s*{_MARKERS}\s+\S")

_BULLET_STARTS = frozenset("-*•·‣◦▪▸►✓✔(o+")

_CODE_CHARS = "{}[]=<>;`"

_CALL_RE = regex.compile(r"\w\(")

_LEADING_SPACE_RE = regex.compile(r"\s*")

_CODE_OPENING_RE = regex.compile(
    r"(?:def|class|import|from|return|if|for|while|let|const|var|function|pip|npm|cd|git)\b"
    r"|\$\s|>>>|//|#|--"
)

_CODE_OPENING_CHARS = frozenset("dcifrwlvpng$>/#-")

SENTENCE_ENDS = ".!?…。！？．｡।॥؟۔։።"

CLOSING_MARKS = "\"'”’»)]」』》〉）】"

_WORD_RE = regex.compile(r"\w+")

_ASCII_WORD_RE = re.compile(r"\w+", re.ASCII)

_CODE_HINT_RE = re.compile(r"[=(){}\[\];<>`$#]")

_LEGAL_START_RE = regex.compile(
    r"\W{0,3}(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))", regex.I
)

_LEGAL_PHRASE_RE = re.compile(
    r"all rights reserved|registered trademarks? of|is a trademark of"
    r"|not intended to (?:diagnose|replace|be a substitute)|consult (?:your|a) (?:physician|doctor)"
    r"|not been evaluated by the food and drug administration|results (?:may )?vary depending"
    r"|terms of (?:use|service)|privacy policy|subject to copyright"
    r"|without (?:the )?(?:prior )?(?:express )?(?:written )?permission"
    r"|may not be (?:published|reproduced|broadcast|rewritten|redistributed)"
    r"|cookie (?:settings|policy)|allow cookies",
    re.IGNORECASE,
)

_TOPICAL_LEGAL_PHRASES = frozenset(
    ("terms of use", "terms of service", "privacy policy", "cookie settings", "cookie policy")
)

_LEGAL_PHRASE_CORES = (
    "rights reserved",
    "trademark",
    "intended to",
    "consult",
    "food and drug",
    "vary depending",
    "terms of",
    "privacy policy",
    "subject to copyright",
    "permission",
    "may not be",
    "cookie",
)

_ASCII_CASE_VARIANTS = frozenset("\u0130\u0131\u017f\u212a")

_ASCII_CASE_VARIANT_RE = re.compile(f"[{''.join(sorted(_ASCII_CASE_VARIANTS))}]")

LEGAL_NOTICE_PHRASES = 2

_GLUE_RE = regex.compile(r"(?<=[\p{Ll}\d’'\)!?])(?=\p{Lu}\p{Ll})")

_NON_WORD_RE = regex.compile(r"\W")

_DIGITS_RE = regex.compile(r"\d")

_SYLLABIC_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

PROSE_PUNCTUATION = "\u00a0’‘“”„‚–—…«»‹›•·°©®™€£×"

_ASCII_PROSE_RE = re.compile(f"[\\x00-\\x7f{re.escape(PROSE_PUNCTUATION)}]*")

FIRST_SYLLABIC = "\u1100"

PROSE_MIN_WORDS = 10

PROSE_MIN_STOPWORDS = 0.12

PROSE_MIN_SYLLABIC_CHARS = 40

PROSE_UNPUNCTUATED_WORDS = 30

CHROME_WEIGHT = 1.5

CHROME_MIN_CHARS = 25

CHROME_MAX_CHARS = 50

TITLE_CASE_SHARE = 0.6

GLUED_TITLE_MAX_CHARS = 200

GLUED_TITLE_SHARE = 0.8

GLUED_SUMMARY_MAX_CHARS = 300


def ends_sentence(line: str) -> bool:
    """True when `line` ends with sentence-final punctuation, in any script.

    Closing quotes and brackets may follow it, and so may one newline.

    >>> ends_sentence('He left.'), ends_sentence('"He left?")'), ends_sentence("He left")
    (True, True, False)
    >>> ends_sentence("他走了。」"), ends_sentence("वह चला गया।")
    (True, True)
    """
    if line.endswith("\n"):
        line = line[:-1]
    body = line.rstrip(CLOSING_MARKS)
    return body != "" and body[-1] in SENTENCE_ENDS


def is_list_item(line: str) -> bool:
    """A bulleted or numbered line: "- item", "• item", "2. item", "(a) item"."""
    first = line.lstrip()[:2]
    if not first or not (first[0] in _BULLET_STARTS or first[0].isdigit() or first[-1] in ".)"):
        return False  # cheap rejection: most lines start with a letter
    return bool(_BULLET_RE.match(line))


def looks_like_code(lines: list[str]) -> bool:
    """True for indented lines that read as code rather than as prose indented by layout.

    Layout-aware renderings (inscriptis) indent whole articles; code differs in
    its symbols (``=``, braces, brackets) or its first words, and rarely ends
    lines with a full stop.

    >>> looks_like_code(["    retry = Retry(total=3)", "    session.mount(adapter)"])
    True
    >>> looks_like_code(["      The council met on Monday and voted to close the library."])
    False
    """
    with_signs = sum(has_code_signs(line) for line in lines)
    prose = sum(ends_sentence(line) and len(line.split()) > 5 for line in lines)
    return with_signs * 2 >= len(lines) and prose * 2 < len(lines)


def has_code_signs(line: str) -> bool:
    """True for a line with a sign of code: a bracket, ``=`` or ``;``, a call, or a code opening.

    >>> has_code_signs("x = 1"), has_code_signs("  # note"), has_code_signs("The end.")
    (True, True, False)
    """
    for char in _CODE_CHARS:
        if char in line:
            return True
    if "(" in line and _CALL_RE.search(line):
        return True
    at = _LEADING_SPACE_RE.match(line).end()  # type: ignore[union-attr]  # `\s*` always matches
    return line[at : at + 1] in _CODE_OPENING_CHARS and bool(_CODE_OPENING_RE.match(line, at))


def score(text: str, stopwords: frozenset[str]) -> float:
    """A paragraph's weight in the region: + its length for prose, - for chrome, 0 between.

    >>> stop = frozenset({"the", "of", "and", "to", "a", "in", "on", "that", "was", "it"})
    >>> score("Sign in", stop) < 0 < score(
    ...     "The council voted on Monday to close the library, and it said that the "
    ...     "building was too old to repair.", stop)
    True
    """
    legal = could_open_legal(text) and _LEGAL_START_RE.match(text)
    kind = "chrome" if legal else _kind(text, stopwords)
    if kind == "prose" and is_legal_notice(text):  # only prose can pass for an article
        kind = "chrome"
    if kind == "prose":
        return float(len(text))
    if kind == "chrome":
        return -CHROME_WEIGHT * min(max(len(text), CHROME_MIN_CHARS), CHROME_MAX_CHARS)
    return 0.0


def is_legal(text: str) -> bool:
    """A copyright line or a legal notice: chrome, and the end of an article's run-on."""
    return bool(could_open_legal(text) and _LEGAL_START_RE.match(text)) or is_legal_notice(text)


def is_legal_notice(text: str) -> bool:
    """A paragraph of a page's legal notice: two phrases that only notices write.

    >>> is_legal_notice("Apple TV is a registered trademark of Apple Inc. All rights reserved.")
    True
    >>> is_legal_notice("The court ruled that the logo is a registered trademark of the firm.")
    False
    >>> is_legal_notice("The app changed its privacy policy and its terms of service on Monday.")
    False
    """
    if not could_hold_legal_phrase(text):
        return False
    found = {match.group().casefold() for match in _LEGAL_PHRASE_RE.finditer(text)}
    return len(found) >= LEGAL_NOTICE_PHRASES and not found <= _TOPICAL_LEGAL_PHRASES


def could_hold_legal_phrase(text: str) -> bool:
    """A cheap test that every text with a match of `_LEGAL_PHRASE_RE` passes; most prose fails it.

    `re` tries each of the pattern's phrases at every character of a paragraph;
    a handful of substring tests on the lower-cased text says as much for
    nearly all paragraphs, which hold none of the phrases' words.

    >>> could_hold_legal_phrase("All Rights Reserved."), could_hold_legal_phrase("The council met.")
    (True, False)
    """
    if not text.isascii() and _ASCII_CASE_VARIANT_RE.search(text):
        return True  # a letter that `str.lower` would not make the one the pattern takes
    lowered = text.lower()
    return any(core in lowered for core in _LEGAL_PHRASE_CORES)


def could_open_legal(text: str) -> bool:
    """A cheap test that every text `_LEGAL_START_RE` matches passes; most paragraphs fail it.

    The legal opening starts within the first four characters, with "©", "(" or
    "copyright", whose letters `regex.I` matches only in ASCII.

    >>> could_open_legal("— Copyright 2026"), could_open_legal("Cookies and copyright")
    (True, False)
    """
    head = text[:4]
    return "©" in head or "(" in head or "opyr" in text[1:8].lower()


def _kind(text: str, stopwords: frozenset[str]) -> str:  # noqa: PLR0911  (a decision list)
    """'prose', 'chrome', or 'neutral' (short sentences, list items, code: neither).

    Each test is made only where the verdict depends on it: most paragraphs of a
    page are a few words long, and their density or punctuation decides nothing.
    """
    if text.isascii() or _ASCII_PROSE_RE.fullmatch(text):
        if not text:
            return "chrome"
        words = _ASCII_WORD_RE.findall(text.lower())
    else:
        syllabic = 0 if max(text) < FIRST_SYLLABIC else len(_SYLLABIC_RE.findall(text))
        if syllabic * 2 >= len(text):
            if syllabic >= PROSE_MIN_SYLLABIC_CHARS and ends_sentence(text):
                return "prose"
            return "chrome" if syllabic < 12 else "neutral"
        words = _WORD_RE.findall(text.casefold())
    count = len(words)
    if count >= 4:
        density = sum(map(stopwords.__contains__, words)) / count
        if density >= PROSE_MIN_STOPWORDS:
            finished = ends_sentence(text) or count >= PROSE_UNPUNCTUATED_WORDS
            if count >= PROSE_MIN_WORDS and finished:
                return "chrome" if is_glued_teaser(text, stopwords) else "prose"
            if finished or is_list_item(text):
                return "neutral"  # a short sentence or a list item
        if count >= PROSE_MIN_WORDS and density >= 2 * PROSE_MIN_STOPWORDS:
            return "neutral"  # a sentence without its full stop: a standfirst, a caption
    return "neutral" if _CODE_HINT_RE.search(text) and looks_like_code([text]) else "chrome"


def is_glued_teaser(text: str, stopwords: frozenset[str]) -> bool:
    """A teaser card whose headline and one-sentence summary a rendering glued together.

    "Harvick Fails To Rally Overmatched Ford In NASCAR FinaleFord v Toyota
    flopped for the blue oval at the track.": a title-case headline runs into
    a short sentence without a space, as when a card's title and summary are
    inline elements. Names in camel case ("McDonald", "iPhone", "AirPods")
    leave a head that is no title or a tail that is no sentence; a glue inside
    brackets ("HONOLULU (HawaiiNewsNow) - NASA ...") and a long tail (an
    article's lede behind a glued link) do not count.

    >>> stop = frozenset({"the", "of", "for", "at", "a", "and"})
    >>> is_glued_teaser("Harvick Fails To Rally Overmatched Ford In NASCAR Finale"
    ...     "Ford v Toyota flopped for the blue oval at the track.", stop)
    True
    >>> is_glued_teaser("The Doobie Brothers Unite With Michael McDonald for a tour of the "
    ...     "country and the world.", stop)
    False
    """
    if len(text) > GLUED_TITLE_MAX_CHARS + GLUED_SUMMARY_MAX_CHARS:
        return False
    for glue in _GLUE_RE.finditer(text, 0, len(text) - 1):
        head, tail = text[: glue.start()], text[glue.start() :]
        if len(head) > GLUED_TITLE_MAX_CHARS or len(tail) > GLUED_SUMMARY_MAX_CHARS:
            continue
        if head.count("(") > head.count(")") or len(_NON_WORD_RE.sub("", head.split()[-1])) < 3:
            continue  # inside brackets, or a camel-case prefix: "Mc", "i", "9to5"
        if not is_title(_DIGITS_RE.sub("", head), min_words=3, share=GLUED_TITLE_SHARE):
            continue
        tail_words = _words(tail)
        stops = sum(map(stopwords.__contains__, tail_words))
        if len(tail_words) >= 6 and stops >= PROSE_MIN_STOPWORDS * len(tail_words):
            return True
    return False


def _words(text: str) -> list[str]:
    """The casefolded words of `text`; ASCII text takes the faster `re` for the same result."""
    if text.isascii():
        return _ASCII_WORD_RE.findall(text.lower())
    return _WORD_RE.findall(text.casefold())


def is_title(text: str, *, min_words: int, share: float = TITLE_CASE_SHARE) -> bool:
    """A title-case line without figures: `min_words` words of four letters or more, `share` capitalised.

    >>> is_title("Objective Reality Doesn't Exist, Quantum Experiment Shows", min_words=5)
    True
    >>> is_title("June 9 – West Palm Beach, FL", min_words=3)
    False
    """
    if has_digit(text) or text.count(",") >= 2:
        return False  # figures, or an enumeration of names: "Bleacher Report, Uber Eats, and ParkMobile"
    if ends_sentence(text) and not text.rstrip().endswith("?"):
        return False
    words = [word for word in _WORD_RE.findall(text) if len(word) >= 4]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= min_words and capitals >= share * len(words)
