"""MkDocs' log lines, caught while it builds and turned into findings that name the editor's file."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from jinja2 import TemplateError, TemplateSyntaxError

from govportal.findings import Finding, Severity

_DOC_FILE = re.compile(r"^Doc file '([^']+)' (.*)$", re.S)


class _Collector(logging.Handler):
    """Keeps MkDocs' warnings so they reach the editor as findings, not as stray log lines."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # The preview server logs requests from its own threads while a rebuild runs: not build problems.
        if not record.name.startswith("mkdocs.livereload"):
            self.messages.append(record.getMessage())


@contextmanager
def collect_warnings() -> Iterator[_Collector]:
    """MkDocs' warnings and errors while the block runs, instead of printed."""
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


def finding(message: str, docs_dir: str, severity: Severity) -> Finding:
    """``Doc file 'a.md' contains a link ...`` becomes ``content/a.md: contains a link ...``."""
    match = _DOC_FILE.match(message)
    if match:
        return Finding(f"{docs_dir}/{match[1]}", "", match[2], severity)
    return Finding("site.yml", "", message, severity)


def template_problem(exc: TemplateError) -> str:
    """A theme template's error, with the template and line when Jinja knows them."""
    if isinstance(exc, TemplateSyntaxError):  # its str() may repeat the place on a line of its own
        return f"a theme template failed in {exc.name}, line {exc.lineno}: {exc.message}"
    return f"a theme template failed: {exc}"
