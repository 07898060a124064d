"""Sitemap, robots.txt, JSON-LD, the agency directory and its import, on real builds."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

from govportal.content import load_content
from govportal.content.agency_import import import_agencies
from govportal.model.form import FormsSettings
from tests.commands import invoke
from tests.conftest import REPO, TODAY

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SCHEMA_ORG_TYPES = {"GovernmentService", "GovernmentOrganization", "ServiceChannel", "ContactPoint", "OpeningHoursSpecification",
                    "Audience", "AdministrativeArea", "PostalAddress", "Place", "WebPage"}




def json_ld(page: Path) -> dict[str, object]:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    data = json.loads(block)
    assert isinstance(data, dict)
    return data


def types_in(data: object) -> set[str]:
    if isinstance(data, dict):
        own = {str(data["@type"])} if "@type" in data else set()
        return own | {t for v in data.values() for t in types_in(v)}
    if isinstance(data, list):
        return {t for v in data for t in types_in(v)}
    return set()


def test_sitemap_lists_every_page_once_with_review_dates(sample_site: Path) -> None:
    urls = ET.parse(sample_site / "sitemap.xml").getroot().findall(f"{SITEMAP}url")
    locs = [u.findtext(f"{SITEMAP}loc") for u in urls]
    assert len(locs) == len(set(locs))
    pages = {p.relative_to(sample_site).as_posix() for p in sample_site.rglob("*.html")} - {"404.html"}
    pages = {p for p in pages if not p.startswith("pagefind/")}
    expected = {"https://www.example.gov/" + (p[: -len("index.html")] if p.endswith("index.html") else p) for p in pages}
    assert set(locs) == expected
    service = next(u for u in urls if u.findtext(f"{SITEMAP}loc") == "https://www.example.gov/services/dmv/renew-drivers-license/")
    assert service.findtext(f"{SITEMAP}lastmod") == "2026-09-15"
    assert "Sitemap: https://www.example.gov/sitemap.xml" in (sample_site / "robots.txt").read_text(encoding="utf-8")


def test_service_pages_describe_a_government_service(sample_site: Path) -> None:
    data = json_ld(sample_site / "services/dmv/renew-drivers-license/index.html")
    assert data["@context"] == "https://schema.org" and data["@type"] == "GovernmentService"
    for key in ("name", "description", "url", "serviceType", "provider", "audience", "areaServed", "availableChannel"):
        assert data.get(key), key
    assert types_in(data) <= SCHEMA_ORG_TYPES
    channels = data["availableChannel"]
    assert isinstance(channels, list) and {c["name"] for c in channels} == {"Online", "Mail", "In person"}
    html = (sample_site / "services/dmv/renew-drivers-license/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:description" content="Renew your State of Example driver license online' in html


def test_agency_pages_describe_an_organization_with_contact_points(sample_site: Path) -> None:
    data = json_ld(sample_site / "agencies/dmv/index.html")
    assert data["@type"] == "GovernmentOrganization" and data["alternateName"] == "DMV"
    points = data["contactPoint"]
    assert isinstance(points, list)
    tty = next(p for p in points if p.get("contactOption") == "https://schema.org/HearingImpairedSupported")
    assert tty["telephone"] == "711" and tty["hoursAvailable"]
    assert all(p["availableLanguage"] for p in points)
    assert types_in(data) <= SCHEMA_ORG_TYPES
    assert all("ld+json" not in p.read_text(encoding="utf-8") for p in (sample_site / "topics").rglob("*.html"))


def test_directory_json_follows_its_schema_and_csv_matches(sample_site: Path) -> None:
    schema = json.loads((sample_site / "directory.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads((sample_site / "directory.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    agencies = {a["id"]: a for a in data["agencies"]}
    assert len(agencies) == 7 and agencies["dmv"]["customer_relations"]["name"]
    broken = json.loads(json.dumps(data))
    broken["agencies"][0]["website"] = "http://insecure.example"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
    header = (sample_site / "directory.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,name,acronym,description,website,phone,phone_hours,tty")


def test_export_then_import_gives_the_same_agencies(sample_site: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    for file in (content / "agencies").glob("*.yml"):
        file.unlink()
    report = import_agencies((sample_site / "directory.csv").read_bytes(), content / "agencies", TODAY)
    assert report.ok, report.problems
    assert len(report.created) == 7
    settings = FormsSettings(allowed_hosts=["forms.example.gov", "sign.example.gov"])
    original = load_content(REPO / "content", TODAY, settings).content
    imported = load_content(content, TODAY, settings).content
    assert original is not None and imported is not None
    for agency_id, before in original.agencies.items():
        after = imported.agencies[agency_id]
        same = ("name", "acronym", "description", "website", "languages", "standards", "guidelines", "customer_relations", "last_reviewed")
        assert [getattr(after, f) for f in same] == [getattr(before, f) for f in same], agency_id
        assert before.main_phone and after.main_phone
        assert (after.main_phone.number, after.main_phone.hours.week()) == (before.main_phone.number, before.main_phone.hours.week())


MESSY = (
    "\ufeffAgency Name;Acronym;Website;Phone Number;TTY;Email;Description;Address;Parent Agency;Notes\r\n"
    "\r\n"
    'Department of Parks;DOP;https://parks.example.gov/;801.555.0180;711;parks@example.gov;"We run parks; trails, and campgrounds.";"1 Park Way, Capitol City";Natural Resources;x\r\n'
    'Department of Parks;DOP;https://parks.example.gov/;801.555.0180;711;parks@example.gov;"We run parks; trails, and campgrounds.";"1 Park Way, Capitol City";Natural Resources;x\r\n'
    "Office of Tourism;;http://tourism.example.gov;(801) 555-0190;;;We help visitors.;;;\r\n"
    "Board of Elections;BOE;https://vote.example.gov;555-01;;vote@example.gov;We run elections.;;;\r\n"
    "  Arts Council  ;ARTS;https://arts.example.gov;+1 801 555 0150;;;  We fund the arts.  ;;;\r\n"
    ";;;;;;;;;\r\n"
)


def test_messy_spreadsheet_imports_what_it_can_and_says_why_not(project: Path) -> None:
    (project / "agencies.csv").write_bytes(MESSY.encode("utf-8"))
    result = invoke(project, "import", "agencies", "agencies.csv")
    assert result.exit_code == 1
    assert "Read agencies.csv as UTF-8 with a byte order mark." in result.stdout
    assert "4 created, 0 drafts, 0 updated, 1 skipped (same as an earlier row: 1)." in result.stdout
    assert "row 4: same as row 3; skipped" in result.stderr
    assert "row 5, column \"Website\": 'http://tourism.example.gov' changed to 'https://tourism.example.gov'" in result.stderr
    assert "error: agencies.csv: row 6, column \"Phone Number\": '555-01' has no phone number in it" in result.stderr
    assert "columns not imported: Notes" in result.stderr
    arts = yaml.safe_load((project / "content/agencies/arts.yml").read_text(encoding="utf-8"))
    assert arts["name"] == "Arts Council" and arts["channels"][0]["number"] == "(801) 555-0150"
    parks = yaml.safe_load((project / "content/agencies/dop.yml").read_text(encoding="utf-8"))
    assert parks["description"] == "We run parks; trails, and campgrounds." and parks["parent"] == "Natural Resources"
    assert [c["type"] for c in parks["channels"]] == ["phone", "tty", "email", "in_person"]
    assert invoke(project, "validate").exit_code == 0

    again = invoke(project, "import", "agencies", "agencies.csv")
    assert "arts.yml already exists; run again with --update" in again.stderr
    (project / "content/agencies/arts.yml").write_text(
        (project / "content/agencies/arts.yml").read_text(encoding="utf-8").replace("standards: []", "") + "standards: [We answer within 1 day.]\n", encoding="utf-8")
    (project / "update.csv").write_text("Name,Acronym,Website,Phone\nArts Council,ARTS,https://arts.example.gov/new,(801) 555-0151\n", encoding="utf-8")
    updated = invoke(project, "import", "agencies", "update.csv", "--update")
    assert updated.exit_code == 0, updated.stderr
    arts = yaml.safe_load((project / "content/agencies/arts.yml").read_text(encoding="utf-8"))
    assert arts["website"] == "https://arts.example.gov/new" and arts["channels"][0]["number"] == "(801) 555-0151"
    assert arts["description"] == "We fund the arts." and arts["standards"] == ["We answer within 1 day."]


def test_mapping_file_names_unusual_columns(project: Path) -> None:
    (project / "odd.csv").write_text("Org,Web,Tel,About\nState Library,https://library.example.gov,801-555-0170,We lend books.\n", encoding="utf-8")
    (project / "map.yml").write_text("columns: {name: Org, website: Web, phone: Tel, description: About}\ndefaults: {languages: [English, Spanish]}\n", encoding="utf-8")
    result = invoke(project, "import", "agencies", "odd.csv", "--mapping", "map.yml")
    assert result.exit_code == 0, result.stderr
    library = yaml.safe_load((project / "content/agencies/state-library.yml").read_text(encoding="utf-8"))
    assert library["languages"] == ["English", "Spanish"] and library["channels"][0]["hours"]["weekdays"] == "8:00-17:00"
    assert "phone hours not given" in result.stderr


def test_review_lists_drafts_with_what_they_lack(project: Path) -> None:
    (project / "drafts.csv").write_text("Name,Website\nOffice of Tourism,https://tourism.example.gov\n", encoding="utf-8")
    result = invoke(project, "import", "agencies", "drafts.csv")
    assert result.exit_code == 0, result.stderr
    assert "0 created, 1 drafts (missing channels: 1, customer_relations: 1, description: 1), 0 updated, 0 skipped." in result.stdout
    assert invoke(project, "validate").exit_code == 0
    review = invoke(project, "review")
    assert "Not published (1)" in review.stdout
    assert "  draft: Office of Tourism (agency): missing description, customer_relations, channels — content/agencies/office-of-tourism.yml" in review.stdout


def test_review_lists_what_is_due_by_agency(project: Path) -> None:
    path = project / "content/services/parks/reserve-a-campsite.md"
    path.write_text(path.read_text(encoding="utf-8").replace("last_reviewed: 2026-10-01", "last_reviewed: 2025-10-01"), encoding="utf-8")
    result = invoke(project, "review", "--days", "10")
    assert result.exit_code == 0
    assert "overdue since 2026-10-01: Reserve a campsite (service) — content/services/parks/reserve-a-campsite.md" in result.stdout
    assert "1 overdue" in result.stdout


def test_a_service_and_its_translation_name_each_other_and_say_their_language(sample_site: Path) -> None:
    english, spanish = "https://www.example.gov/services/dmv/renew-drivers-license/", "https://www.example.gov/es/services/dmv/renew-drivers-license/"
    urls = {u.findtext(f"{SITEMAP}loc"): u for u in ET.parse(sample_site / "sitemap.xml").getroot().findall(f"{SITEMAP}url")}
    for loc in (english, spanish):
        links = [(link.get("hreflang"), link.get("href")) for link in urls[loc].findall("{http://www.w3.org/1999/xhtml}link")]
        assert links == [("en", english), ("es", spanish), ("x-default", english)]
    data = json_ld(sample_site / "es/services/dmv/renew-drivers-license/index.html")
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "url": spanish, "inLanguage": "es"}
    assert json_ld(sample_site / "agencies/dmv/index.html")["mainEntityOfPage"] == {"@type": "WebPage", "url": "https://www.example.gov/agencies/dmv/", "inLanguage": "en"}
