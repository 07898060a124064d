"""``python -m bench.feedback_load``: how many feedback posts per second the receiver stores,
and that none is lost (every ``201`` is a row, every post gets a ``201``).

Runs ``govportal feedback serve --workers N`` on 127.0.0.1 over a fresh SQLite file or a
throwaway PostgreSQL cluster (tests/db/postgres.py), for the sample portal built
into a temporary folder, and posts from concurrent clients on the same machine (so the
clients share the CPUs with the receiver). Each post comes "from" its own visitor
(``X-Forwarded-For``, trusted from 127.0.0.1 as behind a proxy), as on a busy portal, so the
rate limit is exercised but not hit; each post carries a nonce (``Idempotency-Key``), as a
retrying client's would. Bounded: at most 20,000 posts and 5 minutes per run. The database is
migrated first (``govportal feedback migrate``), as in production. ``--record`` writes the
best configuration's posts/s and the posts lost to ``bench/results/latest.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import psycopg

from govportal.feedback.store import open_store, upgrade
from tests.db.postgres import PostgresServer

REPO = Path(__file__).resolve().parent.parent
GOVPORTAL = str(Path(sys.executable).parent / "govportal")
MAX_POSTS = 20_000
RUN_SECONDS = 300
PAGE = "/services/dmv/renew-drivers-license/"


@dataclass
class Result:
    database: str
    workers: int
    clients: int
    posts: int
    accepted: int
    stored: int
    lost: int
    seconds: float
    posts_per_second: float
    p95_ms: float


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_sample(into: Path) -> Path:
    site = into / "site"
    env = os.environ | {"GOVPORTAL_NOW": "2026-11-23T10:00:00-07:00"}
    subprocess.run([GOVPORTAL, "build", "--no-gate", "--site-dir", str(site)], cwd=REPO, check=True, capture_output=True, env=env, timeout=RUN_SECONDS)
    return site


@contextmanager
def receiver(site: Path, database_url: str, workers: int) -> Iterator[str]:
    port = _free_port()
    command = [GOVPORTAL, "feedback", "serve", "--site-dir", str(site), "--port", str(port), "--workers", str(workers), "--database-url", database_url]
    # Its logs (a JSON line per post) go to a file: a pipe nobody reads fills up and blocks the workers.
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # every worker imports the stack; slow on a busy machine
        while not _healthy(base):
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"the receiver did not start: {log.read().decode()}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def _healthy(base: str) -> bool:
    try:
        return httpx.get(base + "/api/feedback/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


async def _post_all(base: str, posts: int, clients: int) -> tuple[int, list[float]]:
    """Posts ``posts`` answers from ``clients`` connections at once; returns how many got 201,
    and each post's time from sending to the answer, in seconds."""
    numbers = iter(range(posts))
    accepted = 0
    latencies: list[float] = []

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal accepted
        for n in numbers:
            visitor = f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
            headers = {"X-Forwarded-For": visitor, "Idempotency-Key": uuid.uuid4().hex}
            sent = time.perf_counter()
            for _attempt in range(5):  # a dropped keep-alive connection is retried, with the same nonce
                try:
                    response = await http.post("/api/feedback", json={"page": PAGE, "helpful": "yes", "comment": f"load {n}"}, headers=headers)
                    break
                except httpx.TransportError:
                    continue
            else:
                continue
            latencies.append(time.perf_counter() - sent)
            accepted += response.status_code == 201

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        await asyncio.wait_for(asyncio.gather(*(client(http) for _ in range(clients))), RUN_SECONDS)
    return accepted, latencies


def measure(site: Path, database: str, database_url: str, workers: int, posts: int, clients: int) -> Result:
    upgrade(database_url)
    with receiver(site, database_url, workers) as base:
        started = time.perf_counter()
        accepted, latencies = asyncio.run(_post_all(base, posts, clients))
        seconds = time.perf_counter() - started
    store = open_store(database_url)
    stored = store.count()
    store.close()
    p95 = statistics.quantiles(latencies, n=20)[-1] * 1000
    return Result(database, workers, clients, posts, accepted, stored, posts - stored, round(seconds, 2), round(posts / seconds, 1), round(p95, 1))


def record(results: list[Result], path: Path = REPO / "bench/results/latest.json") -> None:
    """Only the receiver's keys: the rest of the file belongs to ``python -m bench``."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    best = max(results, key=lambda r: r.posts_per_second)
    data["receiver_posts_per_s"] = best.posts_per_second
    data["receiver_lost"] = sum(r.lost for r in results)
    data["receiver"] = {
        "best": f"{best.database}, {best.workers} workers", "cpus": os.cpu_count(), "python": platform.python_version(),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "runs": [asdict(r) for r in results],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _postgres_database(server: PostgresServer) -> str:
    name = "load_" + uuid.uuid4().hex[:8]
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=govportal dbname=postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.url.rsplit("/", 1)[0] + "/" + name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.feedback_load", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--posts", type=int, default=3000, help=f"posts per run (at most {MAX_POSTS})")
    parser.add_argument("--clients", type=int, default=32, help="concurrent connections")
    parser.add_argument("--sqlite-workers", type=int, nargs="*", default=[1, 2, 4])
    parser.add_argument("--postgres-workers", type=int, nargs="*", default=[1, 2, 4])
    parser.add_argument("--record", action="store_true", help="write the figures to bench/results/latest.json")
    args = parser.parse_args(argv)
    posts = min(args.posts, MAX_POSTS)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="govportal-load-") as tmp:
        site = build_sample(Path(tmp))
        for workers in args.sqlite_workers:
            url = f"sqlite:///{Path(tmp) / f'load-{workers}.sqlite3'}"
            results.append(measure(site, "SQLite", url, workers, posts, args.clients))
        if args.postgres_workers:
            server = PostgresServer()
            server.start()
            try:
                for workers in args.postgres_workers:
                    results.append(measure(site, "PostgreSQL", _postgres_database(server), workers, posts, args.clients))
            finally:
                server.remove()
    print("| database | uvicorn workers | clients | posts | accepted (201) | stored | lost | seconds | posts/s | p95 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r.database} | {r.workers} | {r.clients} | {r.posts} | {r.accepted} | {r.stored} | {r.lost} | {r.seconds} | {r.posts_per_second} | {r.p95_ms} |")
    print(json.dumps([asdict(r) for r in results]))
    if args.record:
        record(results)
    return 0 if all(r.lost == 0 and r.accepted == r.posts for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
