"""Dropping CSS no page can use: what must stay, what goes."""

from __future__ import annotations

from pathlib import Path

from govportal.unused_css import prune_site, prune_stylesheet, used_names

CSS = (
    ".used{color:red}.unused{color:blue}.used .unused,.used>p{margin:0}"
    "table{border:0}p:not(.unused)::before{content:""}#top{x:y}"
    "@media print{.unused{a:b}}@media screen{.used{a:b}.unused{c:d}}"
    "@font-face{font-family:x}[data-x=y]{a:b}:root{--c:1}"
)


def test_keeps_what_can_match_and_drops_the_rest() -> None:
    kept = prune_stylesheet(CSS, {"used", "p", "top"})
    assert kept == (
        ".used{color:red}.used>p{margin:0}p:not(.unused)::before{content:""}#top{x:y}"
        "@media screen{.used{a:b}}@font-face{font-family:x}[data-x=y]{a:b}:root{--c:1}"
    )


def test_names_come_from_pages_and_the_scripts_they_load(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<HTML><body class="one two" id="top"><script src="../app.js" defer></script>'
        "<ol data-module='../lazy.js'></ol></body></HTML>", encoding="utf-8",
    )
    (tmp_path / "app.js").write_text('el.classList.add("is-open");', encoding="utf-8")
    (tmp_path / "lazy.js").write_text("x.className = 'gp-result'", encoding="utf-8")
    (tmp_path / "unloaded.js").write_text("never", encoding="utf-8")
    names = used_names(tmp_path)
    assert {"html", "body", "ol", "one", "two", "top", "is-open", "gp-result"} <= names
    assert "never" not in names


def test_prune_site_rewrites_the_sheet(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<p class="used">Hi</p>', encoding="utf-8")
    sheet = tmp_path / "main.css"
    sheet.write_text(CSS, encoding="utf-8")
    before, after = prune_site(tmp_path, [sheet])["main.css"]
    assert before == len(CSS) and after == len(sheet.read_text(encoding="utf-8")) < before
    assert ".unused{" not in sheet.read_text(encoding="utf-8")


def test_a_stylesheet_s_plan_is_kept_for_the_next_build(tmp_path: Path) -> None:
    """Parsing Material's sheet is most of the pruning: the next build with the same sheet reads the kept plan."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    (site / "index.html").write_text('<p class="used">Hi</p>', encoding="utf-8")
    sheet = site / "main.css"
    sheet.write_text(CSS, encoding="utf-8")
    prune_site(site, [sheet], cache)
    first = sheet.read_text(encoding="utf-8")
    assert first == prune_stylesheet(CSS, used_names(site))
    [kept] = cache.iterdir()
    kept.write_text('[["kept", "/* from the kept plan */"]]', encoding="utf-8")  # proves the next build reads it
    sheet.write_text(CSS, encoding="utf-8")
    prune_site(site, [sheet], cache)
    assert sheet.read_text(encoding="utf-8") == "/* from the kept plan */"
    sheet.write_text(CSS + ".used{top:0}", encoding="utf-8")  # another sheet (Material updated): parsed again
    prune_site(site, [sheet], cache)
    assert sheet.read_text(encoding="utf-8") == first + ".used{top:0}"


def test_scripts_in_the_folder_left_alone_are_not_read(tmp_path: Path) -> None:
    """Pagefind may still be writing its index while the stylesheet is pruned: what it writes must not decide."""
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "pagefind.js").write_text("gp-from-index", encoding="utf-8")
    (tmp_path / "index.html").write_text('<link rel="modulepreload" href="pagefind/pagefind.js">', encoding="utf-8")
    assert "gp-from-index" in used_names(tmp_path)
    assert "gp-from-index" not in used_names(tmp_path, leave="pagefind")
