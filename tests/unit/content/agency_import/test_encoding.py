"""The encoding of a spreadsheet decided from its bytes, for certain, and said out loud."""

from __future__ import annotations

import codecs

import pytest

from govportal.content.agency_import.encoding import MAX_BYTES, Decoded, UnreadableFile, decode

TEXT = "name,website\nCaf\u00e9 Board,https://cafe.example.gov/\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with a byte order mark"),
        (TEXT.encode("utf-16"), "UTF-16 (little-endian, with a byte order mark)"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 (big-endian, with a byte order mark)"),
        (TEXT.encode("utf-16-le"), "UTF-16 (little-endian, no byte order mark)"),
        (TEXT.encode("utf-16-be"), "UTF-16 (big-endian, no byte order mark)"),
        (TEXT.encode("cp1252"), "Windows-1252 (not UTF-8)"),
    ],
)
def test_each_encoding_office_tools_write_is_recognised(data: bytes, encoding: str) -> None:
    assert decode(data) == Decoded(TEXT, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (codecs.BOM_UTF32_LE + "a".encode("utf-32-le"), "the file is UTF-32; save it again from your spreadsheet as 'CSV UTF-8'"),
        (b"name\nok\n\x81bad\n", "line 3: the file looks like Windows-1252 (not UTF-8) but has bytes that are not; save it again from your spreadsheet as 'CSV UTF-8'"),
        (codecs.BOM_UTF8 + b"name\n\xff\n", "line 2: the file looks like UTF-8 with a byte order mark but has bytes that are not; save it again from your spreadsheet as 'CSV UTF-8'"),
        (b"x" * (MAX_BYTES + 1), "the file is 20.0 MB; files up to 20 MB are imported: split it"),
    ],
)
def test_what_no_accepted_encoding_can_hold_is_refused_naming_the_line(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFile) as raised:
        decode(data)
    assert str(raised.value) == message
