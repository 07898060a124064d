"""The CMS's file API: every action on files under content/ only, straight on a folder."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from govportal.editor.proxy import ACTIONS, FileApi, OutsideContent


@pytest.fixture
def api(tmp_path: Path) -> FileApi:
    content = tmp_path / "content"
    (content / "services" / "parks" / "deep").mkdir(parents=True)
    (content / "services" / "parks" / "camp.md").write_text("---\ntitle: Camp\n---\n", encoding="utf-8")
    (content / "services" / "parks" / "deep" / "far.md").write_text("far", encoding="utf-8")
    (content / "services" / "parks" / "notes.txt").write_text("not a page", encoding="utf-8")
    (tmp_path / "site.yml").write_text("site_name: Secret\n", encoding="utf-8")
    (content / "services" / "link.md").symlink_to(tmp_path / "site.yml")
    return FileApi(tmp_path, content)


@pytest.mark.parametrize("path", ["site.yml", "content/../site.yml", "content/services/link.md", "/etc/passwd", "theme/main.html"])
def test_nothing_outside_the_content_folder_resolves(api: FileApi, path: str) -> None:
    with pytest.raises(OutsideContent, match="is outside content/"):
        api.resolve(path)
    assert api.entry(path) == {"data": None, "file": {"path": path, "label": None, "id": None}}


def test_entries_carry_their_text_and_a_content_hash(api: FileApi) -> None:
    raw = b"---\ntitle: Camp\n---\n"
    assert ACTIONS["getEntry"](api, {"path": "content/services/parks/camp.md"}) == {
        "data": raw.decode(), "file": {"path": "content/services/parks/camp.md", "label": None, "id": hashlib.sha256(raw).hexdigest()},
    }


def test_listing_keeps_to_the_extension_and_depth(api: FileApi) -> None:
    assert api.listing("content/services", ".md", 2) == ["content/services/parks/camp.md"]  # the link is not followed
    assert api.listing("content/services/parks", ".md", 2) == ["content/services/parks/camp.md", "content/services/parks/deep/far.md"]
    assert api.listing("content/../", ".md", 5) == [] and api.listing("content/missing", ".md", 1) == []


def test_persist_writes_renames_and_stores_images(api: FileApi, tmp_path: Path) -> None:
    image = base64.b64encode(b"\x89PNG").decode()
    ACTIONS["persistEntry"](api, {
        "entry": {"path": "content/services/parks/camp.md", "raw": "new text", "newPath": "content/services/parks/campsite.md"},
        "assets": [{"path": "content/images/map.png", "content": image, "encoding": "base64"}],
    })
    assert (tmp_path / "content/services/parks/campsite.md").read_text(encoding="utf-8") == "new text"
    assert not (tmp_path / "content/services/parks/camp.md").exists()
    assert ACTIONS["getMedia"](api, {"mediaFolder": "content/images"})[0]["content"] == image
    with pytest.raises(OutsideContent):
        ACTIONS["persistEntry"](api, {"entry": {"path": "site.yml", "raw": "site_name: Taken"}})
    assert (tmp_path / "site.yml").read_text(encoding="utf-8") == "site_name: Secret\n"


def test_deleting_twice_is_harmless(api: FileApi, tmp_path: Path) -> None:
    for _ in range(2):
        ACTIONS["deleteFiles"](api, {"paths": ["content/services/parks/notes.txt"]})
    assert not (tmp_path / "content/services/parks/notes.txt").exists()
    assert ACTIONS["info"](api, {}) == {"repo": tmp_path.name, "publish_modes": ["simple"], "type": "local_fs"}
