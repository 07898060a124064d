"""A built site folder as the tools that read it after the build see it: the gate, the
sitemap and the feedback receiver. None of them needs the engine that wrote it."""

from __future__ import annotations

from pathlib import Path

_HEAD_BYTES = 32_768  # the <head> of our pages is well within this; no need to read whole pages


# The web editor (/admin/, see govportal.editor) is a page for editors, not citizens: the gate,
# the sitemap and the feedback receiver leave it out.
EDITOR_FOLDER = "admin"


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.is_file() and p.relative_to(site).parts[0] != EDITOR_FOLDER)


def page_url(file: Path, site: Path) -> str:
    """``services/a/b/index.html`` -> ``services/a/b/``; other files keep their name."""
    relative = file.relative_to(site).as_posix()
    return relative[: -len("index.html")] if file.name == "index.html" else relative


def page_head(file: Path) -> str:
    """The page's <head>, where govportal writes what a page is about (its metas)."""
    with file.open(encoding="utf-8", errors="replace") as handle:
        return handle.read(_HEAD_BYTES).split("</head>", 1)[0]
