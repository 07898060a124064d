"""The MkDocs plugin: thin event handlers over the content model and the page plan."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils.templates import TemplateContext

from govportal import clock
from govportal.i18n import translator
from govportal.content import load_content
from govportal.content.drafts import Publication, publication
from govportal.content.html_policy import sanitise
from govportal.content.reader import ServiceCache
from govportal.content.site_addresses import SiteMap
from govportal.findings import errors
from govportal.mkdocs.editor import write_editor
from govportal.mkdocs.incremental import Digests, Rebuilds, editable_theme_dirs, snapshot
from govportal.mkdocs.site_links import SiteLinks
from govportal.mkdocs.template_cache import TEMPLATES
from govportal.mkdocs.theme import add_bundles, list_theme_files_quickly, with_theme_alias
from govportal.model.portal import PortalContent
from govportal.model.translation import SOURCE_LANGUAGE, Language
from govportal.config.portal import PortalSettings
from govportal.config.project import ProjectError, portal_settings
from govportal.pages import directory, exports, glossary, inventory, security_policy, urls
from govportal.pages.plan import PlannedPage, plan_pages
from govportal.pages.alternates import LanguageVersions
from govportal.pages.views import view_of_page
from govportal.pages.views.layout import PageFacts, layout_view
from govportal.pages.views.not_found import not_found_view
from govportal.pages.views.site import PageView, SiteView

if TYPE_CHECKING:  # the preview's server loads only for `govportal serve`
    from mkdocs.livereload import LiveReloadServer

# A short navigation for every page: the full tree of every service in every page
# is what makes stock Material pages grow with the size of the site.
SHORT_NAV: list[dict[str, str]] = [
    {"Home": "index.md"},
    {"Services A to Z": "services/index.md"},
    {"Topics": "topics/index.md"},
    {"Agencies": "agencies/index.md"},
    {"Live Help": "help/index.md"},
]


_ANCHOR_ID = re.compile(r"""\sid=["']?([^"'\s>]+)""")  # form-dl-12, contact: places a link may jump to
STATEMENT = PlannedPage("accessibility.md", "Accessibility statement", "accessibility")


class GovportalConfig(base.Config):
    """``plugins: - govportal:`` takes the settings govportal.config defines, each passed through as
    written: they are validated there, with errors naming the field, so a new setting needs no change
    here. (MkDocs builds a class-based config's options from ``_schema`` plus declared attributes.)"""

    _schema = tuple((name, c.Optional(c.Type(object))) for name in PortalSettings.model_fields)


class GovportalPlugin(BasePlugin[GovportalConfig]):
    """Loads the content, adds generated pages, and gives templates their typed context."""

    def __init__(self) -> None:
        # Set by govportal's own build so content is validated once, not twice.
        self.preloaded: PortalContent | None = None
        # Called after each page is written, for progress display. Not named on_*: MkDocs keeps
        # plugin instances across builds in one process and registers every callable on_* as an event.
        self.page_written_hook: Callable[[], None] | None = None
        self._site: SiteView | None = None  # the English portal
        self._sites: dict[Language, SiteView] = {}  # and each language's, English too
        self._languages = LanguageVersions(())  # which pages the site has in which language, for the switcher
        self._env: Environment | None = None
        self._theme_language = "en"  # site.yml's theme language, for English pages
        self._views: dict[str, PageView] = {}
        self._links = SiteLinks()  # links written as web addresses, rewritten to their page's file
        # The preview (`govportal serve`, MkDocs' serve command) draws drafts with a banner; a build leaves them out.
        self._preview = False
        self._serve_url: str | None = None
        self._publication = Publication({}, {})
        self._rebuilds = Rebuilds()  # the preview renders again only the pages a save changed
        self._parsed = ServiceCache()  # and parses again only the services saved
        self._digests = Digests()  # and reads again only the files saved, to compare builds

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """MkDocs names the command once per process; its live-reload server is ``serve``."""
        self._preview = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        settings = self._settings()
        self._theme_language = str(config.theme["language"])
        content = self.preloaded or self._load(Path(config.docs_dir), settings, self._parsed if self._preview else None)
        now = clock.now()
        self._publication = publication(content, now, settings.timezone)
        if not self._preview:
            content = self._publication.published(content)  # drafts and scheduled pages never reach a published site
        self._site = SiteView(content, settings, now, config.site_url or "")
        self._sites = {language: SiteView(content.in_language(language), settings, now, config.site_url or "") for language in settings.languages}
        if self._preview:
            self._rebuilds.plan(snapshot(content, self._publication, config, settings.languages, self._digests), config)
        list_theme_files_quickly(config.theme)
        if not config.nav:
            config.nav = SHORT_NAV
        extensions = cast(list[object], config.markdown_extensions)  # names, and extension objects, which Python-Markdown takes too
        if self._links not in extensions:
            extensions.append(self._links)
        return config

    def _settings(self) -> PortalSettings:
        options = {key: value for key, value in self.config.items() if value is not None}
        try:
            return portal_settings(options, "site.yml")
        except ProjectError as exc:
            raise PluginError(str(exc)) from None

    @staticmethod
    def _load(docs_dir: Path, settings: PortalSettings, parsed: ServiceCache | None) -> PortalContent:
        result = load_content(docs_dir, clock.now().date(), settings.forms, parsed=parsed)
        if result.content is None:
            raise PluginError("the content has errors:\n" + "\n".join(str(f) for f in errors(result.findings)))
        return result.content

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        site = self._require_site()
        for data_file in [f for f in files if f.src_uri.endswith((".yml", ".yaml"))]:
            files.remove(data_file)  # content data is read by the model, not published as is
        add_bundles(files, config)  # one stylesheet and one script, joined from the theme's components
        published = {s.source for s in site.content.services}
        for unpublished in [f for f in files if f.src_uri.startswith("services/") and f.src_uri.endswith(".md") and f.src_uri not in published]:
            files.remove(unpublished)  # a service that is not published (the preview keeps them all)
        has_home = files.get_file_from_path("index.md") is not None
        self._views = {"index.md": PageView("home")} if has_home else {}
        for planned in plan_pages(site.content, has_home, tuple(self._sites)):
            files.append(File.generated(config, planned.src_uri, content=planned.source()))
            self._views[planned.src_uri] = self._sites[planned.language].view_of(planned)
        files.append(File.generated(config, "forms.json", content=inventory.forms_json(site.content)))
        files.append(File.generated(config, "forms.csv", content=inventory.forms_csv(site.content)))
        files.append(File.generated(config, urls.DIRECTORY_JSON, content=directory.directory_json(site.content, site.site_url)))
        files.append(File.generated(config, urls.DIRECTORY_CSV, content=directory.directory_csv(site.content, site.site_url)))
        files.append(File.generated(config, urls.DIRECTORY_SCHEMA, content=directory.directory_schema()))
        files.append(File.generated(config, "_headers", content=security_policy.headers_file(site.settings.feedback)))
        exported = self._rebuilds.shared_work("exports", lambda: exports.export_files(site.availability, site.site_url))
        for path, text in exported:  # status.json, agencies' hours.json and closures.ics
            files.append(File.generated(config, path, content=text))
        for service in site.content.services:
            self._views[service.source] = PageView("service", agency_id=service.agency_id, service=service)
        if site.content.accessibility is not None:
            self._statement_page(files, config)
        self._languages = LanguageVersions((file.url.removeprefix("./") for file in files.documentation_pages()), tuple(self._sites))  # MkDocs' home is ./
        self._links.site = SiteMap({"/" + file.url: file.src_uri for file in files})
        if self._preview:
            self._rebuilds.keep_unchanged(files)
            self._serve_url, config.site_url = config.site_url, None  # until on_nav
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """The preview's pages were made without the preview's address, put back now. MkDocs makes
        a page object for every page on every save, and with an address joins it to each page's
        (``Page.canonical_url``): 2,000 joins, 0.08 s of each save with 1,000 services. The preview
        is not published, so its pages go without ``<link rel="canonical">``."""
        if self._preview:
            config.site_url = self._serve_url
        return nav

    def _statement_page(self, files: Files, config: MkDocsConfig) -> None:
        """With content/accessibility.yml, /accessibility/ is the statement built from evidence; the
        editors' accessibility.md, if there is one, becomes its opening words."""
        if files.get_file_from_path(STATEMENT.src_uri) is None:
            files.append(File.generated(config, STATEMENT.src_uri, content=STATEMENT.source()))
        self._views[STATEMENT.src_uri] = PageView("accessibility")

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """Service pages: the body we already read (a translation's, on its language's page), with
        only the title left as front matter, so MkDocs does not parse each service's YAML a second time."""
        view = self._views.get(page.file.src_uri)
        if view is None or view.service is None or view.kind != "service":
            return None
        return f"---\ntitle: {json.dumps(view.service.service.title)}\n---\n{view.service.body}"

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self._links.page_src = page.file.src_uri
        view = self._views.get(page.file.src_uri)
        if view is not None and view.kind != "page":
            page.meta.setdefault("template", f"govportal/{view.kind}.html")
        description = self._sites[view.language].description(view) if view is not None else None
        if description:
            page.meta.setdefault("description", description)  # Material's <meta name="description">
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """The body rendered from an editor's Markdown keeps only the HTML pages may have,
        even if validation was skipped (see govportal.content.html_policy)."""
        return sanitise(html)

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Every template, ours, Material's and a portal's overrides, escapes what it prints, so a
        template that forgets cannot let an editor's quote or ``<script>`` into the markup."""
        env.loader = with_theme_alias(env.loader)  # a portal's main.html may extend "govportal-theme/main.html"
        env.autoescape = True
        # MkDocs' theme has Jinja's i18n extension: each page gets its language's words (_in_language)
        self._env = env
        env.bytecode_cache = TEMPLATES  # templates compiled by an earlier build (see govportal.mkdocs.template_cache)
        for file in files.documentation_pages():
            # MkDocs calls on_env once every page is rendered and has passed on_page_content (the
            # HTML sanitiser): page bodies are the one HTML we mean to publish as is.
            if file.page is not None and file.page.content is not None:
                file.page.content = Markup(file.page.content)
        return env

    def on_page_context(self, context: TemplateContext, *, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
        # Our layout has no sidebars; an empty table of contents also stops Material
        # adding a second skip link that jumps to the first Markdown heading.
        page.toc = TableOfContents([])
        about = self._views.get(page.file.src_uri, PageView("page"))
        site = self._in_language(about.language, config)
        context["view"] = view_of_page(site, about)  # type: ignore[typeddict-unknown-key]
        facts = PageFacts(config.site_name, page.title, page.url, self._unpublished(about), self._languages)
        context["layout"] = layout_view(site, about, facts)  # type: ignore[typeddict-unknown-key]
        return context

    def on_template_context(self, context: TemplateContext, *, template_name: str, config: MkDocsConfig) -> TemplateContext:
        """Theme pages such as 404.html get the layout content pages have; they are about no page."""
        site, about = self._in_language(SOURCE_LANGUAGE, config), PageView("page")
        context["layout"] = layout_view(site, about, PageFacts(config.site_name))  # type: ignore[typeddict-unknown-key]
        if template_name == "404.html":
            context["view"] = not_found_view(tuple(self._sites))  # type: ignore[typeddict-unknown-key]
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Glossary terms and the agency's acronym are spelled out on first use here, on the whole
        page, because agency and service pages draw much of their text in templates, after
        on_page_content."""
        view = self._views.get(page.file.src_uri)
        site = (self._sites.get(view.language) if view else None) or self._require_site()
        terms = glossary.page_terms(site.content, view.agency_id if view else None)
        output = glossary.expand_in_main(output, terms, site.gettext(glossary.SPELLED_OUT))
        if page.present_anchor_ids is not None:  # MkDocs checks links to #anchors after this: those the templates draw count too
            page.present_anchor_ids |= set(_ANCHOR_ID.findall(output))
        if self.page_written_hook is not None:
            self.page_written_hook()
        return output

    def _in_language(self, language: Language, config: MkDocsConfig) -> SiteView:
        """The portal in the language of the page about to be drawn: our templates' words
        (Jinja's i18n extension), Material's (its ``language`` setting writes ``<html lang>``),
        and the views, all in that language."""
        if self._env is not None:
            self._env.install_gettext_translations(translator(language), newstyle=True)  # type: ignore[attr-defined]
        config.theme["language"] = self._theme_language if language == SOURCE_LANGUAGE else language
        return self._sites.get(language) or self._require_site()

    def _unpublished(self, view: PageView | None) -> str | None:
        """Why the page about an unpublished service or agency is not published, for the preview's banner."""
        if view is None:
            return None
        state = self._publication.of_service(view.service) if view.service else self._publication.agencies.get(view.agency_id or "") if view.kind == "agency" else None
        return state.explain() if state else None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The web editor at /admin/ (see govportal.mkdocs.editor)."""
        write_editor(config)
        if self._preview:
            self._rebuilds.done()

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., None]) -> LiveReloadServer:
        """A save that breaks the build shows its problems on every page of the preview (see govportal.mkdocs.preview);
        a save in the portal's theme or govportal's rebuilds it too. Saves are noticed as the system
        reports them, unless ``govportal serve --poll`` asked for MkDocs' polling."""
        from govportal.mkdocs.preview import guard, polling_asked, watch_natively

        if not polling_asked():
            watch_natively(server, [config.docs_dir, *([config.config_file_path] if config.config_file_path else [])])
        for folder in editable_theme_dirs(config):
            server.watch(str(folder))
        return guard(server, Path(config.config_file_path or "mkdocs.yml"), Path(config.docs_dir).name)

    def _require_site(self) -> SiteView:
        if self._site is None:
            raise PluginError("govportal was not configured; is it listed under plugins: in site.yml?")
        return self._site
