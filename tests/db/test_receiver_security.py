"""The receiver treats every post as untrusted and knows the site as it is now."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from govportal.feedback.app import BODY_SECONDS, create_app
from govportal.config.feedback import FeedbackSettings
from govportal.publish import publish
from tests.db.receiver import StartReceiver, running, stored_rows
from tests.commands import GOVPORTAL, free_port, invoke
from tests.db.test_receiver import SERVICE_PAGE, good_survey

NEW_PAGE = "/services/dmv/renew-a-boat-license/"


def add_service_page(site: Path) -> None:
    """What a build adds for a new service: its page, with the metas the receiver reads."""
    page = site / NEW_PAGE.strip("/") / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<!doctype html><html><head><meta name="govportal:agency" content="dmv">'
        '<meta name="govportal:service" content="dmv/renew-a-boat-license"></head><body></body></html>',
        encoding="utf-8",
    )


def test_a_rebuilt_site_is_known_without_a_restart(sample_site: Path, tmp_path: Path, sqlite_url: str) -> None:
    site = tmp_path / "site"
    shutil.copytree(sample_site, site)
    post = {"page": NEW_PAGE, "helpful": "yes"}
    settings = FeedbackSettings(rate_limit_per_minute=1000)
    with running(create_app(settings, sqlite_url, site)) as base:
        assert httpx.post(base + "/api/feedback", json=post).status_code == 422
        staging = tmp_path / ".site.staging"
        shutil.copytree(sample_site, staging)
        add_service_page(staging)
        shutil.rmtree(staging / SERVICE_PAGE.strip("/"))
        publish(staging, site)  # as 'govportal build' publishes: the whole folder swapped at once
        assert httpx.post(base + "/api/feedback", json=post).status_code == 201
        assert httpx.post(base + "/api/feedback", json={"page": SERVICE_PAGE, "helpful": "yes"}).status_code == 422
    [row] = stored_rows(sqlite_url)
    assert (row["page"], row["agency"]) == (NEW_PAGE, "dmv")


def test_a_survey_is_about_the_service_of_its_page(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        other = httpx.post(base + "/api/feedback/survey", json=good_survey(service="health/apply-for-wic"))
        home = httpx.post(base + "/api/feedback/survey", json=good_survey(page="/"))
        right = httpx.post(base + "/api/feedback/survey", json=good_survey())
    assert other.status_code == 422 and "another service" in other.json()["errors"]["service"]
    assert home.status_code == 422 and "service" in home.json()["errors"]
    assert right.status_code == 201
    [row] = stored_rows(sqlite_url)
    assert (row["agency"], row["service"]) == ("dmv", "dmv/renew-drivers-license")


@pytest.fixture
def project_with_site(sample_site: Path, tmp_path: Path) -> Path:
    """A project folder whose site.yml names the built sample site (as site/)."""
    root = tmp_path / "portal"
    root.mkdir()
    shutil.copy(Path(__file__).parents[2] / "site.yml", root / "site.yml")
    shutil.copytree(sample_site, root / "site")
    return root


@pytest.fixture
def served_without_site_dir(project_with_site: Path, sqlite_url: str) -> Iterator[str]:
    """``govportal feedback serve --workers 2`` in the project, without --site-dir."""
    port = free_port()
    process = subprocess.Popen(
        [GOVPORTAL, "feedback", "serve", "--port", str(port), "--workers", "2", "--database-url", sqlite_url],
        cwd=project_with_site, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while not healthy(base):
            assert process.poll() is None and time.monotonic() < deadline, "the receiver did not start"
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        _out, errors = process.communicate(timeout=30)
    # One JSON line per post, and nothing worse than "info" (no warning, error or traceback).
    assert all(json.loads(line)["level"] == "info" for line in errors.decode().splitlines() if line.strip()), errors.decode()


def healthy(base: str) -> bool:
    try:
        return httpx.get(base + "/api/feedback/health").status_code == 200
    except httpx.TransportError:
        return False


def test_without_site_dir_unknown_agencies_and_services_are_refused(served_without_site_dir: str, sqlite_url: str) -> None:
    base = served_without_site_dir
    made_up = httpx.post(base + "/api/feedback/survey", json=good_survey(service="nasa/launch-a-rocket", page="/services/nasa/launch-a-rocket/survey/"))
    assert made_up.status_code == 422 and {"page", "service"} <= set(made_up.json()["errors"])
    assert httpx.post(base + "/api/feedback", json={"page": "/agencies/nasa/", "helpful": "no"}).status_code == 422
    assert httpx.post(base + "/api/feedback/survey", json=good_survey()).status_code == 201
    assert httpx.get(base + "/").status_code == 404  # the site is read, not served, without --site-dir
    assert [r["service"] for r in stored_rows(sqlite_url)] == ["dmv/renew-drivers-license"]


def test_serve_refuses_to_start_without_a_built_site(project: Path) -> None:
    result = invoke(project, "feedback", "serve", "--port", str(free_port()))
    assert result.exit_code == 2 and f"no built site in {project / 'site'}: run 'govportal build' first" in result.stderr


DEEP = b'{"page": "/", "helpful": "yes", "comment": ' + b"[" * 5000 + b"]" * 5000 + b"}"
MALFORMED = {
    "deeply nested JSON": (DEEP, "application/json", 400),
    "lone surrogate": (b'{"page": "/", "helpful": "yes", "comment": "\\ud800"}', "application/json", 400),
    "lone surrogate in a name": (b'{"page": "/", "helpful": "yes", "\\udfff": "x"}', "application/json", 400),
    "NUL in JSON": (b'{"page": "/", "helpful": "yes", "comment": "a\\u0000b"}', "application/json", 400),
    "NUL in a form": (b"page=/&helpful=yes&comment=a%00b", "application/x-www-form-urlencoded", 400),
    "huge number": (b'{"page": "/", "helpful": "yes", "comment": ' + b"9" * 5000 + b"}", "application/json", 400),
    "too many fields": ("&".join(f"f{i}=1" for i in range(200)).encode(), "application/x-www-form-urlencoded", 400),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_malformed_posts_get_4xx_never_500_or_503(receiver: StartReceiver, sqlite_url: str, case: str) -> None:
    body, content_type, status = MALFORMED[case]
    with receiver(sqlite_url) as base:
        response = httpx.post(base + "/api/feedback", content=body, headers={"Content-Type": content_type, "Accept": "application/json"})
        assert response.status_code == status, response.text
        assert httpx.get(base + "/api/feedback/health").status_code == 200
    assert stored_rows(sqlite_url) == []


def test_oversized_body_without_length_is_refused(receiver: StartReceiver, sqlite_url: str) -> None:
    def chunks() -> Iterator[bytes]:  # sent chunked: no Content-Length to refuse early
        yield b"page=/&helpful=yes&comment="
        for _ in range(40):
            yield b"x" * 1024

    with receiver(sqlite_url) as base:
        response = httpx.post(base + "/api/feedback", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413
    assert stored_rows(sqlite_url) == []


def test_origin_null_is_refused(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base:
        response = httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}, headers={"Origin": "null"})
    assert response.status_code == 403
    assert stored_rows(sqlite_url) == []


@pytest.mark.parametrize("page", ["/\\evil.example/", "//evil.example/x/", "/\\/evil.example/", "/%0a/evil"])
def test_error_pages_and_redirects_link_only_to_this_site(receiver: StartReceiver, sqlite_url: str, page: str) -> None:
    with receiver(sqlite_url) as base:
        error = httpx.post(base + "/api/feedback", data={"page": page, "helpful": "maybe"})
        spam = httpx.post(base + "/api/feedback", data={"page": page, "helpful": "yes", "website": "x"})
    links = re.findall(r'href="([^"]*)"', error.text)
    assert error.status_code == 422 and links
    assert all(link.startswith("/") and not link.startswith(("//", "/\\")) and "evil" not in link for link in links), links
    assert spam.status_code == 303 and spam.headers["location"] == "/#gp-feedback-thanks"


def test_429_says_when_to_try_again(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url, rate_limit_per_minute=2) as base:
        responses = [httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}) for _ in range(3)]
    assert [r.status_code for r in responses] == [201, 201, 429]
    # The next post fits once the two of this minute weigh one: 30 s into the next minute.
    assert 30 <= int(responses[2].headers["retry-after"]) <= 90


def test_a_trickled_body_is_cut_off_with_408(receiver: StartReceiver, sqlite_url: str) -> None:
    with receiver(sqlite_url) as base, socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=30) as sock:
        sock.sendall(b"POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
        started = time.monotonic()
        sock.settimeout(0.5)
        answer = b""
        while not answer and time.monotonic() - started < BODY_SECONDS + 10:
            try:
                sock.sendall(b"a")  # one byte every half second: it would take eight minutes
                answer = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert BODY_SECONDS - 0.5 <= time.monotonic() - started <= BODY_SECONDS + 5
    assert stored_rows(sqlite_url) == []


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """A built site with things that must never be served, and a page with its own policy."""
    site = tmp_path / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text(
        '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'self'; script-src 'self' 'sha256-abc='\"><title>Home</title></head><body>home</body></html>",
        encoding="utf-8",
    )
    (site / "sub" / "index.html").write_text("<!doctype html><html><head><title>Sub</title></head><body>sub</body></html>", encoding="utf-8")
    (site / "style.css").write_text("body{}", encoding="utf-8")
    (site / "404.html").write_text("<!doctype html><html><head><title>Not found</title></head><body>not found</body></html>", encoding="utf-8")
    (site / ".env").write_text("SECRET=site-dotfile", encoding="utf-8")
    (site / ".git").mkdir()
    (site / ".git" / "config").write_text("SECRET=git-config", encoding="utf-8")
    (site / "sub" / ".htpasswd").write_text("SECRET=nested-dotfile", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET=outside", encoding="utf-8")
    (site / "linked.txt").symlink_to(outside / "secret.txt")
    (site / "linked-folder").symlink_to(outside)
    (site / "visible-name").symlink_to(site / ".env")
    return site


def raw_get(base: str, target: str) -> tuple[int, bytes]:
    """A GET with the path sent exactly as written (clients would tidy ``..`` away)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


NEVER_SERVED = [
    "/.env", "/.git/config", "/sub/.htpasswd", "/%2eenv", "/sub/%2e%2e/.env", "/linked.txt", "/linked-folder/secret.txt",
    "/visible-name", "/../outside/secret.txt", "/%2e%2e/outside/secret.txt", "/..%2foutside/secret.txt", "/sub/..%2f..%2foutside/secret.txt",
]


def test_dotfiles_and_files_outside_the_site_are_never_served(small_site: Path, sqlite_url: str) -> None:
    with running(create_app(FeedbackSettings(), sqlite_url, small_site)) as base:
        assert raw_get(base, "/")[0] == 200 and raw_get(base, "/sub/")[0] == 200
        for target in NEVER_SERVED:
            status, data = raw_get(base, target)
            assert status in (400, 404) and b"SECRET" not in data, (target, status)


def api_checks(headers: httpx.Headers) -> None:
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_security_headers_on_every_response(small_site: Path, sqlite_url: str) -> None:
    with running(create_app(FeedbackSettings(rate_limit_per_minute=3), sqlite_url, small_site)) as base:
        error_page = httpx.post(base + "/api/feedback/survey", data={"page": "/"})
        api = [
            httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}),  # 201
            httpx.post(base + "/api/feedback", data={"page": "/", "helpful": "yes"}),  # 303
            httpx.post(base + "/api/feedback", json={"page": "/", "helpful": "yes"}),  # 429
            httpx.get(base + "/api/feedback/health"),
            httpx.put(base + "/api/feedback"),  # 405
        ]
        page, plain_page, css, missing = (httpx.get(base + path) for path in ("/", "/sub/", "/style.css", "/nowhere/"))
    assert [r.status_code for r in api] == [201, 303, 429, 200, 405]
    for response in api:
        api_checks(response.headers)
        assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert response.headers["cache-control"] == "no-store"

    api_checks(error_page.headers)
    style = re.search(r"<style>(.*?)</style>", error_page.text, re.S)
    assert error_page.status_code == 422 and style
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in error_page.headers["content-security-policy"]
    assert "unsafe-inline" not in error_page.headers["content-security-policy"]

    for response in (page, plain_page, css, missing):
        api_checks(response.headers)
        assert response.headers["cache-control"] == "public, max-age=300"
    assert page.headers["content-security-policy"] == "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'"
    assert "default-src 'none'" in css.headers["content-security-policy"]
    assert missing.status_code == 404 and "not found" in missing.text
