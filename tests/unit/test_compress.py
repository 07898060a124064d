"""Pre-compressed copies beside the site's text files, for hosts that serve them."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

from govportal.compress import compress_files, compress_site


def test_text_files_get_gz_and_br_copies_of_the_same_bytes(tmp_path: Path) -> None:
    page = tmp_path / "services" / "index.html"
    page.parent.mkdir()
    page.write_text("<p>Renew your license.</p>\n" * 200, encoding="utf-8")
    (tmp_path / "small.css").write_text("p{margin:0}", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG" + bytes(4000))
    assert compress_site(tmp_path) == 1
    data = page.read_bytes()
    assert gzip.decompress(page.with_name("index.html.gz").read_bytes()) == data
    assert brotli.decompress(page.with_name("index.html.br").read_bytes()) == data
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["index.html", "index.html.br", "index.html.gz", "photo.png", "services", "small.css"]


def test_the_same_site_compresses_to_the_same_bytes(tmp_path: Path) -> None:
    """No timestamps inside: a rebuild changes no .gz file that did not change (caches and diffs stay quiet)."""
    page = tmp_path / "index.html"
    page.write_text("<p>Same</p>\n" * 500, encoding="utf-8")
    compress_site(tmp_path)
    first = (tmp_path / "index.html.gz").read_bytes()
    compress_site(tmp_path)
    assert (tmp_path / "index.html.gz").read_bytes() == first


def test_a_rebuild_takes_the_published_copies_of_unchanged_files(tmp_path: Path) -> None:
    """Only what changed is compressed again; unchanged files share the published site's copies."""
    published, staging = tmp_path / "site", tmp_path / "staging"
    for site in (published, staging):
        site.mkdir()
        (site / "same.html").write_text("<p>Same</p>\n" * 500, encoding="utf-8")
    (published / "changed.html").write_text("<p>Old</p>\n" * 500, encoding="utf-8")
    (staging / "changed.html").write_text("<p>New</p>\n" * 500, encoding="utf-8")
    compress_site(published)
    assert compress_site(staging, published) == 2
    assert (staging / "same.html.br").stat().st_ino == (published / "same.html.br").stat().st_ino
    assert gzip.decompress((staging / "changed.html.gz").read_bytes()) == (staging / "changed.html").read_bytes()
    assert brotli.decompress((staging / "changed.html.br").read_bytes()) == (staging / "changed.html").read_bytes()


def test_a_folder_left_alone_gets_no_copies(tmp_path: Path) -> None:
    (tmp_path / "pagefind").mkdir()
    for path in (tmp_path / "index.html", tmp_path / "pagefind" / "pagefind.js"):
        path.write_text("x = 1;\n" * 500, encoding="utf-8")
    assert compress_site(tmp_path, leave="pagefind") == 1
    assert not (tmp_path / "pagefind" / "pagefind.js.gz").exists()


def test_a_gzip_file_gets_a_brotli_copy_of_what_it_holds(tmp_path: Path) -> None:
    """The search index's files are gzip already: their .br copy holds the decoded bytes, which the
    index's script takes as they are, so a host serving it sends fewer bytes than the file."""
    held = b"pagefind_dcd" + " ".join(f"renew{i} license{i * 7 % 13}" for i in range(2000)).encode()
    index = tmp_path / "index.pf_index"
    index.write_bytes(gzip.compress(held, mtime=0))
    not_gzip = tmp_path / "odd.pf_index"
    not_gzip.write_bytes(b"x" * 4000)
    assert compress_site(tmp_path, gzipped=frozenset({".pf_index"})) == 1
    assert brotli.decompress((tmp_path / "index.pf_index.br").read_bytes()) == held
    assert not (tmp_path / "index.pf_index.gz").exists()  # the file itself is the gzip copy
    assert not (tmp_path / "odd.pf_index.br").exists()


def test_files_compressed_again_lose_their_stale_copies(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<p>Before</p>\n" * 300, encoding="utf-8")
    compress_site(tmp_path)
    page.write_text("<p>After</p>\n" * 300, encoding="utf-8")
    compress_files([page])
    assert gzip.decompress((tmp_path / "index.html.gz").read_bytes()) == page.read_bytes()
    assert brotli.decompress((tmp_path / "index.html.br").read_bytes()) == page.read_bytes()
