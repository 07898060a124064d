"""One finding per defect: where axe and one of our rules check the same thing, a page with that
defect gets one issue, ours, naming axe's rule too (people fix defects, not rule ids)."""

from __future__ import annotations

from dataclasses import replace

from govportal.gate.issues import Issue

# Our rule -> axe rules that report the same defect.
SAME_DEFECT: dict[str, tuple[str, ...]] = {
    "html-lang": ("axe/html-has-lang",),
    "page-title": ("axe/document-title",),
    "target-size": ("axe/target-size",),
    "skip-link": ("axe/bypass",),
    "one-h1": ("axe/page-has-heading-one",),
}
# Rules about the whole page: any issue on the page is the same defect, whatever element is named.
PAGE_WIDE = frozenset({"html-lang", "page-title", "skip-link", "one-h1"})


# axe rules whose issues must name elements as our probes do (``__gp.selector``) to be matched.
AXE_BY_ELEMENT = tuple(axe[len("axe/") :] for ours, same in SAME_DEFECT.items() if ours not in PAGE_WIDE for axe in same)


def _same(ours: Issue, theirs: Issue) -> bool:
    return (
        theirs.rule in SAME_DEFECT.get(ours.rule, ())
        and theirs.page == ours.page
        and ours.viewport in ("", theirs.viewport)
        and (ours.rule in PAGE_WIDE or theirs.selector == ours.selector)
    )


def merge_duplicates(issues: list[Issue]) -> list[Issue]:
    """``issues`` with each axe issue that repeats one of ours folded into ours."""
    ours_by_page: dict[str, list[int]] = {}
    for index, issue in enumerate(issues):
        if issue.rule in SAME_DEFECT:
            ours_by_page.setdefault(issue.page, []).append(index)
    result = list(issues)
    folded: set[int] = set()
    for index, theirs in enumerate(issues):
        if not theirs.rule.startswith("axe/"):
            continue
        match = next((j for j in ours_by_page.get(theirs.page, []) if _same(issues[j], theirs)), None)
        if match is None:
            continue
        folded.add(index)
        if theirs.rule not in result[match].message:
            result[match] = replace(result[match], message=f"{result[match].message} (axe reports the same: {theirs.rule})")
    return [issue for index, issue in enumerate(result) if index not in folded]
