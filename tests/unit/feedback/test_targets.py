"""What feedback can be about: read from the built pages' metas, and read again after a build."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from govportal.feedback.targets import LiveTargets, PageTarget, read_targets


def page(site: Path, path: str, agency: str = "", service: str = "") -> None:
    """A built page, with the metas a build writes for an agency's or a service's page."""
    metas = (f'<meta name="govportal:agency" content="{agency}">' if agency else "") + (
        f'<meta name="govportal:service" content="{service}">' if service else "")
    file = site / path / "index.html"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(f"<!doctype html><html><head>{metas}</head><body>"
                    '<meta name="govportal:agency" content="not-in-the-head"></body></html>', encoding="utf-8")


def built(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    page(site, "")
    page(site, "agencies/dmv", agency="dmv")
    page(site, "services/dmv/renew", agency="dmv", service="dmv/renew")
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    return site


def test_pages_agencies_and_services_come_from_the_head_of_each_page(tmp_path: Path) -> None:
    targets = read_targets(built(tmp_path))
    assert targets.pages == {"/": PageTarget(), "/agencies/dmv/": PageTarget("dmv"), "/services/dmv/renew/": PageTarget("dmv", "dmv/renew")}
    assert targets.services == {"dmv/renew"}
    assert targets.page("/services/dmv/renew") is None  # paths as published, with their slash


def test_live_targets_follow_a_published_build_and_survive_the_swap(tmp_path: Path) -> None:
    site = built(tmp_path)
    live = LiveTargets(site)
    assert live.current().page("/services/dmv/boat/") is None
    staging = tmp_path / "staging"
    shutil.copytree(site, staging)
    page(staging, "services/dmv/boat", agency="dmv", service="dmv/boat")
    (staging / "sitemap.xml").write_text("<urlset>boat</urlset>", encoding="utf-8")
    site.rename(tmp_path / "old")
    assert live.current().page("/services/dmv/renew/") is not None  # between two renames: the last pages read
    os.rename(staging, site)
    assert live.current().page("/services/dmv/boat/") == PageTarget("dmv", "dmv/boat")
