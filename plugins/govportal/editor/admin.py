"""The /admin/ page: Decap CMS with its configuration, and the Content Security Policy it runs under.

Citizen pages allow no ``eval`` and no inline styles (see :mod:`govportal.pages.security_policy`).
The CMS needs both, so it gets a policy of its own, as tight as it runs: ``'unsafe-eval'`` because
it compiles its configuration schema into functions (ajv); inline styles because its React
components inject their CSS at run time; ``data:``/``blob:`` images for previews of uploads.
Scripts still come only from the site, and the page may talk only to the site and to GitHub.
The page is for editors, so it is kept out of search engines, the site search and the gate.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

from govportal.editor import bundle
from govportal.editor.config import Config, config_yaml

ADMIN = "admin"
GITHUB = ["https://api.github.com", "https://github.com"]
# Avatars of signed-in editors, shown in the CMS's header.
AVATARS = "https://avatars.githubusercontent.com"


def admin_policy(connect: list[str]) -> str:
    """The policy for the admin page; ``connect`` lists what the CMS saves through besides the site."""
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'", "'unsafe-eval'"]),
        ("style-src", ["'self'", "'unsafe-inline'"]),
        ("img-src", ["'self'", "data:", "blob:", AVATARS]),
        ("connect-src", ["'self'", *connect]),
        ("font-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
    ]
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def admin_page(title: str, connect: list[str]) -> str:
    """``admin/index.html``: the CMS finds ``config.yml`` beside it."""
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="{escape(admin_policy(connect))}">
  <meta name="robots" content="noindex, nofollow">
  <title>{escape(title)} – content editor</title>
</head>
<body data-pagefind-ignore="all">
  <script src="{bundle.SCRIPT}"></script>
</body>
</html>
"""


def write_admin(site_dir: Path, title: str, config: Config, connect: list[str]) -> Path:
    """Write ``admin/`` into the built site: the page, the configuration and the bundle."""
    target = site_dir / ADMIN
    target.mkdir(parents=True, exist_ok=True)
    (target / "index.html").write_text(admin_page(title, connect), encoding="utf-8")
    (target / "config.yml").write_text(config_yaml(config), encoding="utf-8")
    static = bundle.static()
    for name in bundle.files():
        with static.joinpath(name).open("rb") as source, (target / name).open("wb") as copy:
            shutil.copyfileobj(source, copy)
    return target
