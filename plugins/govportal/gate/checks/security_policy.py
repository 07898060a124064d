"""Content Security Policy violations: what the browser refused to run or load on the page.

A published page that trips its own policy has something broken (a script or style that does
not work for visitors) or something injected; either way it must not be published.
"""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

# What browsers report as blockedURI when what they blocked is not a file.
_NOT_FILES = {"eval": "eval() or new Function()", "wasm-eval": "WebAssembly", "data": "a data: address", "blob": "a blob: address"}
_SAMPLE_CHARS = 60


def _blocked(directive: str, blocked: str) -> str:
    if blocked == "inline":
        return "an inline style (<style> or style=\"…\")" if directive.startswith("style") else "an inline script or event handler (onclick=…)"
    return _NOT_FILES.get(blocked) or blocked or "something"


def describe(violation: dict[str, Any]) -> str:
    """``the page's Content Security Policy (script-src-elem) blocked an inline script …: "alert(1)", line 12``."""
    directive = str(violation["directive"])
    sample = str(violation["sample"])[:_SAMPLE_CHARS]
    message = f"the page's Content Security Policy ({directive}) blocked {_blocked(directive, str(violation['blocked']))}"
    return message + (f': "{sample}"' if sample else "") + (f", line {violation['line']}" if violation["line"] else "")


async def check_security_policy(page: Page, where: Where) -> list[Issue]:
    """One issue per distinct violation, however often the page repeated it."""
    found: dict[tuple[str, str], Issue] = {}
    for violation in await page.evaluate("__gp.policyViolations()"):
        message = describe(violation)
        found.setdefault((violation["selector"], message), where.issue("csp-violation", violation["selector"], message, per_viewport=False))
    return list(found.values())
