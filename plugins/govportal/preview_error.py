"""The page the preview shows instead of the portal while the last save cannot be built.

An editor who keeps a tab open must never read an old page and think it is their change,
so every page of the preview answers this one, listing the problems in the words of
``govportal validate``. It is self-contained (no theme, no stylesheet, no script of its
own): the theme itself may be what is broken. Everything from the editor's files is escaped.
"""

from __future__ import annotations

from html import escape

from govportal.findings import Finding

TITLE = "The preview is not up to date"

_STYLE = """
body { font: 1.125rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1.5rem; color: #1b1b1b; }
h1 { font-size: 1.75rem; line-height: 1.2; border-left: .5rem solid #b50909; padding-left: 1rem; }
li { margin-bottom: 1rem; }
.gp-preview-error__where { font-weight: 700; overflow-wrap: anywhere; }
code { font-size: 1rem; }
"""


def _problems(count: int) -> str:
    return f"{count} problem{'s' if count != 1 else ''} to fix"


def title(findings: list[Finding]) -> str:
    """The tab's title, so a glance at the tab says the preview is stale and why."""
    return f"{TITLE}: {_problems(len(findings))}"


def _item(found: Finding) -> str:
    where = f"{found.path}: {found.field}" if found.field else found.path
    return f'<li><span class="gp-preview-error__where">{escape(where)}</span>: {escape(found.message)}</li>'


def error_page(findings: list[Finding]) -> str:
    """A whole HTML page listing ``findings`` (errors first), one item each, escaped."""
    ordered = sorted(findings, key=lambda f: (f.severity != "error", f))
    items = "\n".join(_item(f) for f in ordered)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title(findings))}</title>
<link rel="icon" href="data:,">
<style>{_STYLE}</style>
</head>
<body>
<main>
<h1>{TITLE}: {_problems(len(findings))}</h1>
<p>Your last save could not be built, so the preview is showing this page instead of the portal.
Fix each problem below and save the file again: this page reloads by itself when the portal builds.</p>
<ol>
{items}
</ol>
<p>These are the problems <code>govportal validate</code> lists, with the file and line to look at.</p>
</main>
</body>
</html>
"""
