"""Validation of editors' files: every error class, in editor language, all at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from govportal.content import load_content
from govportal.findings import Finding
from govportal.model.form import FormsSettings
from tests.unit.content.test_yaml_mistakes import NBSP
from tests.conftest import REPO, TODAY

Edit = Callable[[Path, str, str], None]
CAMPSITE = "services/parks/reserve-a-campsite.md"


def messages(content: Path) -> list[str]:
    result = load_content(content, TODAY)
    assert result.content is None, "expected the content to be rejected"
    return [str(f) for f in result.findings]


def test_minimal_content_is_valid(content: Path) -> None:
    result = load_content(content, TODAY)
    assert result.findings == []
    assert result.content is not None
    assert list(result.content.agencies) == ["parks"]
    page = result.content.services[0]
    assert (page.slug, page.agency_id, page.id) == ("reserve-a-campsite", "parks", "parks/reserve-a-campsite")
    assert page.service.who_can_use == ["Anyone 18 or older."]


def test_sample_portal_is_valid() -> None:
    result = load_content(REPO / "content", TODAY, FormsSettings(allowed_hosts=["forms.example.gov", "sign.example.gov"]))
    # The sample shows the warning for a control number close to its end, and one stale translation.
    assert [str(f) for f in result.findings] == [
        "content/services/revenue/set-up-a-payment-plan.md: forms[1].control_number.expires: form 'tc-804': control number EX-2019-114 expires on 2027-01-31; start renewing it",
        "content/services/workforce/apply-for-food-assistance.es.md: translated_from: content/services/workforce/apply-for-food-assistance.md changed since this Spanish translation was made; update the translation, then run: govportal translations mark content/services/workforce/apply-for-food-assistance.es.md",
    ]
    assert result.content is not None
    assert len(result.content.agencies) >= 6
    assert len(result.content.services) >= 24


def test_unknown_agency_id(content: Path, edit: Edit) -> None:
    service = content / "services/parks/reserve-a-campsite.md"
    edit(service, "agency: parks", "agency: prks")
    assert "content/services/parks/reserve-a-campsite.md: agency: is 'prks' but the file is in the folder services/parks/; move the file or fix the field" in messages(content)


def test_service_folder_without_agency(content: Path) -> None:
    folder = content / "services/museums"
    folder.mkdir()
    text = (content / "services/parks/reserve-a-campsite.md").read_text()
    (folder / "visit.md").write_text(text.replace("agency: parks", "agency: museums"))
    found = messages(content)
    assert any(m.startswith("content/services/museums/visit.md: agency: 'museums' is not an agency; add content/agencies/museums.yml") for m in found)


def test_unknown_field_suggests_the_right_name(content: Path, edit: Edit) -> None:
    edit(content / "services/parks/reserve-a-campsite.md", "summary:", "sumary:")
    found = messages(content)
    assert "content/services/parks/reserve-a-campsite.md: sumary: is not a field we know; did you mean 'summary'? check the spelling or remove it" in found
    assert "content/services/parks/reserve-a-campsite.md: summary: is required but missing; add it (run 'govportal new' to see an example file)" in found


def test_bad_phone_number(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "(801) 555-0180", "555-01")
    assert any(
        m.startswith("content/agencies/parks.yml: channels[1].number: '555-01' is not a phone number we can dial")
        for m in messages(content)
    )


def test_relay_code_711_is_a_valid_number(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "  - type: email", "  - type: tty\n    number: 711\n    hours: {weekdays: 8:00-17:00}\n  - type: email")
    assert load_content(content, TODAY).findings == []


def test_bad_email(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "address: parks@example.gov", "address: parks(at)example.gov")
    assert any(m.startswith("content/agencies/parks.yml: channels[2].address: 'parks(at)example.gov' is not an e-mail address") for m in messages(content))


@pytest.mark.parametrize("url", ["http://parks.example.gov/", "parks.example.gov", "ftp://parks.example.gov/"])
def test_website_must_be_https(content: Path, edit: Edit, url: str) -> None:
    edit(content / "agencies/parks.yml", "website: https://parks.example.gov/", f"website: {url}")
    found = [m for m in messages(content) if m.startswith("content/agencies/parks.yml: website: ")]
    assert len(found) == 1 and "https://" in found[0]


def test_date_in_the_future(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2026-12-01")
    assert "content/agencies/parks.yml: last_reviewed: 2026-12-01 is in the future; use the date the content was last checked" in messages(content)


def test_not_a_date(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: last week")
    assert "content/agencies/parks.yml: last_reviewed: 'last week' is not a date; write it as YYYY-MM-DD, for example 2026-03-01" in messages(content)


def test_duplicate_slugs_across_agencies(content: Path) -> None:
    (content / "agencies/parks.yml").rename(content / "agencies/parks.yml")
    text = (content / "agencies/parks.yml").read_text()
    (content / "agencies/forests.yml").write_text(text.replace("Division of State Parks", "Forestry Division"))
    (content / "services/forests").mkdir()
    page = (content / "services/parks/reserve-a-campsite.md").read_text()
    (content / "services/forests/reserve-a-campsite.md").write_text(page.replace("agency: parks", "agency: forests"))
    assert (
        "content/services/parks/reserve-a-campsite.md: the service name 'reserve-a-campsite' is also used by "
        "content/services/forests/reserve-a-campsite.md; rename one of the files so each service has its own address"
    ) in messages(content)


def test_a_non_digital_way_to_apply_is_required(content: Path, edit: Edit) -> None:
    edit(content / "services/parks/reserve-a-campsite.md", "  phone:\n    number: (801) 555-0180\n", "")
    assert "content/services/parks/reserve-a-campsite.md: how_to_apply: add at least one way to apply without the internet: phone, mail or in_person" in messages(content)


def test_unknown_topic(content: Path, edit: Edit) -> None:
    edit(content / "services/parks/reserve-a-campsite.md", "topics: [outdoors]", "topics: [outdoors, camping]")
    assert any(m.startswith("content/services/parks/reserve-a-campsite.md: topics[2]: 'camping' is not a topic; use one of: outdoors") for m in messages(content))


def test_unknown_channel_type(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "type: email", "type: fax")
    assert "content/agencies/parks.yml: channels[2]: 'fax' is not a kind of channel; use type: with one of phone, tty, email, chat, in_person" in messages(content)


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        ("weekdays: 8:00-8:00", "channels[1].hours.weekdays: '8:00-8:00' opens and closes at the same time"),  # 17:00-8:00 is overnight hours
        ("weekdays: 8am to 5pm", "channels[1].hours.weekdays: '8am to 5pm' is not a time range"),
        ("timezone: Mars/Base\n      weekdays: 8:00-17:00", "channels[1].hours.timezone: 'Mars/Base' is not a time zone we know"),
        ("saturday: closed", "channels[1].hours: add opening hours"),
    ],
)
def test_bad_hours(content: Path, edit: Edit, hours: str, expected: str) -> None:
    edit(content / "agencies/parks.yml", "timezone: America/Denver\n      weekdays: 8:00-17:00", hours)
    assert any(m.startswith(f"content/agencies/parks.yml: {expected}") for m in messages(content)), messages(content)


def test_yaml_syntax_error_names_the_line(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "description: We run the state parks.", "description: We run: the [state parks.")
    found = messages(content)
    assert any(m.startswith("content/agencies/parks.yml: line ") for m in found), found


def test_front_matter_is_required(content: Path) -> None:
    (content / "services/parks/plain.md").write_text("# Just text\n")
    assert "content/services/parks/plain.md: has no front matter; start the file with a '---' line, the service fields, and another '---' line" in messages(content)


def test_file_names_must_be_slugs(content: Path) -> None:
    (content / "services/parks/reserve-a-campsite.md").rename(content / "services/parks/Reserve Campsite.md")
    found = messages(content)
    assert any(m.startswith("content/services/parks/Reserve Campsite.md: the file name 'Reserve Campsite' becomes the web address") for m in found)


def test_every_problem_in_every_file_is_reported_at_once(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "website: https://parks.example.gov/", "website: http://parks.example.gov/")
    edit(content / "agencies/parks.yml", "address: parks@example.gov", "address: not-an-email")
    edit(content / "services/parks/reserve-a-campsite.md", "cost: $25 a night", "costs: $25 a night")
    edit(content / "portal.yml", "top_tasks: [reserve-a-campsite]", "top_tasks: [reserve-a-campsite, swim]")
    result = load_content(content, TODAY)
    assert result.content is None
    fields = {(f.path, f.field) for f in result.findings}
    assert fields >= {
        ("content/agencies/parks.yml", "website"),
        ("content/agencies/parks.yml", "channels[2].address"),
        ("content/services/parks/reserve-a-campsite.md", "costs"),
        ("content/services/parks/reserve-a-campsite.md", "cost"),
        ("content/portal.yml", "top_tasks[2]"),
    }
    assert all(isinstance(f, Finding) and f.severity == "error" for f in result.findings)


def test_front_matter_mistake_counts_lines_from_the_top_of_the_file(content: Path, edit: Edit) -> None:
    """One finding, on the line of the .md file (not of the front matter block), nothing else."""
    edit(content / CAMPSITE, "cost: $25 a night", "cost:\u00a0$25 a night")  # line 9 of the file
    result = load_content(content, TODAY, FormsSettings(allowed_hosts=["forms.example.gov"]))
    assert [str(f) for f in result.findings] == [f"content/{CAMPSITE}: line 9, column 6: {NBSP}"]


def test_unreadable_topics_are_not_reported_again_by_the_alerts_that_name_them(content: Path, edit: Edit) -> None:
    (content / "alerts.yml").write_text(
        "alerts:\n  - title: Booking line closed\n    message: The campsite booking line is closed today.\n    severity: information\n"
        "    starts: 2026-11-20T08:00:00-07:00\n    ends: 2026-11-30T08:00:00-07:00\n"
        "    scope:\n      topics: [outdoors]\n      agencies: [parks]\n",
        encoding="utf-8",
    )
    edit(content / "topics.yml", "  - id: outdoors", "\t- id: outdoors")
    edit(content / "agencies/parks.yml", "acronym: DSP", "acronym DSP")
    result = load_content(content, TODAY, FormsSettings(allowed_hosts=["forms.example.gov"]))
    assert [f"{f.path}: {f.field}" for f in result.findings] == ["content/agencies/parks.yml: line 2, column 1", "content/topics.yml: line 2, column 1"]
