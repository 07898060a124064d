"""``govportal edit``: the web editor on this computer, saving straight into the content folder.

One small app serves the CMS at ``/admin/`` with a configuration made fresh on each load (so a
new agency appears as a choice at once) and answers the CMS's file API at ``/api/v1``.
After each save the content is validated and the problems in the saved files are printed, in
the same words as ``govportal validate``.

It listens on 127.0.0.1 only. Other web pages open in the same browser could still send it
requests, so the API answers only JSON posts (which browsers will not send across sites without
asking first, and this app never says yes) from its own origin, addressed to its own host name
(which stops DNS rebinding).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles

from govportal.editor import bundle
from govportal.editor.admin import ADMIN, admin_page
from govportal.editor.config import Backend, config_yaml, editor_config
from govportal.editor.proxy import FileApi, api_route
from govportal.findings import Finding

Check = Callable[[list[str]], list[Finding]]  # saved paths -> findings in them


@dataclass(frozen=True)
class EditorSite:
    """One project opened for editing at ``origin`` (``http://127.0.0.1:8001``)."""

    root: Path  # the folder of site.yml, the CMS's paths start here
    docs_dir: Path
    title: str
    origin: str
    check: Check | None = None  # run after each save; None in tests that only save

    @property
    def content_folder(self) -> str:
        return self.docs_dir.resolve().relative_to(self.root.resolve()).as_posix()


def create_app(site: EditorSite) -> Starlette:
    api = FileApi(site.root, site.docs_dir)
    files = StaticFiles(directory=str(bundle.static()))

    async def page(_request: Request) -> Response:
        return Response(admin_page(site.title, []), media_type="text/html")

    async def config(_request: Request) -> Response:
        backend = Backend("proxy", proxy_url=f"{site.origin}/api/v1")
        return Response(config_yaml(editor_config(site.docs_dir, site.content_folder, backend)), media_type="text/yaml")

    return Starlette(routes=[
        Route("/", lambda _request: RedirectResponse(f"/{ADMIN}/")),
        Route(f"/{ADMIN}/", page),
        Route(f"/{ADMIN}/config.yml", config),
        Route(f"/{ADMIN}/{{name:path}}", _bundle_file(files)),
        Route("/api/v1", _guarded(site, api_route(api)), methods=["POST"]),
    ])


def _bundle_file(files: StaticFiles) -> Callable[[Request], Awaitable[Response]]:
    async def serve(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in bundle.files():
            return PlainTextResponse("Not found", status_code=404)
        return await files.get_response(name, request.scope)

    return serve


def _guarded(site: EditorSite, endpoint: Callable[[Request], Awaitable[JSONResponse]]) -> Callable[[Request], Awaitable[Response]]:
    """Only the CMS on this app's own page may use the file API; saves are then checked."""
    host = site.origin.split("://", 1)[1]

    async def guarded(request: Request) -> Response:
        origin = request.headers.get("origin")
        if request.headers.get("host") != host or (origin is not None and origin != site.origin):
            return PlainTextResponse("Forbidden", status_code=403)
        if not request.headers.get("content-type", "").startswith("application/json"):
            return PlainTextResponse("Send JSON", status_code=415)
        response = await endpoint(request)
        if site.check is not None and response.status_code == 200:
            body = await request.json()
            if body.get("action") == "persistEntry":
                params = body.get("params") or {}
                saved = [str(f.get("newPath") or f["path"]) for f in params.get("dataFiles") or [params["entry"]]]
                site.check(saved)
        return response

    return guarded
