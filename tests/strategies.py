"""Hypothesis strategies: article prose, boilerplate lines, and articles mixing the two.

`ARTICLE_SENTENCES` are plain prose sentences that a careful editor keeps. Several
open with a word that also labels boilerplate ("By", "Comments", "Advertisement",
"Share") so that a filter matching on the first word alone is caught.

`BOILERPLATE_LINES` are lines that the default pipeline removes *on their own*,
wherever they stand: the multi-word entries of the lexicon families, which
condemn a line without company, and structural examples (times, bylines, counts,
copyright notices). One-word entries such as "Menu" or "Facebook" are left out
on purpose: they are guarded and removed only beside other boilerplate, which
the filter tables test case by case.
"""

from __future__ import annotations

from hypothesis import strategies as st

from cleaner.lexicons import load_lines

ARTICLE_SENTENCES: tuple[str, ...] = (
    "The council met on Monday to discuss the new budget for the harbour.",
    "By the time the ferry docked, the storm had passed.",
    "By 1950 the village had lost half of its population to the cities.",
    "Comments from the minister came late on Friday, after the markets had closed.",
    "Comments made at the hearing were later withdrawn by the company.",
    "Advertisement spending fell sharply during the second quarter of the year.",
    "Advertisements for the new bridge appeared on buses across the city.",
    "Share prices fell 3% on Monday as investors weighed the outlook.",
    "Shares in the airline rose after it reported a rise in bookings.",
    "The advertisement ran in 1984 and was pulled after a week.",
    "He arrived 20 minutes ago, police said, and was taken to hospital.",
    "In 2019 the river rose 3 hours after the dam failed upstream.",
    "Copyright law was changed in 1998 after a long campaign by authors.",
    "Sponsored by the local library, the reading club meets every Thursday.",
    "Related research suggests that the effect is larger in older adults.",
    "Most residents said they would vote for the new park next spring.",
    "Privacy campaigners said the plan went too far and should be paused.",
    "Photographs she posted online showed the flooded streets near the station.",
    "Updated figures released on Tuesday showed a small rise in exports.",
    "Read the full report before drawing any conclusions, the author urged.",
    "Watch out for falling branches, the ranger told the visitors.",
    "Home owners in the valley were told to prepare sandbags overnight.",
    "Email was the main way the volunteers kept in touch during the winter.",
    "Yesterday the mayor announced a review of the tram timetable.",
    "Subscribers to the journal will receive the new issue in March.",
    "Trending topics on the forum included the weather and the football.",
    "Sign language interpreters will attend every public meeting from now on.",
    "Menu prices at the canteen will rise by ten cents in the autumn.",
    "Cookies baked by the pupils were sold to raise money for the trip.",
    "Next year the festival will move to a larger site outside the town.",
    "Search teams found the missing hikers shortly before midnight.",
    "Facebook and other platforms were asked to remove the videos.",
)

# Families whose multi-word entries condemn a line on their own. `cookie_notices`
# is limited below to its consent entries, the others are guarded by meaning.
_STRONG_FAMILIES = (
    "ad_markers",
    "widgets",
    "comment_stubs",
    "navigation",
    "footers",
    "related_headings",
)
_CONSENT_WORDS = ("cookie", "consent", "privacy")


def _standalone_entries() -> tuple[str, ...]:
    entries: list[str] = []
    for family in _STRONG_FAMILIES:
        for entry in load_lines("en", family):
            # ad labels and widget / comment buttons stand alone even as one word
            if " " in entry or family in ("ad_markers", "widgets", "comment_stubs"):
                entries.append(entry)
    entries.extend(
        e for e in load_lines("en", "cookie_notices") if any(w in e for w in _CONSENT_WORDS)
    )
    return tuple(entries)


LEXICON_LINES: tuple[str, ...] = _standalone_entries()

STRUCTURAL_LINES: tuple[str, ...] = (
    "4 minutes ago",
    "Updated 1h ago",
    "Published 10:32 AM EST, Tue November 24, 2026",
    "November 24, 2026",
    "By Jane Doe",
    "By Staff Writer, Reuters",
    "12 comments",
    "Comments (12)",
    "© 2026 Example Media Ltd. All rights reserved.",
    "Copyright 2026 Example Media",
    "READ MORE: Budget talks stall as deadline nears",
    "(Photo: Reuters)",
    "Getty Images",
    "Home > World > Asia",
    "We use cookies to improve your experience on our site.",
    "Sign up for our daily newsletter",
    "5 min read",
)

BOILERPLATE_LINES: tuple[str, ...] = LEXICON_LINES + STRUCTURAL_LINES


def _styled(entry: str) -> st.SearchStrategy[str]:
    """An entry as a template might print it: as written, capitalised or in capitals."""
    return st.sampled_from((entry, entry[:1].upper() + entry[1:], entry.upper()))


article_sentences = st.sampled_from(ARTICLE_SENTENCES)
lexicon_lines = st.sampled_from(LEXICON_LINES).flatmap(_styled)
structural_lines = st.sampled_from(STRUCTURAL_LINES)
boilerplate_lines = st.one_of(lexicon_lines, structural_lines)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """An article: prose sentences, one per line, with boilerplate lines between them.

    Returns `(text, sentences, boilerplate)`. No sentence is used twice (a page
    that repeats a paragraph is a case of its own). Boilerplate never stands directly
    after another boilerplate line or first in the text, so no line relies on the
    company of another to be recognised, and the first line is always prose.
    """
    sentences = draw(st.lists(article_sentences, min_size=1, max_size=8, unique=True))
    lines: list[str] = []
    injected: list[str] = []
    for sentence in sentences:
        lines.append(sentence)
        if draw(st.booleans()):
            line = draw(boilerplate_lines)
            lines.append(line)
            injected.append(line)
    separator = draw(st.sampled_from(("\n", "\n\n", "\r\n")))
    ending = draw(st.sampled_from(("", "\n")))
    return separator.join(lines) + ending, sentences, injected


# Text made of the fragments that drive `rejoin`'s decisions: bullets, indents,
# sentence ends, hyphens at line ends, connective words, CJK, stray punctuation.
_REJOIN_TOKENS = (
    "a",
    "b",
    "Word",
    "the",
    "of",
    "self",
    "recruit",
    "ment",
    "的",
    "招聘",
    " ",
    "  ",
    "    ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "-",
    "- ",
    "• ",
    "1. ",
    "2",
    "(a) ",
    ".",
    " .",
    ",",
    " ,",
    ":",
    " :",
    "(",
    ")",
    "?",
    "'",
)
rejoin_text = st.lists(st.sampled_from(_REJOIN_TOKENS), max_size=40).map("".join)
