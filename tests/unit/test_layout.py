"""Tests mirror the code: most modules have a test file at the same place under one test kind.

``govportal/model/hours.py`` is tested in ``tests/<kind>/model/test_hours.py``, where kind is
unit (pure code), db, build or browser; a reader goes from a module to its tests in one step.
"""

from __future__ import annotations

from pathlib import Path


from tests.conftest import REPO

PACKAGE = REPO / "plugins" / "govportal"
KINDS = ("unit", "db", "build", "browser")
SHARE = 0.8


def modules() -> list[Path]:
    """Every module of the package, relative to it, without ``__init__.py`` and the project template."""
    return sorted(p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" and "project_template" not in p.parts)


def mirrors(module: Path) -> list[Path]:
    return [REPO / "tests" / kind / module.parent / f"test_{module.name}" for kind in KINDS]


def test_modules_are_listed() -> None:
    found = modules()
    assert Path("model/hours.py") in found and Path("clock.py") in found
    assert not any(p.name == "__init__.py" for p in found)



def test_most_modules_have_a_mirrored_test_file() -> None:
    found = modules()
    uncovered = [m.as_posix() for m in found if not any(t.is_file() for t in mirrors(m))]
    covered = len(found) - len(uncovered)
    assert covered >= SHARE * len(found), f"{covered} of {len(found)} modules have a mirrored test file; without one:\n" + "\n".join(uncovered)
