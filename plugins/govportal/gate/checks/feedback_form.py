"""The 'Was this page helpful?' form: on every page, every field labelled."""

from __future__ import annotations

from typing import Any

from govportal.gate.checks import Where
from govportal.gate.issues import Issue


def check_feedback_form(info: dict[str, Any], where: Where) -> list[Issue]:
    """Judges ``__gp.feedbackForm()``'s facts of a page."""
    if not info["found"]:
        return [where.issue("feedback-form", "body", "the page has no feedback form (form[data-gp-feedback])", per_viewport=False)]
    return [where.issue("feedback-label", s, "this feedback field has no label", per_viewport=False) for s in info["unlabeled"]]
