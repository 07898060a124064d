"""The served site: only public files, each with a policy (the page's own plus frame-ancestors)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.asgi import InProcess
from govportal.feedback.static import FILE_POLICY, PAGE_FALLBACK_POLICY, STATIC_CACHE, SiteFiles, policy_for


def write(file: Path, text: str) -> Path:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


@pytest.mark.parametrize(("head", "policy"), [
    ('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;;">', "default-src 'self'; frame-ancestors 'none'"),
    ("<meta http-equiv='content-security-policy' content=\"script-src 'none'; frame-ancestors 'self'\">", "script-src 'none'; frame-ancestors 'self'"),
    ("<title>No policy</title>", PAGE_FALLBACK_POLICY),
])
def test_a_page_keeps_its_own_policy_with_framing_refused(tmp_path: Path, head: str, policy: str) -> None:
    page = write(tmp_path / "index.html", f"<!doctype html><html><head>{head}</head><body></body></html>")
    assert policy_for(str(page), page.stat()) == policy


def test_files_that_are_not_pages_may_load_nothing(tmp_path: Path) -> None:
    css = write(tmp_path / "style.css", "body{}")
    assert policy_for(str(css), css.stat()) == FILE_POLICY


def test_a_changed_page_gets_its_new_policy(tmp_path: Path) -> None:
    page = write(tmp_path / "index.html", "<head></head>")
    assert policy_for(str(page), page.stat()) == PAGE_FALLBACK_POLICY
    write(page, '<head><meta http-equiv="Content-Security-Policy" content="img-src \'self\'"></head>')
    assert policy_for(str(page), page.stat()) == "img-src 'self'; frame-ancestors 'none'"


def test_dotted_paths_are_never_served(tmp_path: Path) -> None:
    write(tmp_path / "index.html", "<head></head>home")
    write(tmp_path / "404.html", "<head></head>not found")  # as every build writes
    write(tmp_path / ".env", "SECRET")
    write(tmp_path / "sub" / ".git" / "config", "SECRET")
    write(tmp_path / ".staging" / "index.html", "SECRET")
    http = InProcess(SiteFiles(directory=tmp_path, html=True))
    home = http.get("/")
    hidden = [http.get(path) for path in ("/.env", "/sub/.git/config", "/.staging/", "/%2eenv")]
    assert home.status_code == 200 and home.headers["cache-control"] == STATIC_CACHE
    assert home.headers["content-security-policy"] == PAGE_FALLBACK_POLICY
    assert [r.status_code for r in hidden] == [404] * 4
    assert all(r.text == "<head></head>not found" for r in hidden)
