"""The line tests of the pure-Python `chrome` filters of commit 325b60b, the core's oracle.

With issue #12 the per-line tests of `cleaner/filters/chrome.py` moved into the
Rust core (`src/chrome.rs`, `cleaner._core.ChromeMatcher`):
`CookieNotices.pattern_rule_for` (the banner sentence and purpose, the lexicon's
openings behind their gate of consent words), `Navigation.pattern_rule_for` (the
breadcrumb trail), `Navigation._is_menu_entry` and `Footers.pattern_rule_for`
(copyright notices, trust links, rows of footer links). Their last Python
versions are kept here, unchanged but for being gathered into one class with the
lexicon's data (`ReferenceChrome`), as the oracle that
`tests/test_core_chrome.py` holds the core to. The phrase lists, menu runs,
pagers and trails to titles stayed in the filters.
"""

# ruff: noqa: E501  (unchanged from cleaner/filters/, where long pattern lines are allowed)

from __future__ import annotations

import re

import regex

from cleaner.lexicons import Lexicon, alternation_of, phrase_key

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

_BREADCRUMB_RE = regex.compile(
    r"""
      (?i:home|homepage|start) \s* (?:[>›»/|→]|&gt;) \s*
        [^>›»/|→.!?]{1,40} (?: \s* (?:[>›»/|→]|&gt;) \s* [^>›»/|→.!?]{1,60} ){0,6}   # "Home > World > Asia", "Home / News"
    | [^>›»→.!?]{1,40} (?: \s* (?:[>›»→]|&gt;) \s* [^>›»→.!?]{1,60} ){2,6}           # "Docs > Guides > Retries"
    """,
    regex.VERBOSE,
)
# A menu entry: a few words, no sentence punctuation except in abbreviations ("U.S.").
# Words may be apart by any space that rejoin turns into " " (a tab, "\xa0"): else an
# entry would become one in the output, and a second cleaning remove its menu.
_SHORT_LINE_RE = regex.compile(r"(?:[\p{L}\p{N}&'’\s-]|(?<=\p{Lu})\.(?=\p{Lu}|$)){1,30}")
_ASCII_SHORT_LINE_RE = re.compile(
    r"(?:[A-Za-z0-9&' \t\v\f-]|(?<=[A-Z])\.(?=[A-Z]|$)){1,30}"
)  # on ASCII
_MENU_MAX_WORDS = 3
_SPACELESS_CHARS_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_MENU_MAX_SPACELESS_CHARS = 6

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


def consent_words(lexicon: Lexicon) -> tuple[str, ...]:
    """`CookieNotices._consent_words`."""
    return tuple(
        dict.fromkeys((*_CONSENT_WORDS, *(w.casefold() for w in lexicon.words("cookie_words"))))
    )


class ReferenceChrome:
    """The line tests of `CookieNotices`, `Navigation` and `Footers` over one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        # CookieNotices.__init__
        self._consent_words = consent_words(lexicon)
        openings = lexicon.words("cookie_sentences")
        self._openings_re = (
            regex.compile(alternation_of(openings, name="cookie_sentences"), regex.IGNORECASE)
            if openings
            else None
        )
        cookie_words = {w for w in self._consent_words if any(w in o.casefold() for o in openings)}
        gates = dict.fromkeys(f for w in cookie_words for f in (w, w.capitalize(), w.upper()))
        self._cookie_gate_re = re.compile("|".join(re.escape(g) for g in gates)) if gates else None
        # Footers.__init__
        self._links = lexicon.phrases("footers") | lexicon.phrases("navigation")

    def cookie_rule(self, text: str) -> str | None:
        """`CookieNotices.pattern_rule_for` of a line whose `stripped` is `text`."""
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
            return "banner"
        return None

    @staticmethod
    def navigation_rule(text: str) -> str | None:
        """`Navigation.pattern_rule_for`."""
        if len(text) <= 200 and _BREADCRUMB_HINT_RE.search(text) and _BREADCRUMB_RE.fullmatch(text):
            return "breadcrumb"
        return None

    @staticmethod
    def is_menu_entry(text: str) -> bool:
        """`Navigation._is_menu_entry`."""
        if len(text) > 30:
            return False
        if text.isascii():
            return bool(_ASCII_SHORT_LINE_RE.fullmatch(text)) and (
                len(text.split()) <= _MENU_MAX_WORDS
            )
        return (
            bool(_SHORT_LINE_RE.fullmatch(text))
            and len(text.split()) <= _MENU_MAX_WORDS
            and len(_SPACELESS_CHARS_RE.findall(text)) <= _MENU_MAX_SPACELESS_CHARS
        )

    def footer_rule(self, text: str) -> str | None:
        """`Footers.pattern_rule_for`."""
        if len(text) > 200:
            return None
        if _COPYRIGHT_HINT_RE.search(text) and _COPYRIGHT_RE.fullmatch(text):
            return "copyright"
        if ":" in text and len(text) <= 100 and _TRUST_LINK_RE.fullmatch(text):
            return "link"
        if _LINK_ROW_HINT_RE.search(text):
            parts = [phrase_key(p) for p in _LINK_SEPARATORS_RE.split(text) if p.strip()]
            if len(parts) >= 2 and all(p in self._links for p in parts):
                return "link_row"
        return None
