"""Requests straight to an ASGI app in this process: no server, no port, no thread to wait for."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import run_coroutine

ORIGIN = "http://127.0.0.1:8001"


class InProcess:
    """A small synchronous client over httpx's ASGI transport (which is asynchronous). Starlette's
    own TestClient would do, but it warns that it wants a package (httpx2) we do not install."""

    def __init__(self, app: Any, base_url: str = ORIGIN) -> None:
        self.transport = httpx.ASGITransport(app=app)
        self.base_url = base_url

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            async with httpx.AsyncClient(transport=self.transport, base_url=self.base_url) as http:
                return await http.request(method, url, **options)

        return run_coroutine(send())

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)
