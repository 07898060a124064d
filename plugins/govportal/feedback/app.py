"""The feedback receiver: a small ASGI app that checks each post and stores it once.

Form posts (no JavaScript) get ``303 See Other`` back to the page, where a
``#gp-...-thanks`` fragment shows the thank-you message; scripts that post JSON, or ask for
JSON with ``Accept``, get JSON. Nothing about the sender (IP address, user agent)
reaches the store: the rate limit, which every worker and instance shares through the
database, counts posts under a salted hash of the address (see :mod:`.limits`).

A post is counted and stored in one transaction, and a post that carries a nonce
(``Idempotency-Key`` header or ``nonce`` field) is stored at most once however often it
is retried, so a client that got no answer, or ``503`` with ``Retry-After``, can safely
send it again.

Answers are in the language of the page the post came from (its ``page`` field, or when the
post cannot be read, the ``Referer``): a page under ``/es/`` gets its errors in Spanish.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
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
from govportal.feedback.metrics import CONTENT_TYPE, METRICS_TOKEN_ENV, Metrics, may_read
from govportal.config.feedback import DATABASE_ENV, FeedbackSettings
from govportal.feedback.static import SiteFiles
from govportal.feedback.store import Entry, Store, StoreUnavailable, open_store
from govportal.feedback.submission import Fields, Outcome, Rejected
from govportal.feedback.targets import LiveTargets, SiteTargets
from govportal.i18n import N_, language_of_path, translator
from govportal.model.translation import SOURCE_LANGUAGE, Language

log = logging.getLogger("govportal.feedback")

MAX_BODY_BYTES = 16 * 1024
BODY_SECONDS = 5.0  # a 16 KB form arrives in well under a second even on a poor mobile line
FORM = "application/x-www-form-urlencoded"
JSON_TYPE = "application/json"
RETRY_SECONDS = 5  # what a 503 asks clients to wait: a database restart takes a few seconds
_NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
# Why a post was refused, for the rejected counter: one word per status.
REASONS = {400: "unreadable", 403: "origin", 408: "too_slow", 413: "too_large", 415: "media_type", 422: "invalid"}


class LazyStore:
    """Opens the database on first use and again after a failure, so the receiver starts
    (and answers 503) while the database is down, and recovers when it is back."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._store: Store | None = None
        self._lock = threading.Lock()

    def get(self) -> Store:
        """The store, if its schema is current (workers never migrate: see ``feedback migrate``)."""
        with self._lock:
            if self._store is None:
                self._store = open_store(self.url, upgrade=False)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


class BadRequest(Exception):
    """A post that cannot be read; ``message`` is the English, translated when it is answered."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def create_app(settings: FeedbackSettings, database_url: str, site: Path, serve_site: bool = True, metrics_token: str | None = None) -> Starlette:
    """The receiver for the built site in ``site``: it accepts feedback only about the pages
    published there now, and with ``serve_site`` serves that site too. ``/metrics`` answers
    whoever sends ``metrics_token``, or without one only clients on this machine."""
    store = LazyStore(database_url)
    receiver = _Receiver(settings, LiveTargets(site), store, Metrics(), metrics_token)
    path = urlsplit(settings.url).path.rstrip("/") or "/api/feedback"
    routes: list[BaseRoute] = [
        Route(path, receiver.endpoint(submission.page_feedback, "page", "#gp-feedback-thanks"), methods=["POST"]),
        Route(urlsplit(settings.survey_url).path, receiver.endpoint(submission.survey, "survey", "#gp-survey-thanks"), methods=["POST"]),
        Route(path + "/accessibility", receiver.endpoint(submission.accessibility_report, "accessibility", "#gp-a11y-thanks"), methods=["POST"]),
        Route(path + "/health", receiver.health, methods=["GET"]),
        Route("/metrics", receiver.metrics, methods=["GET"]),
    ]
    if serve_site:
        routes.append(Mount("/", SiteFiles(directory=site, html=True)))
    middleware = [Middleware(SecurityHeaders)]
    if settings.allowed_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["POST"], allow_headers=["Content-Type", "Accept", "Idempotency-Key"]))

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
    site = Path(os.environ[SITE_ENV])
    return create_app(settings, os.environ[DATABASE_ENV], site, bool(os.environ.get(SERVE_SITE_ENV)), os.environ.get(METRICS_TOKEN_ENV) or None)


class _Receiver:
    def __init__(self, settings: FeedbackSettings, targets: LiveTargets, store: LazyStore, metrics: Metrics, metrics_token: str | None) -> None:
        self.settings = settings
        self.targets = targets
        self.store = store
        self.counters = metrics
        self.metrics_token = metrics_token

    def endpoint(self, decide: Callable[[Fields, SiteTargets, FeedbackSettings], Outcome], form: str, thanks: str) -> Callable[[Request], object]:
        """A POST handler; form posts are sent back to their page at the ``thanks`` fragment.
        Every answer is counted and logged (one line, nothing personal) by :meth:`_answered`."""
        async def receive(request: Request) -> Response:
            started = time.perf_counter()
            outcome, response = await self._receive(request, decide, thanks)
            self._answered(form, outcome, response.status_code, time.perf_counter() - started)
            return response

        return receive

    async def _receive(self, request: Request, decide: Callable[[Fields, SiteTargets, FeedbackSettings], Outcome], thanks: str) -> tuple[str, Response]:
        """(what happened, the answer). Every post except another site's is counted against
        its sender's limit, in the same transaction that stores it."""
        wants_json = _wants_json(request)
        try:
            self._check_origin(request)
        except BadRequest as exc:
            language = _language(request, {})
            return "rejected", _problem(exc.status, {"form": translator(language).gettext(exc.message)}, wants_json, language=language)
        fields: Fields = {}
        nonce: str | None = None
        unreadable: BadRequest | None = None
        try:
            fields = await _read_fields(request)
            nonce = _nonce(request, fields)
        except BadRequest as exc:
            unreadable = exc
        targets = await run_in_threadpool(self.targets.current)
        language = _language(request, fields)
        _ = translator(language).gettext
        outcome = decide(fields, targets, self.settings) if unreadable is None else None
        entry = replace(outcome, nonce=nonce) if isinstance(outcome, Entry) else None
        address = request.client.host if request.client else "unknown"
        try:
            wait = await run_in_threadpool(lambda: self.store.get().admit(address, self.settings.rate_limit_per_minute, entry, time.time()))
        except StoreUnavailable as exc:
            self.counters.database_errors.labels("post").inc()
            log.error("feedback not stored, the database is unavailable: %s", exc)
            sorry = {"form": _("We could not save your feedback just now. Please try again in a few seconds.")}
            return "unavailable", _problem(503, sorry, wants_json, headers={"Retry-After": str(RETRY_SECONDS)}, language=language)
        if wait:
            message = _("Too many messages from you in a short time. Wait a minute and try again.")
            return "rate_limited", _problem(429, {"form": message}, wants_json, headers={"Retry-After": str(wait)}, language=language)
        if unreadable is not None:
            return "rejected", _problem(unreadable.status, {"form": _(unreadable.message)}, wants_json, language=language)
        if isinstance(outcome, Rejected):
            back = _known_page(fields, targets, language)
            return "rejected", _problem(outcome.status, outcome.errors, wants_json, back, self.settings.site_url, language=language)
        if wants_json:
            response: Response = JSONResponse({"status": "received"}, status_code=201)
        else:
            page = entry.page if entry is not None else _known_page(fields, targets, language)
            response = RedirectResponse(self.settings.site_url.rstrip("/") + page + thanks, status_code=303)
        return ("accepted" if entry is not None else "spam"), response

    def _answered(self, form: str, outcome: str, status: int, seconds: float) -> None:
        """Count and log one answered post: what happened, never who sent it or what it said."""
        if outcome == "accepted":
            self.counters.accepted.labels(form).inc()
        elif outcome == "spam":
            self.counters.spam.labels(form).inc()
        elif outcome == "rate_limited":
            self.counters.rate_limited.labels(form).inc()
        elif outcome == "rejected":
            self.counters.rejected.labels(form, REASONS.get(status, str(status))).inc()
        self.counters.latency.labels(form).observe(seconds)
        log.info("post", extra={"fields": {"form": form, "outcome": outcome, "status": status, "ms": round(seconds * 1000, 1)}})

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
            raise BadRequest(403, N_("Feedback can only be sent from this website's pages."))

    async def health(self, _request: Request) -> Response:
        try:
            await run_in_threadpool(lambda: self.store.get().ping())
        except StoreUnavailable as exc:
            self.counters.database_errors.labels("health").inc()
            log.error("health check: the database is unavailable: %s", exc)
            return JSONResponse({"status": "unavailable", "database": "unavailable"}, status_code=503, headers={"Retry-After": str(RETRY_SECONDS)})
        return JSONResponse({"status": "ok", "database": "ok"})

    async def metrics(self, request: Request) -> Response:
        """The counters for Prometheus, to the token's holder or this machine only (see :mod:`.metrics`)."""
        if not may_read(request.client.host if request.client else None, request.headers.get("authorization", ""), self.metrics_token):
            return JSONResponse({"status": "refused"}, status_code=401 if self.metrics_token else 403)
        return Response(await run_in_threadpool(self.counters.exposition), media_type=CONTENT_TYPE)


def _known_page(fields: Fields, targets: SiteTargets, language: Language = SOURCE_LANGUAGE) -> str:
    """Where to send people back to: the page they posted from if it is on the site, else the
    home page in their language (the English one when that is not published).

    Only a published page's path: the raw field could name another site.
    """
    path = submission.page_path(submission.first_value(fields, "page"))
    if path and targets.page(path):
        return path
    home = "/" if language == SOURCE_LANGUAGE else f"/{language}/"
    return home if targets.page(home) else "/"


def _language(request: Request, fields: Fields) -> Language:
    """The language of the page the post came from: its ``page`` field, or when the post has
    none (it could not be read), the ``Referer`` path. Only the language is taken from either."""
    page = submission.page_path(submission.first_value(fields, "page")) or urlsplit(request.headers.get("referer", "")).path
    return language_of_path(page)


def _nonce(request: Request, fields: Fields) -> str | None:
    """The post's idempotency key, from the ``Idempotency-Key`` header or the ``nonce`` field."""
    nonce = request.headers.get("idempotency-key") or submission.first_value(fields, "nonce")
    if not nonce:
        return None
    if not _NONCE.match(nonce):
        raise BadRequest(400, N_("The nonce (Idempotency-Key) must be 8 to 64 letters, digits, '-' or '_'."))
    return nonce


def _wants_json(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith(JSON_TYPE) or JSON_TYPE in request.headers.get("accept", "")


async def _read_fields(request: Request) -> Fields:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in (FORM, JSON_TYPE):
        raise BadRequest(415, N_("Send the form as application/x-www-form-urlencoded or application/json."))
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BadRequest(413, N_("The message is too long."))
    fields = _parse(content_type, await _read_body(request))
    if any(_unreadable(name) or any(_unreadable(v) for v in values) for name, values in fields.items()):
        raise BadRequest(400, N_("The message holds characters we cannot read. Remove them and try again."))
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
                    raise BadRequest(413, N_("The message is too long."))
    except TimeoutError:
        raise BadRequest(408, N_("The message took too long to arrive. Try again.")) from None
    except ClientDisconnect:
        raise BadRequest(400, N_("The message did not arrive in full.")) from None
    return bytes(body)


def _parse(content_type: str, body: bytes) -> Fields:
    try:
        text = body.decode("utf-8")
        if content_type == FORM:
            return parse_qs(text, keep_blank_values=True, max_num_fields=100)
        fields = submission.fields_from_json(json.loads(text))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        raise BadRequest(400, N_("The message could not be read.")) from None
    if fields is None:
        raise BadRequest(400, N_("Send one JSON object of text, number or yes/no values."))
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


def _problem(
    status: int, errors: dict[str, str], wants_json: bool, page: str = "/", site_url: str = "",
    headers: dict[str, str] | None = None, language: Language = SOURCE_LANGUAGE,
) -> Response:
    """The refusal, as JSON or as a page in ``language`` (``errors`` are in it already)."""
    if wants_json:
        return JSONResponse({"status": "rejected", "errors": errors}, status_code=status, headers=headers)
    policy = {"Content-Security-Policy": ERROR_PAGE_POLICY}
    return HTMLResponse(_error_page(errors, page, site_url, language), status_code=status, headers=policy | (headers or {}))


_ERROR_PAGE_STYLE = (
    "body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}"
    "a{color:#1a4f8b}.box{border:4px solid #b3261e;padding:1rem}"
)
# The error page may use its own stylesheet (allowed by its hash) and nothing else.
ERROR_PAGE_POLICY = (
    f"default-src 'none'; style-src 'sha256-{base64.b64encode(hashlib.sha256(_ERROR_PAGE_STYLE.encode()).digest()).decode()}'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def _error_page(errors: dict[str, str], page: str, site_url: str, language: Language = SOURCE_LANGUAGE) -> str:
    """A plain page for people without JavaScript: each error links to its field on the form.

    ``page`` is a path of a published page (see :func:`_known_page`), so links stay on the site.
    """
    _ = translator(language).gettext
    title = escape(_("There is a problem with your feedback"))
    again = escape(_("Go back to the page and try again"))
    back = site_url.rstrip("/") + page
    form = "survey" if back.rstrip("/").endswith("/survey") else "feedback"
    items = "".join(
        f'<li><a href="{escape(back)}#gp-{form}-{escape(field)}">{escape(message)}</a></li>'
        if field != "form" else f"<li>{escape(message)}</li>"
        for field, message in errors.items()
    )
    return (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{_ERROR_PAGE_STYLE}</style></head>"
        f'<body><main><div class="box" role="alert"><h1>{title}</h1>'
        f"<ul>{items}</ul></div>"
        f'<p><a href="{escape(back)}">{again}</a></p></main></body></html>'
    )
