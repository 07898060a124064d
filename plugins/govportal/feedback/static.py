"""The built site, served by the receiver (``--site-dir``): only its public files.

Starlette's ``StaticFiles`` already refuses paths that resolve outside the folder
(``..``, encoded or not, and symbolic links that point out). On top of that, nothing
whose path inside the site has a part starting with a dot is served (``.git``, ``.env``,
a build's ``.staging`` folder), and each file carries a Content Security Policy: a page's
own policy (the ``<meta http-equiv>`` the build writes) plus ``frame-ancestors 'none'``,
which only a header can set.
"""

from __future__ import annotations

import functools
import os
import re
from html import unescape
from pathlib import Path, PurePath

from starlette.responses import FileResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from govportal.site_folder import page_head

STATIC_CACHE = "public, max-age=300"  # a rebuilt site reaches visitors within five minutes
# Pages without a policy of their own: nothing that could break them, only what a header adds.
PAGE_FALLBACK_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
# Files that are not pages (images, PDFs, CSS, JSON) never need to run or load anything.
FILE_POLICY = "default-src 'none'; frame-ancestors 'none'"

_META_POLICY = re.compile(r"""<meta\s+http-equiv=["']?content-security-policy["']?\s+content=("[^"]*"|'[^']*')""", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _page_policy(file: str, _modified: int) -> str:
    """The page's own policy with frame-ancestors added; cached until the file changes."""
    found = _META_POLICY.search(page_head(Path(file)))
    if not found:
        return PAGE_FALLBACK_POLICY
    policy = unescape(found.group(1)[1:-1]).strip().rstrip(";")
    return policy if "frame-ancestors" in policy else f"{policy}; frame-ancestors 'none'"


def policy_for(file: str, stat_result: os.stat_result) -> str:
    return _page_policy(file, stat_result.st_mtime_ns) if file.endswith(".html") else FILE_POLICY


class SiteFiles(StaticFiles):
    """``StaticFiles`` in HTML mode that hides dotfiles and sets policy and caching headers."""

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        """Also refuse a dotted part in the path asked for or in the file it resolves to."""
        full_path, stat_result = super().lookup_path(path)
        if not full_path or _hidden(path) or _hidden(os.path.relpath(full_path, os.path.realpath(str(self.directory)))):
            return "", None
        return full_path, stat_result

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if isinstance(response, FileResponse) and response.stat_result is not None:
            response.headers["Content-Security-Policy"] = policy_for(str(response.path), response.stat_result)
            response.headers["Cache-Control"] = STATIC_CACHE
        return response


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in PurePath(relative).parts)
