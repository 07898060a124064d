"""Publish the web editor at /admin/ with the site, when site.yml says where the content lives.

The editor saves through GitHub, into the repository named by ``repo_url`` (on the branch
named in ``edit_uri``, ``main`` otherwise). Without a GitHub ``repo_url`` there is nowhere to
save, so no editor is published.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from govportal.editor.admin import GITHUB, write_admin
from govportal.editor.config import editor_config, github_backend

_BRANCH = re.compile(r"^(?:edit|blob|tree)/([^/]+)/")


def write_editor(config: MkDocsConfig) -> Path | None:
    """Write ``admin/`` into the built site; ``None`` when site.yml names no GitHub repository."""
    edit_uri = _BRANCH.match(str(config.edit_uri or ""))
    backend = github_backend(str(config.repo_url or ""), edit_uri.group(1) if edit_uri else "main")
    if not backend.repo:
        return None
    root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
    docs = Path(config.docs_dir).resolve()
    settings = editor_config(docs, docs.relative_to(root).as_posix(), backend, str(config.site_url or ""))
    return write_admin(Path(config.site_dir), str(config.site_name), settings, GITHUB)
