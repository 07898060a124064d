"""JUnit XML: one test case per page and screen size, so CI shows each as passed or failed.

Checks that do not depend on screen size are reported on the first size's test case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from govportal.gate.issues import GateRun, Issue


def junit_xml(run: GateRun) -> str:
    by_case: dict[tuple[str, str], list[Issue]] = defaultdict(list)
    first = run.viewports[0] if run.viewports else ""
    for issue in run.issues:
        by_case[(issue.page, issue.viewport or first)].append(issue)
    skipped = set(run.skipped)
    cases = [(page, viewport) for page in run.pages for viewport in run.viewports]
    failures = sum(1 for case in cases if any(i.severity == "error" for i in by_case[case]))
    skips = sum(1 for page, _ in cases if page in skipped)
    attrs = {"name": "govportal gate", "tests": str(len(cases)), "failures": str(failures), "errors": "0", "time": f"{run.seconds:.3f}"}
    root = ET.Element("testsuites", attrs)
    suite = ET.SubElement(root, "testsuite", {**attrs, "skipped": str(skips)})
    for page, viewport in cases:
        case = ET.SubElement(suite, "testcase", {"classname": _classname(page), "name": viewport, "file": "/" + page, "time": "0"})
        if page in skipped:
            ET.SubElement(case, "skipped", {"message": "unchanged since it last passed"})
            continue
        issues = by_case[(page, viewport)]
        for issue in (i for i in issues if i.severity == "error"):
            failure = ET.SubElement(case, "failure", {"type": issue.rule, "message": f"{issue.selector}: {issue.message}"})
            failure.text = f"{issue.rule} at /{page} [{viewport}] {issue.selector}\n{issue.message}\n{issue.help_url}"
        warnings = [i for i in issues if i.severity == "warning"]
        if warnings:
            ET.SubElement(case, "system-out").text = "\n".join(f"warning {i.rule} {i.selector}: {i.message}" for i in warnings)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _classname(page: str) -> str:
    return "site." + (page.strip("/").replace("/", ".").replace(".html", "") or "home")
