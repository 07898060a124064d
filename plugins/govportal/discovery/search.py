"""The search index: Pagefind over the built site folder.

Pages mark what to index with ``data-pagefind-body`` and their agency and topics with
``data-pagefind-filter``; Pagefind writes a chunked index to ``pagefind/``, so a query
fetches a few small files, never the whole index.

Pagefind is a program of its own: the build starts it as soon as the pages are written and
does its other work (sitemap, stylesheet, compressed copies) while it runs (:class:`Indexing`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from govportal.findings import Finding

INDEX_FOLDER = "pagefind"
_TIMEOUT_S = 600


def _pagefind() -> list[str]:
    """Pagefind's program itself, so no Python starts just to hand over to it (``python -m pagefind`` does that)."""
    from pagefind.service import get_executable

    program = get_executable()
    return [str(program)] if program is not None else [sys.executable, "-m", "pagefind"]


class Indexing:
    """Pagefind indexing ``site`` in place, started at once; :meth:`finish` waits for it, and must
    be called before the index is used or compressed."""

    def __init__(self, site: Path) -> None:
        self.site = site
        command = [*_pagefind(), "--site", str(site), "--output-subdir", INDEX_FOLDER, "--quiet"]
        self._problem: str | None = None
        self._process: subprocess.Popen[str] | None = None
        try:
            self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as exc:
            self._problem = str(exc)

    def finish(self) -> list[Finding]:
        """Wait for the index; a failure is a finding (search is part of the portal)."""
        if self._process is not None:
            try:
                stdout, stderr = self._process.communicate(timeout=_TIMEOUT_S)
            except subprocess.TimeoutExpired as exc:
                self._process.kill()
                self._process.communicate()
                self._problem = str(exc)
            else:
                if self._process.returncode != 0 or not (self.site / INDEX_FOLDER / "pagefind.js").is_file():
                    detail = (stderr or stdout).strip().splitlines()
                    self._problem = detail[-1] if detail else f"pagefind exited with {self._process.returncode}"
            self._process = None
        return [] if self._problem is None else [Finding(str(self.site), "search", f"the search index could not be built: {self._problem}")]


def index_site(site: Path) -> list[Finding]:
    """Index ``site`` in place and wait for it."""
    return Indexing(site).finish()
