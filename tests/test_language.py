"""Language guessing, the `lang` setting and result field, and the rejoin rules per script."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from cleaner import CleanerConfig, clean, clean_and_explain, language, lexicons
from cleaner.errors import ConfigError
from cleaner.language import SAMPLE_CHARS, UNDETERMINED, guess_language
from cleaner.rejoin import join_pair, rules_for, should_join
from cleaner.shape import ends_sentence

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# One short paragraph per language, written for these tests.
PARAGRAPHS = {
    "en": "The council met on Monday and voted for the new budget, which the mayor had proposed.",
    "de": (
        "Der Gemeinderat hat am Montag über den Haushalt abgestimmt, den die Bürgermeisterin "
        "vorgelegt hatte."
    ),
    "fr": (
        "Le conseil municipal a voté lundi le budget que le maire avait proposé pour la nouvelle "
        "année."
    ),
    "es": (
        "El pleno del ayuntamiento votó el lunes el presupuesto que la alcaldesa había presentado "
        "para el año."
    ),
    "it": (
        "Il consiglio comunale ha votato lunedì il bilancio che il sindaco aveva presentato per "
        "il nuovo anno."
    ),
    "pt": (
        "A câmara municipal votou na segunda-feira o orçamento que o prefeito tinha apresentado "
        "para o ano."
    ),
    "nl": (
        "De gemeenteraad heeft maandag gestemd over de begroting die de burgemeester had "
        "voorgesteld voor het jaar."
    ),
    "pl": (
        "Rada miasta głosowała w poniedziałek nad budżetem, który prezydent miasta przedstawił na "
        "nowy rok."
    ),
    "id": (
        "Dewan kota memberikan suara pada hari Senin untuk anggaran yang diusulkan oleh wali kota "
        "untuk tahun ini."
    ),
    "tr": (
        "Belediye meclisi pazartesi günü belediye başkanının önerdiği bütçe için oy kullandı ve "
        "bu karar ile yeni dönem başladı."
    ),
    "ru": (
        "Городской совет в понедельник проголосовал за бюджет, который предложил мэр на новый год."
    ),
    "zh": "市议会周一就市长提出的新年度预算进行了表决，并以多数票通过。",
    "ja": "市議会は月曜日、市長が提出した新年度の予算案を賛成多数で可決した。",
    "ko": "시의회는 월요일 시장이 제출한 새해 예산안을 표결에 부쳐 통과시켰다.",
    "ar": "صوت المجلس البلدي يوم الاثنين على الميزانية التي اقترحها رئيس البلدية للعام الجديد.",
    "hi": "नगर परिषद ने सोमवार को महापौर द्वारा प्रस्तावित नए साल के बजट पर मतदान किया।",
}


@pytest.mark.parametrize(("lang", "text"), PARAGRAPHS.items(), ids=PARAGRAPHS.keys())
def test_guess_language_of_a_paragraph(lang: str, text: str) -> None:
    assert guess_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["", "12 34 56", "· | ·", "iPhone 15 Pro Max 256GB"],
    ids=["empty", "digits", "punctuation", "product-name"],
)
def test_guess_language_undetermined(text: str) -> None:
    assert guess_language(text) == UNDETERMINED


def test_english_menu_does_not_outvote_japanese_prose() -> None:
    menu = "\n".join(["Home", "News", "Sports", "Contact", "Login", "Search"] * 5)
    assert guess_language(menu + "\n" + PARAGRAPHS["ja"] * 3) == "ja"


def test_chinese_page_quoting_a_japanese_name_stays_chinese() -> None:
    assert guess_language(PARAGRAPHS["zh"] * 5 + "《ドラえもん》") == "zh"


def test_guess_reads_only_the_sample() -> None:
    text = PARAGRAPHS["de"] * (SAMPLE_CHARS // len(PARAGRAPHS["de"]) + 1)
    assert guess_language(text + PARAGRAPHS["fr"] * 1000) == "de"


GOLDEN_INPUTS = sorted(p for p in SAMPLES.glob("*/*.in.txt") if p.parent.name != "en")


@pytest.mark.parametrize(
    "path", GOLDEN_INPUTS, ids=[p.relative_to(SAMPLES).as_posix() for p in GOLDEN_INPUTS]
)
def test_golden_samples_are_guessed_as_their_folder(path: Path) -> None:
    assert guess_language(path.read_text(encoding="utf-8")) == path.parent.name


def test_result_reports_guessed_language() -> None:
    assert clean_and_explain(PARAGRAPHS["fr"]).lang == "fr"
    assert clean_and_explain("").lang == UNDETERMINED


def test_configured_language_overrides_the_guess() -> None:
    result = clean_and_explain(PARAGRAPHS["fr"], CleanerConfig(lang="de"))
    assert result.lang == "de"


def test_configured_language_restricts_no_boilerplate() -> None:
    text = f"Werbung\n{PARAGRAPHS['en']}\nPublicité\nvor 5 Minuten"
    assert clean(text, CleanerConfig(lang="en")) == PARAGRAPHS["en"] + "\n"


def test_configured_language_is_normalised() -> None:
    assert CleanerConfig(lang=" DE ").lang == "de"


def test_unknown_language_lists_the_available_ones() -> None:
    with pytest.raises(ValidationError, match=r"unknown language 'xx'; available: .*de.*zh"):
        CleanerConfig(lang="xx")


def test_configured_language_picks_rejoin_rules() -> None:
    text = "市議会は、\nPython"
    assert clean(text, CleanerConfig(lang="ja", filters=())) == "市議会は、Python\n"
    assert clean(text, CleanerConfig(lang="en", filters=())) == "市議会は、 Python\n"


# --- rejoin script rules -------------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "nxt", "lang", "joined"),
    [
        ("阿里巴巴的", "招聘", "zh", "阿里巴巴的招聘"),
        ("市議会は", "予算を", "ja", "市議会は予算を"),
        ("使用", "Python", "ja", "使用Python"),
        ("Python", "で書く", "ja", "Pythonで書く"),
        ("使用", "Python", "en", "使用 Python"),
        ("시의회는", "예산안을", "ko", "시의회는 예산안을"),
        ("recruit-", "ment drive", "en", "recruitment drive"),
        ("Straßen-", "bahn", "de", "Straßenbahn"),
        ("Wi-", "fi", "ko", "Wi-fi"),
        ("self-", "employed", "de", "self-employed"),
    ],
    ids=[
        "zh-no-space",
        "ja-no-space",
        "ja-no-space-before-latin",
        "ja-no-space-after-latin",
        "en-space-beside-han",
        "ko-space",
        "en-mend",
        "de-mend",
        "ko-no-mend",
        "keep-prefix",
    ],
)
def test_join_pair_by_script(prev: str, nxt: str, lang: str, joined: str) -> None:
    assert join_pair(prev, nxt, rules=rules_for(lang)) == joined


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("市议会通过了预算。", True),
        ("予算を可決した！", True),
        ("「本当だ。」", True),
        ("बजट पर मतदान किया।", True),
        ("هل ينجح المشروع؟", True),
        ("«Это правда».", True),
        ("市议会通过了预算，", False),
    ],
    ids=[
        "zh-full-stop",
        "ja-exclamation",
        "ja-quote",
        "hi-danda",
        "ar-question",
        "ru-guillemets",
        "zh-comma",
    ],
)
def test_sentence_ends_per_script(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


@pytest.mark.parametrize(
    ("prev", "nxt", "lang", "join"),
    [
        ("Das Treffen fand statt mit der", "Bundesregierung in Berlin.", "de", True),
        ("Das Treffen fand statt mit der", "Bundesregierung in Berlin.", "en", False),
        ("La réunion s'est tenue avec le", "Premier ministre à Paris.", "fr", True),
        ("Встреча прошла в", "Москве в понедельник.", "ru", True),
        ("Regierung kündigt Reform an", "Die Pläne sind umstritten.", "de", False),
    ],
    ids=["de-article", "en-rules-keep-german-apart", "fr-article", "ru-preposition", "de-particle"],
)
def test_continuing_words_per_language(prev: str, nxt: str, lang: str, join: bool) -> None:
    assert should_join(prev, nxt, rules_for(lang)) is join


def test_unknown_language_gets_default_rules() -> None:
    assert rules_for(UNDETERMINED) == rules_for("xx")
    assert rules_for(UNDETERMINED).hyphenates
    assert not rules_for(UNDETERMINED).spaceless


def test_the_scripts_blocks_give_the_lead_bytes_the_guess_was_made_with() -> None:
    # The table that cleaner/language.py held before the scripts became data.
    before = {
        "Latin": (b"\xc3", b"\xc4", b"\xc5"),
        "Cyrillic": (b"\xd0", b"\xd1"),
        "Arabic": (b"\xd8", b"\xd9", b"\xda", b"\xdb"),
        "Devanagari": (b"\xe0\xa4", b"\xe0\xa5"),
        "Kana": (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83"),
        "Han": tuple(bytes([lead]) for lead in range(0xE4, 0xEA)),
        "Hangul": tuple(bytes([lead]) for lead in range(0xEA, 0xEE)),
    }
    assert language._lead_bytes() == before


def test_every_language_says_its_script_and_how_its_lines_join() -> None:
    for lang in lexicons.languages():
        facts = lexicons.language_facts(lang)
        assert facts.script in lexicons.scripts()
        rules = rules_for(lang)
        assert (rules.spaceless, rules.hyphenates) == (facts.spaceless, facts.hyphenates)
    assert {lang for lang in lexicons.languages() if rules_for(lang).spaceless} == {"zh", "ja"}


def test_a_broken_language_file_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicons, "_toml", lambda name: {"script": "Klingon"})
    lexicons.language_facts.cache_clear()
    try:
        with pytest.raises(ConfigError, match=r"lexicons/en/language.toml needs exactly: script"):
            lexicons.language_facts("en")
    finally:
        monkeypatch.undo()
        lexicons.language_facts.cache_clear()
