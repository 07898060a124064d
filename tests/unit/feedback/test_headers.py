"""Every response gets the strict security headers unless its handler set its own."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from tests.asgi import InProcess
from govportal.feedback.headers import API_POLICY, DEFAULTS, SecurityHeaders


def _plain(_request: Request) -> Response:
    return PlainTextResponse("ok")


def _own_policy(_request: Request) -> Response:
    return PlainTextResponse("page", headers={"Content-Security-Policy": "default-src 'self'", "Cache-Control": "public, max-age=300"})


def client() -> InProcess:
    app = Starlette(routes=[Route("/plain", _plain), Route("/page", _own_policy)])
    return InProcess(SecurityHeaders(app))


def test_defaults_on_every_response_even_errors() -> None:
    http = client()
    for response in (http.get("/plain"), http.get("/missing")):
        assert {name: response.headers[name] for name in DEFAULTS} == DEFAULTS
    assert DEFAULTS["Content-Security-Policy"] == API_POLICY == "default-src 'none'; frame-ancestors 'none'"


def test_a_handler_s_own_headers_win() -> None:
    http = client()
    response = http.get("/page")
    assert response.headers["content-security-policy"] == "default-src 'self'"
    assert response.headers["cache-control"] == "public, max-age=300"
    assert response.headers["x-frame-options"] == "DENY"  # what the handler did not set still comes
