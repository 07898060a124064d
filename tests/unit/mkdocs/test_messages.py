"""MkDocs' log lines become findings naming the editor's file; the logger is left as it was."""

from __future__ import annotations

import logging

from jinja2 import TemplateNotFound, TemplateSyntaxError

from govportal.findings import Finding
from govportal.mkdocs.messages import collect_warnings, finding, template_problem


def test_warnings_are_collected_instead_of_printed_and_the_logger_restored() -> None:
    logger = logging.getLogger("mkdocs")
    before = (logger.handlers[:], logger.propagate, logger.level)
    with collect_warnings() as collected:
        logging.getLogger("mkdocs.structure.pages").warning("Doc file '%s' contains a link", "a.md")
        logging.getLogger("mkdocs.commands.build").error("Aborted")
        logging.getLogger("mkdocs.commands.build").info("Building documentation")
        logging.getLogger("mkdocs.livereload").warning("request from a browser tab")
    assert collected.messages == ["Doc file 'a.md' contains a link", "Aborted"]
    assert (logger.handlers, logger.propagate, logger.level) == before


def test_a_doc_file_message_names_the_file_in_the_content_folder() -> None:
    assert finding("Doc file 'services/x.md' contains a link 'y.md', but the target is not found.", "content", "error") == Finding(
        "content/services/x.md", "", "contains a link 'y.md', but the target is not found.", "error",
    )
    assert finding("Config value 'nav': a problem", "content", "warning") == Finding("site.yml", "", "Config value 'nav': a problem", "warning")


def test_a_template_error_names_the_template_and_line_when_jinja_knows_them() -> None:
    syntax = TemplateSyntaxError("unexpected end of template", 12, name="main.html")
    # Said once: Jinja's own text of this error repeats the place on a line of its own.
    assert template_problem(syntax) == "a theme template failed in main.html, line 12: unexpected end of template"
    assert template_problem(TemplateNotFound("partials/x.html")) == "a theme template failed: partials/x.html"
