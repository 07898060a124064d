"""Incremental gating: skip pages whose HTML and assets are unchanged since they last passed.

A page's fingerprint covers its HTML, every site file it loads (so any theme, CSS or
JavaScript change re-checks every page that uses it), and the gate settings.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from govportal import __version__


def fingerprint(html: Path, assets: list[Path], settings_json: str, file_hash: dict[Path, str]) -> str:
    digest = hashlib.sha256(f"{__version__}\n{settings_json}\n".encode())
    for file in [html, *sorted(set(assets))]:
        if file not in file_hash:
            file_hash[file] = hashlib.sha256(file.read_bytes()).hexdigest()
        digest.update(file_hash[file].encode())
    return digest.hexdigest()


class PassCache:
    """Fingerprints of pages that passed, stored as JSON."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.passed: dict[str, str] = {}
        if path is not None and path.is_file():
            try:
                self.passed = dict(json.loads(path.read_text(encoding="utf-8")))
            except (ValueError, TypeError):
                self.passed = {}  # a damaged cache only costs a full run

    def unchanged(self, page: str, print_: str) -> bool:
        return self.passed.get(page) == print_

    def save(self, results: dict[str, str | None]) -> None:
        """Record pages that passed (their fingerprint) and forget pages that failed (``None``)."""
        if self.path is None:
            return
        for page, print_ in results.items():
            if print_ is None:
                self.passed.pop(page, None)
            else:
                self.passed[page] = print_
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.passed, indent=0, sort_keys=True), encoding="utf-8")
