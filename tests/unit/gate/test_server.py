"""The built site served on 127.0.0.1 for the gate's browser, with a host's extra headers."""

from __future__ import annotations

from pathlib import Path

import httpx

from govportal.gate.server import serve_directory


def test_serves_the_folder_with_the_given_headers_and_caches_assets(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    (tmp_path / "site.css").write_text("body{}", encoding="utf-8")
    with serve_directory(tmp_path, {"Content-Security-Policy": "default-src 'self'"}) as base, httpx.Client(base_url=base, trust_env=False) as http:
        assert base.startswith("http://127.0.0.1:") and base.endswith("/")
        page, css, missing = (http.get(path) for path in ("", "site.css", "missing/"))
    assert (page.text, page.headers["content-security-policy"]) == ("home", "default-src 'self'")
    assert "cache-control" not in page.headers and css.headers["cache-control"] == "max-age=3600"
    assert missing.status_code == 404
