"""govportal's own copy of Decap CMS (``editor/static/``), served from the site, never from a CDN.

``scripts/update-editor.sh`` fetches it from the npm registry and writes ``SHA256SUMS``;
:func:`changed_files` checks the copy against it, so a tampered or truncated file is caught by the
tests before it ships.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from importlib.resources.abc import Traversable

SUMS = "SHA256SUMS"
SCRIPT = "decap-cms.js"


def static() -> Traversable:
    return resources.files("govportal.editor").joinpath("static")


def version() -> str:
    return static().joinpath("VERSION").read_text(encoding="utf-8").strip()


def checksums() -> dict[str, str]:
    """File name -> SHA-256, as written by scripts/update-editor.sh."""
    lines = static().joinpath(SUMS).read_text(encoding="utf-8").splitlines()
    return {name.strip(): digest for digest, name in (line.split(maxsplit=1) for line in lines if line.strip())}


def files() -> list[str]:
    """What the admin page serves: the bundle, its lazily loaded parts, and the licences."""
    return sorted(checksums())


def changed_files() -> list[str]:
    """Files missing or different from SHA256SUMS (none when the copy is intact)."""
    folder = static()
    return [name for name, digest in checksums().items() if not folder.joinpath(name).is_file() or hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() != digest]
