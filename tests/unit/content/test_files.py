"""Editors' files as untrusted input: symbolic links found, size bounded, UTF-8 named by line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from govportal.content.files import MAX_BYTES, FileProblem, read_text, symlinks


def test_symbolic_links_to_files_and_folders_are_listed_without_following_them(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "dl-12.pdf").write_bytes(b"%PDF")
    (tmp_path / "forms" / "secret.pdf").symlink_to("/etc/passwd")
    (tmp_path / "elsewhere").symlink_to("/etc", target_is_directory=True)
    assert symlinks(tmp_path) == [tmp_path / "elsewhere", tmp_path / "forms" / "secret.pdf"]
    assert symlinks(tmp_path / "elsewhere") == [tmp_path / "elsewhere"]


def test_a_byte_order_mark_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(codecs.BOM_UTF8 + "título\n".encode())
    assert read_text(path) == "título\n"


def test_text_not_saved_as_utf8_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("line one\nca\u00f1on\n".encode("cp1252"))
    with pytest.raises(FileProblem) as raised:
        read_text(path)
    assert raised.value.message == "is not saved as UTF-8 (line 2 has the byte 0xF1, which UTF-8 cannot read); open it in your editor and save it as UTF-8"


def test_a_file_too_big_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yml"
    path.write_bytes(b"\xff" * (MAX_BYTES + 100_000))  # not UTF-8 either: the size is told first
    with pytest.raises(FileProblem) as raised:
        read_text(path)
    assert raised.value.message == "is 1.1 MB; content files may be at most 1 MB: split it, or move large documents out of the portal"
