"""``govportal translations``: mark translations as up to date, see what is missing or behind, and
hand strings to translators and back (the work is in govportal.content.translations and
translation_exchange).

Exit codes: 0; 1 when ``status --fail-on`` finds what it names, when ``import`` refused units, or
when the content cannot be read; 2 when site.yml or a named file cannot be used.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from govportal.cli.exit_codes import ExitCode
from govportal.cli.options import config_option
from govportal.cli.project import load_content, read_site
from govportal.console import err, out, print_findings
from govportal.content.translation_exchange import ExchangeProblem, Format, bundle, export, import_bundles, read_exchange
from govportal.content.translations import mark, status, status_json, status_lines
from govportal.model.translation import TRANSLATED_LANGUAGES, Language

language_option = click.option(
    "--language", type=click.Choice(TRANSLATED_LANGUAGES), default=TRANSLATED_LANGUAGES[0], show_default=True, help="The language of the translations."
)


@click.group("translations")
def group() -> None:
    """Work with translations of the content (services/<agency>/<slug>.es.md, agencies/<id>.es.yml...)."""


@group.command("mark")
@config_option
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
def mark_command(config_file: Path, files: tuple[Path, ...]) -> None:
    """Record that each translation FILE matches its English source as it is now (sets translated_from)."""
    project = read_site(config_file)
    marked, problems = mark(project.docs_dir, list(files))
    for item in marked:
        out.print(f"{project.docs_dir.name}/{item.file}: translated_from {item.fingerprint}" + ("" if item.changed else " (already)"), markup=False)
    print_findings(problems)
    if problems:
        sys.exit(ExitCode.CANNOT_RUN)


@group.command("status")
@config_option
@language_option
@click.option("--json", "as_json", is_flag=True, help="Print every file and its state as JSON, for dashboards and CI.")
@click.option("--fail-on", type=click.Choice(["stale", "missing"]), multiple=True, help="Exit with code 1 when a translation is behind its English (stale) or not written (missing).")
def status_command(config_file: Path, language: Language, as_json: bool, fail_on: tuple[str, ...]) -> None:
    """List, by agency, what is not translated yet and what the English has left behind."""
    loaded = load_content(config_file)
    items = status(loaded.content, loaded.project.docs_dir, language)
    if as_json:
        click.echo(status_json(items, language), nl=False)
    else:
        for text, heading in status_lines(items, language, loaded.project.docs_dir.name):
            out.print(text, style="bold" if heading else None, markup=False)
    failing = [i for i in items if i.state in fail_on]
    if failing:
        err.print(f"{len(failing)} file{'s' if len(failing) != 1 else ''} {' or '.join(fail_on)}.", style="bold red", markup=False)
        sys.exit(ExitCode.FINDINGS)


@group.command("export")
@config_option
@language_option
@click.option("--format", "fmt", type=click.Choice(["xliff", "csv"]), default="xliff", show_default=True, help="XLIFF 2.0 for translation tools, CSV for spreadsheets.")
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False), required=True, help="The file to write.")
@click.option("--only", type=click.Choice(["missing", "stale", "all"]), default="all", show_default=True, help="Which files' strings to export.")
def export_command(config_file: Path, language: Language, fmt: Format, out_file: Path, only: str) -> None:
    """Write the strings of English files to translate: one unit per text field and per body block."""
    loaded = load_content(config_file)
    root = loaded.project.docs_dir
    chosen = [i.source for i in status(loaded.content, root, language) if only == "all" or i.state == only]
    out_file.write_text(export([bundle(root, source, language) for source in chosen], fmt, language), encoding="utf-8")
    out.print(f"Wrote the strings of {len(chosen)} file{'s' if len(chosen) != 1 else ''} to {out_file}.", markup=False)


@group.command("import")
@config_option
@language_option
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def import_command(config_file: Path, language: Language, file: Path) -> None:
    """Write the translated strings in FILE (.xlf/.xliff or .csv, from export) into the translations."""
    root = read_site(config_file).docs_dir
    try:
        bundles = read_exchange(file.read_bytes(), "csv" if file.suffix.lower() == ".csv" else "xliff")
    except ExchangeProblem as exc:
        err.print(f"error: {file}: {exc}", markup=False)
        sys.exit(ExitCode.CANNOT_RUN)
    result = import_bundles(root, bundles, language)
    for name in result.written:
        out.print(f"Wrote {root.name}/{name}", markup=False)
    print_findings(result.refused)
    if result.refused:
        sys.exit(ExitCode.FINDINGS)
    out.print("Run 'govportal validate' to check the translations.", markup=False)
