"""The gate's static reader: links, ids and assets, not fooled by comments or scripts."""

from __future__ import annotations

from govportal.gate.html import read_page

PAGE = """<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta name="govportal" content="1.0">
<title>Renew &amp; replace | Example.gov</title>
<link rel="stylesheet" href="/assets/site.css"><link rel="icon" href="/favicon.png">
<script src='/assets/app.js'></script>
<script>document.write('<a href="/from-script/">x</a><div id="script-id">');</script>
<script type="application/ld+json">{"url": "<a href='/json/'>"}</script>
<style>.x::after { content: "<a href='/style/'>"; }</style>
</head><body>
<!-- <a href="/commented-out/" id="comment-id"> -->
<a href="/services/?q=1&amp;page=2#top" id=main-link>Services</a>
<a name="legacy-anchor"></a><area href="/map/" alt="Map">
<IMG SRC="/img/logo.png" alt="Logo"><div id="section-2" data-x='a > b'>Text</div>
<input value="<a href='/not-a-link/'>">
</body></html>"""


def test_reads_links_ids_assets_and_title() -> None:
    facts = read_page(PAGE)
    assert facts.links == ["/services/?q=1&page=2#top", "/map/"]
    assert facts.ids == {"main-link", "legacy-anchor", "section-2"}
    assert facts.assets == ["/assets/site.css", "/assets/app.js", "/img/logo.png"]
    assert facts.govportal is True
    assert facts.title == "Renew & replace | Example.gov"


def test_a_page_not_built_by_govportal() -> None:
    facts = read_page("<html><head><title>Other</title></head><body><a href='x.html'>x</a></body></html>")
    assert (facts.govportal, facts.links, facts.title) == (False, ["x.html"], "Other")
