"""``govportal serve``: the editors' live preview."""

from __future__ import annotations

from pathlib import Path

import click

from govportal.cli.options import config_option
from govportal.cli.project import load_content
from govportal.console import out, print_findings


@click.command("serve")
@config_option
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address and port to serve on.")
@click.option(
    "--poll",
    is_flag=True,
    help="Look for saved files every half second instead of being told by the system. Use it if the preview does not update when you save (for example, files on a Windows drive opened from WSL, or a network drive).",
)
def command(config_file: Path, dev_addr: str, poll: bool) -> None:
    """Preview the portal while you edit: the page reloads each time you save a file."""
    print_findings(load_content(config_file).findings)  # the preview shows pages with problems too, so they only warn here
    from govportal.mkdocs.engine import serve as live_serve  # imports MkDocs: only for this command

    out.print(f"Serving the portal at http://{dev_addr}/ — press Ctrl+C to stop.", markup=False)
    live_serve(config_file, dev_addr, poll)
