"""Render a site with MkDocs into a folder of our choosing, and run MkDocs' live-reload server."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import mkdocs
from jinja2 import TemplateError
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from govportal.findings import Finding
from govportal.mkdocs.messages import collect_warnings, finding, template_problem
from govportal.mkdocs.plugin import GovportalPlugin
from govportal.model.portal import PortalContent


class RenderError(Exception):
    """MkDocs could not render the site; ``findings`` holds its warnings, naming files where it can."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


def _plugin_of(config: object) -> GovportalPlugin:
    plugins = getattr(config, "plugins")
    plugin = plugins.get("govportal")
    if not isinstance(plugin, GovportalPlugin):
        raise RenderError("site.yml does not list the govportal plugin under plugins:", [])
    return plugin


def render(
    config_file: Path, out_dir: Path, content: PortalContent, on_page_written: Callable[[], None] | None = None
) -> list[Finding]:
    """Render the portal described by ``config_file`` into ``out_dir`` with already validated ``content``.

    Returns MkDocs' warnings as findings; raises :class:`RenderError` when it gave up.
    """
    docs_dir = "content"
    with collect_warnings() as collector:
        try:
            config = load_config(config_file=str(config_file), site_dir=str(out_dir))
            docs_dir = Path(config.docs_dir).name
            plugin = _plugin_of(config)
            plugin.preloaded = content
            plugin.page_written_hook = on_page_written
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build.build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError, PluginError) as exc:
            found = [finding(m, docs_dir, "error") for m in collector.messages]
            raise RenderError(str(exc), found) from exc
        except TemplateError as exc:
            raise RenderError(template_problem(exc), []) from exc
    return [finding(m, docs_dir, "warning") for m in collector.messages]


def serve(config_file: Path, dev_addr: str, poll: bool = False) -> None:
    """Live-reloading preview for editors: rebuilds and refreshes the browser on every save.

    The plugin's ``on_serve`` watches the theme folders that can change: the portal's own overrides
    folder (``custom_dir``), if it has one, and govportal's.
    A save that breaks the build is shown on every page (the plugin's ``on_serve``, govportal.mkdocs.preview).
    ``poll`` keeps MkDocs' polling for saved files instead of the system's reports of them.
    Rebuilds are MkDocs' dirty builds: the plugin says which pages a save changed
    (govportal.mkdocs.incremental), and MkDocs' warning that dirty builds may leave stale links is not ours.
    """
    from mkdocs.commands import serve as mkdocs_serve  # the live-reload server and its file watcher: only for the preview
    from govportal.mkdocs.preview import POLL_VARIABLE

    if poll:
        os.environ[POLL_VARIABLE] = "1"  # the plugin's on_serve reads it (govportal.mkdocs.preview)

    logging.getLogger("mkdocs").setLevel(logging.INFO)
    logging.getLogger(mkdocs_build.__name__).addFilter(_not_dirty_warning)
    mkdocs_serve.serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, build_type="dirty")


def _not_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def engine_versions() -> str:
    """Which site engine and Material govportal renders with, for ``govportal --version``."""
    engine = "ProperDocs" if mkdocs.__name__ == "properdocs" else "MkDocs"
    return f"{engine} {mkdocs.__version__}, Material {metadata.version('mkdocs-material')}"
