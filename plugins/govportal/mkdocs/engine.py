"""Render a site with MkDocs into a folder of our choosing, and run MkDocs' live-reload server."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

import mkdocs
from jinja2 import TemplateError, TemplateSyntaxError
from mkdocs.commands import build as mkdocs_build
from mkdocs.commands import serve as mkdocs_serve
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from govportal.findings import Finding
from govportal.mkdocs.plugin import GovportalPlugin
from govportal.model.portal import PortalContent

_DOC_FILE = re.compile(r"^Doc file '([^']+)' (.*)$", re.S)


class RenderError(Exception):
    """MkDocs could not render the site; ``findings`` holds its warnings, naming files where it can."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings so they reach the editor as findings, not as stray log lines."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _collect_warnings() -> Iterator[_Collector]:
    logger = logging.getLogger("mkdocs")
    collector = _Collector()
    saved = (logger.handlers[:], logger.propagate, logger.level)
    logger.handlers, logger.propagate = [collector], False
    logger.setLevel(logging.INFO)  # MkDocs counts warnings for strict mode in its own handler
    try:
        yield collector
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]
        logger.setLevel(saved[2])


def _finding(message: str, docs_dir: str, severity: str) -> Finding:
    """``Doc file 'a.md' contains a link ...`` becomes ``content/a.md: contains a link ...``."""
    match = _DOC_FILE.match(message)
    if match:
        return Finding(f"{docs_dir}/{match[1]}", "", match[2], "error" if severity == "error" else "warning")
    return Finding("site.yml", "", message, "error" if severity == "error" else "warning")


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
    with _collect_warnings() as collector:
        try:
            config = load_config(config_file=str(config_file), site_dir=str(out_dir))
            docs_dir = Path(config.docs_dir).name
            plugin = _plugin_of(config)
            plugin.preloaded = content
            plugin.on_page_written = on_page_written
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build.build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError, PluginError) as exc:
            found = [_finding(m, docs_dir, "error") for m in collector.messages]
            raise RenderError(str(exc), found) from exc
        except TemplateError as exc:
            where = f" in {exc.name}, line {exc.lineno}" if isinstance(exc, TemplateSyntaxError) else ""
            raise RenderError(f"a theme template failed{where}: {exc}", []) from exc
    return [_finding(m, docs_dir, "warning") for m in collector.messages]


def serve(config_file: Path, dev_addr: str) -> None:
    """Live-reloading preview for editors: rebuilds and refreshes the browser on every save.

    ``watch_theme`` also watches the portal's own overrides folder (``custom_dir``), if it has one.
    """
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    mkdocs_serve.serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, watch_theme=True)


def engine_versions() -> str:
    """Which site engine and Material govportal renders with, for ``govportal --version``."""
    engine = "ProperDocs" if mkdocs.__name__ == "properdocs" else "MkDocs"
    return f"{engine} {mkdocs.__version__}, Material {metadata.version('mkdocs-material')}"
