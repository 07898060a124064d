"""A synthetic but realistic portal of N services across M agencies, as govportal content.

Agencies, topics and the portal file come from the sample portal; each service has the
full front matter (ways to apply, a form), a few paragraphs, lists and a table.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VERBS = ["Apply for", "Renew", "Replace", "Change", "Report", "Register", "Request", "Cancel", "Update", "Check"]
THINGS = ["a permit", "a license", "a benefit", "a record", "a certificate", "an account", "a claim", "a payment plan", "an inspection", "a registration"]

SERVICE = """---
title: {title}
summary: {title} with the {agency_name}, online, by phone or in person.
agency: {agency}
topics: [{topic}]
who_can_use:
  - People who live in the State of Example.
  - Businesses with an office in the state.
what_you_need:
  - Your ID card or driver license
  - Your case number, if you have one
cost: ${cost}
time_to_complete: About {minutes} minutes.
how_to_apply:
  online:
    url: https://forms.example.gov/{agency}/{slug}
  phone:
    number: (801) 555-01{phone:02d}
  in_person:
    notes: Bring your ID.
forms:
  - id: {slug}-form
    title: {title} form
    number: F-{number}
    purpose: Use this form to {lower_title}.
    online_url: https://forms.example.gov/{agency}/{slug}
    e_signature: {{url: https://sign.example.gov/{slug}, method: sign online}}
    submit_offline: {{mail: "Forms Office, PO Box {number}, Capitol City, EX 84100"}}
    last_reviewed: 2026-09-01
last_reviewed: 2026-09-{day:02d}
---

## Before you start

Check that you have everything on the list above. It takes about {minutes} minutes. You can save your
answers and come back later. If you need help, call us or visit an office.

## What happens next

1. We check your application within 5 business days.
2. We send you a letter or an e-mail with our decision.
3. If we need more from you, we tell you what and by when.

| Way to apply | How long it takes | Cost |
|---|---|---|
| Online | About {minutes} minutes | ${cost} |
| By phone | About 20 minutes | ${cost} |
| In person | About 30 minutes | ${cost} |

If you do not agree with our decision, you can ask us to look at it again within 30 days.
"""


def make_portal(root: Path, services: int) -> Path:
    """Write a portal project with ``services`` service pages under ``root``; returns site.yml."""
    if root.exists():
        shutil.rmtree(root)
    content = root / "content"
    content.mkdir(parents=True)
    for name in ("portal.yml", "topics.yml", "accessibility.md", "privacy.md", "index.md"):
        shutil.copy(REPO / "content" / name, content / name)
    # English only, like the stock Material project it is compared with: no translations.
    shutil.copytree(REPO / "content" / "agencies", content / "agencies", ignore=shutil.ignore_patterns("*.es.yml"))
    config = (REPO / "site.yml").read_text(encoding="utf-8").replace("  - attr_list\n", "  - attr_list\n  - tables\n")
    config = config.replace("languages: [en, es]", "languages: [en]")
    (root / "site.yml").write_text(config, encoding="utf-8")
    agencies = sorted(p.stem for p in (content / "agencies").glob("*.yml"))
    names = {a: re.search(r"^name: (.+)$", (content / "agencies" / f"{a}.yml").read_text(encoding="utf-8"), re.M).group(1) for a in agencies}  # type: ignore[union-attr]
    topics = re.findall(r"^  - id: (\S+)", (content / "topics.yml").read_text(encoding="utf-8"), re.M)
    # Top tasks in portal.yml must exist: drop them, the synthetic site has its own services.
    portal = (content / "portal.yml").read_text(encoding="utf-8")
    (content / "portal.yml").write_text(re.sub(r"top_tasks:\n(?:  - .*\n)+", "top_tasks: []\n", portal), encoding="utf-8")
    for number in range(services):
        agency = agencies[number % len(agencies)]
        title = f"{VERBS[number % len(VERBS)]} {THINGS[(number // len(VERBS)) % len(THINGS)]} {number}"
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        folder = content / "services" / agency
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}.md").write_text(SERVICE.format(
            title=title, lower_title=title.lower(), agency=agency, agency_name=names[agency], topic=topics[number % len(topics)],
            slug=slug, cost=10 + number % 90, minutes=5 + number % 40, phone=number % 100, number=1000 + number, day=1 + number % 28,
        ), encoding="utf-8")
    _drop_unused(content, agencies[:services], topics[:services])
    return root / "site.yml"


def _drop_unused(content: Path, agencies: list[str], topics: list[str]) -> None:
    """A portal smaller than the sample has no empty agency or topic pages (from 9 services on,
    every one is used): the quick run's site stays small, and each page it gates has services."""
    for file in (content / "agencies").glob("*.yml"):
        if file.stem not in agencies:
            file.unlink()
    listing = content / "topics.yml"
    kept = [block for block in re.split(r"(?m)^(?=  - id: )", listing.read_text(encoding="utf-8"))
            if not block.startswith("  - id: ") or block.split()[2] in topics]
    listing.write_text("".join(kept), encoding="utf-8")


def make_material_project(portal: Path, target: Path, prune: bool) -> Path:
    """The same Markdown (front matter stripped) as a stock mkdocs-material project; returns mkdocs.yml."""
    if target.exists():
        shutil.rmtree(target)
    docs = target / "docs"
    for page in (portal / "content").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        out = docs / page.relative_to(portal / "content")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    features = "[navigation.prune]" if prune else "[]"
    (target / "mkdocs.yml").write_text(
        f"site_name: Example.gov\nsite_url: https://www.example.gov/\ntheme:\n  name: material\n  features: {features}\n"
        "markdown_extensions: [tables, attr_list, toc]\n", encoding="utf-8")
    return target / "mkdocs.yml"
