"""Editors' files as untrusted input: symbolic links found, size bounded, UTF-8 named by line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from govportal.content.files import MAX_BYTES, FileProblem, list_folder, read_text, stem, symlinks


def test_symbolic_links_to_files_and_folders_are_listed_without_following_them(tmp_path: Path) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "dl-12.pdf").write_bytes(b"%PDF")
    (tmp_path / "forms" / "secret.pdf").symlink_to("/etc/passwd")
    (tmp_path / "elsewhere").symlink_to("/etc", target_is_directory=True)
    assert symlinks(tmp_path) == [tmp_path / "elsewhere", tmp_path / "forms" / "secret.pdf"]
    assert symlinks(tmp_path / "elsewhere") == [tmp_path / "elsewhere"]


def test_one_walk_lists_the_files_as_pathlib_globs_would_and_the_links_apart(tmp_path: Path) -> None:
    for name in ["portal.yml", "agencies/dmv.yml", "agencies/dmv.es.yaml", "services/dmv/renew.md", "services/dmv/renew.es.md",
                 "services/dmv-x/a.md", "services/dmv/deeper/b.md", "forms/f.yml", ".hidden.md", "home.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "services" / "dmv" / "linked.md").symlink_to(tmp_path / "home.md")
    (tmp_path / "services" / "elsewhere").symlink_to(tmp_path / "forms", target_is_directory=True)
    found = list_folder(tmp_path)

    def globbed(pattern: str) -> list[Path]:
        return sorted(p for p in tmp_path.glob(pattern) if not p.is_symlink())

    assert found.paths("services", (".md",), 2) == globbed("services/*/*.md")
    assert found.paths("services", (".md",)) == globbed("services/**/*.md")  # sorted folder by folder, like paths
    assert found.paths("agencies", (".yml", ".yaml"), 1) == globbed("agencies/*.y*ml")
    assert found.paths("", (".md",)) == sorted(p for p in tmp_path.rglob("*.md") if not p.is_symlink() and "elsewhere" not in p.parts)
    assert found.names("", (".yml",), 1) == ["portal.yml"]
    assert found.links == (tmp_path / "services" / "dmv" / "linked.md", tmp_path / "services" / "elsewhere")  # the linked folder is not entered
    assert list_folder(tmp_path / "services" / "elsewhere").links == (tmp_path / "services" / "elsewhere",)


@pytest.mark.parametrize("name", ["services/dmv/renew.es.md", "portal.yml", ".hidden", "a/.hidden", "README", "a/b.tar.gz", "a..md"])
def test_a_names_stem_is_the_one_pathlib_gives(name: str) -> None:
    assert stem(name) == Path(name).stem


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
