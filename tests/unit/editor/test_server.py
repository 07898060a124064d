"""``govportal edit``'s file API (Decap CMS's local backend protocol), over HTTP in process."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from govportal.editor.server import EditorSite, create_app
from tests.asgi import ORIGIN, InProcess

FIXTURE = Path(__file__).parents[2] / "fixtures" / "minimal"


@pytest.fixture
def client(tmp_path: Path) -> InProcess:
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / "site.yml").write_text("site_name: Secret\n")
    site = EditorSite(tmp_path, tmp_path / "content", "State of Example", ORIGIN)
    return InProcess(create_app(site))


def call(client: InProcess, action: str, **params: Any) -> Any:
    response = client.post("/api/v1", json={"action": action, "params": params}, headers={"origin": ORIGIN})
    assert response.status_code == 200, response.text
    return response.json()


def test_lists_reads_and_writes_entries(client: InProcess, tmp_path: Path) -> None:
    assert call(client, "info")["publish_modes"] == ["simple"]
    listed = call(client, "entriesByFolder", folder="content/services", extension="md", depth=2)
    assert [e["file"]["path"] for e in listed] == ["content/services/parks/reserve-a-campsite.md"]
    assert listed[0]["data"].startswith("---") and len(listed[0]["file"]["id"]) == 64
    path = "content/services/parks/new-thing.md"
    call(client, "persistEntry", entry={"path": path, "raw": "---\ntitle: New\n---\n"}, assets=[])
    assert (tmp_path / path).read_text() == "---\ntitle: New\n---\n"
    assert call(client, "getEntry", path=path)["data"].startswith("---\ntitle: New")
    call(client, "deleteFile", path=path)
    assert not (tmp_path / path).exists()


@pytest.mark.parametrize("path", ["site.yml", "content/../site.yml", "/etc/passwd"])
def test_nothing_outside_the_content_folder(client: InProcess, tmp_path: Path, path: str) -> None:
    response = client.post("/api/v1", json={"action": "persistEntry", "params": {"entry": {"path": path, "raw": "x"}, "assets": []}})
    assert response.status_code == 403
    assert (tmp_path / "site.yml").read_text() == "site_name: Secret\n"
    assert call(client, "getEntry", path=path)["data"] is None


def test_other_sites_cannot_use_the_api(client: InProcess) -> None:
    body = '{"action": "info", "params": {}}'
    assert client.post("/api/v1", content=body, headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/api/v1", json={"action": "info"}, headers={"origin": "https://evil.example"}).status_code == 403
    assert client.post("/api/v1", json={"action": "info"}, headers={"host": "rebound.example:8001"}).status_code == 403


def test_serves_the_editor_and_a_fresh_config(client: InProcess, tmp_path: Path) -> None:
    page = client.get("/admin/")
    assert "Content-Security-Policy" in page.text and "decap-cms.js" in page.text
    assert client.get("/admin/decap-cms.js").status_code == 200
    assert client.get("/admin/../site.yml").status_code == 404
    (tmp_path / "content/agencies/dmv.yml").write_text("name: Division of Motor Vehicles\n")
    config = client.get("/admin/config.yml").text
    assert f"proxy_url: {ORIGIN}/api/v1" in config and "Division of Motor Vehicles (dmv)" in config
