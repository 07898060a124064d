"""Which text encoding a spreadsheet was saved in, decided from its bytes and said out loud.

Office tools save CSV as UTF-8 (with or without a byte order mark), as UTF-16 ("Unicode
text" in Excel) or, on Windows, as Windows-1252. A wrong guess silently turns "Café" into
"CafÃ©", so only these are accepted, each recognised for certain: a byte order mark, NUL
bytes between ASCII letters (UTF-16), valid UTF-8, else Windows-1252 (which also reads
Latin-1 text). Bytes that none of them can hold are an error naming the line.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# A directory of every agency in a state is a few hundred kilobytes; this is generous.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "", "UTF-32"),  # checked before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with a byte order mark"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (little-endian, with a byte order mark)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (big-endian, with a byte order mark)"),
)


class UnreadableFile(Exception):
    """The whole file cannot be imported; the message says why and what to do."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # in words, for the person importing


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _decode(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            # exc.object is what the codec read: after a byte order mark, which it strips first.
            f"line {_line_of(exc.object, exc.start)}: the file looks like {name} but has bytes that are not; "
            "save it again from your spreadsheet as 'CSV UTF-8'"
        ) from None


def _utf16_without_mark(data: bytes) -> Decoded | None:
    """UTF-16 written without a mark: ASCII text then has a NUL byte beside every letter."""
    sample = data[:4096]
    if sample.count(0) < len(sample) // 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > even_nuls:
        return _decode(data, "utf-16-le", "UTF-16 (little-endian, no byte order mark)")
    return _decode(data, "utf-16-be", "UTF-16 (big-endian, no byte order mark)")


def decode(data: bytes) -> Decoded:
    """The text of a CSV file and the encoding it was read as."""
    if len(data) > MAX_BYTES:
        raise UnreadableFile(f"the file is {len(data) / 1024 / 1024:.1f} MB; files up to {MAX_BYTES // 1024 // 1024} MB are imported: split it")
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            if not codec:
                raise UnreadableFile(f"the file is {name}; save it again from your spreadsheet as 'CSV UTF-8'")
            return _decode(data, codec, name)
    utf16 = _utf16_without_mark(data)
    if utf16 is not None:
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        return _decode(data, "cp1252", "Windows-1252 (not UTF-8)")
