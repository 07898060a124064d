"""``/metrics``: the receiver's counters in the Prometheus text format.

With several workers each process keeps its own counts in files under
``PROMETHEUS_MULTIPROC_DIR`` (``govportal feedback serve`` sets it up), and a scrape, which
any one worker answers, adds them up: prometheus-client's multi-process mode.

Who may read them: with ``GOVPORTAL_FEEDBACK_METRICS_TOKEN`` set, whoever sends
``Authorization: Bearer <token>``; without it, only clients on this machine (loopback).
"""

from __future__ import annotations

import hmac
import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.multiprocess import MultiProcessCollector

from govportal.config.feedback import MULTIPROC_ENV

METRICS_TOKEN_ENV = "GOVPORTAL_FEEDBACK_METRICS_TOKEN"
CONTENT_TYPE = CONTENT_TYPE_LATEST
LOOPBACK = {"127.0.0.1", "::1"}
# Latency buckets in seconds: a post is a few milliseconds; seconds mean the database waits.
BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The counters of one receiver app; a registry of its own, so apps (in tests) do not clash."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.accepted = Counter("govportal_feedback_accepted", "Responses stored.", ["form"], registry=registry)
        self.rejected = Counter("govportal_feedback_rejected", "Posts refused, by reason.", ["form", "reason"], registry=registry)
        self.spam = Counter("govportal_feedback_spam_dropped", "Posts with the hidden field filled in, answered and dropped.", ["form"], registry=registry)
        self.rate_limited = Counter("govportal_feedback_rate_limited", "Posts refused with 429 Too Many Requests.", ["form"], registry=registry)
        self.database_errors = Counter("govportal_feedback_database_errors", "Posts and health checks the database could not serve (503).", ["operation"], registry=registry)
        self.latency = Histogram("govportal_feedback_request_seconds", "Time to answer a post.", ["form"], buckets=BUCKETS, registry=registry)

    def exposition(self) -> bytes:
        """The text a scrape gets: every worker's counts added up in multi-process mode."""
        if os.environ.get(MULTIPROC_ENV):
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # prometheus-client leaves it untyped
            return generate_latest(registry)
        return generate_latest(self.registry)


def may_read(client_host: str | None, authorization: str, token: str | None) -> bool:
    """The token when one is set (compared in constant time), else a client on this machine.

    Behind a proxy on this machine the client is the visitor the proxy names, not the proxy,
    so a proxied ``/metrics`` is refused too.
    """
    if token:
        return hmac.compare_digest(authorization.encode(), f"Bearer {token}".encode())
    return client_host in LOOPBACK
