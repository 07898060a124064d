"""Reading content files one by one, noting every problem instead of stopping at the first.

Shared by the loader and the forms resolver, which both read files under the content folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from govportal.content.errors import findings_from, shorten_quoted
from govportal.content.files import FileProblem, Listing, list_folder, read_text
from govportal.content.html_policy import check_markdown
from govportal.content.yamlfile import YamlProblem, parse_yaml
from govportal.findings import Finding
from govportal.model.portal import ServicePage

M = TypeVar("M", bound=BaseModel)
UNREADABLE = object()  # what a file with a noted problem holds: nothing more to say about it


# A service file's version (govportal.content.files.version), and the content folder and day it
# was read for, with what reading it gave: the page and the findings (see ServiceCache).
_Parsed = tuple[tuple[tuple[int, int, int, int], Path, date], ServicePage | None, list[Finding]]


class ServiceCache(dict[Path, _Parsed]):
    """Service files already parsed and validated, by path. ``govportal serve`` loads the content
    again on every save; a service whose file did not change gives the same page and findings
    without reading the file, parsing its YAML and validating it again (most of a load with 1,000
    services)."""


@dataclass
class Reader:
    """Reads files under one content directory, noting problems instead of raising."""

    root: Path
    today: date
    findings: list[Finding] = field(default_factory=list)
    parsed: ServiceCache | None = None

    @cached_property
    def listing(self) -> Listing:
        """The content folder's files and links, walked once per load."""
        return list_folder(self.root)

    @cached_property
    def _real_root(self) -> Path:
        return self.root.resolve()

    def name(self, path: Path) -> str:
        """The path editors see in messages: relative to the project, e.g. content/agencies/dmv.yml."""
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def note(self, path: Path, field_name: str, message: str) -> None:
        self.findings.append(Finding(self.name(path), field_name, shorten_quoted(message)))

    def warn(self, path: Path, field_name: str, message: str) -> None:
        self.findings.append(Finding(self.name(path), field_name, shorten_quoted(message), "warning"))

    def text(self, path: Path) -> str | None:
        """The file's text, or ``None`` when it cannot be read as content (noted). A path through
        a symbolic link is never read: the walk over the folder reports the link once."""
        if path.is_symlink() or self._real_root not in path.resolve().parents:
            return None
        try:
            return read_text(path)
        except FileProblem as problem:
            self.note(path, "", problem.message)
            return None

    def data(self, path: Path, text: str | None, first_line: int = 1) -> Any:
        """The YAML in ``text`` (``first_line`` is where it starts in the file), or UNREADABLE."""
        if text is None:
            return UNREADABLE
        try:
            return parse_yaml(text, first_line)
        except YamlProblem as problem:
            self.note(path, problem.where, problem.message)
            return UNREADABLE

    def html(self, path: Path, text: str, first_line: int) -> None:
        """Raw HTML in a Markdown body, checked against the allowlist pages are published with."""
        for problem in check_markdown(text, first_line):
            self.note(path, f"line {problem.line}", problem.message)

    def model(self, path: Path, data: Any, model: type[M]) -> M | None:
        if data is UNREADABLE:
            return None
        if not isinstance(data, dict):
            self.note(path, "", "should contain fields written as 'name: value' lines")
            return None
        try:
            return model.model_validate(data, context={"today": self.today})
        except ValidationError as exc:
            self.findings.extend(findings_from(exc, self.name(path), model))
            return None

    def yaml_model(self, path: Path, model: type[M]) -> M | None:
        if not path.is_file():
            self.note(path, "", "is missing; create it (see the sample portal's content folder)")
            return None
        return self.model(path, self.data(path, self.text(path)), model)
