"""Which page or file a link in an editor's Markdown points to, however it is written.

Editors link to another page in two ways, and both must work: by the page's web address, as
the README and the address bar show it (``/services/dmv/renew-drivers-license/``), or by its
source file (``renew-drivers-license.md``, ``../../privacy.md``). MkDocs only understands the
second, so the adapter rewrites the first into it with :func:`resolve` and :func:`relative_link`;
``govportal validate`` uses the same functions to name links that lead nowhere, and the nearest
address that exists. This module knows nothing of MkDocs.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import unquote, urlsplit


def page_address(src_uri: str) -> str:
    """The web address of a source file: ``services/dmv/x.md`` -> ``/services/dmv/x/``, ``a/index.md`` -> ``/a/``.

    Files other than Markdown pages (PDFs, images) are published at their own path.
    """
    if not src_uri.endswith(".md"):
        return "/" + src_uri
    stem = src_uri.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
    else:
        stem += "/"
    return "/" + stem


@dataclass(frozen=True)
class SiteMap:
    """Every source file the published site is made of, by its web address.

    ``complete`` is false when the generated pages are unknown (the content has errors): a link
    that matches nothing is then not called broken, since it may lead to a generated page.
    """

    by_address: dict[str, str]
    complete: bool = True

    @classmethod
    def of(cls, src_uris: Iterable[str], complete: bool = True) -> SiteMap:
        return cls({page_address(src): src for src in src_uris}, complete)

    @cached_property
    def sources(self) -> frozenset[str]:
        return frozenset(self.by_address.values())

    def nearest(self, address: str) -> str | None:
        """The published address most like ``address``, for "did you mean"."""
        page = _is_page(address)
        candidates = sorted(a for a in self.by_address if _is_page(a) == page)  # a page for a page, a file for a file
        close = difflib.get_close_matches(address, candidates, n=1, cutoff=0.6)
        return close[0] if close else None


def _is_page(address: str) -> bool:
    """``/services/x/`` or ``/services/x`` is a page; ``/forms/dl-12.pdf`` is a file."""
    return address.endswith("/") or "." not in address.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Target:
    """Where a link leads on this site: ``source`` is ``None`` when nothing is published there."""

    address: str  # the web address the link means, without #fragment or ?query
    source: str | None
    suffix: str  # "?query#fragment" as written


def is_internal(url: str) -> bool:
    """A link to this site: no scheme (https:, mailto:...), no host, not only ``#fragment``."""
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc or url.startswith("#") or not url.strip())


def resolve(url: str, page_src: str, site: SiteMap) -> Target:
    """What the internal link ``url``, written in the page ``page_src``, leads to.

    As MkDocs reads it first: a file path, relative to the page's file or, when it starts with
    ``/``, to the content folder. Otherwise (and never for a ``.md`` path) as a browser reads it:
    a web address from the site root, or relative to the page's own address.
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    suffix = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    base = "/" if path.startswith("/") else "/" + posixpath.dirname(page_src)
    as_file = posixpath.normpath(posixpath.join(base, path)).lstrip("/")
    if as_file in site.sources or path.endswith(".md"):
        return Target(page_address(as_file), as_file if as_file in site.sources else None, suffix)
    address = posixpath.normpath(posixpath.join(page_address(page_src), path))
    found = site.by_address.get(address) or site.by_address.get(address + "/")
    return Target(page_address(found) if found else address + ("/" if path.endswith("/") and address != "/" else ""), found, suffix)


def relative_link(source: str, page_src: str, suffix: str = "") -> str:
    """A link from the page ``page_src`` to the file ``source``, as MkDocs wants it: relative, to the source file."""
    return posixpath.relpath(source, posixpath.dirname(page_src) or ".") + suffix
