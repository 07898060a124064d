"""Pre-compressed copies of the built site's text files: ``page.html.gz`` and ``page.html.br``.

Hosts that serve such files as they are (nginx ``gzip_static``/``brotli_static``, Caddy
``precompressed``, Apache with a rewrite) send a phone about a sixth of the bytes without
compressing on every request. A host that compresses by itself ignores the copies.

Files that are gzip already (the search index's) get only a ``.br`` copy, of their decoded bytes,
when the caller says their reader accepts those too: Brotli makes them 5 to 15 % smaller again.
"""

from __future__ import annotations

import gzip
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import brotli

TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv", ".ics"})
_SMALLEST = 1024  # below about one network packet, compression saves no time
# Brotli 5 and gzip 6: within 10 % of the smallest output at a fiftieth of the time of
# Brotli 11 (a 20 KB page: 1 ms against 120 ms), which would add minutes to a 10,000-page build.
_BROTLI_QUALITY = 5
_GZIP_LEVEL = 6
_COPIES = (".gz", ".br")  # the suffixes of a file's compressed copies
# Gzip files bigger than this get Brotli's best, 11: 9 % smaller for 50 times the time (0.5 s).
# Only Pagefind's engine is that big (about 70 KB, one per language, the same in every build, so
# a rebuild takes the published copy); its index chunks and fragments stay under 30 KB.
_BIG_GZIP = 48 * 1024


def compress_site(site: Path, previous: Path | None = None, leave: str | None = None, gzipped: frozenset[str] = frozenset()) -> int:
    """Write ``.gz`` and ``.br`` beside every text file worth compressing; returns how many files got copies.

    A file whose bytes are the same in the ``previous`` build of the site (the one published) takes
    that build's copies, so a rebuild compresses only what changed. ``leave`` is a folder of the
    site not to touch (one another program is still writing). ``gzipped`` names the suffixes of
    files that are gzip already and whose reader takes them decoded as well: they get a ``.br`` copy
    of the decoded bytes. Brotli and zlib release the GIL while they work, so threads use every core.
    """
    files = [p for p in site.rglob("*") if p.suffix in TEXT_SUFFIXES | gzipped and not _within(p, site, leave) and p.is_file() and p.stat().st_size >= _SMALLEST]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return sum(pool.map(lambda path: _compress(path, previous / path.relative_to(site) if previous else None, path.suffix in gzipped), files))


def compress_files(paths: list[Path]) -> None:
    """Compress again files changed after :func:`compress_site` ran (their copies are replaced)."""
    for path in paths:
        for suffix in _COPIES:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        _compress_file(path, None)


def _compress(path: Path, before: Path | None, gzipped: bool) -> bool:
    return _brotli_of_gzip(path, before) if gzipped else _compress_file(path, before)


def _within(path: Path, site: Path, folder: str | None) -> bool:
    return folder is not None and path.relative_to(site).parts[0] == folder


def _compress_file(path: Path, before: Path | None) -> bool:
    """Write both copies, or none where they would not be smaller (a file that is already dense)."""
    data = path.read_bytes()
    if before is not None and _reuse(data, before, path, _COPIES):
        return True
    gz = gzip.compress(data, compresslevel=_GZIP_LEVEL, mtime=0)  # mtime 0: the same build gives the same bytes
    br = brotli.compress(data, quality=_BROTLI_QUALITY)
    if len(gz) >= len(data):
        return False
    path.with_name(path.name + ".gz").write_bytes(gz)
    path.with_name(path.name + ".br").write_bytes(br)
    return True


def _brotli_of_gzip(path: Path, before: Path | None) -> bool:
    """A ``.br`` copy of what a gzip file holds, where it is smaller than the file (a host sends the
    reader those bytes, decoded from Brotli); ``False`` for a file that is not gzip after all."""
    data = path.read_bytes()
    if before is not None and _reuse(data, before, path, (".br",)):
        return True
    try:
        decoded = gzip.decompress(data)
    except (OSError, EOFError):
        return False
    br = brotli.compress(decoded, quality=11 if len(data) > _BIG_GZIP else _BROTLI_QUALITY)
    if len(br) >= len(data):
        return False
    path.with_name(path.name + ".br").write_bytes(br)
    return True


def _reuse(data: bytes, before: Path, path: Path, suffixes: tuple[str, ...]) -> bool:
    """Link the earlier build's copies of the same bytes beside ``path``; ``False`` if there are none."""
    copies = [before.with_name(before.name + suffix) for suffix in suffixes]
    try:
        if not all(c.is_file() for c in copies) or before.read_bytes() != data:
            return False
        for copy in copies:
            target = path.with_name(copy.name)
            try:
                os.link(copy, target)  # the earlier build is deleted once this one is published: its files live on here
            except OSError:
                shutil.copyfile(copy, target)
    except OSError:
        return False
    return True
