"""Crash safety, proven: several workers over PostgreSQL, many clients, one worker killed
with SIGKILL mid-run and the database restarted once. Every post that got 201 is stored
exactly once; every other answer was a 503 with Retry-After (or no answer at all, from
the killed worker), after which the client sent the same post again with the same nonce.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

from tests.conftest import run_coroutine
from tests.db.postgres import PostgresServer
from tests.db.serving import serve

POSTS = 600
CLIENTS = 16
KILL_AFTER = 150  # stored posts
RESTART_AFTER = 300
POST_SECONDS = 90  # the most the posting phase may take: it ends when every post is stored (about 10 s idle; 40 s ran out once with the suite's heaviest tests beside it)


@dataclass
class Run:
    stored: set[str] = field(default_factory=set)  # nonces that got 201
    answers: Counter[int] = field(default_factory=Counter)  # every status but 201
    no_retry_after: int = 0
    no_answer: int = 0  # connection dropped: the killed worker's requests


async def post_until_stored(http: httpx.AsyncClient, n: int, run: Run, deadline: float) -> None:
    """One visitor's post, sent again after a 503 or a dropped connection, as a browser script would."""
    nonce = uuid.uuid4().hex
    body = {"page": "/", "helpful": "yes", "comment": nonce}
    headers = {"Idempotency-Key": nonce, "X-Forwarded-For": f"10.9.{n >> 8}.{n & 255}"}
    while time.monotonic() < deadline:
        try:
            response = await http.post("/api/feedback", json=body, headers=headers)
        except httpx.TransportError:
            run.no_answer += 1
        else:
            if response.status_code == 201:
                run.stored.add(nonce)
                return
            run.answers[response.status_code] += 1
            run.no_retry_after += "retry-after" not in response.headers
        await asyncio.sleep(0.05)  # a client backs off a little (the header asks for 5 s; the test is shorter)


async def load(base: str, run: Run, kill: int, restart: PostgresServer) -> None:
    deadline = time.monotonic() + POST_SECONDS
    queue = iter(range(POSTS))

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            for n in queue:
                await post_until_stored(http, n, run, deadline)

    async def chaos() -> None:
        while len(run.stored) < KILL_AFTER:
            await asyncio.sleep(0.01)
        os.kill(kill, signal.SIGKILL)
        while len(run.stored) < RESTART_AFTER:
            await asyncio.sleep(0.01)
        await asyncio.to_thread(restart.stop)
        await asyncio.to_thread(restart.start)

    await asyncio.wait_for(asyncio.gather(chaos(), *(client() for _ in range(CLIENTS))), POST_SECONDS + 30)


def test_killed_worker_and_restarted_database_lose_nothing_and_store_nothing_twice(
    tmp_path: Path, sample_site: Path, postgres: PostgresServer, postgres_url: str,
) -> None:
    run = Run()
    with serve(tmp_path, sample_site, postgres_url, workers=3) as served:
        victim = served.workers()[0]
        run_coroutine(load(served.base, run, victim, postgres))
        replaced = served.workers()
    assert len(run.stored) == POSTS, run  # every post got its 201 in the end
    assert set(run.answers) <= {503} and run.answers[503] > 0 and run.no_retry_after == 0, run
    assert victim not in replaced

    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT nonce, comment, page, kind, helpful, received_at FROM feedback")).all()
    engine.dispose()
    assert len(rows) == POSTS and {r.nonce for r in rows} == run.stored  # each exactly once
    assert all(r.comment == r.nonce and r.page == "/" and r.kind == "page" and r.helpful and r.received_at for r in rows)  # whole rows
