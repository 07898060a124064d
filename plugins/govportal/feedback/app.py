"""The feedback receiver: a small ASGI app that checks each post and stores it once.

Form posts (no JavaScript) get ``303 See Other`` back to the page, where a
``#gp-...-thanks`` fragment shows the thank-you message; scripts that post JSON, or ask for
JSON with ``Accept``, get JSON. Nothing about the sender (IP address, user agent)
reaches the store; the IP address is used only in memory, for the rate limit.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from govportal.feedback import submission
from govportal.feedback.settings import FeedbackSettings
from govportal.feedback.store import Store, StoreUnavailable, open_store
from govportal.feedback.submission import Fields, Outcome, Rejected, Spam
from govportal.feedback.targets import SiteTargets, read_targets

log = logging.getLogger("govportal.feedback")

MAX_BODY_BYTES = 16 * 1024
FORM = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"


class RateLimit:
    """At most ``limit`` posts per client in any 60 seconds, counted in memory only."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[float]] = {}

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        times = self._seen.setdefault(client, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        if len(self._seen) > 10_000:  # forget quiet clients so memory stays bounded
            self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > now - self.window}
        return True


class LazyStore:
    """Opens the database on first use and again after a failure, so the receiver starts
    (and answers 503) while the database is down, and recovers when it is back."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._store: Store | None = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.url)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


class BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(settings: FeedbackSettings, database_url: str, site: Path | None = None) -> Starlette:
    """The receiver; with ``site`` it also serves that built site and accepts only its pages."""
    targets = read_targets(site) if site else SiteTargets()
    store = LazyStore(database_url)
    limit = RateLimit(settings.rate_limit_per_minute)
    receiver = _Receiver(settings, targets, store, limit)
    path = urlsplit(settings.url).path.rstrip("/") or "/api/feedback"
    routes: list[BaseRoute] = [
        Route(path, receiver.endpoint(submission.page_feedback, "#gp-feedback-thanks"), methods=["POST"]),
        Route(urlsplit(settings.survey_url).path, receiver.endpoint(submission.survey, "#gp-survey-thanks"), methods=["POST"]),
        Route(path + "/health", receiver.health, methods=["GET"]),
    ]
    if site:
        routes.append(Mount("/", StaticFiles(directory=site, html=True)))
    middleware = []
    if settings.allowed_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["POST"], allow_headers=["Content-Type", "Accept"]))

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


class _Receiver:
    def __init__(self, settings: FeedbackSettings, targets: SiteTargets, store: LazyStore, limit: RateLimit) -> None:
        self.settings = settings
        self.targets = targets
        self.store = store
        self.limit = limit

    def endpoint(self, decide: Callable[[Fields, SiteTargets, FeedbackSettings], Outcome], thanks: str) -> Callable[[Request], object]:
        """A POST handler; form posts are sent back to their page at the ``thanks`` fragment."""
        async def receive(request: Request) -> Response:
            wants_json = _wants_json(request)
            try:
                self._check_origin(request)
                if not self.limit.allow(request.client.host if request.client else "unknown"):
                    raise BadRequest(429, "Too many messages from you in a short time. Wait a minute and try again.")
                fields = await _read_fields(request)
            except BadRequest as exc:
                return _problem(exc.status, {"form": exc.message}, wants_json)
            outcome = decide(fields, self.targets, self.settings)
            if isinstance(outcome, Rejected):
                return _problem(outcome.status, outcome.errors, wants_json, submission.first_value(fields, "page"), self.settings.site_url)
            if not isinstance(outcome, Spam):
                try:
                    await run_in_threadpool(lambda: self.store.get().add(outcome))
                except StoreUnavailable as exc:
                    log.error("feedback not stored, the database is unavailable: %s", exc)
                    return _problem(503, {"form": "We could not save your feedback just now. Please try again later."}, wants_json)
            if wants_json:
                return JSONResponse({"status": "received"}, status_code=201)
            # Only a checked path: the raw field could point at another site.
            page = outcome.page if not isinstance(outcome, Spam) else submission.page_path(submission.first_value(fields, "page")) or "/"
            return RedirectResponse(self.settings.site_url.rstrip("/") + page + thanks, status_code=303)

        return receive

    def _check_origin(self, request: Request) -> None:
        """Posts from pages on other sites are refused unless that site is allowed."""
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return
        own = f"{request.url.scheme}://{request.url.netloc}"
        site = urlsplit(self.settings.site_url)
        allowed = {own, f"{site.scheme}://{site.netloc}", *self.settings.allowed_origins}
        if origin not in allowed:
            raise BadRequest(403, "Feedback can only be sent from this website's pages.")

    async def health(self, _request: Request) -> Response:
        try:
            await run_in_threadpool(lambda: self.store.get().ping())
        except StoreUnavailable as exc:
            log.error("health check: the database is unavailable: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})


def _wants_json(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith(JSON_TYPE) or JSON_TYPE in request.headers.get("accept", "")


async def _read_fields(request: Request) -> Fields:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in (FORM, JSON_TYPE):
        raise BadRequest(415, "Send the form as application/x-www-form-urlencoded or application/json.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BadRequest(413, "The message is too long.")
    body = bytearray()
    try:
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise BadRequest(413, "The message is too long.")
    except ClientDisconnect:
        raise BadRequest(400, "The message did not arrive in full.") from None
    try:
        text = body.decode("utf-8")
        if content_type == FORM:
            return parse_qs(text, keep_blank_values=True, max_num_fields=100)
        fields = submission.fields_from_json(json.loads(text))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest(400, "The message could not be read.") from None
    if fields is None:
        raise BadRequest(400, "Send one JSON object of text, number or yes/no values.")
    return fields


def _problem(status: int, errors: dict[str, str], wants_json: bool, page: str = "", site_url: str = "") -> Response:
    if wants_json:
        return JSONResponse({"status": "rejected", "errors": errors}, status_code=status)
    return HTMLResponse(_error_page(errors, page, site_url), status_code=status)


def _error_page(errors: dict[str, str], page: str, site_url: str) -> str:
    """A plain page for people without JavaScript: each error links to its field on the form."""
    back = site_url.rstrip("/") + (urlsplit(page).path if page.startswith("/") else "/")
    form = "survey" if back.rstrip("/").endswith("/survey") else "feedback"
    items = "".join(
        f'<li><a href="{escape(back)}#gp-{form}-{escape(field)}">{escape(message)}</a></li>'
        if field != "form" else f"<li>{escape(message)}</li>"
        for field, message in errors.items()
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>There is a problem with your feedback</title>"
        "<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
        "a{color:#1a4f8b}.box{border:4px solid #b3261e;padding:1rem}</style></head>"
        '<body><main><div class="box" role="alert"><h1>There is a problem with your feedback</h1>'
        f"<ul>{items}</ul></div>"
        f'<p><a href="{escape(back)}">Go back to the page and try again</a></p></main></body></html>'
    )
