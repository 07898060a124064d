"""Forms in content: every validation rule, reported all at once; the inventory and its data files."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from govportal.content import load_content
from govportal.model.form import FormsSettings
from govportal.pages import inventory
from tests.conftest import REPO, TODAY

SETTINGS = FormsSettings(allowed_hosts=["forms.example.gov", "sign.example.gov"])
SERVICE = "services/parks/reserve-a-campsite.md"

GOOD_FORM = """  - id: camp-1
    title: Campsite reservation form
    purpose: Use this form to reserve a campsite.
    online_url: https://forms.example.gov/camp-1
    e_signature: {url: https://sign.example.gov/camp-1, method: sign online}
    download: {file: forms/camp-1.pdf, tagged_pdf: true}
    submit_offline: {mail: "Parks, PO Box 1, Capitol City, EX 84000"}
    control_number: {number: EX-1, expires: 2028-01-01}
    last_reviewed: 2026-09-01
"""


def with_forms(content: Path, forms_yaml: str, pdf: bool = True) -> Path:
    path = content / SERVICE
    text = path.read_text(encoding="utf-8").replace("last_reviewed: 2026-10-01", "forms:\n" + forms_yaml + "last_reviewed: 2026-10-01")
    path.write_text(text, encoding="utf-8")
    if pdf:
        (content / "forms").mkdir(exist_ok=True)
        (content / "forms/camp-1.pdf").write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    return content


def test_a_good_form_is_valid_and_its_file_is_measured(content: Path) -> None:
    result = load_content(with_forms(content, GOOD_FORM), TODAY, SETTINGS)
    assert result.findings == [] and result.content is not None
    [form] = result.content.forms_of(result.content.services[0])
    assert form.status == "digital" and form.download is not None
    assert (form.download.format, form.download.size_kb) == ("PDF", 3)


def test_every_rule_is_reported_at_once(content: Path) -> None:
    (content / "forms").mkdir()
    (content / "forms/permit.yml").write_text(
        "id: permit\ntitle: Permit\npurpose: Use this to get a permit.\nonline_url: http://forms.example.gov/permit\n"
        "submit_offline: {}\nlast_reviewed: 2026-09-01\n", encoding="utf-8")
    broken = GOOD_FORM.replace("https://sign.example.gov/camp-1", "https://esign.vendor.example/camp-1").replace(
        "expires: 2028-01-01", "expires: 2026-11-01").replace("forms/camp-1.pdf", "forms/missing.pdf")
    broken += """  - id: camp-2
    title: Second form
    purpose: Use this form.
    online_url: https://forms.example.gov/camp-2
    submit_offline: {phone: (801) 555-0180}
    control_number: {number: EX-2, expires: 2027-01-15}
    last_reviewed: 2026-09-01
  - no-such-form
"""
    result = load_content(with_forms(content, broken, pdf=False), TODAY, SETTINGS)
    assert result.content is None
    found = [(f.path, f.field, f.severity) for f in result.findings]
    assert found == [
        ("content/forms/permit.yml", "online_url", "error"),  # not https
        ("content/forms/permit.yml", "submit_offline", "error"),  # no way without internet
        (f"content/{SERVICE}", "forms[1].control_number.expires", "error"),  # expired
        (f"content/{SERVICE}", "forms[1].download.file", "error"),  # missing file
        (f"content/{SERVICE}", "forms[1].e_signature.url", "error"),  # host not allowed
        (f"content/{SERVICE}", "forms[2].control_number.expires", "warning"),  # expires within 90 days
        (f"content/{SERVICE}", "forms[3]", "error"),  # unknown shared form
    ]
    text = "\n".join(str(f) for f in result.findings)
    assert "https://esign.vendor.example/camp-1 is not on an approved forms or signing service (forms.example.gov, sign.example.gov)" in text
    assert "control number EX-1 expired on 2026-11-01" in text
    assert "there is no shared form 'no-such-form'" in text
    assert "add at least one way to send the form without internet" in text


def test_a_form_shared_by_two_services(content: Path) -> None:
    (content / "forms").mkdir()
    shutil.copy(content / SERVICE, content / "services/parks/renew-a-pass.md")
    (content / "forms/camp-1.yml").write_text("\n".join(line[4:] for line in GOOD_FORM.splitlines()), encoding="utf-8")
    for name in ("reserve-a-campsite", "renew-a-pass"):
        path = content / f"services/parks/{name}.md"
        path.write_text(path.read_text(encoding="utf-8").replace("last_reviewed: 2026-10-01", "forms: [camp-1]\nlast_reviewed: 2026-10-01"), encoding="utf-8")
    (content / "forms/camp-1.pdf").write_bytes(b"%PDF-1.4\n")
    result = load_content(content, TODAY, SETTINGS)
    assert result.content is not None, result.findings
    [(form, users)] = result.content.all_forms()
    assert form.id == "camp-1" and [s.slug for s in users] == ["renew-a-pass", "reserve-a-campsite"]


def test_inventory_counts_and_data_files_match_the_sample_content() -> None:
    result = load_content(REPO / "content", TODAY, SETTINGS)
    assert result.content is not None
    every = [form for page in result.content.services for form in result.content.forms_of(page)]
    unique = {form.id: form for form in every}
    assert len(unique) >= 15 and len(every) > len(unique)  # one form serves two services
    entries = inventory.entries(result.content)
    assert inventory.status_counts(entries) == {s: sum(1 for f in unique.values() if f.status == s) for s in ("digital", "online", "download")}
    assert all(inventory.status_counts(entries).values())  # every status is in the sample

    data = json.loads(inventory.forms_json(result.content))
    assert data["columns"] == inventory.FORM_COLUMNS
    assert {r["id"]: r["status"] for r in data["forms"]} == {i: f.status for i, f in unique.items()}
    rows = list(csv.DictReader(io.StringIO(inventory.forms_csv(result.content))))
    assert [r["id"] for r in rows] == [r["id"] for r in data["forms"]]
    for row, record in zip(rows, data["forms"], strict=True):
        assert row["title"] == record["title"] and row["services"].split(";") == record["services"]
        assert row["submit_offline"].split(";") == record["submit_offline"] and record["submit_offline"]
    shared = next(r for r in data["forms"] if r["id"] == "direct-deposit")
    assert len(shared["services"]) == 2
