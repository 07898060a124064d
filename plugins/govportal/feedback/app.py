"""The feedback receiver: a small ASGI app that checks each post and stores it once.

Form posts (no JavaScript) get ``303 See Other`` back to the page, where a
``#gp-...-thanks`` fragment shows the thank-you message; scripts that post JSON, or ask for
JSON with ``Accept``, get JSON. Nothing about the sender (IP address, user agent)
reaches the store; the IP address is used only in memory, for the rate limit.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import math
import os
import threading
import time
from collections import OrderedDict, deque
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

from govportal.feedback import submission
from govportal.feedback.headers import SecurityHeaders
from govportal.feedback.settings import DATABASE_ENV, FeedbackSettings
from govportal.feedback.static import SiteFiles
from govportal.feedback.store import Store, StoreUnavailable, open_store
from govportal.feedback.submission import Fields, Outcome, Rejected, Spam
from govportal.feedback.targets import LiveTargets, SiteTargets

log = logging.getLogger("govportal.feedback")

MAX_BODY_BYTES = 16 * 1024
BODY_SECONDS = 5.0  # a 16 KB form arrives in well under a second even on a poor mobile line
FORM = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"


class RateLimit:
    """At most ``limit`` posts per client in any ``window`` seconds, counted in memory only.

    Clients are kept in order of their last post, so forgetting quiet ones only looks at
    the oldest end: each client is dropped at most once per time it was added, which makes
    the bookkeeping O(1) amortised per request however many clients there are.
    """

    def __init__(self, limit: int, window: float = 60.0, max_clients: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_clients = max_clients  # a hard bound on memory, even under a flood of addresses
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def wait(self, client: str, now: float | None = None) -> float:
        """0 if the post may go ahead (and it is counted); else the seconds until one may."""
        now = time.monotonic() if now is None else now
        self._forget_quiet(now)
        times = self._seen.get(client)
        if times is None:
            times = self._seen[client] = deque(maxlen=self.limit)
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) >= self.limit:
            return times[0] + self.window - now
        times.append(now)
        self._seen.move_to_end(client)
        return 0.0

    def _forget_quiet(self, now: float) -> None:
        while self._seen:
            oldest = next(iter(self._seen.values()))
            if len(self._seen) < self.max_clients and oldest and oldest[-1] > now - self.window:
                return
            self._seen.popitem(last=False)

    def __len__(self) -> int:
        return len(self._seen)


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
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def create_app(settings: FeedbackSettings, database_url: str, site: Path, serve_site: bool = True) -> Starlette:
    """The receiver for the built site in ``site``: it accepts feedback only about the pages
    published there now, and with ``serve_site`` serves that site too."""
    store = LazyStore(database_url)
    receiver = _Receiver(settings, LiveTargets(site), store, RateLimit(settings.rate_limit_per_minute))
    path = urlsplit(settings.url).path.rstrip("/") or "/api/feedback"
    routes: list[BaseRoute] = [
        Route(path, receiver.endpoint(submission.page_feedback, "#gp-feedback-thanks"), methods=["POST"]),
        Route(urlsplit(settings.survey_url).path, receiver.endpoint(submission.survey, "#gp-survey-thanks"), methods=["POST"]),
        Route(path + "/health", receiver.health, methods=["GET"]),
    ]
    if serve_site:
        routes.append(Mount("/", SiteFiles(directory=site, html=True)))
    middleware = [Middleware(SecurityHeaders)]
    if settings.allowed_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["POST"], allow_headers=["Content-Type", "Accept"]))

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


# How ``govportal feedback serve`` hands its options to uvicorn's worker processes.
SETTINGS_ENV = "GOVPORTAL_FEEDBACK_SETTINGS"
SITE_ENV = "GOVPORTAL_FEEDBACK_SITE"
SERVE_SITE_ENV = "GOVPORTAL_FEEDBACK_SERVE_SITE"


def app_environment(settings: FeedbackSettings, database_url: str, site: Path, serve_site: bool) -> dict[str, str]:
    """The environment from which :func:`from_environment` builds the same app."""
    return {
        SETTINGS_ENV: settings.model_dump_json(exclude_defaults=True), DATABASE_ENV: database_url,
        SITE_ENV: str(site.resolve()), SERVE_SITE_ENV: "1" if serve_site else "",
    }


def from_environment() -> Starlette:
    """The app factory each uvicorn worker process calls (``--workers N``)."""
    settings = FeedbackSettings.model_validate_json(os.environ[SETTINGS_ENV])
    return create_app(settings, os.environ[DATABASE_ENV], Path(os.environ[SITE_ENV]), bool(os.environ.get(SERVE_SITE_ENV)))


class _Receiver:
    def __init__(self, settings: FeedbackSettings, targets: LiveTargets, store: LazyStore, limit: RateLimit) -> None:
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
                self._check_rate(request)
                fields = await _read_fields(request)
            except BadRequest as exc:
                return _problem(exc.status, {"form": exc.message}, wants_json, headers=exc.headers)
            targets = await run_in_threadpool(self.targets.current)
            outcome = decide(fields, targets, self.settings)
            if isinstance(outcome, Rejected):
                return _problem(outcome.status, outcome.errors, wants_json, _known_page(fields, targets), self.settings.site_url)
            if not isinstance(outcome, Spam):
                try:
                    await run_in_threadpool(lambda: self.store.get().add(outcome))
                except StoreUnavailable as exc:
                    log.error("feedback not stored, the database is unavailable: %s", exc)
                    return _problem(503, {"form": "We could not save your feedback just now. Please try again later."}, wants_json)
            if wants_json:
                return JSONResponse({"status": "received"}, status_code=201)
            page = outcome.page if not isinstance(outcome, Spam) else _known_page(fields, targets)
            return RedirectResponse(self.settings.site_url.rstrip("/") + page + thanks, status_code=303)

        return receive

    def _check_origin(self, request: Request) -> None:
        """Posts from pages on other sites are refused unless that site is allowed.

        ``Origin: null`` comes from sandboxed frames, ``data:`` pages and local files,
        never from a page of this site, so it is refused too.
        """
        origin = request.headers.get("origin")
        if not origin:
            return
        own = f"{request.url.scheme}://{request.url.netloc}"
        site = urlsplit(self.settings.site_url)
        allowed = {own, f"{site.scheme}://{site.netloc}", *self.settings.allowed_origins}
        if origin not in allowed:
            raise BadRequest(403, "Feedback can only be sent from this website's pages.")

    def _check_rate(self, request: Request) -> None:
        wait = self.limit.wait(request.client.host if request.client else "unknown")
        if wait:
            message = "Too many messages from you in a short time. Wait a minute and try again."
            raise BadRequest(429, message, {"Retry-After": str(math.ceil(wait))})

    async def health(self, _request: Request) -> Response:
        try:
            await run_in_threadpool(lambda: self.store.get().ping())
        except StoreUnavailable as exc:
            log.error("health check: the database is unavailable: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})


def _known_page(fields: Fields, targets: SiteTargets) -> str:
    """Where to send people back to: the page they posted from if it is on the site, else home.

    Only a published page's path: the raw field could name another site.
    """
    path = submission.page_path(submission.first_value(fields, "page"))
    return path if path and targets.page(path) else "/"


def _wants_json(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith(JSON_TYPE) or JSON_TYPE in request.headers.get("accept", "")


async def _read_fields(request: Request) -> Fields:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in (FORM, JSON_TYPE):
        raise BadRequest(415, "Send the form as application/x-www-form-urlencoded or application/json.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BadRequest(413, "The message is too long.")
    fields = _parse(content_type, await _read_body(request))
    if any(_unreadable(name) or any(_unreadable(v) for v in values) for name, values in fields.items()):
        raise BadRequest(400, "The message holds characters we cannot read. Remove them and try again.")
    return fields


async def _read_body(request: Request) -> bytes:
    """The body, at most MAX_BODY_BYTES, within BODY_SECONDS: a client that trickles its
    body must not hold a connection (and a worker's memory) open for ever."""
    body = bytearray()
    try:
        async with asyncio.timeout(BODY_SECONDS):
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    raise BadRequest(413, "The message is too long.")
    except TimeoutError:
        raise BadRequest(408, "The message took too long to arrive. Try again.") from None
    except ClientDisconnect:
        raise BadRequest(400, "The message did not arrive in full.") from None
    return bytes(body)


def _parse(content_type: str, body: bytes) -> Fields:
    try:
        text = body.decode("utf-8")
        if content_type == FORM:
            return parse_qs(text, keep_blank_values=True, max_num_fields=100)
        fields = submission.fields_from_json(json.loads(text))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        raise BadRequest(400, "The message could not be read.") from None
    if fields is None:
        raise BadRequest(400, "Send one JSON object of text, number or yes/no values.")
    return fields


def _unreadable(value: str) -> bool:
    """NUL (which PostgreSQL cannot store) or a lone surrogate (which is not text at all)."""
    if "\x00" in value:
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _problem(status: int, errors: dict[str, str], wants_json: bool, page: str = "/", site_url: str = "", headers: dict[str, str] | None = None) -> Response:
    if wants_json:
        return JSONResponse({"status": "rejected", "errors": errors}, status_code=status, headers=headers)
    policy = {"Content-Security-Policy": ERROR_PAGE_POLICY}
    return HTMLResponse(_error_page(errors, page, site_url), status_code=status, headers=policy | (headers or {}))


_ERROR_PAGE_STYLE = (
    "body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
    "a{color:#1a4f8b}.box{border:4px solid #b3261e;padding:1rem}"
)
# The error page may use its own stylesheet (allowed by its hash) and nothing else.
ERROR_PAGE_POLICY = (
    f"default-src 'none'; style-src 'sha256-{base64.b64encode(hashlib.sha256(_ERROR_PAGE_STYLE.encode()).digest()).decode()}'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def _error_page(errors: dict[str, str], page: str, site_url: str) -> str:
    """A plain page for people without JavaScript: each error links to its field on the form.

    ``page`` is a path of a published page (see :func:`_known_page`), so links stay on the site.
    """
    back = site_url.rstrip("/") + page
    form = "survey" if back.rstrip("/").endswith("/survey") else "feedback"
    items = "".join(
        f'<li><a href="{escape(back)}#gp-{form}-{escape(field)}">{escape(message)}</a></li>'
        if field != "form" else f"<li>{escape(message)}</li>"
        for field, message in errors.items()
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>There is a problem with your feedback</title><style>{_ERROR_PAGE_STYLE}</style></head>"
        '<body><main><div class="box" role="alert"><h1>There is a problem with your feedback</h1>'
        f"<ul>{items}</ul></div>"
        f'<p><a href="{escape(back)}">Go back to the page and try again</a></p></main></body></html>'
    )
