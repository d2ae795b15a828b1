"""CleanerConfig and load_config: strict validation, clear errors, and every setting used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import cleaner
from cleaner import CleanerConfig, ConfigError, load_config, registry
from cleaner.config import validate_config


def write(tmp_path: Path, text: str, name: str = "cleaner.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- strictness -----------------------------------------------------------------


def test_unknown_key_lists_the_known_keys() -> None:
    with pytest.raises(ConfigError) as caught:
        validate_config({"filterz": ["ad_markers"]})
    message = str(caught.value)
    assert "filterz: unknown key" in message
    assert all(key in message for key in CleanerConfig.model_fields)


@pytest.mark.parametrize(
    ("data", "known"),
    [
        ({"timestamps": {"relativ": False}}, ["relative", "absolute"]),
        ({"custom": {"ad_markers": {"phrase": ["Anzeige"]}}}, ["phrases", "patterns"]),
    ],
    ids=["timestamps", "custom"],
)
def test_unknown_nested_key_lists_that_tables_keys(data: dict[str, Any], known: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        validate_config(data)
    message = str(caught.value)
    assert all(key in message for key in known)
    assert "max_removed_fraction" not in message


def test_unknown_nested_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"timestamps\.relativ: unknown key"):
        validate_config({"timestamps": {"relativ": False}})


def test_unknown_key_in_the_model_itself_is_an_error() -> None:
    with pytest.raises(ValidationError, match="bogus"):
        CleanerConfig.model_validate({"bogus": 1})


def test_unknown_filter_lists_the_known_filters() -> None:
    with pytest.raises(ConfigError) as caught:
        validate_config({"filters": ["ad_markers", "adverts"]})
    message = str(caught.value)
    assert "unknown filter 'adverts'; known: " in message
    assert ", ".join(registry.known_names()) in message


def test_filter_named_twice() -> None:
    with pytest.raises(ConfigError, match="named twice"):
        validate_config({"filters": ["ad_markers", "ad_markers"]})


def test_custom_rules_for_an_unknown_family() -> None:
    with pytest.raises(
        ConfigError, match="'adverts' takes no custom phrases; these do: ad_markers"
    ):
        validate_config({"custom": {"adverts": {"phrases": ["Anzeige"]}}})


class PlainFilter:
    """A registered filter that takes no custom phrases."""

    name = "plain"
    accepts_custom = False

    @classmethod
    def from_config(cls, config: object, lexicon: object) -> PlainFilter:
        return cls()

    def find(self, doc: object) -> list[object]:
        return []


def test_custom_rules_for_a_filter_that_takes_none(monkeypatch: pytest.MonkeyPatch) -> None:
    registry.known_names()  # load the built-in filters first
    monkeypatch.setitem(registry._FILTERS, "plain", PlainFilter)
    filters = [*registry.DEFAULT_ORDER, "plain"]
    assert validate_config({"filters": filters}).filters[-1] == "plain"
    with pytest.raises(ConfigError, match="'plain' takes no custom phrases; these do: ad_markers"):
        validate_config({"filters": filters, "custom": {"plain": {"phrases": ["x"]}}})


def test_custom_rules_for_a_filter_that_is_switched_off() -> None:
    with pytest.raises(ConfigError, match="custom rules for ad_markers, which is not in 'filters'"):
        validate_config({"filters": ["widgets"], "custom": {"ad_markers": {"phrases": ["x"]}}})


def test_without_drops_the_custom_rules_of_the_filter() -> None:
    config = validate_config({"custom": {"ad_markers": {"phrases": ["Anzeige"]}}})
    assert "ad_markers" not in config.without("ad_markers").custom
    with pytest.raises(ConfigError, match="unknown filter 'nope'"):
        config.without("nope")


def test_a_blank_phrase_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"custom\.ad_markers\.phrases: an empty phrase"):
        validate_config({"custom": {"ad_markers": {"phrases": ["   "]}}})


# (pattern, what the message says after quoting it, where it points): what the
# `regex` crate lacks is named; other syntax errors are the crate's, in one line.
BAD_PATTERNS = [
    (
        "Sponsored(?= by)",
        "look-around is not supported: patterns run in linear time; "
        "a pattern matches the whole line, so spell out what the line holds",
        "'(?=' at character 10",
    ),
    ("Sponsored(?! content).*", "look-around is not supported", "'(?!' at character 10"),
    ("(?<=Ad: ).*", "look-around is not supported", "'(?<=' at character 1"),
    ("(?<!Not )Sponsored", "look-around is not supported", "'(?<!' at character 1"),
    (
        r"(\w+) \1",
        "backreferences are not supported: patterns run in linear time; "
        "spell out the repeated text's alternatives instead",
        r"'\1' at character 7",
    ),
    ("(?P<w>ad) (?P=w)", "backreferences are not supported", "'(?P=' at character 11"),
    (r"(ad) \g<1>", "backreferences are not supported", r"'\g' at character 6"),
    (r"\w++ ad", "possessive quantifiers are not supported", "'++' at character 3"),
    ("(?>ad|ads) here", "atomic groups are not supported", "'(?>' at character 1"),
    ("(unclosed", "not a valid regular expression: unclosed group", "'(' at character 1"),
    (
        r"\p{Klingon}+",
        "not a valid regular expression: Unicode property not found",
        r"'\p{Klingon}' at character 1",
    ),
    ("x{1000}{1000}", "too large once compiled", None),
    ("x*", "matches an empty line; it would remove too much", None),
]


@pytest.mark.parametrize(
    ("pattern", "message", "found"),
    BAD_PATTERNS,
    ids=[
        "look-ahead",
        "negative-look-ahead",
        "look-behind",
        "negative-look-behind",
        "backreference-number",
        "backreference-name",
        "backreference-g",
        "possessive",
        "atomic-group",
        "unclosed-group",
        "unknown-property",
        "too-large",
        "matches-empty",
    ],
)
def test_bad_pattern_is_refused_in_one_line_naming_its_key(
    pattern: str, message: str, found: str | None
) -> None:
    config = {"custom": {"ad_markers": {"patterns": [r"Sponsored by \w+", pattern]}}}
    with pytest.raises(ConfigError) as caught:
        validate_config(config)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(
        f"config does not validate: custom.ad_markers.patterns[1]: pattern '{pattern}': {message}"
    )
    if found is not None:
        assert text.endswith(f" (found {found})")


@pytest.mark.parametrize(
    "pattern",
    ["(a+)+$", r"(\w+\s?)+$", "(x|xx)+y", "(x+x+)+y"],
    ids=["nested-plus", "nested-word-space", "alternation-plus", "double-plus"],
)
def test_patterns_that_backtracked_are_accepted_and_finish(pattern: str) -> None:
    # Python's `regex` refused these (or timed out); the crate matches in linear time.
    config = validate_config({"custom": {"ad_markers": {"patterns": [pattern]}}})
    line = "a" * 50_000 + "x" * 50_000 + "!"
    assert cleaner.clean(f"The council met.\n{line}\nIt voted.", config).count("!") == 1


def test_patterns_are_refused_by_direct_construction_too() -> None:
    with pytest.raises(ValidationError) as caught:
        CleanerConfig(custom={"ad_markers": {"patterns": ["ok", "(?<=a)b"]}})
    (error,) = caught.value.errors()
    assert error["loc"] == ("custom", "ad_markers", "patterns", 1)
    assert "look-around is not supported" in error["msg"]


@pytest.mark.parametrize("value", [-0.1, 1.5, "a lot"], ids=["negative", "above-one", "text"])
def test_max_removed_fraction_range(value: object) -> None:
    with pytest.raises(ConfigError, match="max_removed_fraction"):
        validate_config({"max_removed_fraction": value})


def test_config_is_frozen() -> None:
    config = CleanerConfig()
    with pytest.raises(ValidationError):
        config.max_removed_fraction = 0.5  # type: ignore[misc]


# --- load_config ----------------------------------------------------------------

VALID = """
filters = ["ad_markers", "widgets", "comment_stubs", "related_links", "timestamps"]

[timestamps]
relative = false

[custom.ad_markers]
phrases = ["Anzeige", "Promoted by our partners"]
patterns = ['Sponsored by \\w+( \\w+)?']
"""


def test_load_valid_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, VALID))
    assert config.filters == (
        "ad_markers",
        "widgets",
        "comment_stubs",
        "related_links",
        "timestamps",
    )
    assert config.timestamps.relative is False
    text = (
        "Anzeige\nThe council met on Monday.\nSponsored by Acme Foods\n"
        "PROMOTED BY OUR PARTNERS\n4 minutes ago\nIt voted."
    )
    result = cleaner.clean_and_explain(text, config)
    assert [r.key for r in result.removals] == [
        "ad_markers.custom_phrase",
        "ad_markers.custom_pattern",
        "ad_markers.custom_phrase",
    ]
    assert result.text == "The council met on Monday.\n\n4 minutes ago\n\nIt voted.\n"


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    path = write(tmp_path, "max_removed_fraction = 0.5\n")
    assert load_config(str(path)).max_removed_fraction == 0.5


def test_empty_file_is_the_default_config(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "")) == CleanerConfig()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("filters = [", "is not valid TOML"),
        (
            "[custom.ad_markers]\npatterns = ['(?<!Not )Sponsored']\n",
            r"custom\.ad_markers\.patterns\[0\]: pattern '\(\?<!Not \)Sponsored': look-around",
        ),
        ("[custom.ad_markers]\npatterns = ['([a-z']\n", "not a valid regular expression"),
        ("colour = 'blue'\n", "unknown key"),
        ("filters = ['ads']\n", "unknown filter 'ads'"),
    ],
    ids=["bad-toml", "look-around", "bad-regex", "unknown-key", "unknown-filter"],
)
def test_load_invalid_file(tmp_path: Path, content: str, message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"cannot read config file .*missing\.toml"):
        load_config(tmp_path / "missing.toml")


def test_load_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_config(tmp_path)


def test_load_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("[custom.ad_markers]\nphrases = ['Publicit\xe9']\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


# --- every setting changes an outcome ------------------------------------------

OUTCOMES = [
    pytest.param(
        "timestamps.relative",
        False,
        "4 minutes ago\nThe council met.",
        "The council met.\n",
        "4 minutes ago\n\nThe council met.\n",
        id="timestamps.relative",
    ),
    pytest.param(
        "timestamps.absolute",
        False,
        "November 24, 2026\nThe council met.",
        "The council met.\n",
        "November 24, 2026\n\nThe council met.\n",
        id="timestamps.absolute",
    ),
    pytest.param(
        "related_links.keep",
        True,
        "The council met.\nRelated Articles\nBudget talks stall",
        "The council met.\n",
        "The council met.\n\nBudget talks stall\n",
        id="related_links.keep",
    ),
    pytest.param(
        "rejoin.enabled",
        False,
        "Advertisement\nAlibaba has been driving\na global initiative .",
        "Alibaba has been driving a global initiative.\n",
        "Alibaba has been driving\na global initiative .",
        id="rejoin.enabled",
    ),
    pytest.param(
        "rejoin.mend_hyphens",
        False,
        "The recruit-\nment drive began.",
        "The recruitment drive began.\n",
        "The recruit-ment drive began.\n",
        id="rejoin.mend_hyphens",
    ),
    pytest.param(
        "rejoin.tidy_punctuation",
        False,
        "It ended .",
        "It ended.\n",
        "It ended .\n",
        id="rejoin.tidy_punctuation",
    ),
    pytest.param(
        "format",
        "markdown",
        "## The ferry\nruns at *noon*.",
        "## The ferry runs at *noon*.\n",
        "## The ferry\n\nruns at *noon*.\n",
        id="format",
    ),
    pytest.param(
        "plain",
        True,
        "# The ferry\n\nIt runs at **noon**, says [the port](https://example.org/port).",
        "# The ferry\n\nIt runs at **noon**, says [the port](https://example.org/port).\n",
        "The ferry\n\nIt runs at noon, says the port.\n",
        id="plain",
    ),
]


if "lang" in CleanerConfig.model_fields:
    # The document language picks the rejoin rules of its script: Japanese joins
    # lines without a space, English with one.
    OUTCOMES.append(
        pytest.param(
            "lang",
            "en",
            "これはテストで\npython を使う",
            "これはテストでpython を使う\n",
            "これはテストで python を使う\n",
            id="lang",
        )
    )


def config_with(setting: str, value: object) -> CleanerConfig:
    table, _, key = setting.partition(".")
    data: dict[str, Any] = {table: {key: value}} if key else {table: value}
    return validate_config(data)


@pytest.mark.parametrize(("setting", "value", "text", "default", "changed"), OUTCOMES)
def test_setting_changes_the_outcome(
    setting: str, value: object, text: str, default: str, changed: str
) -> None:
    assert cleaner.clean(text) == default
    assert cleaner.clean(text, config_with(setting, value)) == changed


def test_max_removed_fraction_changes_the_outcome() -> None:
    text = "Advertisement\nAdvertisement\nThe council met."  # 26 of 44 characters: 59%
    assert cleaner.clean_and_explain(text).warnings == ()
    warned = cleaner.clean_and_explain(text, config_with("max_removed_fraction", 0.5))
    assert warned.warnings == (
        "59% of the text was removed (more than the 50% guard); check --explain",
    )


def leaf_settings(model: type[BaseModel], prefix: str = "") -> set[str]:
    names = set()
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            names |= leaf_settings(annotation, f"{prefix}{name}.")
        else:
            names.add(prefix + name)
    return names


def test_every_setting_has_an_outcome_test() -> None:
    # `filters` and `custom` have tests of their own above and in the filter tables.
    covered = {param.values[0] for param in OUTCOMES} | {"max_removed_fraction"}
    exempt = {"filters", "custom"}
    assert sorted(leaf_settings(CleanerConfig) - exempt - covered) == []


@pytest.mark.parametrize("section", ["related_links", "related"])
def test_the_related_section_is_named_after_its_filter_and_takes_its_first_name(
    section: str,
) -> None:
    config = validate_config({section: {"keep": True}})
    assert config.related_links.keep is True
    assert "related_links" in config.model_dump()
    with pytest.raises(ConfigError, match=rf"{section}\.kep: unknown key \(known keys: keep\)"):
        validate_config({section: {"kep": True}})
