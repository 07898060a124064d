"""axe-core's WCAG rules, from the copy bundled with axe-playwright-python.

The header, banner, menu and footer are the same on most pages, and re-checking them
on every page is most of axe's time. Each distinct version of those shared parts is
checked once per viewport; after that axe checks only the page's own content.

At the widths after the first, only the rules a width change can alter run again (WIDTH_RULES);
the others' findings at the first width stand for every width, as long as nothing was shown or
hidden by the change of width (proven on every fixture and sample page: tests/browser/test_gate_axe_widths.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.duplicates import AXE_BY_ELEMENT
from govportal.gate.issues import Issue


@lru_cache(maxsize=1)
def axe_source() -> str:
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


class SharedParts:
    """Remembers which versions of the shared page parts axe has already checked."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()

    def first_time(self, viewport: str, html: str) -> bool:
        key = (viewport, hashlib.sha256(html.encode()).hexdigest())
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


COLOUR_RULES = ("color-contrast", "color-contrast-enhanced", "link-in-text-block")

# Rules whose result a change of width can alter although the page shows and hides the same
# elements: they measure the layout, not the markup. Every other rule in axe's WCAG tags reads the
# DOM, ARIA, attributes, the accessibility tree and whether an element is hidden (display,
# visibility, content-visibility); a width change alters those only by showing or hiding something,
# and then the page gets a full run at that width (probes.js hiddenEdges tells).
WIDTH_RULES = (
    "target-size",  # sizes and the spacing between targets change with the layout
    "scrollable-region-focusable",  # whether a region overflows and scrolls depends on the width
    "css-orientation-lock",  # 320 x 640 is portrait, 1280 x 800 landscape (experimental: off by tag)
    "p-as-heading",  # compares font sizes, which media queries set (experimental: off by tag)
    "label-content-name-mismatch",  # reads the text visible on screen (experimental: off by tag)
    *COLOUR_RULES,  # backgrounds under text and overlaps move with the layout; run per colour_rules_every_viewport
)

# axe names elements its own way; for rules that repeat one of ours, name them as our probes do,
# so merge_duplicates can tell it is the same element. ``only``, when set, leaves just those of the
# tagged rules on (a rule outside the configured tags, or experimental, still does not run).
CANONICAL_RUN = """([context, options, canonical, only]) => {
  if (only) {
    options.rules = options.rules || {};
    for (const { ruleId } of axe.getRules()) if (!only.includes(ruleId)) options.rules[ruleId] = { enabled: false };
  }
  return axe.run(context || document, options).then((results) => {
  for (const violation of results.violations.filter((v) => canonical.includes(v.id))) {
    for (const node of violation.nodes) {
      const element = node.target.length === 1 && typeof node.target[0] === "string" ? document.querySelector(node.target[0]) : null;
      if (element) node.target = [__gp.selector(element)];
    }
  }
  return results;
})}"""


def _options(where: Where, disabled: list[str]) -> dict[str, Any]:
    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": where.settings.axe_tags}, "resultTypes": ["violations"], "iframes": False}
    if disabled:
        options["rules"] = {rule_id: {"enabled": False} for rule_id in disabled}
    return options


class PageAxe:
    """axe on one page, at each viewport in turn (the first viewport first).

    At the first viewport every rule runs. At the others, with ``axe_second_width: limited``, only
    WIDTH_RULES run, and the other rules' findings at the first viewport are repeated for this one,
    which is what a full run finds there: unless the width change showed or hid an element, or the
    shared parts are checked whole at one viewport and not at the other, in which case all run.
    """

    def __init__(self, shared: SharedParts, disabled: list[str]) -> None:
        self.shared = shared
        self.disabled = disabled
        self.first: _FirstViewport | None = None
        self._whole: dict[str, bool] = {}  # per viewport: shared parts included (decided once, so a check can be repeated)

    async def check(self, page: Page, where: Where) -> list[Issue]:
        settings = where.settings
        disabled = self.disabled if self.first is None or settings.colour_rules_every_viewport else [*self.disabled, *COLOUR_RULES]
        parts = settings.shared_parts
        state = await page.evaluate("s => __gp.axeContext(s)", parts)
        if where.viewport not in self._whole:
            self._whole[where.viewport] = not state["chrome"] or self.shared.first_time(where.viewport, state["chrome"])
        whole = self._whole[where.viewport]
        context: Any = None if whole else {"exclude": [[s] for s in parts]}
        first = self.first
        limited = first is not None and settings.axe_second_width == "limited" and first.whole == whole and first.hidden == state["hidden"]
        only = [r for r in WIDTH_RULES if r not in disabled] if limited else None
        results = await page.evaluate(CANONICAL_RUN, [context, _options(where, disabled), list(AXE_BY_ELEMENT), only])
        found = _issues(results, where)
        if first is None:
            self.first = _FirstViewport(found, whole, state["hidden"])
        elif only is not None:
            found += [replace(i, viewport=where.viewport) for i in first.issues if i.rule[len("axe/") :] not in [*only, *disabled]]
        return found


@dataclass(frozen=True)
class _FirstViewport:
    """What axe found at the first viewport, and what it looked at."""

    issues: list[Issue]
    whole: bool  # shared parts included
    hidden: list[int]  # which elements were hidden: probes.js hiddenEdges


def _issues(results: dict[str, Any], where: Where) -> list[Issue]:
    found = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = (node.get("failureSummary") or "").splitlines()
            detail = summary[1].strip() if len(summary) > 1 else ""
            message = f"{violation['help']}" + (f": {detail}" if detail else "")
            target = " ".join(str(t) for t in node["target"])
            found.append(Issue(f"axe/{violation['id']}", where.page, where.viewport, target, message, "error", violation["helpUrl"]))
    return found
