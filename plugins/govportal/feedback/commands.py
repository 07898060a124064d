"""``govportal feedback``: run the receiver, export responses, publish the performance report."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from govportal.console import CONFIG, err, out, print_findings
from govportal.feedback.settings import DATABASE_ENV, FeedbackSettings
from govportal.mkdocs.project import ProjectError, read_project
from govportal.content.loader import PERFORMANCE_FILE

if TYPE_CHECKING:
    from govportal.feedback.store import Store


def _project_settings(config_file: Path) -> tuple[FeedbackSettings, Path | None, Path | None]:
    """Feedback settings, content folder and site folder from site.yml; defaults without one."""
    if not config_file.is_file():
        return FeedbackSettings(), None, None
    try:
        project = read_project(config_file)
    except ProjectError as exc:
        print_findings(exc.findings)
        sys.exit(2)
    return project.settings.feedback, project.docs_dir, project.site_dir


def _open(settings: FeedbackSettings, database_url: str | None) -> Store:
    # SQLAlchemy loads only for the feedback commands, so the others start fast.
    from govportal.feedback.store import StoreUnavailable, open_store

    try:
        return open_store(settings.database(database_url))
    except StoreUnavailable as exc:
        err.print(f"error: cannot open the feedback database: {exc}", markup=False)
        sys.exit(2)


def database_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--database-url", help=f"Where feedback is stored (default: ${DATABASE_ENV}, else feedback.database_url in site.yml).",
    )(CONFIG(func))


@click.group()
def feedback() -> None:
    """Collect and report what people think of pages and services."""


@feedback.command()
@database_option
@click.option("--site-dir", type=click.Path(path_type=Path, file_okay=False, exists=True), help="A built site: accept feedback only about its pages, and serve it too.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8080, show_default=True, type=int, help="Port to listen on.")
def serve(config_file: Path, database_url: str | None, site_dir: Path | None, host: str, port: int) -> None:
    """Run the feedback receiver (and, with --site-dir, the site itself)."""
    import uvicorn

    from govportal.feedback.app import create_app

    settings, _docs, _site = _project_settings(config_file)
    app = create_app(settings, settings.database(database_url), site_dir)
    where = f"http://{host}:{port}/"
    out.print(f"Feedback receiver at {where.rstrip('/')}{settings.url}" + (f"; site at {where}" if site_dir else "") + " — press Ctrl+C to stop.", markup=False)
    # proxy_headers: behind a reverse proxy on this machine, rate limits see the visitor, not the proxy.
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=True, server_header=False)


@feedback.command()
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


@feedback.command()
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


@feedback.command("followed-up")
@database_option
@click.argument("ids", nargs=-1, type=int, required=True)
def followed_up(config_file: Path, database_url: str | None, ids: tuple[int, ...]) -> None:
    """Record that staff replied to these responses (ids from the export)."""
    settings, _docs, _site = _project_settings(config_file)
    done = _open(settings, database_url).mark_followed_up(list(ids))
    missing = sorted(set(ids) - set(done))
    if done:
        out.print(f"Marked as replied: {', '.join(map(str, done))}", markup=False)
    if missing:
        err.print(f"error: no follow-up was asked for in response {', '.join(map(str, missing))}", markup=False)
        sys.exit(1)
