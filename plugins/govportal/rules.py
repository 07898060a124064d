"""Every check the gate runs: an id, one line saying why it matters, and where to read more.

axe-core's own rules are reported as ``axe/<rule-id>`` with axe's help link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
WCAG = "https://www.w3.org/WAI/WCAG22/Understanding/"


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    help_url: str
    severity: Severity = "error"
    govportal_only: bool = False  # needs markup only govportal sites have


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("live-help-missing", "Every page needs a Live Help link so people can reach a person.", "https://www.usability.gov/how-to-and-tools/methods/index.html", govportal_only=True),
        Rule("live-help-outside-header", "The Live Help link must be in the page header, where people look for it.", WCAG + "consistent-help.html", govportal_only=True),
        Rule("live-help-not-in-view", "The Live Help link must be on screen when the page opens, at every screen size.", WCAG + "consistent-help.html", govportal_only=True),
        Rule("live-help-scrolls-away", "The Live Help link must stay on screen after scrolling to the end of the page.", WCAG + "consistent-help.html", govportal_only=True),
        Rule("live-help-not-reachable", "Keyboard users must reach the Live Help link within the first few Tab presses.", WCAG + "keyboard.html", govportal_only=True),
        Rule("page-load", "Every page must load in a browser.", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status"),
        Rule("reflow", "Nothing may make the page scroll sideways at 320 px wide (reflow).", WCAG + "reflow.html"),
        Rule("target-size", "Buttons and links need a 24 x 24 px target, or enough space around them.", WCAG + "target-size-minimum.html"),
        Rule("skip-link", "The first Tab press must offer a link that skips to the main content.", WCAG + "bypass-blocks.html"),
        Rule("skip-link-focus", "The skip link's target should take focus itself (tabindex=\"-1\"); some screen reader and browser pairs need it.", WCAG + "bypass-blocks.html", "warning"),
        Rule("focus-obscured", "Keyboard focus must never be wholly hidden behind a sticky header or other fixed part of the page.", WCAG + "focus-not-obscured-minimum.html"),
        Rule("forced-colours", "In high contrast (forced colours) mode, buttons and the Live Help link must keep a visible edge.", WCAG + "non-text-contrast.html"),
        Rule("language-of-parts", "Text in another language must be marked with lang, so screen readers pronounce it right.", WCAG + "language-of-parts.html"),
        Rule("focus-visible", "Links and buttons must look different when they have keyboard focus.", WCAG + "focus-visible.html"),
        Rule("one-h1", "A page needs exactly one main heading (h1).", WCAG + "info-and-relationships.html"),
        Rule("page-title", "Every page needs its own, non-empty title.", WCAG + "page-titled.html"),
        Rule("html-lang", "The page must say which language it is in (lang on <html>).", WCAG + "language-of-page.html"),
        Rule("page-language", "A page in a language folder (/es/) must say that language on <html>, or screen readers read it with the wrong sounds.", WCAG + "language-of-page.html"),
        Rule("feedback-form", "Every page needs the 'Was this page helpful?' form.", "https://digital.gov/topics/customer-experience/", govportal_only=True),
        Rule("feedback-label", "Every field of the feedback form needs a label.", WCAG + "labels-or-instructions.html", govportal_only=True),
        Rule("broken-link", "Links to other pages of the site must work.", WCAG + "link-purpose-in-context.html"),
        Rule("broken-anchor", "Links to a place on a page (#...) must find that place.", WCAG + "link-purpose-in-context.html"),
        Rule("bad-tel", "Phone links (tel:) must hold a number a phone can dial.", "https://www.rfc-editor.org/rfc/rfc3966"),
        Rule("bad-mailto", "Email links (mailto:) must hold a valid address.", "https://www.rfc-editor.org/rfc/rfc6068"),
        Rule("csp-violation", "Pages must not do what their Content Security Policy forbids: inline scripts, inline styles, other hosts.", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP"),
        Rule("external-request", "Pages must not load anything from another website (privacy, speed, reliability).", "https://digital.gov/resources/federal-website-standards/"),
        Rule("reading-level", "Text should be easy to read: grade 8 or below (Flesch-Kincaid) in English, 55 or more (Szigriszt-Pazos) in Spanish.", "https://www.plainlanguage.gov/guidelines/", "warning"),
        Rule("acronym", "Spell out an acronym the first time a page uses it.", WCAG + "abbreviations.html", "warning"),
        Rule("page-weight", "Pages must stay light for slow networks and small data plans.", "https://web.dev/articles/performance-budgets-101", "warning"),
        Rule("review-overdue", "Content is past its review date; check it is still right.", "https://digital.gov/resources/content-review/", "warning", govportal_only=True),
        Rule("expired-alert", "An alert or status notice must not be shown after it has ended.", "https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable.html", "error", govportal_only=True),
    )
}


def rule(rule_id: str) -> Rule:
    """The rule for ``rule_id``; axe rules are made up on the fly from axe's own data."""
    return RULES.get(rule_id) or Rule(rule_id, "", "")
