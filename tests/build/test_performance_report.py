"""Export and the performance report: figures that match the stored rows, text kept as text."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner

from govportal.build import build
from govportal.cli import main
from govportal.feedback.export import EXPORT_COLUMNS, export_csv, export_json
from govportal.feedback.report import build_report
from govportal.config.feedback import FeedbackSettings
from govportal.feedback.store import MIGRATIONS, Entry, Store, migrate, open_store

SCRIPT = "<script>alert('x')</script>"


def fill(store: Store) -> None:
    """A month and a half of answers about two agencies."""
    october, november = datetime(2026, 10, 5, tzinfo=UTC), datetime(2026, 11, 20, tzinfo=UTC)
    page = "/services/dmv/renew-drivers-license/"
    for when, helpful in [(october, True), (october, False), (november, True), (november, True)]:
        store.add(Entry(kind="page", page=page, agency="dmv", service="dmv/renew-drivers-license", helpful=helpful), when)
    store.add(Entry(kind="survey", page=page + "survey/", agency="dmv", service="dmv/renew-drivers-license", satisfaction=5, trust=4,
                    went_well=("ease",), could_be_better=("efficiency",), comment=SCRIPT, follow_up=True, contact="pat@example.com"), november)
    store.add(Entry(kind="survey", page=page + "survey/", agency="dmv", service="dmv/renew-drivers-license", satisfaction=2, trust=2,
                    could_be_better=("efficiency", "transparency")), november)
    store.add(Entry(kind="page", page="/agencies/revenue/", agency="revenue", helpful=False, comment="=HYPERLINK(\"http://x\")"), november)


def test_report_figures_match_the_rows(store: Store) -> None:
    fill(store)
    report = build_report(store.rows(), FeedbackSettings())
    portal = report.portal
    assert (portal.responses, portal.page_responses, portal.survey_responses) == (7, 5, 2)
    assert portal.helpful_percent == 60.0  # 3 of 5
    assert (portal.satisfaction_average, portal.satisfied_percent) == (3.5, 50.0)
    assert (portal.trust_average, portal.trust_percent) == (3.0, 50.0)
    assert [(r.id, r.count) for r in portal.could_be_better] == [("efficiency", 2), ("transparency", 1)]
    assert portal.could_be_better[0].label == "It took too long"
    assert portal.follow_up_pending == 1
    assert [(m.month, m.responses, m.helpful_percent) for m in portal.months] == [("2026-10", 2, 50.0), ("2026-11", 5, 66.7)]
    dmv, revenue = report.agencies
    assert (dmv.id, dmv.summary.responses, revenue.id, revenue.summary.helpful_percent) == ("dmv", 6, "revenue", 0.0)
    assert [s.id for s in dmv.services] == ["dmv/renew-drivers-license"]
    assert dmv.comments == [] and revenue.comments == []  # private unless the portal publishes approved ones
    assert (str(report.first_response), str(report.last_response)) == ("2026-10-05", "2026-11-20")

    [done] = store.mark_followed_up([7, 5, 99])
    assert done == 5
    assert build_report(store.rows(), FeedbackSettings()).portal.follow_up_pending == 0


def test_export_has_stable_columns_and_neutralises_formulas(store: Store) -> None:
    fill(store)
    table = list(csv.reader(io.StringIO(export_csv(store.rows()))))
    assert table[0] == EXPORT_COLUMNS
    assert len(table) == 8
    by_id = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in table[1:]}
    assert by_id["5"]["comment"] == SCRIPT and by_id["5"]["could_be_better"] == "efficiency"
    assert by_id["5"]["follow_up"] == "yes" and by_id["5"]["contact"] == "pat@example.com"
    assert by_id["7"]["comment"] == "'=HYPERLINK(\"http://x\")"  # a spreadsheet shows it, never runs it
    assert by_id["1"]["received_at"] == "2026-10-05T00:00:00+00:00"
    records = json.loads(export_json(store.rows()))
    assert [list(r) for r in records] == [EXPORT_COLUMNS] * 7
    assert records[6]["comment"] == "=HYPERLINK(\"http://x\")" and records[4]["went_well"] == ["ease"]


def test_schema_migration_is_recorded_and_repeatable(database_url: str) -> None:
    first = open_store(database_url)
    first.add(Entry(kind="page", page="/", helpful=True))
    assert migrate(first.engine) == len(MIGRATIONS) == 3
    first.close()
    again = open_store(database_url)  # a restarted receiver keeps what was stored
    assert again.count() == 1
    again.close()


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``govportal ARGS`` from the project folder, in this process with click's test runner:
    a new process costs a second or more of start-up for each of the many calls here."""
    previous = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(["govportal", *args], result.exit_code, result.stdout, result.stderr)


def publish_comments(project: Path, setting: str = "true") -> None:
    """Turn on published comments in the project's site.yml (they are off by default)."""
    config = project / "site.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - govportal:\n" in text
    config.write_text(text.replace("  - govportal:\n", f"  - govportal:\n      feedback: {{publish_comments: {setting}}}\n", 1), encoding="utf-8")


def test_report_is_published_by_the_build_with_comments_as_text(project: Path) -> None:
    publish_comments(project)
    database = project / "feedback.sqlite3"
    store = open_store(f"sqlite:///{database}")
    store.add(Entry(kind="survey", page="/", agency="parks", satisfaction=4, trust=4, comment=SCRIPT))
    store.close()
    url = f"sqlite:///{database}"
    assert run(project, "feedback", "approve", "1", "--database-url", url).returncode == 0
    result = run(project, "feedback", "report", "--database-url", url)
    assert result.returncode == 0, result.stderr
    assert "content/performance.json: 1 responses from 1 agencies" in result.stdout
    report = build(project / "site.yml")
    assert report.ok, report.findings
    html = (project / "site/performance/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html and SCRIPT not in html
    assert "Satisfied with the service" in html and "100%" in html
    assert json.loads((project / "site/performance.json").read_text(encoding="utf-8"))["portal"]["responses"] == 1

    exported = run(project, "feedback", "export", "--format", "json", "--database-url", url)
    assert exported.returncode == 0 and json.loads(exported.stdout)[0]["comment"] == SCRIPT
    replied = run(project, "feedback", "followed-up", "1", "--database-url", url)
    assert replied.returncode == 1 and "no follow-up was asked for in response 1" in replied.stderr


def test_broken_report_file_is_an_editor_error(project: Path) -> None:
    (project / "content/performance.json").write_text("{\"portal\": 3", encoding="utf-8")
    result = run(project, "validate")
    assert result.returncode == 1
    assert "content/performance.json: is not valid JSON" in result.stderr


def test_every_feedback_command_has_help(project: Path) -> None:
    for command in ("serve", "export", "report", "followed-up", "review", "approve", "purge"):
        result = run(project, "feedback", command, "--help")
        assert result.returncode == 0 and "--database-url" in result.stdout
