"""Editors' files as untrusted input: no symbolic links, a size limit, UTF-8 only.

git stores symbolic links, so one commit could make a build publish any file of the
build machine (``content/forms/x.pdf -> /etc/shadow``): MkDocs copies what a link
points to. A size limit keeps a parser from reading a file nobody meant to commit, and
a file in another encoding is named to the editor instead of stopping the run.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

MAX_BYTES = 1_000_000
SYMLINK = "is a symbolic link; links can publish any file of the build machine, so replace the link with a copy of the file and commit the file itself"


class FileProblem(Exception):
    """The file cannot be read as content; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def symlinks(folder: Path) -> list[Path]:
    """Every symbolic link at or under ``folder`` (file or folder), without following any."""
    if folder.is_symlink():
        return [folder]
    found: list[Path] = []
    _symlinks_under(str(folder), found)
    return sorted(found)


def _symlinks_under(folder: str, found: list[Path]) -> None:
    """os.scandir knows from the folder listing which entries are links: no call per file."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            found.append(Path(entry.path))  # a linked folder is listed, not entered
        elif entry.is_dir(follow_symlinks=False):
            _symlinks_under(entry.path, found)


def version(path: Path) -> tuple[int, int, int, int] | None:
    """What changes when a file is written, replaced, or turned into a link (the link itself is
    looked at, not what it points to); ``None`` when it cannot be looked at. The preview compares
    it to read again only the files saved since its last build."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns


def read_text(path: Path) -> str:
    """The text of a content file; raises :class:`FileProblem` when it is too big or not UTF-8.

    A UTF-8 byte order mark (Notepad writes one) is fine and removed.
    """
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise FileProblem(
            f"is {size / 1_000_000:.1f} MB; content files may be at most {MAX_BYTES // 1_000_000} MB: split it, or move large documents out of the portal"
        )
    data = path.read_bytes().removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FileProblem(
            f"is not saved as UTF-8 (line {line} has the byte 0x{data[exc.start]:02X}, which UTF-8 cannot read); open it in your editor and save it as UTF-8"
        ) from None
