"""``validate``: site.yml and the content checked together, every problem at once."""

from __future__ import annotations

from pathlib import Path

from govportal.findings import Finding
from govportal.validate import Validated, validate


def validated(project: Path) -> Validated:
    result = validate(project / "site.yml")
    assert isinstance(result, Validated), result
    return result


def test_a_valid_project_has_no_findings(project: Path) -> None:
    result = validated(project)
    assert result.findings == []
    assert result.content is not None
    assert result.project.docs_dir == project / "content"


def test_a_wrong_site_yml_is_the_whole_answer(project: Path) -> None:
    (project / "site.yml").write_text("plugins: [govportal: {timezone: Mars/Base}]\n", encoding="utf-8")
    [finding] = validate(project / "site.yml")  # type: ignore[misc]
    assert (finding.path, finding.field) == (str(project / "site.yml"), "plugins.govportal.timezone")


def test_ended_alerts_and_broken_body_links_are_reported_together(project: Path) -> None:
    content = project / "content"
    (content / "alerts.yml").write_text(
        "- title: Closed for a holiday\n  message: Offices are closed.\n  severity: information\n"
        "  scope: portal\n  starts: 2026-11-01T08:00\n  ends: 2026-11-02T08:00\n",
        encoding="utf-8",
    )
    (content / "privacy.md").write_text("# Privacy\n\nSee [the missing page](missing.md).\n", encoding="utf-8")
    assert validated(project).findings == [
        Finding("content/alerts.yml", "alerts[1]", "'Closed for a holiday' ended 2026-11-02 08:00; it is left out of the site. Remove it from the file", "warning"),
        Finding("content/privacy.md", "line 3", "the link 'missing.md' leads to no page or file of this site; check the address"),
    ]


def test_content_that_does_not_load_leaves_no_content_and_names_the_field(project: Path) -> None:
    agency = project / "content" / "agencies" / "parks.yml"
    agency.write_text(agency.read_text(encoding="utf-8").replace("acronym: DSP\n", "acronym: DSP\nmotto: Outdoors\n"), encoding="utf-8")
    result = validated(project)
    assert result.content is None
    assert result.findings == [Finding("content/agencies/parks.yml", "motto", "is not a field we know; check the spelling or remove it")]
