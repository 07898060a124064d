"""A portal's own templates hide ours by name, and can still extend ours as ``govportal-theme/...``;
the one stylesheet and one script are joined from the pieces theme/bundles.yml lists."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from jinja2 import DictLoader, Environment, TemplateNotFound
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_theme_dir

from govportal.mkdocs.theme import BUNDLES, PREFIX, ThemeFilesLoader, bundles, is_source, list_theme_files_quickly, with_theme_alias

OURS = Path(get_theme_dir("govportal"))


def test_the_portals_template_wins_and_ours_stays_reachable_under_the_prefix() -> None:
    env = Environment(loader=with_theme_alias(DictLoader({"main.html": "{% extends 'govportal-theme/main.html' %}"})))
    assert env.loader is not None
    assert env.loader.get_source(env, "main.html")[0] == "{% extends 'govportal-theme/main.html' %}"
    assert env.loader.get_source(env, f"{PREFIX}/main.html")[0] == (OURS / "main.html").read_text(encoding="utf-8")


def test_without_a_loader_only_our_files_under_the_prefix() -> None:
    env = Environment(loader=with_theme_alias(None))
    assert env.loader is not None
    assert env.loader.get_source(env, "govportal-theme/404.html")[0] == (OURS / "404.html").read_text(encoding="utf-8")
    with pytest.raises(TemplateNotFound):
        env.loader.get_source(env, "main.html")


def _theme(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_bundle_is_its_pieces_joined_as_they_are_in_the_listed_order(tmp_path: Path) -> None:
    ours = _theme(tmp_path / "ours", {BUNDLES: "site.css: [base/a.css, components/x/x.css, base/b.css]\n", "base/a.css": "a {}\n\n", "base/b.css": "b {}\n", "components/x/x.css": ".x {}\n"})
    assert bundles([ours]) == {"site.css": "a {}\n\n.x {}\nb {}\n"}


def test_a_portal_may_replace_one_piece_from_its_custom_dir(tmp_path: Path) -> None:
    ours = _theme(tmp_path / "ours", {BUNDLES: "site.css: [base/a.css, components/x/x.css]\n", "base/a.css": "a {}\n", "components/x/x.css": ".x {}\n"})
    portal = _theme(tmp_path / "overrides", {"components/x/x.css": ".x { color: navy; }\n"})
    assert bundles([portal, ours]) == {"site.css": "a {}\n.x { color: navy; }\n"}


def test_a_listed_piece_no_theme_folder_has_is_named(tmp_path: Path) -> None:
    ours = _theme(tmp_path / "ours", {BUNDLES: "site.css: [base/gone.css]\n"})
    with pytest.raises(PluginError, match="the theme has no base/gone.css"):
        bundles([ours])


def test_every_css_and_js_piece_of_the_theme_is_listed_once() -> None:
    listed = [piece for pieces in yaml.safe_load((OURS / BUNDLES).read_text(encoding="utf-8")).values() for piece in pieces]
    found = sorted(str(p.relative_to(OURS)) for folder in ("base", "components") for p in (OURS / folder).rglob("*") if p.suffix in (".css", ".js"))
    assert sorted(listed) == found


@pytest.mark.parametrize(("src_uri", "source"), [("bundles.yml", True), ("base/page.css", True), ("components/alert/examples.yml", True), ("assets/stylesheets/govportal-print.css", False), ("main.html", False)])
def test_only_the_bundles_sources_stay_out_of_the_site(src_uri: str, source: bool) -> None:
    assert is_source(src_uri) is source


def _published_theme_files(config_file: Path, quick: bool) -> list[str]:
    """The theme files MkDocs publishes (``add_files_from_theme``), listed by its loader or ours."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    config = load_config(str(config_file), theme={"name": "govportal", "custom_dir": str(config_file.parent / "overrides")})
    if quick:
        list_theme_files_quickly(config.theme)
    env = config.theme.get_env()
    assert isinstance(env.loader, ThemeFilesLoader) == quick
    files = Files([])
    files.add_files_from_theme(env, config)
    return sorted(f"{Path(f.src_dir or '').name}:{f.src_uri}" for f in files)


def test_listing_without_hidden_folders_publishes_the_same_theme_files(tmp_path: Path) -> None:
    """A portal's custom_dir with a hidden folder and a hidden file, beside Material's .icons."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    overrides = tmp_path / "overrides"
    for name in (".secret/key.txt", "assets/.hidden.css", "assets/portal.css", "assets/images/seal.svg"):
        (overrides / name).parent.mkdir(parents=True, exist_ok=True)
        (overrides / name).write_text("x", encoding="utf-8")
    quick, stock = _published_theme_files(tmp_path / "mkdocs.yml", True), _published_theme_files(tmp_path / "mkdocs.yml", False)
    assert quick == stock
    assert "overrides:assets/portal.css" in quick and not any("/." in f or ":." in f for f in quick)
    assert len(quick) > 20  # Material's and our scripts, stylesheets and images
