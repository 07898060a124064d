"""Take the README's screenshots of a built site: python scripts/screenshots.py [site-dir]."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from govportal.gate.browser import launch
from govportal.gate.server import serve_directory

PAGES = {
    "home": "",
    "service": "services/dmv/renew-drivers-license/",
    "agency": "agencies/workforce/",
    "help": "help/",
    "survey": "services/dmv/renew-drivers-license/survey/",
    "forms": "forms/",
    "search": "search/?q=license",
}
WIDTHS = (320, 1280)


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with serve_directory(site) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900 if width > 320 else 640})
            for name, path in PAGES.items():
                page.goto(base + path, wait_until="networkidle")
                page.screenshot(path=str(out / f"{name}-{width}.png"))
            page.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "site"), Path("docs/screenshots"))
