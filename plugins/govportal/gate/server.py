"""Serve a built site on 127.0.0.1 so the browser sees it as visitors will."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _QuietHandler(SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        # Assets do not change while a check runs: let the browser keep them instead of asking again.
        if not self.path.endswith((".html", "/")):
            self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Requests are not logged: the checks report what matters."""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """The browser drops connections it no longer needs (a page closed mid-load); that is normal."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve_directory(root: Path, headers: dict[str, str] | None = None) -> Iterator[str]:
    """Serve ``root`` on a free loopback port for the length of the ``with`` block; yields the base URL.

    ``headers`` go with every response, as a host that reads the site's ``_headers`` sends them.
    """
    handler = partial(type("_Handler", (_QuietHandler,), {"extra_headers": dict(headers or {})}), directory=str(root))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="govportal-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
