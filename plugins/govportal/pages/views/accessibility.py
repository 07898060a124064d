"""The view of the accessibility statement: the standard, the checks people made, and the form
to report a problem. What the computer checked is drawn from :class:`Evidence` (see
govportal.pages.accessibility_statement), filled in once the gate has run."""

from __future__ import annotations

from dataclasses import dataclass

from govportal.pages import urls
from govportal.pages.accessibility_statement import CheckRow, Evidence, statement
from govportal.pages.views.site import PageView, SiteView
from govportal.pages.views.survey import FollowUp, Hidden

A11Y_FOLLOW_UP = FollowUp("gp-a11y", "this problem")
UNCHECKED = Evidence()  # what the statement shows until the gate has run on the build


@dataclass(frozen=True)
class ProblemReport:
    """"Report an accessibility problem": where it posts, and what the form sends with it."""

    action: str
    hidden: tuple[Hidden, ...]
    comment_max: int
    follow_up: FollowUp = A11Y_FOLLOW_UP


@dataclass(frozen=True)
class AccessibilityView:
    standard: str
    manual_checks: tuple[CheckRow, ...]
    not_checked_by_hand: tuple[str, ...]
    report: ProblemReport
    evidence: Evidence = UNCHECKED


def accessibility_view(site: SiteView, page: PageView) -> AccessibilityView:
    found = statement(site.content.accessibility, site.today)
    return AccessibilityView(found.standard, tuple(found.manual_checks), tuple(found.not_checked_by_hand), problem_report(site))


def problem_report(site: SiteView) -> ProblemReport:
    return ProblemReport(site.accessibility_action(), (Hidden("page", "/" + urls.ACCESSIBILITY),), site.settings.feedback.max_comment_chars)
