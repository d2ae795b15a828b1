"""Widget labels: AI features, share bars, audio players, newsletter and app prompts.

These are the buttons and calls to action that article templates put around the
text. Extraction keeps their labels as short lines of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from cleaner.filters.base import PhraseFilter
from cleaner.registry import register

if TYPE_CHECKING:
    from cleaner.document import Line
    from cleaner.lexicons import Lexicon
    from cleaner.models import UserRules

# Prompts too varied for a phrase list (AI features, share links, script
# notices). Each alternative is a whole line.
_PROMPT_RE = regex.compile(
    r"""
      explore\ what\ .{1,60}?\ can\ do\ for\ you\W*    # "Explore what Daily8 AI can do for you:"
    | (?:ai|article)[-\ ]generated\ summary\W*         # "AI-generated summary"
    | listen\ to\ (?:this\ )?(?:article|story)\W*\d{1,3}\s*min(?:utes?|s)?\W*  # "Listen to this article · 5 min"
    | click\ to\ (?:share|email|print|tweet|pin)\b .{0,80}      # "Click to share on Facebook (Opens in new window)"
    | (?:please\ )?(?:enable|turn\ on)\ javascript\b .{0,100}   # "Please enable JavaScript to use this feature."
    | (?:you\ need\ to\ enable|javascript\ is\ (?:disabled|required)) .{0,100}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_NEWSLETTER_RE = regex.compile(
    r"""
      (?: click\ (?:here\ )?to\                                # "Click here to subscribe to ..."
        | please,?\ (?:fill\ (?:in\ |out\ )?the\ form\ to\ )?      # "Please, fill the form to subscribe ..."
        | want\ more\b[^?]{0,40}\?\s+ )?                         # "Want more deals? Join the ..."
      (?:
        (?:sign\ up|subscribe|register|opt\ in)\b               # "Sign up for our daily newsletter ..."
        .{0,80}?\b(?:newsletters?|(?:our|daily|morning|evening|weekly|free|e-?mail)\ briefings?
                   |mailing\ list|e-?mail\ alerts?)\b .{0,120}
      | (?:get|join)\ (?:our|the)\ .{0,40}?\b(?:newsletter|mailing\ list)\W*  # "Get our free daily newsletter"
      )
    | no\ spam\s*[,.!] .{0,60}?\bunsubscribe\b .{0,160}         # "No spam, we promise. You can unsubscribe ..."
    | get\ .{0,60}?\b(?:(?:delivered|sent)\ )?(?:straight\ |right\ |directly\ )?(?:to|in|into)\ your\ inbox
      \W* (?: (?:sign\ up|subscribe)\b .{0,80} )?        # "Get the latest news delivered to your inbox"
    | by\ (?:signing\ up|subscribing|clicking|registering)\b .{0,160}?\b(?:privacy|terms)\b .{0,80}
    | (?:thanks|thank\ you)\ for\ (?:signing\ up|subscribing)\b .{0,80}
    | already\ (?:a\ subscriber|have\ an\ account)\W+(?:sign|log)\ ?in\W*
    | enter\ your\ e-?mail(?:\ address)?\W*
    | you\ (?:are\ receiving|received)\ this\ (?:e-?mail|newsletter|message)\ because\b .{0,160}  # Mailchimp footer
    | want\ to\ change\ how\ you\ receive\ these\ e-?mails\W*
    | (?:you\ can\ )?(?:update\ your\ preferences|unsubscribe)\b .{0,100}
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_APP_PROMPT_RE = regex.compile(
    r"""
      (?i:download|get|install|open\ in|read\ in|try)\ (?i:our\ |the\ |this\ )?
        (?:(?:\p{Lu}[\p{L}\d&.]*|(?i:free|mobile|new|official))\ ){0,3}   # brand: "the SCMP", "our free"
        (?i:app)\b
        (?:\ (?i:for|to|and|now|today|on)\b[^.!?,;]{0,60})?\W*       # "... for the latest news"
    | (?i:(?:available|download)\ (?:it\ )?on\ the\ app\ store)\W*
    | (?i:get\ it\ on\ google\ play)\W*
    """,
    regex.VERBOSE,
)

_PROMPTS = ((_PROMPT_RE, "prompt"), (_NEWSLETTER_RE, "newsletter"), (_APP_PROMPT_RE, "app_prompt"))
_PROMPT_FIRST_WORDS = frozenset(
    """explore ai article listen click please enable turn you javascript sign subscribe register
    join opt get by thanks thank already enter want update unsubscribe download install open read
    try available no""".split()
)
# The first word, without the separators of a share bar ("Facebook/Twitter") or a
# compound ("AI-generated"): what the prompt patterns can start with.
_FIRST_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_ASCII_FIRST_WORD_RE = re.compile("[A-Za-z0-9]+")  # the same in ASCII text, found faster
# Words a share button puts between "Share" and the networks: "Share this article on X".
_SHARE_FILLERS = frozenset(("this", "it", "article", "story", "post", "on", "via", "to", "with"))
_SEPARATORS_RE = regex.compile(r"[\s|·•,/]+")
# A prompt speaks to the reader; a line that attributes what it says is reported prose.
_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
# Long lines are prose; prompts are short.
_MAX_PROMPT_CHARS = 220


@register
class Widgets(PhraseFilter):
    """Remove widget labels and calls to action standing alone on a line.

    >>> from cleaner import clean
    >>> clean("Try Our AI Features\\nShare\\nThe council met on Monday.")
    'The council met on Monday.\\n'
    """

    name = "widgets"
    family = "widgets"
    phrase_rule = "button"

    guard_single_words = False  # "Share", "Print": button labels, not headings

    def __init__(self, lexicon: Lexicon, custom: UserRules | None = None) -> None:
        super().__init__(lexicon, custom)
        self._networks = lexicon.phrases("widgets_context")

    def pattern_rule_for(self, line: Line) -> str | None:
        """Prompts matched by structure, and share bars written on one line."""
        text = line.stripped
        if len(text) > _MAX_PROMPT_CHARS:
            return None
        first_word = (_ASCII_FIRST_WORD_RE if text.isascii() else _FIRST_WORD_RE).search(text)
        first = first_word.group().casefold() if first_word else ""
        if first in self._networks or first == "share":
            parts = [p for p in _SEPARATORS_RE.split(line.key) if p]
            buttons = [p in self._networks or p == "share" for p in parts]
            if len(parts) >= 2 and (
                all(buttons)  # "Facebook Twitter Email", "Share | Facebook | X"
                or (  # "Share this on WhatsApp"
                    any(p in self._networks for p in parts)
                    and all(b or p in _SHARE_FILLERS for b, p in zip(buttons, parts, strict=True))
                )
            ):
                return "share_bar"
        if first not in _PROMPT_FIRST_WORDS:
            return None  # every prompt pattern starts with one of these words
        rule = next((rule for pattern, rule in _PROMPTS if pattern.fullmatch(text)), None)
        if rule is not None and _ATTRIBUTION_RE.search(text):
            return None  # "..., members said.": a sentence that reports, not a prompt
        return rule
