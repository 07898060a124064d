"""The preview renders again only the pages a save can change.

``govportal serve`` runs MkDocs' dirty build (see govportal.mkdocs.engine): MkDocs then asks each
page ``is_modified()`` and leaves the pages that say no as they are in the preview's folder. With
1,000 services a save used to render every page again (about 7.6 s); a saved service changes only
its own page, its survey page, and the pages that list services (home, agencies, topics, lists),
which are few. Anything else that changed (site.yml, the theme, agencies, topics, the glossary,
alerts...) can show on every page, so every page is rendered again, in a cleaned folder.
"""

from __future__ import annotations

import sysconfig
from dataclasses import dataclass, replace
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from govportal.content.drafts import Publication
from govportal.model.portal import PortalContent

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
    """The inputs of every page of this build: the content, site.yml and the portal's own theme files."""
    own: dict[str, object] = {}
    for page in content.services:
        drawn = (page, content.forms_of(page), publication.services.get(page.id))
        own[page.source] = own[f"{page.survey_url}index.md"] = drawn
    settings = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
    shared = (replace(content, services=[], forms={}), publication.agencies, settings, _theme_files(config))
    return Snapshot(shared, own)


def editable_theme_dirs(config: MkDocsConfig) -> list[Path]:
    """The theme folders an editor or developer may change while the preview runs: not Material's,
    whose 10,000 icons MkDocs' file watcher would otherwise look at twice a second."""
    return [Path(d) for d in config.theme.dirs if not Path(d).is_relative_to(_PACKAGES)]


def _theme_files(config: MkDocsConfig) -> list[tuple[str, int, int]]:
    """Name, change time and size of each template and asset of the editable theme folders."""
    return sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for folder in editable_theme_dirs(config) for p in folder.rglob("*") if p.is_file())


class Rebuilds:
    """The preview's memory of its last good build, kept by the plugin across MkDocs' rebuilds."""

    def __init__(self) -> None:
        self._built: Snapshot | None = None
        self._next: Snapshot | None = None

    def plan(self, now: Snapshot, config: MkDocsConfig) -> None:
        """Start a build of ``now``; when more than service pages changed, from an empty folder."""
        self._next = now
        if not now.same_pages(self._built):
            clean_directory(config.site_dir)  # leaves dotfiles, the preview's error page among them
            self._built = None

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
