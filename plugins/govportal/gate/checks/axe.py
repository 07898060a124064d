"""axe-core's WCAG rules, from the copy bundled with axe-playwright-python.

The header, banner, menu and footer are the same on most pages, and re-checking them
on every page is most of axe's time. Each distinct version of those shared parts is
checked once per viewport; after that axe checks only the page's own content.
"""

from __future__ import annotations

import hashlib
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

# axe names elements its own way; for rules that repeat one of ours, name them as our probes do,
# so merge_duplicates can tell it is the same element.
CANONICAL_RUN = """([context, options, canonical]) => axe.run(context || document, options).then((results) => {
  for (const violation of results.violations.filter((v) => canonical.includes(v.id))) {
    for (const node of violation.nodes) {
      const element = node.target.length === 1 && typeof node.target[0] === "string" ? document.querySelector(node.target[0]) : null;
      if (element) node.target = [__gp.selector(element)];
    }
  }
  return results;
})"""


def _options(where: Where, disabled: list[str]) -> dict[str, Any]:
    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": where.settings.axe_tags}, "resultTypes": ["violations"], "iframes": False}
    if disabled:
        options["rules"] = {rule_id: {"enabled": False} for rule_id in disabled}
    return options


async def check_axe(page: Page, where: Where, shared: SharedParts, disabled: list[str], first_viewport: bool = True) -> list[Issue]:
    """axe's rules on the page; colour rules only at the first viewport unless settings say otherwise."""
    if not first_viewport and not where.settings.colour_rules_every_viewport:
        disabled = [*disabled, *COLOUR_RULES]
    parts = where.settings.shared_parts
    html = await page.evaluate("s => __gp.chrome(s)", parts) if parts else ""
    whole = not html or shared.first_time(where.viewport, html)
    context: Any = None if whole else {"exclude": [[s] for s in parts]}
    results = await page.evaluate(CANONICAL_RUN, [context, _options(where, disabled), list(AXE_BY_ELEMENT)])
    found = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = (node.get("failureSummary") or "").splitlines()
            detail = summary[1].strip() if len(summary) > 1 else ""
            message = f"{violation['help']}" + (f": {detail}" if detail else "")
            target = " ".join(str(t) for t in node["target"])
            found.append(Issue(f"axe/{violation['id']}", where.page, where.viewport, target, message, "error", violation["helpUrl"]))
    return found
