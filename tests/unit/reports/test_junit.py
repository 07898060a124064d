"""JUnit XML: a test case per page and screen size, valid against the schema CI tools read."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import xmlschema

from govportal.gate.issues import GateRun, Issue
from govportal.reports.junit import junit_xml
from tests.unit.reports.runs import ERROR, WARNING, gate_run

JUNIT_XSD = Path(__file__).parents[2] / "fixtures" / "junit.xsd"


def test_one_case_per_page_and_size_valid_against_the_schema() -> None:
    text = junit_xml(gate_run(["", "about/", "help/index.html"], [ERROR, WARNING], 2.5))
    xmlschema.XMLSchema(JUNIT_XSD).validate(text)
    suite = ET.fromstring(text).find("testsuite")
    assert suite is not None
    assert {name: suite.get(name) for name in ("tests", "failures", "skipped", "time")} == {"tests": "6", "failures": "1", "skipped": "2", "time": "2.500"}
    cases = {(c.get("classname"), c.get("name")): c for c in suite.iter("testcase")}
    assert set(cases) == {(page, size) for page in ("site.home", "site.about", "site.help.index") for size in ("mobile", "desktop")}
    [failure] = cases[("site.about", "mobile")].findall("failure")  # a check not tied to a size: on the first size
    assert failure.get("type") == "broken-link" and failure.get("message") == 'a[href="/x/"]: the link goes nowhere'
    assert cases[("site.about", "desktop")].find("failure") is None
    assert cases[("site.home", "mobile")].find("skipped") is not None  # unchanged since it last passed


def test_warnings_are_output_not_failures() -> None:
    run = GateRun(pages=["a/"], viewports=["mobile"], issues=[Issue("reading-level", "a/", "mobile", "main", "grade 9", "warning")])
    case = ET.fromstring(junit_xml(run)).find("testsuite/testcase")
    assert case is not None and case.find("failure") is None
    assert case.findtext("system-out") == "warning reading-level main: grade 9"
