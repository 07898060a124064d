"""Security headers on every response the receiver sends.

Handlers that know better set their own (the served site sets each page's policy and
short caching, the error page allows its one stylesheet by hash); everything else gets
the strictest defaults: no content may load, no other site may frame the response, and
no cache keeps it, since feedback answers are about one person's post.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
DEFAULTS = {
    "Content-Security-Policy": API_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors, for browsers that predate it
    "Cache-Control": "no-store",
}


class SecurityHeaders:
    """ASGI middleware: adds each of :data:`DEFAULTS` the response does not set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in DEFAULTS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
