"""govportal's theme as MkDocs uses it: a name for our layout a portal's templates can extend, and
the one stylesheet and one script every page loads, joined from the theme's components.

MkDocs looks up templates in the portal's ``custom_dir`` first, so a portal's ``main.html``
hides ours. Material's users extend ``base.html`` from theirs; govportal's layout is ``main.html``
itself, so it is also offered as ``govportal-theme/main.html`` (and every other theme file under
the same prefix) for a portal's ``main.html`` to extend, keeping our blocks and their ``super()``.

Each big component is one folder, ``theme/components/<name>/`` (template, CSS, JavaScript,
``examples.yml``), GOV.UK Frontend style; ``theme/bundles.yml`` lists, in order, the pieces
(components' and the shared ``base/`` ones) that make up ``assets/stylesheets/govportal.css``
and ``assets/javascripts/govportal.js``. Pages still load one file of each.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import yaml
from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, PrefixLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme
from mkdocs.utils import get_theme_dir

PREFIX = "govportal-theme"
BUNDLES = "bundles.yml"
# Theme sources that reach the site only joined into a bundle (and the components' examples, never).
SOURCES = ("components/", "base/")


def with_theme_alias(loader: BaseLoader | None) -> ChoiceLoader:
    """``loader`` first, then govportal's own theme files under ``govportal-theme/``."""
    ours = PrefixLoader({PREFIX: FileSystemLoader(get_theme_dir("govportal"))})
    return ChoiceLoader([loader, ours] if loader is not None else [ours])


class ThemeFilesLoader(FileSystemLoader):
    """The theme folders' template loader, listing their files without going into hidden folders.

    On every build MkDocs lists every file of the theme folders to publish the static ones, and
    drops any path with a part starting with a dot; Material keeps about 10,000 icons in ``.icons/``,
    which made that listing half a second of each build (and of each preview save). The list MkDocs
    keeps is the same; templates, icons included, still load by name.
    """

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            for folder, subfolders, names in os.walk(searchpath, followlinks=self.followlinks):
                subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                found.update(Path(folder, name).relative_to(searchpath).as_posix() for name in names)
        return sorted(found)


def list_theme_files_quickly(theme: Theme) -> None:
    """Give the environments ``theme`` makes (one per build) a :class:`ThemeFilesLoader`."""
    make_environment = theme.get_env

    def get_env() -> Environment:
        environment = make_environment()
        environment.loader = ThemeFilesLoader(theme.dirs)
        return environment

    theme.get_env = get_env  # type: ignore[method-assign]


def add_bundles(files: Files, config: MkDocsConfig) -> None:
    """Publish the bundles in place of their pieces. A bundle the portal publishes itself (a whole
    ``assets/stylesheets/govportal.css`` in its ``custom_dir`` or docs) is kept, as before."""
    dirs = [Path(folder) for folder in config.theme.dirs]
    for source in [f for f in files if f.src_dir in config.theme.dirs and is_source(f.src_uri)]:
        files.remove(source)
    for path, text in bundles(dirs).items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=text))


def bundles(theme_dirs: Sequence[Path]) -> dict[str, str]:
    """Each bundle's site path and text: its pieces joined as they are, in the listed order.

    Each piece, and the list itself, comes from the first theme folder that has it, as templates
    do, so a portal's ``custom_dir`` may replace one piece (``components/alert/alert.css``)
    without copying the whole stylesheet.
    """
    listed: dict[str, list[str]] = yaml.safe_load(_first(theme_dirs, BUNDLES).read_text(encoding="utf-8"))
    return {path: "".join(_first(theme_dirs, piece).read_text(encoding="utf-8") for piece in pieces) for path, pieces in listed.items()}


def is_source(src_uri: str) -> bool:
    """A theme file that is not published as it is: the bundle list and what bundles are made of."""
    return src_uri == BUNDLES or src_uri.startswith(SOURCES)


def _first(theme_dirs: Sequence[Path], path: str) -> Path:
    found = next((folder / path for folder in theme_dirs if (folder / path).is_file()), None)
    if found is None:
        raise PluginError(f"the theme has no {path} (looked in {', '.join(map(str, theme_dirs))})")
    return found
