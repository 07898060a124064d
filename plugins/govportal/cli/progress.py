"""The progress bar of long commands: on the terminal only, so CI logs and captured output stay clean."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from govportal.console import err


def progress_bar() -> Progress:
    """A bar on stderr that disappears when done; disabled when stderr is not a terminal."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    )
