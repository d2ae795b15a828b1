"""captions: photo credits alone on a line, and captions that end with a credit."""

from __future__ import annotations

import textwrap

import pytest

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline
from cleaner.config import validate_config
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def captions() -> cleaner.Filter:
    return next(f for f in Pipeline.from_config().filters if f.name == "captions")


ROWS = [
    ("Image caption Scooter Braun has managed the singer since 2008", "captions.captioned_line"),
    ("Image copyright Reuters", "captions.credit_line"),
    ("Media caption Watch the moment the ferry docked", "captions.captioned_line"),
    ("Image captions help readers who cannot see the pictures.", None),
    ("(Photo: Reuters)", "captions.credit_line"),
    ("Getty Images", "captions.credit_line"),
    ("AP Photo/Jane Doe", "captions.credit_line"),
    ("Photograph: Jane Doe/AP", "captions.credit_line"),
    ("Photo: Jane Doe, AP", "captions.credit_line"),
    ("AFP via Getty Images", "captions.credit_line"),
    ("Photo by Jane Doe on Unsplash", "captions.credit_line"),
    ("Image: supplied by the family", "captions.credit_line"),
    ("The crowd gathered outside the court on Tuesday. Photo: Reuters", "captions.captioned_line"),
    ("Flood water covers the road near the station. (Photo: AP)", "captions.captioned_line"),
    (
        "Protesters do not want the city to lose its autonomy (Image: GETTY )",
        "captions.captioned_line",
    ),
    ("The hospital where the patients sought treatment Credit: EPA", "captions.captioned_line"),
    ("Unemployment rose to 5 per cent in March (source: the statistics office)", None),
    ("He gave credit: the team did it.", None),
    ("The gallery shows its most famous Image: The Scream", None),
    ("Photographs she posted online showed the flooded streets.", None),
    ("Photo albums from the war were donated to the museum.", None),
    ("Reuters reported the deal first, citing two sources.", None),
    ("Source: the council's own figures, published in May.", None),
    ("Getty is a family name as well as a museum.", None),
    (
        "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert Curbeam "
        "works outside the station.",
        "captions.agency_caption",
    ),
    (
        "In this photo issued by ITV, the two leaders shake hands before the debate, Tuesday.",
        "captions.agency_caption",
    ),
    (
        "FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks to a secure area.",
        "captions.agency_caption",
    ),
    (
        "FILE PHOTO: Traders work on the floor of the stock exchange in New York, Nov. 1, 2019. "
        "REUTERS/Jane Doe",
        "captions.captioned_line",
    ),
    (
        "FILE PHOTO: Traders work on the floor of the stock exchange in New York, Nov. 1, 2019.",
        "captions.agency_caption",
    ),
    ("The border crossing near the port in Nogales, Ariz. (AP)", "captions.captioned_line"),
    ("The logo outside a co-working space in New York. Reuters", "captions.captioned_line"),
    ("The logo outside a co-working space in New York.Reuters", "captions.captioned_line"),
    (
        "A shopper looks at extension cords, Tuesday, Nov. 19, 2019. (Jane Doe/The Union via AP)",
        "captions.captioned_line",
    ),
    (
        "A cyclist rides past the plant on November 19, 2019. © Reuters / Jane Doe",
        "captions.captioned_line",
    ),
    ("Shares rose 2 percent on Tuesday. © 2019 Example Media", None),
    (
        "The senator speaks at the Capitol on July 25, 2019. Jane Doe / AP file",
        "captions.captioned_line",
    ),
    ("The story was first reported by the AP.", None),
    ("Shares fell 3 percent on Tuesday, according to Reuters.", None),
    (
        "WASHINGTON, DC - NOVEMBER 19: Jane Doe, an adviser to the committee, arrives to testify "
        "on Capitol Hill. " * 6 + "(Photo by John Roe/Getty Images)",
        "captions.agency_caption",
    ),
    ("Alex Wong | Getty Images", "captions.credit_line"),
    ("Jane Doe Submitted photo", "captions.credit_line"),
    ("State Sex Offender Registry via AP", "captions.credit_line"),
    ("The statement was sent via AP", None),
    (
        "The senator speaks to reporters. (Photo by Jane Doe/Getty Images for Example)",
        "captions.captioned_line",
    ),
    ("WASHINGTON (AP) — The House voted on Tuesday to open the hearings to the public.", None),
    ("In this picture we see my garden after the storm took down two trees.", None),
    ("In this case the photo shows that the suspect was at the scene that night.", None),
    ("In this photography course, students learn to light a portrait at home.", None),
]


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[row[0] for row in ROWS])
def test_find_directly(line: str, rule: str | None) -> None:
    found = [r.key for r in captions().find(Doc.from_text(line))]
    assert found == ([rule] if rule else [])


def test_a_wrapped_captions_first_line_is_not_judged_alone() -> None:
    # The line ends inside the caption: it goes with the rest of its paragraph or not at all.
    line = "FILE PHOTO: Traders work on the floor of the stock exchange in New York,"
    assert list(captions().find(Doc.from_text(line))) == []


def test_a_spoken_label_on_its_own_line_takes_its_caption() -> None:
    # A text-node dump cuts "Image caption The library opened in 1904" after the label.
    page = Doc.from_text(
        "Image copyright\nGetty Images\nImage caption\nThe library opened in 1904\n"
        "The vote was close, the clerk said.\nImage caption"
    )
    found = [(r.key, page.text[r.start : r.end]) for r in captions().find(page)]
    assert found == [
        ("captions.credit_line", "Image copyright"),
        ("captions.credit_line", "Getty Images"),
        ("captions.captioned_line", "Image caption"),
        ("captions.captioned_line", "The library opened in 1904"),
        ("captions.captioned_line", "Image caption"),
    ]


def test_copyright_credit_goes_to_footers_first() -> None:
    # "© Reuters" is both a credit and a copyright line; footers run first.
    assert keys("The council met.\n© Reuters\nIt voted.") == ["footers.copyright"]
    assert [r.key for r in captions().find(Doc.from_text("© Reuters"))] == ["captions.credit_line"]


def test_custom_phrase() -> None:
    config = validate_config({"custom": {"captions": {"phrases": ["Foto: dpa"]}}})
    assert keys("The council met.\nFoto: dpa\nIt voted.", config) == ["captions.custom_phrase"]


# --- Cheap rejections that stand for the patterns (the core's; see also
# tests/test_core_captions.py) ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "( Photo: Reuters)",
        "PHOTO: REUTERS",
        "getty images",
        "© Reuters",
        "(Foto: dpa)",
        "【사진=연합뉴스】",
    ],
)
def test_openings_let_credit_lines_through(line: str) -> None:
    filter_ = captions()
    assert filter_.rule_for(Doc.from_text(line).lines[0]) == "credit_line"  # type: ignore[attr-defined]


# Agency credits closing a caption, and Chinese and Japanese meta rows (date,
# time, source, editor): (line, rule or None).
CLOSING_CREDITS_AND_META_ROWS = [
    (
        "A protester holds a sign outside the courthouse on Monday. (AP Photo/Jane Doe)",
        "captions.captioned_line",
    ),
    (
        "Protesters march in Hong Kong on Monday. (AP Photo/Vincent Yu, File)",
        "captions.captioned_line",
    ),
    ("A man walks past the shop in London on Friday. REUTERS/Jane Doe", "captions.captioned_line"),
    ("Fans cheer at the stadium on Sunday. AFP PHOTO / John Smith", "captions.captioned_line"),
    ("2026-11-20 08:15 来源：新华网", "captions.meta_row"),
    ("2026-11-20 08:15:00来源：人民日报 作者：张三", "captions.meta_row"),
    ("发布时间：2026-11-20 08:15 来源：人民日报", "captions.meta_row"),
    ("2026年11月20日 来源：新华网 责任编辑：王某某", "captions.meta_row"),
    ("2026年11月20日 08時15分 出典：共同通信", "captions.meta_row"),
    (
        "Bacteria survive on fleas that live on rats. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
        "captions.captioned_line",
    ),
    ("The network uses a common protocol. (TCP/IP)", None),
    ("The AP/NORC poll found that most Americans agree, the pollsters said on Monday.", None),
    ("He joined AP. Reuters/Ipsos polls showed the same trend among voters this year.", None),
    ("2026年11月20日，来源：新华网报道称，市政府宣布扩建绿道。", None),
    ("2026-11-20 08:15 The council met and voted to widen the bridge.", None),
]


@pytest.mark.parametrize(
    ("line", "rule"),
    CLOSING_CREDITS_AND_META_ROWS,
    ids=[row[0] for row in CLOSING_CREDITS_AND_META_ROWS],
)
def test_closing_credits_and_meta_rows(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


def test_a_wrapped_caption_goes_whole() -> None:
    # A text-browser dump: the caption's credit alone on its last line must not leave its head.
    article = (
        "Gales forced the ferry company to cancel every sailing on Tuesday, and the harbour "
        "master said that the piers would stay shut until the wind dropped in the evening. "
        "Passengers who had booked a crossing will be moved to the first sailings of the next "
        "morning, the company said in a statement that it posted on its website at noon. "
    )
    caption = (
        "Ferries wait at the northern pier of the island harbour in high winds on Monday, "
        "November 18, 2019. (AP Photo/Jane Doe)"
    )
    paragraphs = [article * 2, caption, article * 2]
    page = "\n\n".join(
        textwrap.fill(p, 60, initial_indent="   ", subsequent_indent="   ") for p in paragraphs
    )
    result = cleaner.clean_and_explain(page)
    assert "Ferries wait" not in result.text
    assert "AP Photo" not in result.text
    assert result.text.count("Gales forced") == 4
