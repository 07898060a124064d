"""The files of docs/deploy.md, checked with the real tools: nginx -t, systemd-analyze verify,
the PostgreSQL roles on a throwaway cluster, and a backup that is restored."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from govportal.feedback.store import Entry, open_store
from tests.db.postgres import PostgresServer
from tests.commands import GOVPORTAL

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
MINUTE = 60 * 29_000_000


def test_nginx_accepts_the_configuration(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip("nginx is not installed (scripts/setup.sh test installs nginx-light)")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=portal.example.gov",
         "-keyout", str(tmp_path / "privkey.pem"), "-out", str(tmp_path / "fullchain.pem")],
        check=True, capture_output=True, timeout=60,
    )
    site = (DEPLOY / "nginx.conf").read_text(encoding="utf-8").replace("/etc/ssl/govportal", str(tmp_path))
    (tmp_path / "govportal.conf").write_text(site.replace("/srv/govportal/site", str(tmp_path / "site")), encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n    access_log off;\n    include {tmp_path}/govportal.conf;\n}}\n",
        encoding="utf-8",
    )
    checked = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stderr
    assert "syntax is ok" in checked.stderr


def test_systemd_units_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    for unit in ("govportal-feedback.service", "govportal-feedback-purge.service", "govportal-feedback-purge.timer"):
        # The real program instead of /srv/govportal's, which this machine does not have.
        text_ = (DEPLOY / unit).read_text(encoding="utf-8").replace("/srv/govportal/.venv/bin/govportal", GOVPORTAL)
        (tmp_path / unit).write_text(text_, encoding="utf-8")
    checked = subprocess.run([analyze, "verify", *sorted(str(p) for p in tmp_path.iterdir())], capture_output=True, text=True, timeout=60)
    problems = [line for line in checked.stderr.splitlines() if "govportal" in line]
    assert checked.returncode == 0 and not problems, checked.stderr


def psql(server: PostgresServer, script: Path, database: str = "postgres", **variables: str) -> None:
    options = [arg for name, value in variables.items() for arg in ("-v", f"{name}={value}")]
    command = [str(server.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", *options, "-h", "127.0.0.1", "-p", str(server.port), "-U", "govportal", "-d", database, "-f", str(script)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def url(server: PostgresServer, role: str, database: str = "govportal_feedback") -> str:
    return f"postgresql+psycopg://{role}@127.0.0.1:{server.port}/{database}"


def test_least_privilege_roles_then_backup_and_restore(postgres: PostgresServer, tmp_path: Path) -> None:
    psql(postgres, DEPLOY / "postgres-roles.sql", owner_password="owner-secret", app_password="app-secret")
    migrated = subprocess.run([GOVPORTAL, "feedback", "migrate", "--database-url", url(postgres, "govportal_owner")], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    psql(postgres, DEPLOY / "postgres-grants.sql", "govportal_feedback")

    app = open_store(url(postgres, "govportal_app"), upgrade=False)  # what the receiver does
    assert app.admit("203.0.113.9", 10, Entry(kind="page", page="/", helpful=True, comment="kept", nonce="n-0123456789"), MINUTE) == 0
    assert app.admit("203.0.113.9", 10, Entry(kind="page", page="/", helpful=True, comment="kept", nonce="n-0123456789"), MINUTE) == 0
    assert [r["comment"] for r in app.rows()] == ["kept"]
    for forbidden in ("DROP TABLE feedback", "DELETE FROM feedback", "UPDATE feedback SET comment = NULL", "ALTER TABLE feedback ADD COLUMN x int", "CREATE TABLE other (x int)"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), psycopg.connect(url(postgres, "govportal_app").replace("+psycopg", "")) as conn:
            conn.execute(forbidden)
    app.close()

    env = os.environ | {"PATH": f"{postgres.bin}:{os.environ['PATH']}"}
    backup = subprocess.run([str(DEPLOY / "backup.sh"), url(postgres, "govportal_owner").replace("+psycopg", ""), str(tmp_path / "backups")], capture_output=True, text=True, timeout=120, env=env)
    assert backup.returncode == 0, backup.stderr
    dump = Path(backup.stdout.strip())
    assert dump.is_file() and oct(dump.stat().st_mode & 0o777) == "0o600"

    with psycopg.connect(f"host=127.0.0.1 port={postgres.port} user=govportal dbname=postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE restored OWNER govportal_owner")
    restore = [str(postgres.bin / "pg_restore"), "--no-owner", "--role=govportal_owner", "-d", url(postgres, "govportal", "restored").replace("+psycopg", ""), str(dump)]
    restored = subprocess.run(restore, capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr
    psql(postgres, DEPLOY / "postgres-grants.sql", "restored")
    again = open_store(url(postgres, "govportal_app", "restored"), upgrade=False)  # the receiver starts on it
    assert [(r["comment"], r["nonce"]) for r in again.rows()] == [("kept", "n-0123456789")]
    assert again.admit("203.0.113.9", 10, Entry(kind="page", page="/", helpful=True, nonce="n-after-restore"), MINUTE + 60) == 0
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM feedback")).scalar_one() == 2
    again.close()
