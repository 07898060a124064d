"""Render a site with MkDocs into a folder of our choosing, and run MkDocs' live-reload server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from jinja2 import TemplateError
from mkdocs.commands import build as mkdocs_build
from mkdocs.commands import serve as mkdocs_serve
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from govportal.mkdocs.plugin import GovportalPlugin
from govportal.model.portal import PortalContent


class RenderError(Exception):
    """MkDocs could not render the site; the message says why."""


def _plugin_of(config: object) -> GovportalPlugin:
    plugins = getattr(config, "plugins")
    plugin = plugins.get("govportal")
    if not isinstance(plugin, GovportalPlugin):
        raise RenderError("site.yml does not list the govportal plugin under plugins:")
    return plugin


def render(config_file: Path, out_dir: Path, content: PortalContent, on_page_written: Callable[[], None] | None = None) -> None:
    """Render the portal described by ``config_file`` into ``out_dir`` with already validated ``content``."""
    try:
        config = load_config(config_file=str(config_file), site_dir=str(out_dir))
        plugin = _plugin_of(config)
        plugin.preloaded = content
        plugin.on_page_written = on_page_written
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build.build(config)
        finally:
            config.plugins.on_shutdown()
    except (Abort, ConfigurationError, PluginError) as exc:
        raise RenderError(str(exc)) from exc
    except TemplateError as exc:
        where = f" in {exc.name}, line {exc.lineno}" if hasattr(exc, "lineno") and getattr(exc, "name", None) else ""
        raise RenderError(f"a theme template failed{where}: {exc}") from exc


def serve(config_file: Path, dev_addr: str) -> None:
    """Live-reloading preview for editors: rebuilds and refreshes the browser on every save."""
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    mkdocs_serve.serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, watch=[str(config_file.parent / "theme")])
