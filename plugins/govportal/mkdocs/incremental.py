"""The preview renders again only the pages a save can change.

``govportal serve`` runs MkDocs' dirty build (see govportal.mkdocs.engine): MkDocs then asks each
page ``is_modified()`` and leaves the pages that say no as they are in the preview's folder. With
1,000 services a save used to render every page again (about 7.6 s); a saved service changes only
its own page, its survey page, and the pages that list services (home, agencies, topics, lists),
which are few. An agency's page and a topic's page list only their own services: they are
rendered again only when one of those was saved (as it was before the save, or is after it).
Anything else that changed (site.yml, the theme, agencies, topics, the glossary, alerts...) can
show on every page, so every page is rendered again, in a cleaned folder.

Comparing two builds is cheap: by the text of each service's file (read again only when the file
is a new version) and by the size and change time of every other file, not by the loaded content
(comparing 1,000 services' models took seconds).
"""

from __future__ import annotations

import gc
import hashlib
import os
import sysconfig
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar, cast

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from govportal import clock
from govportal.content.drafts import Publication
from govportal.content.files import version
from govportal.model.portal import PortalContent
from govportal.model.translation import Language
from govportal.pages import urls

T = TypeVar("T")
UNCHANGED_WITH_SAME_PAGES = frozenset({"404.html", "sitemap.xml"})  # theme pages a service's save cannot change
_PACKAGES = Path(sysconfig.get_paths()["purelib"])  # installed themes (Material) do not change while we serve


@dataclass(frozen=True)
class Snapshot:
    """What one build drew its pages from, split so two builds can be compared page by page."""

    shared: object  # what any page may show: a change here renders every page again
    own: dict[str, object]  # by page (src_uri): what a service's own pages show of that service
    # by service page (src_uri): the agency and topic pages (src_uri, every language) that list it
    listed_on: dict[str, frozenset[str]] = field(default_factory=dict)

    def stale(self, before: Snapshot | None, src_uri: str, lists: frozenset[str] | None = None) -> bool:
        """Whether the page ``src_uri`` may differ from what the ``before`` build rendered;
        ``lists`` are :meth:`lists_to_render` (worked out once for all pages of a build)."""
        if before is None or before.shared != self.shared:
            return True
        if src_uri in self.own:
            return before.own.get(src_uri) != self.own[src_uri]
        if lists is None:
            lists = self.lists_to_render(before)
        return src_uri in lists or src_uri not in self.scoped_lists

    def lists_to_render(self, before: Snapshot) -> frozenset[str]:
        """The agency and topic pages that list a service saved since ``before``, as it was then or is now."""
        saved = (uri for uri, drawn in self.own.items() if before.own.get(uri) != drawn)
        return frozenset().union(*(before.listed_on.get(uri, frozenset()) | self.listed_on.get(uri, frozenset()) for uri in saved))

    @cached_property
    def scoped_lists(self) -> frozenset[str]:
        """Every agency and topic page that lists services: the lists not every save renders."""
        return frozenset().union(*self.listed_on.values())

    def same_pages(self, before: Snapshot | None) -> bool:
        """Nothing but service pages changed, and no service came or went."""
        return before is not None and before.shared == self.shared and before.own.keys() == self.own.keys()


def snapshot(content: PortalContent, publication: Publication, config: MkDocsConfig, languages: Iterable[Language], digests: Digests) -> Snapshot:
    """The inputs of every page of this build: the content folder, site.yml, the portal's own theme
    files, and the day (content is checked against it). A service's own pages draw on its file and
    on what the other files say (shared forms, agencies, settings), so they are compared by the
    file's text, the rest by each file's size and change time."""
    docs = Path(config.docs_dir)
    own: dict[str, object] = {}
    listed_on: dict[str, frozenset[str]] = {}
    for page in content.services:
        drawn = (digests.of(docs / page.source), publication.services.get(page.id))
        own[page.source] = own[urls.source_of(urls.survey(page.id))] = drawn
        lists = [urls.agency(page.agency_id), *(urls.topic(topic) for topic in page.service.topics)]
        listed_on[page.source] = frozenset(urls.source_of(urls.localized(path, language)) for path in lists for language in languages)
    settings = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
    others = _stats([docs], skip={page.source for page in content.services})
    shared = (clock.now().date(), others, publication.agencies, settings, _stats(editable_theme_dirs(config)))
    return Snapshot(shared, own, listed_on)


class Digests:
    """Digests of files' text, read again only when a file is a new version (see
    govportal.content.files.version): 1,000 service files are not read on every save."""

    def __init__(self) -> None:
        self._known: dict[Path, tuple[tuple[int, int, int, int], bytes]] = {}

    def of(self, path: Path) -> bytes:
        now = version(path)
        known = self._known.get(path)
        if now is not None and known is not None and known[0] == now:
            return known[1]
        try:
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
        except OSError:
            return b""  # gone since the load: the next save's build sees it
        if now is not None:
            self._known[path] = (now, digest)
        return digest


def editable_theme_dirs(config: MkDocsConfig) -> list[Path]:
    """The theme folders an editor or developer may change while the preview runs: not Material's,
    whose 10,000 icons MkDocs' file watcher would otherwise look at twice a second."""
    return [Path(d) for d in config.theme.dirs if not Path(d).is_relative_to(_PACKAGES)]


def _stats(folders: list[Path], skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Name, change time and size of each file in ``folders``, but those named (relative) in ``skip``."""
    found: list[tuple[str, int, int]] = []
    for folder in folders:
        _stats_under(folder, "", skip, found)
    return sorted(found)


def _stats_under(folder: Path, prefix: str, skip: frozenset[str] | set[str], found: list[tuple[str, int, int]]) -> None:
    """:func:`_stats` of one folder, ``prefix`` its path in the folder compared; links are
    followed, as the content loader reports them. os.scandir, not pathlib: this runs on every save
    over every content file."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = prefix + entry.name
        try:
            if entry.is_dir():
                _stats_under(Path(entry.path), name + "/", skip, found)
            elif entry.is_file() and name not in skip:
                stat = entry.stat()
                found.append((entry.path, stat.st_mtime_ns, stat.st_size))
        except OSError:
            continue  # gone meanwhile: the next save's build sees it


class Rebuilds:
    """The preview's memory of its last good build, kept by the plugin across MkDocs' rebuilds."""

    def __init__(self) -> None:
        self._built: Snapshot | None = None
        self._next: Snapshot | None = None
        self._kept: dict[str, object] = {}  # see shared_work
        self._garbage = Garbage()

    def plan(self, now: Snapshot, config: MkDocsConfig) -> None:
        """Start a build of ``now``; when more than service pages changed, from an empty folder.
        Otherwise the 404 page and the sitemap are left as they are: they show only what every
        page shares and the list of pages, which are the same."""
        self._next = now
        same_pages = now.same_pages(self._built)
        self._garbage.build_starts(hold=same_pages)
        if same_pages:
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
        lists = self._next.lists_to_render(self._built) if self._built is not None else None
        for file in files.documentation_pages():
            _mark(file, self._next.stale(self._built, file.src_uri, lists))

    def done(self) -> None:
        """The build finished: its pages are what the next save is compared with."""
        self._built = self._next
        self._garbage.collect_soon()


# How long after a build the preview collects its garbage: after the browsers have asked for the
# pages that changed, while the editor reads them.
IDLE_COLLECT_S = 0.2


class Garbage:
    """Python's garbage collector in the preview: a build of a save makes a build's worth of new
    objects, and collecting them took 0.04 to 0.16 s of most builds with 1,000 services. The
    collector waits while a save of service pages is built, and collects once the preview is idle
    (a build of every page is left to collect as it goes).

    At the first collection it also sets what lives on (modules, templates, the parsed services)
    aside from the collector (``gc.freeze``), which then goes over the last build's objects only.
    What is set aside is still freed when nothing refers to it; only cycles among it stay, once.
    A save that comes before the collection, or after a build that failed, collects first."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._held = False
        self._frozen = False

    def build_starts(self, hold: bool) -> None:
        """A build starts: the last one's garbage is collected first if it is still there, and with
        ``hold`` no collection until this one is done."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._held:
                self._collect()
            if hold:
                gc.disable()
                self._held = True

    def collect_soon(self) -> None:
        """The build is done: collect once the preview is idle."""
        with self._lock:
            if self._held and self._timer is None:
                self._timer = threading.Timer(IDLE_COLLECT_S, self._collect_idle)
                self._timer.daemon = True
                self._timer.start()

    def _collect_idle(self) -> None:
        with self._lock:
            self._timer = None
            if self._held:
                self._collect()

    def _collect(self) -> None:
        gc.collect()
        if not self._frozen:
            gc.freeze()
            self._frozen = True
        gc.enable()
        self._held = False


def _mark(file: File, modified: bool) -> None:
    # MkDocs' dirty build asks File.is_modified(); its answer (source newer than output) knows
    # nothing of pages drawn from other files, so the answer is ours.
    setattr(file, "is_modified", lambda: modified)  # noqa: B010 - overriding a method on one object
