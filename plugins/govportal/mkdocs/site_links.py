"""Links written as web addresses (``/services/dmv/renew-drivers-license/``) work in the build.

MkDocs checks each link against the source files and, in strict mode, stops the build at one
written as the address editors see in their browser. This Markdown extension rewrites such links
to the page's source file just before MkDocs checks them (its own check stays on, so a link that
leads nowhere still fails); which file an address means is decided by
:mod:`govportal.content.site_addresses`, which ``govportal validate`` uses too.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from govportal.content.site_addresses import SiteMap, is_internal, relative_link, resolve

# MkDocs registers its own link check ("relpath") at priority 0; Python-Markdown makes links at 20.
_PRIORITY = 1
_URL_ATTRIBUTES = {"a": "href", "img": "src"}


class SiteLinks(Extension):
    """One per build: the plugin sets ``site`` once the files are known and ``page_src`` before each page."""

    def __init__(self) -> None:
        super().__init__()
        self.site = SiteMap({})
        self.page_src = ""

    def extendMarkdown(self, md: Markdown) -> None:  # Python-Markdown names it so
        md.treeprocessors.register(_Rewriter(md, self), "govportal_site_links", _PRIORITY)


class _Rewriter(Treeprocessor):
    def __init__(self, md: Markdown, links: SiteLinks) -> None:
        super().__init__(md)
        self.links = links

    def run(self, root: Element) -> None:
        for element in root.iter():
            name = _URL_ATTRIBUTES.get(element.tag)
            url = element.get(name) if name else None
            if name is None or url is None or not is_internal(url):
                continue
            target = resolve(url, self.links.page_src, self.links.site)
            if target.source is not None:
                element.set(name, relative_link(target.source, self.links.page_src, target.suffix))
