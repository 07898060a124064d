"""``govportal new``: files that explain each field, never published with the template's text, never overwriting."""

from __future__ import annotations

from pathlib import Path

from tests.commands import invoke


def test_new_agency_and_service_are_created_and_must_be_edited(project: Path) -> None:
    made = invoke(project, "new", "agency", "libraries")
    assert made.exit_code == 0, made.stderr
    assert (project / "content/agencies/libraries.yml").read_text().startswith("# An agency")
    made = invoke(project, "new", "service", "libraries", "get-a-library-card")
    assert made.exit_code == 0, made.stderr
    assert "topics: [outdoors]" in (project / "content/services/libraries/get-a-library-card.md").read_text()
    checked = invoke(project, "validate")
    assert checked.exit_code == 1  # the template's example text is never published (issue 15)
    assert "error: content/agencies/libraries.yml: name: is still the template's example 'Example Agency'; write the real one" in checked.stderr


def test_new_refuses_to_overwrite_or_guess(project: Path) -> None:
    again = invoke(project, "new", "agency", "parks")
    assert again.exit_code == 1 and "already exists" in again.stderr
    orphan = invoke(project, "new", "service", "museums", "visit")
    assert orphan.exit_code == 1
    assert "there is no agency 'museums'; create it first with: govportal new agency museums" in orphan.stderr
    bad = invoke(project, "new", "agency", "Parks Dept")
    assert bad.exit_code == 1 and "lowercase letters, digits and hyphens" in bad.stderr
