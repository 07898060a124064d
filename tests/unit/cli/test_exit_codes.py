"""One meaning per exit code in every command; only the cli package talks to click and ends the process."""

from __future__ import annotations

import ast
from pathlib import Path

from govportal.cli.exit_codes import ExitCode

PACKAGE = Path(__file__).parents[3] / "plugins/govportal"


def test_the_codes_ci_scripts_rely_on() -> None:
    assert [(code.name, int(code)) for code in ExitCode] == [("OK", 0), ("FINDINGS", 1), ("CANNOT_RUN", 2)]


def _modules() -> dict[str, ast.Module]:
    return {str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def test_no_command_ends_with_a_bare_number() -> None:
    bare = [
        f"{name}:{node.lineno}"
        for name, tree in _modules().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) in {"sys.exit", "SystemExit", "exit", "ctx.exit"}
        and any(isinstance(arg, ast.Constant) for arg in node.args)
    ]
    assert bare == [], "use ExitCode, so every command means the same by each code"


def test_only_the_cli_package_imports_click() -> None:
    importers = [
        name
        for name, tree in _modules().items()
        for node in ast.walk(tree)
        if (isinstance(node, ast.Import) and any(a.name.split(".")[0] == "click" for a in node.names))
        or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "click")
    ]
    assert importers and all(name.startswith("cli/") for name in importers), importers
