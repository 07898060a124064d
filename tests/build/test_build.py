"""Real builds of real content: what is written, and what is never overwritten."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from govportal.build import build
from govportal.content import load_content
from govportal.model.form import FormsSettings
from govportal.pages import urls
from tests.conftest import TODAY

Edit = Callable[[Path, str, str], None]


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_sample_portal_has_a_page_per_service_agency_and_topic(sample: Path) -> None:
    report = build(sample / "site.yml")
    assert report.ok, report.findings
    site = sample / "site"
    content = load_content(sample / "content", TODAY, FormsSettings(allowed_hosts=["forms.example.gov", "sign.example.gov"])).content
    assert content is not None
    for page in content.services:
        assert (site / urls.service(page.id) / "index.html").is_file(), page.id
    for agency_id in content.agencies:
        assert (site / "agencies" / agency_id / "index.html").is_file()
    for topic_id in content.topics:
        assert (site / "topics" / topic_id / "index.html").is_file()
    for listing in ("help", "agencies", "services", "topics", "accessibility", "privacy"):
        assert (site / listing / "index.html").is_file()
    assert not list(site.rglob("*.yml")), "content data files must not be published as they are"
    assert not (sample / ".site.staging").exists()


def test_service_page_shows_front_matter_and_body(sample: Path) -> None:
    assert build(sample / "site.yml").ok
    html = (sample / "site/services/dmv/renew-drivers-license/index.html").read_text()
    for expected in (
        "<h1>Renew your driver license</h1>",
        "$32 for 8 years",
        "Renew your license online",
        "DMV License Renewals, PO Box 30412",
        "Keep your old license until the new one arrives.",
        'href="tel:+1-801-555-0111"',
        "Page last reviewed on <time datetime=\"2026-09-15\">September 15, 2026</time>",
    ):
        assert expected in html, expected
    assert html.count("<h1") == 1


def test_published_pages_name_their_address_on_the_portal(sample_site: Path) -> None:
    """Search engines are told each page's one address (the preview leaves it out: see test_preview)."""
    page = (sample_site / "services" / "commerce" / "register-a-business" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://www.example.gov/services/commerce/register-a-business/">' in page


def test_build_output_replaces_previous_site(project: Path, edit: Edit) -> None:
    assert build(project / "site.yml").ok
    edit(project / "content/services/parks/reserve-a-campsite.md", "cost: $25 a night", "cost: $30 a night")
    assert build(project / "site.yml").ok
    html = (project / "site/services/parks/reserve-a-campsite/index.html").read_text()
    assert "$30 a night" in html and "$25 a night" not in html


def test_invalid_content_writes_nothing(project: Path, edit: Edit) -> None:
    assert build(project / "site.yml").ok
    before = tree_digest(project / "site")
    edit(project / "content/agencies/parks.yml", "website: https://parks.example.gov/", "website: http://parks.example.gov/")
    report = build(project / "site.yml")
    assert not report.ok
    assert [str(f) for f in report.findings] == ["content/agencies/parks.yml: website: 'http://parks.example.gov/' is not secure; use the https:// address instead"]
    assert tree_digest(project / "site") == before
    assert not (project / ".site.staging").exists(), "nothing is rendered when the content is invalid"


def test_failed_render_keeps_previous_site_and_staging(project: Path) -> None:
    assert build(project / "site.yml").ok
    before = tree_digest(project / "site")
    page = project / "content/services/parks/reserve-a-campsite.md"
    # A missing part of a page is found only while rendering (the content checks pass).
    page.write_text(page.read_text() + "\nSee [the map](reserve-a-campsite.md#no-such-part).\n")
    report = build(project / "site.yml")
    assert not report.ok
    messages = [str(f) for f in report.findings]
    assert any(m.startswith("content/services/parks/reserve-a-campsite.md") and "no-such-part" in m for m in messages), messages
    assert tree_digest(project / "site") == before
    assert report.staging is not None and report.staging.is_dir()


def test_site_dir_option(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "public"
    report = build(project / "site.yml", target)
    assert report.ok and report.published == target.resolve()
    assert (target / "services/parks/reserve-a-campsite/index.html").is_file()
    assert not (project / "site").exists()


def test_text_from_content_files_is_escaped(project: Path, edit: Edit) -> None:
    edit(project / "content/services/parks/reserve-a-campsite.md", "title: Reserve a campsite", 'title: "Camp & <script>alert(1)</script> \\"now\\""')
    edit(project / "content/agencies/parks.yml", "description: We run the state parks.", 'description: Parks <img src=x onerror=alert(1)> & trails.')
    assert build(project / "site.yml").ok
    service = (project / "site/services/parks/reserve-a-campsite/index.html").read_text()
    assert "<h1>Camp &amp; &lt;script&gt;alert(1)&lt;/script&gt; &#34;now&#34;</h1>" in service
    agency = (project / "site/agencies/parks/index.html").read_text()
    assert "Parks &lt;img src=x onerror=alert(1)&gt; &amp; trails." in agency
    assert "<script>alert(1)" not in service + agency
