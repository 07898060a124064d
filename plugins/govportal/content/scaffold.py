"""``govportal new``: start a valid agency or service file with comments that explain each field."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from govportal.content.yamlfile import YamlProblem, read_yaml
from govportal.model.fields import as_slug


class ScaffoldError(Exception):
    """The file cannot be created; the message says what to do instead."""


def _template(name: str) -> str:
    return resources.files("govportal.content").joinpath("scaffolds", name).read_text(encoding="utf-8")


def _write(path: Path, text: str) -> Path:
    if path.exists():
        raise ScaffoldError(f"{path} already exists; choose another name or edit that file")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _slug(value: str, what: str) -> str:
    slug = as_slug(value)
    if slug is None:
        raise ScaffoldError(f"'{value}' cannot be {what}: use lowercase letters, digits and hyphens, for example 'renew-license'")
    return slug


def new_agency(docs_dir: Path, agency_id: str, today: date) -> Path:
    """Create ``agencies/<agency_id>.yml`` from the commented template."""
    agency_id = _slug(agency_id, "an agency id")
    text = _template("agency.yml").replace("{agency_id}", agency_id).replace("{today}", today.isoformat())
    return _write(docs_dir / "agencies" / f"{agency_id}.yml", text)


def new_service(docs_dir: Path, agency_id: str, slug: str, today: date) -> Path:
    """Create ``services/<agency_id>/<slug>.md``; the agency must exist and a topic is filled in."""
    agency_id, slug = _slug(agency_id, "an agency id"), _slug(slug, "a service name")
    if not (docs_dir / "agencies" / f"{agency_id}.yml").is_file():
        raise ScaffoldError(f"there is no agency '{agency_id}'; create it first with: govportal new agency {agency_id}")
    topics = _topic_ids(docs_dir / "topics.yml")
    if not topics:
        raise ScaffoldError("content/topics.yml lists no topics; add one first so the service can be found")
    text = (
        _template("service.md")
        .replace("{agency_id}", agency_id)
        .replace("{slug}", slug)
        .replace("{topic_ids}", ", ".join(topics))
        .replace("{topic_id}", topics[0])
        .replace("{today}", today.isoformat())
    )
    return _write(docs_dir / "services" / agency_id / f"{slug}.md", text)


def _topic_ids(path: Path) -> list[str]:
    try:
        data = read_yaml(path) if path.is_file() else None
    except YamlProblem:
        return []
    topics = data.get("topics") if isinstance(data, dict) else None
    return [str(t["id"]) for t in topics or [] if isinstance(t, dict) and "id" in t]
