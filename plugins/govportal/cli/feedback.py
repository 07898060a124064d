"""``govportal feedback``: run the receiver, export responses, review comments, publish the performance report."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import F, config_option
from govportal.cli.project import read_site_if_any
from govportal.config.feedback import DATABASE_ENV, MULTIPROC_ENV, FeedbackSettings
from govportal.console import err, out
from govportal.content.loader import PERFORMANCE_FILE

if TYPE_CHECKING:
    from govportal.feedback.store import Store


def _project_settings(config_file: Path) -> tuple[FeedbackSettings, Path | None, Path | None]:
    """Feedback settings, content folder and site folder from site.yml; defaults without one."""
    project = read_site_if_any(config_file)
    if project is None:
        return FeedbackSettings(), None, None
    return project.settings.feedback, project.docs_dir, project.site_dir


def _open(settings: FeedbackSettings, database_url: str | None) -> Store:
    # SQLAlchemy loads only for the feedback commands, so the others start fast.
    from govportal.feedback.store import StoreUnavailable, open_store

    try:
        store = open_store(settings.database(database_url))
    except StoreUnavailable as exc:
        err.print(f"error: cannot open the feedback database: {exc}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    click.get_current_context().call_on_close(store.close)  # when the command ends, however it ends
    return store


def database_option(func: F) -> F:
    """``--config`` and ``--database-url``: every feedback command works on one database."""
    return click.option(
        "--database-url", help=f"Where feedback is stored (default: ${DATABASE_ENV}, else feedback.database_url in site.yml).",
    )(config_option(func))


@click.group("feedback")
def group() -> None:
    """Collect and report what people think of pages and services."""


@group.command()
@database_option
@click.option("--site-dir", type=click.Path(path_type=Path, file_okay=False, exists=True), help="A built site to serve; feedback is accepted only about its pages.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
    help="Processes to run (about one per CPU core). They share the rate limit through the database.",
)
def serve(config_file: Path, database_url: str | None, site_dir: Path | None, host: str, port: int, workers: int) -> None:
    """Run the feedback receiver (and, with --site-dir, the site itself).

    Feedback is accepted only about pages of the built site, and the agencies and
    services they are about: the --site-dir folder, else the site folder of site.yml,
    re-read after every build. The database must be migrated first ('feedback migrate').
    """
    settings, _docs, project_site = _project_settings(config_file)
    site = site_dir or project_site
    if site is None or not (site / "index.html").is_file():
        err.print(f"error: no built site in {site or 'site'}: run 'govportal build' first, or name the built site with --site-dir", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    # Only once it will serve (a refusal leaves the environment as it was), and before
    # prometheus-client is imported, which reads it once.
    _fresh_metrics_folder()
    from govportal.feedback.app import app_environment

    url = settings.database(database_url)
    _check_schema(url)
    os.environ.update(app_environment(settings, url, site, serve_site=site_dir is not None))
    where = f"http://{host}:{port}/"
    out.print(f"Feedback receiver at {where.rstrip('/')}{settings.url}" + (f"; site at {where}" if site_dir else "") + " — press Ctrl+C to stop.", markup=False)
    sys.stdout.flush()
    # The same process id (for systemd), without the command line's imports (see feedback/server.py).
    os.execv(sys.executable, [sys.executable, "-m", "govportal.feedback.server", host, str(port), str(workers)])


def _check_schema(url: str) -> None:
    """Workers never migrate (several at once would race), so refuse to start on a database
    that needs 'feedback migrate'. A database that is down is not fatal: the receiver
    starts, answers 503 with Retry-After, and serves again when it is back."""
    from govportal.feedback.store import SchemaPending, StoreUnavailable, open_store

    try:
        open_store(url, upgrade=False).close()
    except SchemaPending as exc:
        err.print(f"error: {exc}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    except StoreUnavailable as exc:
        err.print(f"warning: the feedback database is unavailable for now: {exc}", markup=False)


def _fresh_metrics_folder() -> None:
    """Where each worker keeps its /metrics counts (prometheus-client's multi-process mode):
    $PROMETHEUS_MULTIPROC_DIR, emptied of the last run's counts, else a new temporary folder."""
    import tempfile

    folder = os.environ.get(MULTIPROC_ENV)
    if not folder:
        os.environ[MULTIPROC_ENV] = tempfile.mkdtemp(prefix="govportal-metrics-")
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for old in Path(folder).glob("*.db"):
        old.unlink()


@group.command()
@database_option
def migrate(config_file: Path, database_url: str | None) -> None:
    """Bring the feedback database's schema up to date: once, before starting the receiver.

    Safe to run again, and while an older receiver runs; a failed upgrade changes nothing.
    """
    from govportal.feedback.store import StoreUnavailable, upgrade

    settings, _docs, _site = _project_settings(config_file)
    try:
        before, after = upgrade(settings.database(database_url))
    except StoreUnavailable as exc:
        err.print(f"error: cannot migrate the feedback database: {exc}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    out.print(f"The feedback database is at schema version {after}" + (f" (it was at {before})." if before != after else ", nothing to do."), markup=False)


@group.command()
@database_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help="File to write (default: print).")
def export(config_file: Path, database_url: str | None, fmt: str, output: Path | None) -> None:
    """Export every response with stable columns (see the README)."""
    from govportal.feedback.export import export_csv, export_json

    settings, _docs, _site = _project_settings(config_file)
    rows = _open(settings, database_url).rows()
    text = export_csv(rows) if fmt == "csv" else export_json(rows)
    if output is None:
        click.echo(text, nl=False)
        return
    output.write_text(text, encoding="utf-8", newline="")
    err.print(f"Wrote {output}", markup=False)


@group.command()
@database_option
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False), help=f"Where to write the report (default: {PERFORMANCE_FILE} in the content folder).")
def report(config_file: Path, database_url: str | None, output: Path | None) -> None:
    """Write the customer service performance report; the next build publishes it at /performance/."""
    from govportal.feedback.report import build_report

    settings, docs_dir, _site = _project_settings(config_file)
    target = output or (docs_dir or Path("content")) / PERFORMANCE_FILE
    result = build_report(_open(settings, database_url).rows(), settings)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(result.model_dump_json(indent=2) + "\n", encoding="utf-8")
    portal = result.portal
    out.print(
        f"Wrote {target}: {portal.responses} responses from {len(result.agencies)} agencies; "
        f"{portal.follow_up_pending} waiting for a reply. Build the site to publish it.",
        markup=False,
    )


@group.command("followed-up")
@database_option
@click.argument("ids", nargs=-1, type=int, required=True)
def followed_up(config_file: Path, database_url: str | None, ids: tuple[int, ...]) -> None:
    """Record that staff replied to these responses (ids from the export)."""
    settings, _docs, _site = _project_settings(config_file)
    _report_marked(_open(settings, database_url).mark_followed_up(list(ids)), ids, "Marked as replied", "no follow-up was asked for in response")


def _report_marked(done: list[int], asked: tuple[int, ...], what: str, missing_means: str) -> None:
    """Say which responses were marked, and fail naming every one that could not be (``FINDINGS``:
    the others were marked)."""
    missing = sorted(set(asked) - set(done))
    if done:
        out.print(f"{what}: {', '.join(map(str, done))}", markup=False)
    if missing:
        err.print(f"error: {missing_means} {', '.join(map(str, missing))}", markup=False)
        sys.exit(ExitCode.FINDINGS)


@group.command()
@database_option
def review(config_file: Path, database_url: str | None) -> None:
    """List comments waiting for approval, as they would be published (personal details removed)."""
    from govportal.feedback.pending import pending_lines

    settings, _docs, _site = _project_settings(config_file)
    pending = _open(settings, database_url).pending_comments()
    for entry in pending_lines(pending, settings):
        out.print(entry, markup=False)
    out.print(f"{len(pending)} comments waiting. Publish some with: govportal feedback approve ID...", markup=False)


@group.command()
@database_option
@click.argument("ids", nargs=-1, type=int, required=True)
def approve(config_file: Path, database_url: str | None, ids: tuple[int, ...]) -> None:
    """Approve these comments (ids from 'review') for the public report, with personal details removed."""
    settings, _docs, _site = _project_settings(config_file)
    if not settings.publish_comments:
        err.print("note: feedback.publish_comments is off in site.yml, so the report publishes no comments", markup=False)
    _report_marked(_open(settings, database_url).approve(list(ids)), ids, "Approved", "there is no comment in response")


@group.command()
@database_option
@click.option("--days", type=click.IntRange(min=1), help="Keep comments this many days (default: feedback.retention_days, 365).")
def purge(config_file: Path, database_url: str | None, days: int | None) -> None:
    """Delete comments and contact details older than the retention period; answers and ratings stay."""
    settings, _docs, _site = _project_settings(config_file)
    keep = days or settings.retention_days
    removed = _open(settings, database_url).purge(datetime.now(UTC) - timedelta(days=keep))
    out.print(f"Deleted the comments and contact details of {removed} responses received more than {keep} days ago.", markup=False)
