"""The receiver's supervisor process: ``govportal feedback serve`` replaces itself with
``python -m govportal.feedback.server HOST PORT WORKERS`` once its checks pass.

Why a process of its own: uvicorn's workers are started with multiprocessing's "spawn",
which imports the parent's main module again in every worker. Run from the ``govportal``
command, that is the whole command line (MkDocs, the build, the gate); from here it is
uvicorn and this file, so a worker starts in a fraction of the time.
"""

from __future__ import annotations

import sys

import uvicorn

from govportal.feedback.logs import log_config


def main(argv: list[str]) -> None:
    host, port, workers = argv[0], int(argv[1]), int(argv[2])
    # uvicorn's own supervisor (not gunicorn): one dependency fewer, and it restarts a worker
    # that dies. A worker still starting on a busy machine must not be taken for a hung one
    # (the default 5 s health check would kill and restart it for ever), hence 30 s.
    # proxy_headers: behind a reverse proxy on this machine, rate limits see the visitor, not the proxy.
    uvicorn.run(
        "govportal.feedback.app:from_environment", factory=True, workers=workers, host=host, port=port,
        log_config=log_config(), log_level="warning", access_log=False, proxy_headers=True, server_header=False,
        timeout_worker_healthcheck=30,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
