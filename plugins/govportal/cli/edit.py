"""``govportal edit``: open the web editor on this computer (no Node.js, no git needed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from govportal.cli.options import config_option
from govportal.cli.project import read_site
from govportal.console import out, print_findings

if TYPE_CHECKING:
    from govportal.editor.server import Check
    from govportal.findings import Finding


def _checker(config_file: Path) -> Check:
    """After a save: the problems in the saved files, printed as ``govportal validate`` prints them."""

    def check(saved: list[str]) -> list[Finding]:
        from govportal.validate import validate

        checked = validate(config_file)
        findings = checked if isinstance(checked, list) else checked.findings
        root = config_file.resolve().parent
        mine = [f for f in findings if any((root / path).resolve() == (root / f.path).resolve() for path in saved)]
        for path in saved:
            out.print(f"Saved {path}" + ("" if mine else ": no problems found."), markup=False)
        print_findings(mine, " Fix them in the editor and save again.")
        return mine

    return check


@click.command("edit")
@config_option
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port on this computer to serve the editor on.")
def command(config_file: Path, port: int) -> None:
    """Edit services and agencies in a web form at http://127.0.0.1:8001/admin/ (saves into content/)."""
    import uvicorn  # the editor's web server (Starlette, uvicorn) loads only for this command

    from govportal.editor.server import EditorSite, create_app

    project = read_site(config_file)
    origin = f"http://127.0.0.1:{port}"
    site = EditorSite(config_file.resolve().parent, project.docs_dir, project.settings.state_name, origin, _checker(config_file))
    out.print(f"Editing {project.docs_dir} at {origin}/admin/ — press Ctrl+C to stop. Files are saved as you publish them; commit them with git (or ask someone who does).", markup=False)
    uvicorn.run(create_app(site), host="127.0.0.1", port=port, log_level="warning")
