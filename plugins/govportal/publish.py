"""Replace the published site with a freshly built one, all at once or not at all.

The new site is built in a staging directory beside the output directory (same
file system), then swapped in. On Linux the swap is one ``renameat2`` call with
``RENAME_EXCHANGE``: a reader sees the old site or the new one, never a mix.
Elsewhere it falls back to two renames, with a moment where the output is absent
but never half-written.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class PublishError(Exception):
    """The output directory could not be replaced; the previous site is still in place."""


def staging_dir_for(target: Path) -> Path:
    """Where the next build of ``target`` is written: a hidden sibling, so the swap is a rename."""
    return target.parent / f".{target.name}.staging"


def fresh_staging_dir(target: Path) -> Path:
    """An empty staging directory for ``target`` (a kept failed build from last time is removed)."""
    staging = staging_dir_for(target)
    if staging.exists():
        shutil.rmtree(staging)
    staging.parent.mkdir(parents=True, exist_ok=True)
    return staging


def publish(staging: Path, target: Path) -> None:
    """Make ``staging`` the new ``target`` and delete the old site."""
    if target.exists() and not target.is_dir():
        raise PublishError(f"{target} exists and is not a folder; move it away or choose another --site-dir")
    if not target.exists():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging)  # it now holds the previous site
        return
    previous = target.parent / f".{target.name}.previous"
    if previous.exists():
        shutil.rmtree(previous)
    os.rename(target, previous)
    try:
        os.rename(staging, target)
    except OSError as exc:
        os.rename(previous, target)
        raise PublishError(f"could not move the new site into {target}: {exc}") from exc
    shutil.rmtree(previous)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically with ``renameat2``; ``False`` where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    return bool(result == 0)
