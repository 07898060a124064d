"""A self-contained, accessible HTML report: no scripts, no outside requests, readable on a phone."""

from __future__ import annotations

from html import escape

from govportal.gate.issues import GateRun
from govportal.reports.grouping import by_rule

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}a{color:#005ea2}
.error{color:#b50909}.warning{color:#7a4d00}.pass{color:#00633a}
li{margin:.3rem 0;overflow-wrap:anywhere}code{background:#f0f0f0;padding:0 .2rem}
a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
"""


def html_report(run: GateRun) -> str:
    verdict = "passed" if run.passed else "failed"
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>Accessibility gate {verdict}</title><style>{_STYLE}</style></head><body><main>",
        f'<h1>Accessibility gate <span class="{"pass" if run.passed else "error"}">{verdict}</span></h1>',
        f"<p>{len(run.pages)} pages at {len(run.viewports)} screen sizes ({escape(', '.join(run.viewports))}); "
        f"{len(run.skipped)} unchanged since they last passed. {len(run.errors)} errors, {len(run.warnings)} warnings.</p>",
    ]
    groups = by_rule(run.issues)
    if groups:
        parts.append('<nav aria-label="Rules"><ul>')
        parts += [f'<li><a href="#rule-{escape(r)}">{escape(r)}</a> ({len(i)})</li>' for r, _, _, i in groups]
        parts.append("</ul></nav>")
    for rule_id, summary, help_url, issues in groups:
        severity = issues[0].severity
        parts.append(f'<section aria-labelledby="rule-{escape(rule_id)}"><h2 id="rule-{escape(rule_id)}" class="{severity}">{escape(severity.title())}: {escape(rule_id)} ({len(issues)})</h2>')
        parts.append(f"<p>{escape(summary)}" + (f' <a href="{escape(help_url)}">How to fix {escape(rule_id)}</a>' if help_url else "") + "</p><ul>")
        for issue in issues:
            size = f" at {escape(issue.viewport)}" if issue.viewport else ""
            details = "".join(f"<li>{escape(line)}</li>" for line in issue.details)
            parts.append(f"<li><strong>/{escape(issue.page)}</strong>{size}: <code>{escape(issue.selector)}</code> {escape(issue.message)}" + (f"<ul>{details}</ul>" if details else "") + "</li>")
        parts.append("</ul></section>")
    if run.fixed:
        parts.append("<h2>Fixed since the baseline</h2><ul>")
        parts += [f"<li>{escape(r)} /{escape(p)} {escape(v)} <code>{escape(s)}</code></li>" for r, p, v, s in run.fixed]
        parts.append("</ul>")
    parts.append("</main></body></html>\n")
    return "".join(parts)
