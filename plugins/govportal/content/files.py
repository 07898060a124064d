"""Editors' files as untrusted input: no symbolic links, a size limit, UTF-8 only.

git stores symbolic links, so one commit could make a build publish any file of the
build machine (``content/forms/x.pdf -> /etc/shadow``): MkDocs copies what a link
points to. A size limit keeps a parser from reading a file nobody meant to commit, and
a file in another encoding is named to the editor instead of stopping the run.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1_000_000
YAML = (".yml", ".yaml")  # what a YAML file's name may end in
SYMLINK = "is a symbolic link; links can publish any file of the build machine, so replace the link with a copy of the file and commit the file itself"


class FileProblem(Exception):
    """The file cannot be read as content; the message says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Listing:
    """Everything under a folder, from one walk that follows no link: its files, as paths in the
    folder written with ``/`` and sorted as pathlib sorts paths, and its links (file or folder).
    One walk serves every question a load asks of the folder: with 1,000 services, each pathlib
    glob over it cost a preview save 10 to 30 ms."""

    root: Path
    files: tuple[str, ...]
    links: tuple[Path, ...]

    def names(self, folder: str, suffixes: tuple[str, ...], depth: int | None = None) -> list[str]:
        """Files in ``folder`` ("" for the top) whose names end in one of ``suffixes``: directly in
        it with ``depth`` 1, one folder down with 2, at any depth with ``None``."""
        prefix = f"{folder}/" if folder else ""
        slashes = None if depth is None else prefix.count("/") + depth - 1
        return [n for n in self.files if n.startswith(prefix) and n.endswith(suffixes) and (slashes is None or n.count("/") == slashes)]

    def paths(self, folder: str, suffixes: tuple[str, ...], depth: int | None = None) -> list[Path]:
        """:meth:`names`, as paths under the root."""
        return [self.root / name for name in self.names(folder, suffixes, depth)]


def stem(name: str) -> str:
    """``services/dmv/renew.es.md`` -> ``renew.es``, as ``Path.stem`` without making a path."""
    base = name.rpartition("/")[2]
    head, dot, _ = base.rpartition(".")
    return head if dot and head else base


def list_folder(folder: Path) -> Listing:
    """What is under ``folder`` (see :class:`Listing`); a folder that is itself a link is only listed."""
    if folder.is_symlink():
        return Listing(folder, (), (folder,))
    files: list[str] = []
    links: list[Path] = []
    _walk(str(folder), "", files, links)
    return Listing(folder, tuple(sorted(files, key=lambda name: name.split("/"))), tuple(sorted(links)))


def symlinks(folder: Path) -> list[Path]:
    """Every symbolic link at or under ``folder`` (file or folder), without following any."""
    return list(list_folder(folder).links)


def _walk(folder: str, prefix: str, files: list[str], links: list[Path]) -> None:
    """os.scandir knows from the folder listing which entries are links and folders: no call per file."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            links.append(Path(entry.path))  # a linked folder is listed, not entered
        elif entry.is_dir(follow_symlinks=False):
            _walk(entry.path, f"{prefix}{entry.name}/", files, links)
        else:
            files.append(prefix + entry.name)


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
