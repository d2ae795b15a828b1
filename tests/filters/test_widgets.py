"""widgets: buttons, AI features, share bars, newsletter and app prompts."""

from __future__ import annotations

from typing import Any

import pytest

import cleaner
from cleaner import CleanerConfig, Doc, Pipeline
from cleaner.config import validate_config
from tests.filters import assert_verdict


def keys(text: str, config: CleanerConfig | None = None) -> list[str]:
    return [r.key for r in cleaner.clean_and_explain(text, config).removals]


def widgets() -> cleaner.Filter:
    return next(f for f in Pipeline.from_config().filters if f.name == "widgets")


ROWS = [
    ("Share this on WhatsApp", "widgets.share_bar"),
    ("Share this article on Twitter", "widgets.share_bar"),
    ("Share it with friends", None),
    ("Get the latest updates right in your inbox. Subscribe now.", "widgets.newsletter"),
    ("Get More Stuff Like This in Your Inbox!", "widgets.newsletter"),
    ("Get your copy of the report in your inbox and read it at home.", None),
    ("Try Our AI Features", "widgets.button"),
    ("Summarize this article", "widgets.button"),
    ("Listen to this article", "widgets.button"),
    ("Share this article", "widgets.button"),
    ("Share", "widgets.button"),
    ("Print", "widgets.button"),
    ("Copy link", "widgets.button"),
    ("Was this article helpful?", "widgets.button"),
    ("Explore what Daily8 AI can do for you:", "widgets.prompt"),
    ("Listen to this article · 5 min", "widgets.prompt"),
    ("Click to share on Facebook (Opens in new window)", "widgets.prompt"),
    ("Please enable JavaScript to use this feature.", "widgets.prompt"),
    pytest.param(
        "AI-generated summary",
        "widgets.prompt",
    ),
    ("Sign up for our daily newsletter", "widgets.newsletter"),
    (
        'Need more space? Subscribe to our sister title "Example Space" for the latest news!',
        "widgets.newsletter",
    ),
    (
        "Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99.",
        "widgets.newsletter",
    ),
    (
        "Get breaking news alerts and special reports. The news that matters, delivered weekday "
        "mornings.",
        "widgets.newsletter",
    ),
    ("Join our Space Forums to keep talking space on the latest missions!", "widgets.newsletter"),
    ("Follow us on Twitter @Example and on Facebook.", "widgets.prompt"),
    ("CLICK HERE TO GET THE EXAMPLE NEWS APP", "widgets.app_prompt"),
    ("Like this story? Share it with a friend!", "widgets.prompt"),
    ("Click here to read the full court ruling from Tuesday.", None),
    ("Get your groceries delivered and save an hour every week.", None),
    ("Get fresh vegetables delivered every week from a local farm.", None),
    ("Join our team to help us build the new library.", None),
    ("Follow the river north until you reach the old mill.", None),
    ("Click here to subscribe to The Paradigm Newsletter", "widgets.newsletter"),
    ("Want more deals? Join the IGN Deals Newsletter.", "widgets.newsletter"),
    ("Please, fill the form to subscribe to our newsletter", "widgets.newsletter"),
    ("No spam, we promise. You can unsubscribe at any time.", "widgets.newsletter"),
    ("No spam was found in the inbox, and he did not unsubscribe.", None),
    ("Want more? The council said no.", None),
    ("Please register for the briefing at the town hall on Friday.", None),
    ("Click to register for the mailing list of the club, members said.", None),
    ("Click to see the newsletter archive from 2019 on the council's website.", None),
    ("Subscribe to our newsletter", "widgets.newsletter"),
    ("Get the latest news delivered to your inbox", "widgets.newsletter"),
    ("Thanks for signing up!", "widgets.newsletter"),
    ("Download our app", "widgets.app_prompt"),
    ("Download the SCMP app for the latest news", "widgets.app_prompt"),
    ("Get it on Google Play", "widgets.app_prompt"),
    ("Facebook Twitter Email", "widgets.share_bar"),
    ("Share | Facebook | X", "widgets.share_bar"),
    ("Twitter · LinkedIn · WhatsApp", "widgets.share_bar"),
    ("Share on Facebook Share on Twitter Share via Email Share via Shortlink", "widgets.share_bar"),
    ("Copy permalink", "widgets.share_bar"),
    ("0 Tweet about this on Twitter", "widgets.share_bar"),
    ("扫一扫，手机阅读", "widgets.button"),
    ("12 Email this to someone", "widgets.share_bar"),
    ("12 posts on Facebook", None),
    ("Media playback is unsupported on your device", "widgets.button"),
    ("Your browser does not support the video tag.", "widgets.button"),
    pytest.param(
        "Facebook/Twitter/Email",
        "widgets.share_bar",
    ),
    pytest.param(
        "Facebook,Twitter,Email",
        "widgets.share_bar",
    ),
    ("Share prices fell 3% on Monday.", None),
    ("Listen to the band play live at the festival this summer.", None),
    ("Print editions will end next year, the publisher said.", None),
    ("Download speeds doubled after the upgrade.", None),
    ("Sign up sheets were left at the library for volunteers.", None),
    ("The app store opened in 2008 with five hundred apps.", None),
    ("Get the app, she told her father, and he laughed.", None),
    ("Save the date: the gala is on 4 May.", None),
    ("Facebook and other platforms were asked to remove the videos.", None),
    ("Join the briefing at 10am, the minister said.", None),
    ("Get briefings from the council before each meeting, residents were told.", None),
    ("Get our free daily newsletter", "widgets.newsletter"),
]


def first(row: Any) -> str:
    """The first value of a table row, plain or `pytest.param`, for its test id."""
    return str(getattr(row, "values", row)[0])


@pytest.mark.parametrize(("line", "rule"), ROWS, ids=[first(r) for r in ROWS])
def test_line(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


# One-word entries of widgets_context ("Facebook", "Yes") are guarded: kept alone
# between prose, removed in the company of other widget lines.
CONTEXT = [
    (
        "He left.\nFacebook\nShe stayed.",
        [],
        "He left.\n\nFacebook\n\nShe stayed.\n",
    ),
    (
        "He left.\n\nFacebook\n\nShe stayed.",
        [],
        "He left.\n\nFacebook\n\nShe stayed.\n",
    ),
    (
        "He left.\nFacebook\nTwitter\nEmail\nShe stayed.",
        ["widgets.button"] * 3,
        "He left.\n\nShe stayed.\n",
    ),
    (
        "He left.\nShare\nFacebook\nShe stayed.",
        ["widgets.button"] * 2,
        "He left.\n\nShe stayed.\n",
    ),
    (
        "Was this page helpful?\nYes\nNo\nThe guide continues here.",
        ["widgets.button"] * 3,
        "The guide continues here.\n",
    ),
    (
        # next to a line an earlier filter removed
        "He left.\nAdvertisement\nFacebook\nShe stayed.",
        ["ad_markers.label_line", "widgets.button"],
        "He left.\n\nShe stayed.\n",
    ),
    (
        "Did the council agree?\nYes\nThe vote was unanimous.",
        [],
        "Did the council agree?\n\nYes\n\nThe vote was unanimous.\n",
    ),
]


@pytest.mark.parametrize(
    ("text", "rules", "cleaned"),
    CONTEXT,
    ids=[
        "alone-between-prose",
        "alone-blank-lines",
        "run",
        "beside-share",
        "feedback-widget",
        "beside-removed-line",
        "answer-yes",
    ],
)
def test_guarded_word(text: str, rules: list[str], cleaned: str) -> None:
    result = cleaner.clean_and_explain(text)
    assert [r.key for r in result.removals] == rules
    assert result.text == cleaned


def test_guarded_word_last_line_with_final_newline_is_kept() -> None:
    assert keys("He left the house.\n\nFacebook\n") == []


def test_guarded_word_last_line_without_newline_is_kept() -> None:
    assert keys("He left the house.\n\nFacebook") == []


def test_find_directly_guards_alone() -> None:
    found = [r.rule for r in widgets().find(Doc.from_text("He left.\nFacebook\nShe stayed."))]
    assert found == []
    found = [
        r.rule for r in widgets().find(Doc.from_text("He left.\nFacebook\nTwitter\nShe stayed."))
    ]
    assert found == ["button", "button"]


def test_custom_phrase_and_pattern() -> None:
    config = validate_config(
        {"custom": {"widgets": {"phrases": ["Ask our bot"], "patterns": [r"Rate this \w+"]}}}
    )
    text = "The council met.\nAsk our bot\nRate this story\nIt voted."
    assert keys(text, config) == ["widgets.custom_phrase", "widgets.custom_pattern"]
    assert cleaner.clean(text, config) == "The council met.\n\nIt voted.\n"


# Share rows with one service per line, reaction bars, AI widgets, newsletter
# footers and coverage links: (line, rule, or None for a sentence that stays).
MORE_ROWS = [
    ("Send this by email", "widgets.share_bar"),
    ("Send by email", "widgets.share_bar"),
    ("Share this with WhatsApp", "widgets.share_bar"),
    ("Share this with Messenger", "widgets.share_bar"),
    ("Post to Facebook", "widgets.share_bar"),
    ("Copy the link", "widgets.share_bar"),
    ("Share on WhatsApp (Opens in new window)", "widgets.share_bar"),
    ("分享到微信朋友圈", "widgets.share_bar"),
    ("分享到：微信 微博 QQ空间", "widgets.share_bar"),
    ("扫一扫", "widgets.button"),
    ("❤️ 12", "widgets.reaction_bar"),
    ("💬 4 comments", "widgets.reaction_bar"),
    ("🔗 Copy link", "widgets.reaction_bar"),
    ("👍 Like", "widgets.reaction_bar"),
    ("❤️ 1.2k 💬 48 🔁 3", "widgets.reaction_bar"),
    ("♡ 12", "widgets.reaction_bar"),
    ("💬 评论", "widgets.reaction_bar"),
    ("Ask AI about this article", "widgets.prompt"),
    ("Ask our AI assistant", "widgets.prompt"),
    ("AI answers may contain mistakes. Check important info.", "widgets.prompt"),
    ("This summary was generated by AI and reviewed by our editors.", "widgets.prompt"),
    (
        "Follow our coverage of the election at https://apnews.com/hub/election-2024",
        "widgets.prompt",
    ),
    (
        "Follow AP's coverage of the climate talks at https://apnews.com/hub/climate",
        "widgets.prompt",
    ),
    ("Was this forwarded to you? Sign up here.", "widgets.newsletter"),
    ("Forwarded this email? Subscribe here for more", "widgets.newsletter"),
    ("Our mailing address is:", "widgets.newsletter"),
    # Sentences that look like them.
    ("He shared on Facebook that he would run for mayor.", None),
    ("Send this", None),
    ("Post to Facebook and Twitter every day, the agency told its staff.", None),
    ("🔥 The council met on Monday to discuss the bridge.", None),
    ("🎉 Congratulations to the winners", None),
    ("★★★★☆", None),
    ("★ 4.5", None),
    ("🎄🎄🎄", None),
    ("分享到我的生活里", None),
    ("Ask AI researchers and they will tell you the field is young.", None),
    ("AI answers to questions about tax were wrong in most cases, the study found.", None),
    ("The summary was generated by AI, the company said.", None),
    ("We will follow our coverage of the election with a series on the budget.", None),
    ("The email was forwarded to you by the clerk on Monday, the court heard.", None),
]


@pytest.mark.parametrize(("line", "rule"), MORE_ROWS, ids=[row[0] for row in MORE_ROWS])
def test_more_widgets(line: str, rule: str | None) -> None:
    assert_verdict(line, rule)


def test_postal_address_beside_an_unsubscribe_line() -> None:
    text = (
        "The council met on Monday and voted to widen the bridge over the river.\n\n"
        "You are receiving this email because you signed up for our newsletter.\n"
        "Our mailing address is:\n"
        "123 Main Street, Suite 400, Springfield, IL 62701\n"
        "Unsubscribe | Update your preferences\n"
    )
    result = cleaner.clean_and_explain(text)
    assert ("widgets.email_footer", "123 Main Street, Suite 400, Springfield, IL 62701") in [
        (r.key, r.evidence) for r in result.removals
    ]
    assert result.text == (
        "The council met on Monday and voted to widen the bridge over the river.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The council met at 123 Main Street, Springfield, IL 62701 on Monday.\nIt voted.\n",
        "123 Main Street, Suite 400, Springfield, IL 62701\nThe office opens at nine.\n",
    ],
    ids=["in-a-sentence", "no-unsubscribe-line"],
)
def test_postal_address_elsewhere_stays(text: str) -> None:
    assert "email_footer" not in {r.rule for r in cleaner.clean_and_explain(text).removals}
