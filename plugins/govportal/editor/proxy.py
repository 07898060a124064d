"""``govportal edit``'s file API: Decap CMS's local backend protocol, spoken by govportal itself.

Decap CMS edits a git repository through its hosting service's API (GitHub) in production. On
an editor's own computer it instead talks to a "proxy server" (npm ``decap-server``) that reads
and writes files in the working copy. That protocol is small: one ``POST /api/v1`` route taking
``{"action": ..., "params": ...}``. Speaking it here means editors need no Node.js, and the
browser test can run the real CMS against a real folder.

Only the ``simple`` publish mode of decap-server's file-system mode is implemented: files are
written to the working copy and the editor commits them (or a colleague does). Every path is
resolved inside the project folder and must stay under the content folder: the CMS never reads
or writes site.yml, the theme, or anything outside.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

Json = Any
MAX_BODY_BYTES = 20 * 1024 * 1024  # an uploaded image, base64-encoded


class OutsideContent(ValueError):
    """A path the CMS asked for is not under the content folder."""


@dataclass(frozen=True)
class FileApi:
    """The files of one project, as the CMS sees them: paths relative to the project folder."""

    root: Path  # the folder of site.yml; the CMS's paths start here (content/services/...)
    content: Path  # the only folder the CMS may read or write

    def resolve(self, relative: str) -> Path:
        """``relative`` inside the content folder, after following any ``..`` and links."""
        path = (self.root / relative).resolve()
        content = self.content.resolve()
        if path != content and content not in path.parents:
            raise OutsideContent(f"{relative} is outside {self.content.name}/")
        return path

    def name(self, path: Path) -> str:
        return path.relative_to(self.root.resolve()).as_posix()

    def entry(self, relative: str, label: str | None = None) -> Json:
        """A file's text and a content hash (Decap's ``id``), or ``data: null`` when it is missing."""
        try:
            raw = self.resolve(relative).read_bytes()
        except (OSError, OutsideContent):
            return {"data": None, "file": {"path": relative, "label": label, "id": None}}
        return {"data": raw.decode("utf-8"), "file": {"path": relative, "label": label, "id": _sha256(raw)}}

    def listing(self, folder: str, extension: str, depth: int) -> list[str]:
        """Files under ``folder`` ending in ``extension``, at most ``depth`` folders down."""
        try:
            start = self.resolve(folder)
        except OutsideContent:
            return []
        found: list[str] = []
        if start.is_dir():
            for path in sorted(start.rglob(f"*{extension}")):
                inside = len(path.relative_to(start).parts)
                if path.is_file() and not path.is_symlink() and inside <= depth:
                    found.append(self.name(path))
        return found

    def write(self, relative: str, data: bytes) -> None:
        path = self.resolve(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def media(self, relative: str) -> Json:
        raw = self.resolve(relative).read_bytes()
        return {"id": _sha256(raw), "content": base64.b64encode(raw).decode("ascii"), "encoding": "base64", "path": relative, "name": Path(relative).name}

    def delete(self, relative: str) -> None:
        self.resolve(relative).unlink(missing_ok=True)


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _asset_bytes(asset: Json) -> bytes:
    content = str(asset["content"])
    return base64.b64decode(content) if asset.get("encoding") == "base64" else content.encode("utf-8")


def _info(api: FileApi, _params: Json) -> Json:
    return {"repo": api.root.name, "publish_modes": ["simple"], "type": "local_fs"}


def _entries_by_folder(api: FileApi, params: Json) -> Json:
    files = api.listing(str(params["folder"]), str(params.get("extension", "")), int(params.get("depth", 1)))
    return [api.entry(path) for path in files]


def _entries_by_files(api: FileApi, params: Json) -> Json:
    return [api.entry(str(f["path"]), f.get("label")) for f in params["files"]]


def _get_entry(api: FileApi, params: Json) -> Json:
    return api.entry(str(params["path"]))


def _persist_entry(api: FileApi, params: Json) -> Json:
    """Write the entry (and any uploaded images); a renamed entry moves to its new path."""
    files = params.get("dataFiles") or [params["entry"]]
    for data_file in files:
        api.write(str(data_file["path"]), str(data_file["raw"]).encode("utf-8"))
    for asset in params.get("assets", []):
        api.write(str(asset["path"]), _asset_bytes(asset))
    for data_file in files:
        if data_file.get("newPath"):
            target = api.resolve(str(data_file["newPath"]))
            target.parent.mkdir(parents=True, exist_ok=True)
            api.resolve(str(data_file["path"])).rename(target)
    return {"message": "entry persisted"}


def _get_media(api: FileApi, params: Json) -> Json:
    return [api.media(path) for path in api.listing(str(params["mediaFolder"]), "", 1)]


def _get_media_file(api: FileApi, params: Json) -> Json:
    return api.media(str(params["path"]))


def _persist_media(api: FileApi, params: Json) -> Json:
    asset = params["asset"]
    api.write(str(asset["path"]), _asset_bytes(asset))
    return api.media(str(asset["path"]))


def _delete_file(api: FileApi, params: Json) -> Json:
    api.delete(str(params["path"]))
    return {"message": f"deleted file {params['path']}"}


def _delete_files(api: FileApi, params: Json) -> Json:
    for path in params["paths"]:
        api.delete(str(path))
    return {"message": "deleted files"}


def _deploy_preview(_api: FileApi, _params: Json) -> Json:
    return None


ACTIONS: dict[str, Callable[[FileApi, Json], Json]] = {
    "info": _info,
    "entriesByFolder": _entries_by_folder,
    "entriesByFiles": _entries_by_files,
    "getEntry": _get_entry,
    "persistEntry": _persist_entry,
    "getMedia": _get_media,
    "getMediaFile": _get_media_file,
    "persistMedia": _persist_media,
    "deleteFile": _delete_file,
    "deleteFiles": _delete_files,
    "getDeployPreview": _deploy_preview,
}


def api_route(api: FileApi) -> Callable[[Request], Awaitable[JSONResponse]]:
    """The ``POST /api/v1`` endpoint: one action per request, files touched off the event loop."""

    async def endpoint(request: Request) -> JSONResponse:
        if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
            return JSONResponse({"error": "The file is too big to save here."}, status_code=413)
        try:
            body = await request.json()
            action = ACTIONS[body["action"]]
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"error": "Unknown action"}, status_code=422)
        try:
            return JSONResponse(await run_in_threadpool(action, api, body.get("params") or {}))
        except OutsideContent as exc:
            return JSONResponse({"error": str(exc)}, status_code=403)
        except (KeyError, TypeError, ValueError) as exc:
            return JSONResponse({"error": f"Bad request: {exc}"}, status_code=422)
        except OSError as exc:
            return JSONResponse({"error": f"Could not read or write the file: {exc.strerror}"}, status_code=500)

    return endpoint
