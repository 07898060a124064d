"""The preview renders again only the pages a save can change.

``govportal serve`` runs MkDocs' dirty build (see govportal.mkdocs.engine): MkDocs then asks each
page ``is_modified()`` and leaves the pages that say no as they are in the preview's folder. With
1,000 services a save used to render every page again (about 7.6 s); a saved service changes only
its own page, its survey page, and the pages that list services (home, agencies, topics, lists),
which are few. Anything else that changed (site.yml, the theme, agencies, topics, the glossary,
alerts...) can show on every page, so every page is rendered again, in a cleaned folder.

Comparing two builds is cheap: by the text of each service's file and by the size and change time
of every other file, not by the loaded content (comparing 1,000 services' models took seconds).
"""

from __future__ import annotations

import hashlib
import sysconfig
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from govportal import clock
from govportal.content.drafts import Publication
from govportal.model.portal import PortalContent
from govportal.pages import urls

T = TypeVar("T")
UNCHANGED_WITH_SAME_PAGES = frozenset({"404.html", "sitemap.xml"})  # theme pages a service's save cannot change
_PACKAGES = Path(sysconfig.get_paths()["purelib"])  # installed themes (Material) do not change while we serve


@dataclass(frozen=True)
class Snapshot:
    """What one build drew its pages from, split so two builds can be compared page by page."""

    shared: object  # what any page may show: a change here renders every page again
    own: dict[str, object]  # by page (src_uri): what a service's own pages show of that service

    def stale(self, before: Snapshot | None, src_uri: str) -> bool:
        """Whether the page ``src_uri`` may differ from what the ``before`` build rendered."""
        if before is None or before.shared != self.shared or src_uri not in self.own:
            return True
        return before.own.get(src_uri) != self.own[src_uri]

    def same_pages(self, before: Snapshot | None) -> bool:
        """Nothing but service pages changed, and no service came or went."""
        return before is not None and before.shared == self.shared and before.own.keys() == self.own.keys()


def snapshot(content: PortalContent, publication: Publication, config: MkDocsConfig) -> Snapshot:
    """The inputs of every page of this build: the content folder, site.yml, the portal's own theme
    files, and the day (content is checked against it). A service's own pages draw on its file and
    on what the other files say (shared forms, agencies, settings), so they are compared by the
    file's text, the rest by each file's size and change time."""
    docs = Path(config.docs_dir)
    own: dict[str, object] = {}
    for page in content.services:
        drawn = (_digest(docs / page.source), publication.services.get(page.id))
        own[page.source] = own[urls.source_of(urls.survey(page.id))] = drawn
    settings = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
    others = _stats([docs], skip={page.source for page in content.services})
    shared = (clock.now().date(), others, publication.agencies, settings, _stats(editable_theme_dirs(config)))
    return Snapshot(shared, own)


def _digest(path: Path) -> bytes:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
    except OSError:
        return b""  # gone since the load: the next save's build sees it


def editable_theme_dirs(config: MkDocsConfig) -> list[Path]:
    """The theme folders an editor or developer may change while the preview runs: not Material's,
    whose 10,000 icons MkDocs' file watcher would otherwise look at twice a second."""
    return [Path(d) for d in config.theme.dirs if not Path(d).is_relative_to(_PACKAGES)]


def _stats(folders: list[Path], skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Name, change time and size of each file in ``folders``, but those named (relative) in ``skip``."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.relative_to(folder).as_posix() not in skip:
                stat = path.stat()
                found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return sorted(found)


class Rebuilds:
    """The preview's memory of its last good build, kept by the plugin across MkDocs' rebuilds."""

    def __init__(self) -> None:
        self._built: Snapshot | None = None
        self._next: Snapshot | None = None
        self._kept: dict[str, object] = {}  # see shared_work

    def plan(self, now: Snapshot, config: MkDocsConfig) -> None:
        """Start a build of ``now``; when more than service pages changed, from an empty folder.
        Otherwise the 404 page and the sitemap are left as they are: they show only what every
        page shares and the list of pages, which are the same."""
        self._next = now
        if now.same_pages(self._built):
            config.theme.static_templates -= UNCHANGED_WITH_SAME_PAGES
        else:
            clean_directory(config.site_dir)  # leaves dotfiles, the preview's error page among them
            self._built = None
            self._kept.clear()

    def shared_work(self, name: str, make: Callable[[], T]) -> T:
        """``make()``; in the preview, its result from the last build while only service pages changed.
        For work drawn from what every page shares, such as the agencies' opening-hours exports."""
        if self._next is None:
            return make()
        if name not in self._kept:
            self._kept[name] = make()
        return cast(T, self._kept[name])

    def keep_unchanged(self, files: Files) -> None:
        """Tell MkDocs' dirty build which pages to leave as they are."""
        if self._next is None:
            return
        for file in files.documentation_pages():
            _mark(file, self._next.stale(self._built, file.src_uri))

    def done(self) -> None:
        """The build finished: its pages are what the next save is compared with."""
        self._built = self._next


def _mark(file: File, modified: bool) -> None:
    # MkDocs' dirty build asks File.is_modified(); its answer (source newer than output) knows
    # nothing of pages drawn from other files, so the answer is ours.
    setattr(file, "is_modified", lambda: modified)  # noqa: B010 - overriding a method on one object
