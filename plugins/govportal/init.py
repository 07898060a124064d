"""``govportal init``: start a new portal that validates, builds and passes the gate at once.

The project template ships inside the package (``project_template/``), so a portal can be
started from an installed wheel with nothing else. Files ending in ``.jinja`` are filled in
with the portal's name, organisation, time zone, domain and dates; others are copied as they are
(the CI workflow is the repository's own, byte for byte).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

from jinja2 import Environment, StrictUndefined

from govportal import __version__
from govportal.model.hours import check_zone

# setuptools leaves dot files out of package data, so the template names them without the dot.
_RENAMED = {"gitignore": ".gitignore", "github": ".github"}
# Files that mean a folder already holds a portal (ours or any MkDocs site).
_PROJECT_MARKERS = ("site.yml", "mkdocs.yml", "content")
_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@dataclass(frozen=True)
class PortalOptions:
    """What ``govportal init`` asks for; the name defaults to the domain (``Example.gov``)."""

    organisation: str = "State of Example"
    timezone: str = "America/New_York"
    domain: str = "www.example.gov"
    name: str | None = None


class InitError(Exception):
    """The portal was not started; ``problems`` lists every reason at once.

    ``bad_options`` tells a wrong option (the command could not run) from a folder that is in
    the way, for the exit code.
    """

    def __init__(self, problems: list[str], bad_options: bool) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
        self.bad_options = bad_options


def init_portal(root: Path, options: PortalOptions, today: date) -> list[Path]:
    """Write a new portal into ``root`` (created if needed) and return the files written.

    Nothing is written when an option is wrong or ``root`` already holds a portal.
    """
    wrong = _option_problems(options)
    files = {} if wrong else _render(options, today)
    problems = wrong + _conflicts(root, files)
    if problems:
        raise InitError(problems, bad_options=bool(wrong))
    written = []
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _option_problems(options: PortalOptions) -> list[str]:
    problems = []
    for label, value in (("--name", options.name), ("--organisation", options.organisation)):
        if value is not None and (not value.strip() or len(value) > 100 or any(c in value for c in "<>\n\r")):
            problems.append(f"{label}: {value!r} should be plain text on one line, up to 100 characters")
    try:
        check_zone(options.timezone)
    except ValueError:
        problems.append(f"--timezone: '{options.timezone}' is not a time zone we know; use a name like America/Denver or America/New_York")
    if not _HOST.match(options.domain):
        problems.append(f"--domain: '{options.domain}' should be the portal's host name only, like www.example.gov (no https:// or /)")
    return problems


def _conflicts(root: Path, files: dict[PurePosixPath, str]) -> list[str]:
    """Every file that is in the way, or the sign that ``root`` is already a portal."""
    if root.exists() and not root.is_dir():
        return [f"{root} is a file; name a folder for the new portal"]
    markers = [root / name for name in _PROJECT_MARKERS if (root / name).exists()]
    if markers:
        return [f"{markers[0]} already exists: {root} already holds a portal; govportal init only starts new ones, so choose a new or empty folder"]
    return [f"{root / relative} already exists; govportal init never overwrites a file" for relative in files if (root / relative).exists()]


def _render(options: PortalOptions, today: date) -> dict[PurePosixPath, str]:
    """Every template file, by its path in the new portal, filled in."""
    mail_domain = options.domain.removeprefix("www.")
    values = {
        "name": options.name or mail_domain[:1].upper() + mail_domain[1:],
        "organisation": options.organisation,
        "timezone": options.timezone,
        "domain": options.domain,
        "mail_domain": mail_domain,
        "today": today.isoformat(),
        "version": __version__,
    }
    env = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)  # noqa: S701 - YAML and Markdown, not HTML
    env.filters["yaml"] = lambda value: json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML scalar
    files = {}
    for relative, source in _template_files(resources.files("govportal") / "project_template", PurePosixPath()):
        text = source.read_text(encoding="utf-8")
        if relative.suffix == ".jinja":
            relative, text = relative.with_suffix(""), env.from_string(text).render(values)
        files[relative] = text
    return files


def _template_files(folder: Traversable, relative: PurePosixPath) -> list[tuple[PurePosixPath, Traversable]]:
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        target = relative / _RENAMED.get(entry.name, entry.name)
        found += _template_files(entry, target) if entry.is_dir() else [(target, entry)]
    return found
