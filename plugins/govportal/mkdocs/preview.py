"""Keep ``govportal serve`` honest when a save breaks the build.

MkDocs' live-reload server (``mkdocs/livereload``) treats a failed rebuild as a build still
under way: it keeps the old pages, open tabs never reload, and every new request waits for
that build to finish, so a new tab hangs until the next good save. The guard wraps the
server's builder so a failed rebuild still finishes, leaving an error page, and its WSGI app
so every page of the preview answers that page while the build is broken. MkDocs' own
live-reload script then moves open tabs to the error page, and back on the next good save;
the guard lets the pages' Content Security Policy run that inline script, which it would block.

MkDocs looks for saved files by polling every half second: on average a quarter of a second
before a save is noticed, and 4 % of a core all the time with 1,000 services. The preview asks
the system to tell it instead (inotify, FSEvents, ReadDirectoryChangesW, through watchdog), unless
the editor asks for polling: where the system is not told of saves (a Windows folder seen from
WSL, some network drives), ``govportal serve --poll`` (or ``GOVPORTAL_POLL=1``) keeps MkDocs' way.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from jinja2 import TemplateError
from mkdocs.livereload import LiveReloadServer
from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

from govportal.console import out, print_findings
from govportal.findings import Finding, errors
from govportal.mkdocs.messages import collect_warnings, finding, template_problem
from govportal.preview_error import error_page
from govportal.validate import validate

# A dotfile: MkDocs never writes one, and its cleaning of the site folder leaves it alone.
ERROR_FILE = ".govportal-preview-error.html"
_SCRIPT_SRC = re.compile(rb"(script-src (?:&#39;|')self(?:&#39;|'))")
_ExcInfo = tuple[type[BaseException], BaseException, TracebackType] | tuple[None, None, None]


POLL_VARIABLE = "GOVPORTAL_POLL"
# How long the server waits after a save for more saves before it builds (MkDocs: 0.1 s, for its
# polling). The system reports the files of a burst (a git checkout, an editor's save-and-rename)
# within milliseconds, so a shorter wait still makes them one build.
NATIVE_BUILD_DELAY_S = 0.05


def polling_asked() -> bool:
    """Whether the editor asked to keep MkDocs' polling (``govportal serve --poll`` sets the variable)."""
    return os.environ.get(POLL_VARIABLE, "").strip().lower() in {"1", "true", "yes", "on"}


def watch_natively(server: LiveReloadServer, watched: list[str]) -> None:
    """Move the ``watched`` paths from MkDocs' polling file watcher to the system's own (watchdog's
    ``Observer``, which falls back to polling where the system has none). Called before the
    server starts its watcher: MkDocs schedules its own paths first and plugins' after."""
    for path in watched:
        server.unwatch(path)
    server.observer = _SaveObserver()  # MkDocs only schedules, starts and stops it
    server.build_delay = NATIVE_BUILD_DELAY_S
    for path in watched:
        server.watch(path)


# What a save, a new file, a deletion or a renaming looks like. Not a file opened or closed
# unwritten: each build reads the content files, and MkDocs rebuilds on any event it is given,
# so those would start a build after every build.
_SAVES: list[type[FileSystemEvent]] = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent, FileClosedEvent]


class _SaveObserver(Observer):  # type: ignore[misc,valid-type]  # watchdog names the system's observer class in a variable
    """The system's file watcher, passing on saves only (see ``_SAVES``)."""

    def schedule(self, event_handler: FileSystemEventHandler, path: str | Path, *, recursive: bool = False, event_filter: list[type[FileSystemEvent]] | None = None, follow_symlink: bool = False) -> ObservedWatch:
        watch: ObservedWatch = super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or _SAVES, follow_symlink=follow_symlink)
        return watch


def guard(server: LiveReloadServer, config_file: Path, docs_dir: str) -> LiveReloadServer:
    """Make ``server`` show the problems of a failed rebuild instead of stalling."""
    guarded = _Guard(server, config_file, docs_dir)
    server.builder = guarded.build
    server.set_app(guarded.app)
    return server


def _is_page(path: str) -> bool:
    """A page address, not the live-reload poll or a stylesheet, script or image."""
    last = path.rsplit("/", 1)[-1]
    return not path.startswith("/livereload/") and (last == "" or last.endswith(".html") or "." not in last)


def allow_live_reload(html: bytes) -> bytes:
    """Let the page's own policy (no inline scripts) run the live-reload script MkDocs put
    inline just before ``</body>``, and only that script, by its hash: open tabs then reload."""
    end = html.rfind(b"</body>")
    start = html.rfind(b"<script>", 0, end)
    if end < 0 or start < 0 or not html[:end].endswith(b"</script>"):
        return html
    digest = base64.b64encode(hashlib.sha256(html[start + len(b"<script>") : end - len(b"</script>")]).digest())
    return _SCRIPT_SRC.sub(rb"\1 &#39;sha256-" + digest + rb"&#39;", html, count=1)


def _with_live_reload(serve: WSGIApplication, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
    """``serve``'s answer, its HTML passed through :func:`allow_live_reload`."""
    answer: list[tuple[str, list[tuple[str, str]]]] = []

    def keep(status: str, headers: list[tuple[str, str]], exc_info: _ExcInfo | None = None, /) -> Callable[[bytes], object]:
        answer.append((status, headers))
        return lambda _: None  # MkDocs' server never writes this way

    body = serve(environ, keep)
    status, headers = answer[0]
    if not dict(headers).get("Content-Type", "").startswith("text/html"):
        start_response(status, headers)
        return body
    try:
        html = allow_live_reload(b"".join(body))
    finally:
        getattr(body, "close", lambda: None)()
    start_response(status, [(k, v) for k, v in headers if k != "Content-Length"] + [("Content-Length", str(len(html)))])
    return [html]


class _Guard:
    """The state of the last rebuild, shared by the build loop and the request threads."""

    def __init__(self, server: LiveReloadServer, config_file: Path, docs_dir: str) -> None:
        self._rebuild = server.builder
        self._serve = server.serve_request
        self._error_file = Path(server.root) / ERROR_FILE
        self._mount_path = server.mount_path
        self._config_file = config_file
        self._docs_dir = docs_dir
        self._problems: list[Finding] = []
        self._building = False
        self._settled = threading.Condition()

    def build(self) -> None:
        """Rebuild; on failure, print the problems and leave the page that lists them."""
        with self._settled:
            self._building = True
        problems = self._failures()
        if problems:
            print_findings(problems, " The preview shows them on every page until you fix them and save.")
            self._error_file.write_text(error_page(problems), encoding="utf-8")
        elif self._problems:
            out.print("Fixed: the portal builds again and the preview is up to date.", markup=False)
            self._error_file.unlink(missing_ok=True)
        with self._settled:
            self._problems, self._building = problems, False
            self._settled.notify_all()

    def _failures(self) -> list[Finding]:
        """What stopped the rebuild, in the words of ``govportal validate``; none when it worked."""
        with collect_warnings() as collector:
            try:
                self._rebuild()
            except Exception as exc:  # whatever stopped MkDocs, as its own rebuild loop catches
                logged = [finding(m, self._docs_dir, "error") for m in collector.messages]
                return self._explain(exc, logged)
        print_findings([finding(m, self._docs_dir, "warning") for m in collector.messages])
        return []

    def _explain(self, exc: Exception, logged: list[Finding]) -> list[Finding]:

        checked = validate(self._config_file)
        found = errors(checked if isinstance(checked, list) else checked.findings)
        message = template_problem(exc) if isinstance(exc, TemplateError) else f"the portal could not be built: {exc}"
        return found or logged or [Finding(self._config_file.name, "", message)]

    def app(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """Every page answers the error page while the last rebuild failed; a request that
        arrives during a rebuild waits for it, as MkDocs does, so it never gets an old page."""
        if _is_page(environ.get("PATH_INFO", "")):
            with self._settled:
                self._settled.wait_for(lambda: not self._building)
                broken = bool(self._problems)
            if broken:  # answered as 200 OK: MkDocs would log every other status as a warning in the terminal
                environ = {**environ, "PATH_INFO": self._mount_path + ERROR_FILE}
        return _with_live_reload(self._serve, environ, start_response)
