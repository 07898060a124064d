"""The search index: Pagefind over the built site folder.

Pages mark what to index with ``data-pagefind-body`` and their agency and topics with
``data-pagefind-filter``; Pagefind writes a chunked index to ``pagefind/``, so a query
fetches a few small files, never the whole index.

Pagefind is a program of its own: the build starts it as soon as the pages are written and
does its other work (sitemap, stylesheet, compressed copies) while it runs (:class:`Indexing`).

On a slow phone network a search is a chain of round trips: the page, Pagefind's script, its
list of indexes, then its engine and the index's metadata. Once the index exists, the search
pages ask for the files of that chain with the page (:func:`preload_engine`), and Pagefind runs on
the page's own thread to use them (theme/base/search.js): three round trips fewer.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from govportal.findings import Finding
from govportal.model.translation import Language
from govportal.pages import urls

INDEX_FOLDER = "pagefind"
# Pagefind's files that are gzip already; its script also takes them decoded, as a host that
# serves a Brotli copy hands them over (they begin with a signature the script checks).
GZIPPED_SUFFIXES = frozenset({".pagefind", ".pf_meta", ".pf_index", ".pf_filter", ".pf_fragment"})
# Where the search page template leaves room for the preloads (theme/govportal/search.html).
PRELOAD_MARK = "<!-- govportal: search engine preloads -->"
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


def preload_engine(site: Path, languages: Iterable[Language]) -> list[Path]:
    """Fill each language's search page with preloads of what Pagefind asks for first; returns the
    pages changed. The index list gets a tag (its digest) in place of Pagefind's own time stamp,
    so the page and the script ask for the same address; a new index has a new tag."""
    entry_file = site / INDEX_FOLDER / "pagefind-entry.json"
    entry = entry_file.read_bytes()
    indexes = json.loads(entry).get("languages", {})
    tag = hashlib.blake2b(entry, digest_size=6).hexdigest()
    changed = []
    for language in languages:
        path = urls.localized(urls.SEARCH, language)
        page = site / urls.built_file(path)
        html = page.read_text(encoding="utf-8") if page.is_file() else ""
        if PRELOAD_MARK not in html:
            continue
        to_index = "../" * path.count("/") + INDEX_FOLDER + "/"
        links = [f'<link rel="preload" as="fetch" crossorigin href="{to_index}pagefind-entry.json?ts={tag}" data-gp-pagefind-tag="{tag}">']
        links += [f'<link rel="preload" as="fetch" crossorigin href="{escape(to_index + name)}">' for name in _engine_files(language, indexes)]
        page.write_text(html.replace(PRELOAD_MARK, "\n  ".join(links), 1), encoding="utf-8")
        changed.append(page)
    return changed


def _engine_files(language: Language, indexes: dict[str, Any]) -> list[str]:
    """What Pagefind fetches before it can search in ``language``: the index's metadata and the
    engine. (The index itself is in chunks of 5 to 25 KB, already several for a portal of 100
    services; which one a search needs depends on its words.) A language without pages has no index
    of its own: Pagefind falls back to another, not preloaded."""
    index = indexes.get(language)
    if not isinstance(index, dict) or not isinstance(index.get("hash"), str):
        return []
    return [f"pagefind.{index['hash']}.pf_meta", f"wasm.{index.get('wasm') or 'unknown'}.pagefind"]


def index_site(site: Path) -> list[Finding]:
    """Index ``site`` in place and wait for it."""
    return Indexing(site).finish()
