"""The lexicons of every language: hygiene, coverage per family, templates, the merged lexicon.

Hygiene matters more with many languages: an unsorted file hides duplicates, a
non-NFC entry never matches its NFC twin in the text, and an empty file would
give an alternation that matches everything.
"""

from __future__ import annotations

import pickle
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
import regex

from cleaner import lexicons
from cleaner.errors import ConfigError
from cleaner.filters.timestamps import template_pattern
from cleaner.lexicons import alternation_of, load_lines, phrase_key

ROOT = Path(str(resources.files("cleaner.lexicons")))
FILES = sorted(ROOT.glob("*/*.txt"))
# Already a strict xfail in tests/test_lexicons.py; not repeated here.
KNOWN_UNSORTED = {"en/footers.txt"}

LANGUAGES = lexicons.languages()
REQUIRED = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja", "ko")
# Families every shipped language has a file for.
CORE_FAMILIES = (
    "ad_markers",
    "widgets",
    "comment_stubs",
    "related_headings",
    "navigation",
    "nav_sections",
    "footers",
    "caption_credits",
    "weekdays",
)
# Families every language other than English (whose patterns are in code) has.
DATE_FAMILIES = ("relative_times", "time_units", "date_labels")
LATIN_SCRIPT = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "id", "tr")
SPACELESS_DATES = ("zh", "ja", "ko")  # numeric months: 11月, 11월
# Families whose one-word entries condemn a line on their own (no guard).
UNGUARDED = ("ad_markers", "widgets", "comment_stubs", "related_headings", "teaser_prefixes")
# One-word entries that are also a function word of another language, and why that is safe.
ALLOWED_COLLISIONS = {("en", "ad"): "Italian 'ad' (to) never stands alone on a line"}


def entries(path: Path) -> list[str]:
    lines = (raw.split("#", 1)[0].strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def file_id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_file_hygiene(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = entries(path)
    assert found, "an empty file would switch its family off (or match everything)"
    assert unicodedata.normalize("NFC", text) == text, "not NFC"
    folded = [e.casefold() for e in found]
    assert len(set(folded)) == len(folded), "duplicate entries"
    assert all(phrase_key(e) for e in found), "an entry that normalises to nothing"
    if file_id(path) not in KNOWN_UNSORTED:
        assert found == sorted(found), "entries not sorted"


def test_the_issue_languages_are_shipped() -> None:
    assert set(REQUIRED) <= set(LANGUAGES)
    assert len(LANGUAGES) >= 12


@pytest.mark.parametrize("lang", LANGUAGES)
def test_core_families_per_language(lang: str) -> None:
    have = set(lexicons.families(lang))
    missing = set(CORE_FAMILIES) - have
    if lang != "en":
        missing |= set(DATE_FAMILIES) - have
    if lang not in SPACELESS_DATES:
        missing |= {"months"} - have
    if lang in LATIN_SCRIPT:
        missing |= {"stopwords"} - have
    assert not missing


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_relative_templates_match_an_example(lang: str) -> None:
    units = load_lines(lang, "time_units")
    units_re = alternation_of(units, name=f"{lang}/time_units")
    for family in ("relative_times", "reading_times"):
        for template in load_lines(lang, family):
            pattern = regex.compile(template_pattern(template, units_re), regex.IGNORECASE)
            example = template.replace("{n}", "5").replace("{unit}", units[0])
            assert pattern.fullmatch(example), (family, template)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_single_language_lexicon_still_loads(lang: str) -> None:
    lexicon = lexicons.for_language(lang)
    assert lexicon.langs == (lang,)
    assert lexicon.phrases("ad_markers")


def test_merged_lexicon_is_the_union() -> None:
    merged = lexicons.merged()
    assert merged.langs == LANGUAGES
    for family in CORE_FAMILIES:
        union = frozenset().union(*(lexicons.for_language(x).phrases(family) for x in LANGUAGES))
        assert merged.phrases(family) == union


def test_merged_lexicon_pickles_to_the_shared_instance() -> None:
    merged = lexicons.merged()
    assert pickle.loads(pickle.dumps(merged)) is merged


def test_merged_months_alternation_holds_every_language() -> None:
    months = regex.compile(rf"(?:{lexicons.merged().alternation('months')})", regex.IGNORECASE)
    for name in ("November", "novembre", "noviembre", "listopada", "ноября", "Kasım", "نوفمبر"):
        assert months.fullmatch(name), name


def test_empty_alternation_is_refused() -> None:
    with pytest.raises(ConfigError, match="no entries"):
        alternation_of([], name="xx/months")


def test_unknown_language_lists_the_available_ones() -> None:
    with pytest.raises(ConfigError, match=r"available: .*de"):
        lexicons.for_language("xx")


def test_unguarded_one_word_entries_are_no_function_words() -> None:
    """A one-word label removed on its own must not be a common word of any language."""
    owners: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for word in load_lines(lang, "stopwords"):
            owners.setdefault(word.casefold(), set()).add(lang)
    clashes = [
        (lang, family, entry)
        for family in UNGUARDED
        for lang in LANGUAGES
        for entry in load_lines(lang, family)
        if " " not in phrase_key(entry)
        and owners.get(phrase_key(entry), set()) - {lang}
        and (lang, phrase_key(entry)) not in ALLOWED_COLLISIONS
    ]
    assert clashes == []


def test_readme_covers_every_language() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in LANGUAGES:
        assert f"`{lang}`" in readme, lang
