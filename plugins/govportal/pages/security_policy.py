"""The Content Security Policy of published pages, and the headers file for hosts that set headers.

Every page carries its policy in ``<meta http-equiv="Content-Security-Policy">``, so it holds on
any host. Scripts come only from the site itself (no inline scripts, no ``eval``); the search page
alone may compile WebAssembly, which Pagefind's index reader needs. Forms may post, and scripts may
send, only to the site and to the feedback receiver.

Hosts that read a ``_headers`` file (Netlify, Cloudflare Pages) or an nginx configuration also get
what a ``<meta>`` policy cannot carry: ``frame-ancestors``, ``nosniff`` and a referrer policy.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from govportal.config.feedback import FeedbackSettings

SELF = "'self'"
# Browsers ignore frame-ancestors in a <meta> policy; it is sent only as a header.
NO_FRAMING = "frame-ancestors 'none'"
# Lets a page compile WebAssembly (Pagefind); it does not allow eval() or new Function().
WASM = "'wasm-unsafe-eval'"
# Violation reports (the gate's, a browser's console) quote the start of what was blocked.
REPORT_SAMPLE = "'report-sample'"
# Only the origin leaves the site, so search words in a page address never reach another host.
# Not no-referrer or same-origin: with those, a form posted to a receiver on another host
# carries "Origin: null", which the receiver refuses.
REFERRER_POLICY = "strict-origin-when-cross-origin"


def receiver_origin(feedback: FeedbackSettings) -> str | None:
    """The feedback receiver's origin when it runs on another host (``https://feedback.example.gov``)."""
    parts = urlsplit(feedback.url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _directives(feedback: FeedbackSettings, search: bool) -> list[tuple[str, list[str]]]:
    receiver = [origin] if (origin := receiver_origin(feedback)) else []
    return [
        ("default-src", [SELF]),
        ("script-src", [SELF, *([WASM] if search else []), REPORT_SAMPLE]),
        ("style-src", [SELF, REPORT_SAMPLE]),
        ("img-src", [SELF]),
        ("connect-src", [SELF, *receiver]),
        ("form-action", [SELF, *receiver]),
        ("object-src", ["'none'"]),
        ("base-uri", [SELF]),
    ]


def page_policy(feedback: FeedbackSettings, *, search: bool = False) -> str:
    """The policy for one page's ``<meta>``; ``search`` for the page that runs Pagefind."""
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in _directives(feedback, search))


def site_headers(feedback: FeedbackSettings) -> dict[str, str]:
    """Response headers for every file of the site.

    One ``/*`` rule, as hosts merge overlapping rules differently (Netlify keeps the last,
    Cloudflare Pages sends both). Its policy allows WebAssembly, which the search page and the
    Pagefind worker (a script file, which gets only header policies) need; every other page
    still refuses it, because browsers enforce each policy they are given, header and <meta> alike.
    """
    return {
        "Content-Security-Policy": f"{page_policy(feedback, search=True)}; {NO_FRAMING}",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": REFERRER_POLICY,
    }


def headers_file(feedback: FeedbackSettings) -> str:
    """``_headers`` in the Netlify / Cloudflare Pages format."""
    lines = ["# Security headers for hosts that read this file (Netlify, Cloudflare Pages). Written by govportal build.", "/*"]
    lines += [f"  {name}: {value}" for name, value in site_headers(feedback).items()]
    return "\n".join(lines) + "\n"
