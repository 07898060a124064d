"""Read what govportal needs from ``site.yml`` without starting MkDocs (fast, for ``validate``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from govportal.config.portal import PortalSettings
from govportal.content.errors import findings_from
from govportal.content.yamlfile import YamlProblem, read_yaml
from govportal.findings import Finding


class _TolerantLoader(yaml.SafeLoader):
    """MkDocs configs use tags such as ``!ENV`` and ``!!python/name:``; read them as plain values."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("!", _untagged)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


@dataclass(frozen=True)
class Project:
    """Where the content is, where the site goes, and the portal settings."""

    config_file: Path
    docs_dir: Path
    site_dir: Path
    settings: PortalSettings
    site_url: str = ""  # the portal's public address, for the sitemap and links in data files
    theme_dir: Path | None = None  # theme.custom_dir: the portal's own templates and assets


class ProjectError(Exception):
    """``site.yml`` is missing or wrong; ``findings`` says where."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(str(f) for f in findings))
        self.findings = findings


def read_project(config_file: Path) -> Project:
    """Read ``site.yml``; paths in it are relative to the file, as in MkDocs."""
    name = str(config_file)
    if not config_file.is_file():
        raise ProjectError([Finding(name, "", "not found; run govportal from the folder that has site.yml, or pass --config")])
    try:
        data = read_yaml(config_file, _TolerantLoader)
    except YamlProblem as problem:
        raise ProjectError([Finding(name, problem.where, problem.message)]) from None
    if not isinstance(data, dict):
        raise ProjectError([Finding(name, "", "should contain settings written as 'name: value' lines")])
    base = config_file.resolve().parent
    settings = portal_settings(_plugin_options(data.get("plugins")), name)
    return Project(
        config_file=config_file,
        docs_dir=base / str(data.get("docs_dir", "docs")),
        site_dir=base / str(data.get("site_dir", "site")),
        settings=settings,
        site_url=str(data.get("site_url") or ""),
        theme_dir=_custom_dir(base, data.get("theme")),
    )


def portal_settings(options: dict[str, Any], config_name: str) -> PortalSettings:
    """The ``plugins: - govportal:`` options of ``config_name`` as settings; the one place they are
    validated, for govportal's commands and for MkDocs' own (through the adapter)."""
    try:
        return PortalSettings.model_validate(options)
    except ValidationError as exc:
        found = findings_from(exc, config_name, PortalSettings)
        raise ProjectError([Finding(f.path, f"plugins.govportal.{f.field}", f.message) for f in found]) from None


def _custom_dir(base: Path, theme: Any) -> Path | None:
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    return base / str(custom_dir) if custom_dir else None


def _plugin_options(plugins: Any) -> dict[str, Any]:
    """The ``govportal`` entry of ``plugins:``, written as a list or a mapping."""
    entries = plugins.items() if isinstance(plugins, dict) else [next(iter(p.items())) if isinstance(p, dict) else (p, {}) for p in plugins or []]
    for key, value in entries:
        if key == "govportal":
            return dict(value or {})
    return {}
