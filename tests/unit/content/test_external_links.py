"""External links: found with the file and field they are in, checked within limits, answers cached."""

from __future__ import annotations

from pathlib import Path

from govportal.content.external_links import Checked, Limits, check_links, find_links, read_cache, write_cache


def test_every_web_address_is_found_with_its_file_and_place(content: Path) -> None:
    (content / "privacy.md").write_text("---\ntitle: Privacy\n---\n# Privacy\n\nSee [the law](https://law.example.gov/privacy) and [us](/).\n", encoding="utf-8")
    places = find_links(content)
    assert places["https://law.example.gov/privacy"] == [("content/privacy.md", "line 6")]
    assert places["https://parks.example.gov/"] == [("content/agencies/parks.yml", "website")]
    assert ("content/services/parks/reserve-a-campsite.md", "how_to_apply.online.url") in places["https://parks.example.gov/reserve"]
    assert all(url.startswith(("http://", "https://")) for url in places)


def test_fresh_answers_come_from_the_cache_and_old_ones_are_asked_again() -> None:
    limits = Limits(timeout=2.0, max_age=100.0)
    fresh = Checked(True, "200", 950.0, 200)
    cache = {"https://fresh.example.gov/": fresh, "http://127.0.0.1:9/": Checked(True, "200", 1.0, 200)}
    answers = check_links(["https://fresh.example.gov/", "http://127.0.0.1:9/"], limits, cache, now=1000.0)
    assert answers["https://fresh.example.gov/"] is fresh
    refused = answers["http://127.0.0.1:9/"]  # nothing listens on the discard port: refused at once
    assert (refused.ok, refused.status, refused.checked) == (False, None, 1000.0)
    assert refused.reason.startswith("could not be reached (")
    assert cache["http://127.0.0.1:9/"] == refused


def test_the_cache_round_trips_and_an_unreadable_one_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "links.json"
    cache = {"https://a.example.gov/": Checked(False, "404: the page is not there", 5.0, 404)}
    write_cache(path, cache)
    assert read_cache(path) == cache
    path.write_text("[1, 2]", encoding="utf-8")
    assert read_cache(path) == {}
    assert read_cache(tmp_path / "missing.json") == {}
