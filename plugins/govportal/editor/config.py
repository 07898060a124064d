"""The web editor's configuration (Decap CMS ``config.yml``), made from govportal's content model.

Collections follow the content folder's layout (see :mod:`govportal.content.loader`):
services in ``services/<agency>/<slug>.md`` (the agency picked in the form names the folder),
agencies in ``agencies/<id>.yml``, shared forms in ``forms/<id>.yml``, and the topics list.
Agencies, topics and shared forms are offered as choices, read from the files as they are now,
so the editor works even while some content has mistakes (``validate`` reports those).

Nothing here imports MkDocs: the build writes this config into the site, ``govportal edit``
serves it with the local backend instead of GitHub.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from govportal.content.yamlfile import YamlProblem, read_yaml
from govportal.editor.fields import Context, Widget, model_fields
from govportal.editor.help import field_help, scaffold_text
from govportal.model.agency import Agency
from govportal.model.form import Form
from govportal.model.portal import TopicsFile
from govportal.model.service import Service

Config = dict[str, Any]
BODY_HELP = "Write anything else people need to know here, in plain words. Use ## for headings."
SHARED_FORMS = "Forms written out in full in the service file stay as they are; here you pick shared forms from content/forms/."


@dataclass(frozen=True)
class Backend:
    """Where the CMS saves: GitHub (``repo`` is ``owner/name``) or govportal's local backend."""

    name: str = "github"
    repo: str = ""
    branch: str = "main"
    proxy_url: str = ""  # the local backend's address, for ``govportal edit``

    def config(self) -> Config:
        if self.name == "proxy":
            return {"name": "proxy", "proxy_url": self.proxy_url}
        found: Config = {"name": self.name, "branch": self.branch}
        return found | ({"repo": self.repo} if self.repo else {})


def github_backend(repo_url: str, branch: str = "main") -> Backend:
    """The GitHub backend for ``repo_url`` from site.yml (``https://github.com/owner/name``), if it is one."""
    parts = repo_url.rstrip("/").removesuffix(".git").split("/")
    repo = "/".join(parts[-2:]) if "github.com" in repo_url and len(parts) >= 5 else ""
    return Backend("github", repo, branch)


def editor_config(docs_dir: Path, content_folder: str, backend: Backend, site_url: str = "") -> Config:
    """The whole ``config.yml``; ``content_folder`` is the content's path from the repository root."""
    context = Context(choices=read_choices(docs_dir))
    config: Config = {
        "backend": backend.config(),
        "media_folder": f"{content_folder}/images",
        "public_folder": "/images",
        "collections": [
            _services(content_folder, context),
            _agencies(content_folder, context),
            _forms(content_folder, context),
            _topics(content_folder, context),
        ],
    }
    return config | ({"site_url": site_url, "display_url": site_url} if site_url else {})


def config_yaml(config: Config) -> str:
    return "# Written by govportal from the content model; edits here are overwritten.\n" + yaml.safe_dump(config, sort_keys=False, allow_unicode=True)


def read_choices(docs_dir: Path) -> dict[str, list[dict[str, str]]]:
    """Agencies, topics and shared forms as the form's choices: ``{"agency": [{label, value}]...}``."""
    agencies = [{"label": _name(path, "name"), "value": path.stem} for path in sorted((docs_dir / "agencies").glob("*.yml")) if "." not in path.stem]  # not dmv.es.yml, a translation
    topics = [{"label": str(t.get("title") or t["id"]), "value": str(t["id"])} for t in _topics_of(docs_dir / "topics.yml")]
    forms = [{"label": _name(path, "title"), "value": path.stem} for path in sorted((docs_dir / "forms").glob("*.yml"))]
    return {"agency": agencies, "topics": topics, "use": forms}


def _yaml(path: Path) -> Any:
    try:
        return read_yaml(path) if path.is_file() else None
    except YamlProblem:
        return None


def _name(path: Path, key: str) -> str:
    data = _yaml(path)
    name = data.get(key) if isinstance(data, dict) else None
    return f"{name} ({path.stem})" if isinstance(name, str) else path.stem


def _topics_of(path: Path) -> list[dict[str, Any]]:
    data = _yaml(path)
    topics = data.get("topics") if isinstance(data, dict) else None
    return [t for t in topics or [] if isinstance(t, dict) and "id" in t]


def _services(folder: str, context: Context) -> Config:
    help_context = Context(context.choices, field_help(scaffold_text("service.md")), {"forms": SHARED_FORMS})
    body: Widget = {"name": "body", "label": "Page text", "widget": "markdown", "required": False, "hint": BODY_HELP}
    return {
        "name": "services",
        "label": "Services",
        "label_singular": "Service",
        "description": "What people can do, who can do it, and how. The file name becomes the web address.",
        "folder": f"{folder}/services",
        "path": "{{agency}}/{{slug}}",  # services/<agency>/<slug>.md, as the loader reads them
        "slug": "{{slug}}",
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "identifier_field": "title",
        "summary": "{{title}} ({{agency}})",
        "fields": [*model_fields(Service, help_context), body],
    }


def _agencies(folder: str, context: Context) -> Config:
    help_context = Context(context.choices, field_help(scaffold_text("agency.yml")))
    return {
        "name": "agencies",
        "label": "Agencies",
        "label_singular": "Agency",
        "description": "Who the agency is, how people reach it, and the service it promises. The file name is the agency id.",
        "folder": f"{folder}/agencies",
        "extension": "yml",
        "format": "yml",
        "create": True,
        "identifier_field": "name",
        "slug": "{{acronym}}",
        "fields": model_fields(Agency, help_context),
    }


def _forms(folder: str, context: Context) -> Config:
    return {
        "name": "forms",
        "label": "Shared forms",
        "label_singular": "Shared form",
        "description": "Forms used by several services. The file name must match the form's id.",
        "folder": f"{folder}/forms",
        "extension": "yml",
        "format": "yml",
        "create": True,
        "identifier_field": "title",
        "slug": "{{id}}",
        "fields": model_fields(Form, Context(context.choices)),
    }


def _topics(folder: str, context: Context) -> Config:
    return {
        "name": "settings",
        "label": "Topics",
        "files": [
            {
                "name": "topics",
                "label": "Topics",
                "file": f"{folder}/topics.yml",
                "description": "Topics group services by what people need to do, not by which agency does it.",
                "fields": model_fields(TopicsFile, Context()),
            },
        ],
    }
