"""A gate split across runners finds what one run finds: shards of the small project, merged."""

from __future__ import annotations

from pathlib import Path

from govportal.build import build
from govportal.gate import GateOptions, GateRun, run_gate
from govportal.config.gate import GateSettings, Viewport
from govportal.reports.html_report import html_report
from govportal.reports.json_report import json_report, read_json_report
from govportal.reports.merge import merge_problems, merge_runs
from govportal.shards import Shard, shard_of
from tests.conftest import TODAY

# Two pages that share a title, each in a different shard when split 2 and 3 ways: the
# duplicate-title check compares pages across shards, and neither shard may lose or repeat it.
SAME_TITLE = {"about": "About this site", "feedback-policy": "About this site"}


def _write_pages(content: Path) -> None:
    for slug, title in SAME_TITLE.items():
        (content / f"{slug}.md").write_text(f"---\ntitle: {title}\n---\n\n# {title}\n\nWe run this site for you.\n", encoding="utf-8")


def _break_link(page: Path) -> None:
    """After the build, which refuses broken links in content: the gate must still catch one in HTML."""
    html = page.read_text(encoding="utf-8")
    assert "</main>" in html
    page.write_text(html.replace("</main>", '<p><a href="/no-such-page/">Our rules</a></p></main>', 1), encoding="utf-8")


# One screen size and 6 of the 26 pages: shards split pages, never sizes, and six gate runs of every
# page at two sizes took minutes. Titles are still compared across all 26, as they are in a shard.
# Split 2 ways these are 4 + 2 pages, 3 ways 3 + 2 + 1 (asserted below): no shard is empty.
SETTINGS = GateSettings(viewports=[Viewport(name="mobile", width=320, height=640)])
CHECKED = {*(f"{slug}/" for slug in SAME_TITLE), "", "404.html", "services/parks/reserve-a-campsite/", "es/"}


def _gate(site: Path, shard: Shard | None = None) -> GateRun:
    return run_gate(GateOptions(site=site, settings=SETTINGS, today=TODAY, select=lambda url: url in CHECKED and (shard is None or shard.owns(url))))


def test_merged_shards_equal_one_full_run(project: Path) -> None:
    assert all(shard_of("about/", n) != shard_of("feedback-policy/", n) for n in (2, 3))
    _write_pages(project / "content")
    built = build(project / "site.yml")
    assert built.ok, built.findings
    site = project / "site"
    _break_link(site / "about" / "index.html")
    full = _gate(site)
    assert sorted(full.pages) == sorted(CHECKED)
    assert {i.rule for i in full.errors} >= {"page-title", "broken-link"}, full.errors  # something to lose

    for count in (2, 3):
        shards = [Shard(i, count) for i in range(1, count + 1)]
        reports = {str(s): read_json_report(json_report(_gate(site, s), s)) for s in shards}
        assert all(report.run.pages for report in reports.values()), count
        assert merge_problems(reports) == []
        merged = merge_runs([r.run for r in reports.values()])
        assert merged.pages == full.pages
        assert merged.issues == full.issues, count
        assert merged.passed == full.passed
        assert html_report(merged) == html_report(full)
