"""govportal as another agency gets it: a real wheel and sdist, the theme inside them, a portal
started with ``govportal init`` in a fresh virtual environment outside this checkout, and the
same sample portal built on ProperDocs, the maintained continuation of MkDocs 1.x.

The fresh environments reuse the dependencies already installed in this checkout's virtual
environment (a folder of links to them, named in a .pth file) and install only the wheel,
so the tests take seconds, not a download of every dependency. govportal's own files are left
out of that folder, so the checkout's editable install cannot stand in for the wheel.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.theme import Theme

from govportal import __version__
from govportal.editor import bundle
from tests.conftest import NOW, REPO, made_once

Edit = Callable[[Path, str, str], None]
TEMPLATE = REPO / "plugins/govportal/project_template"


def test_theme_extends_material_and_keeps_its_defaults() -> None:
    theme = Theme(name="govportal")
    assert [Path(d).name for d in theme.dirs[:3]] == ["theme", "templates", "templates"]
    assert Path(theme.dirs[0], "main.html").is_file() and Path(theme.dirs[1], "base.html").is_file()
    assert theme["font"] is False, "no web fonts, without a setting in site.yml"
    assert theme["language"] == "en" and theme["favicon"] == "assets/images/favicon.png"  # Material's default
    assert "404.html" in theme.static_templates


def test_portal_overrides_a_block_and_a_partial(project: Path, edit: Edit) -> None:
    """The README's "Overriding the theme": a portal's main.html extends ours and keeps our blocks."""
    from govportal.build import build

    edit(project / "site.yml", "  name: govportal\n", "  name: govportal\n  custom_dir: overrides\n")
    overrides = project / "overrides"
    (overrides / "partials/govportal").mkdir(parents=True)
    (overrides / "main.html").write_text(
        '{% extends "govportal-theme/main.html" %}\n'
        '{% block extrahead %}{{ super() }}<meta name="portal-override" content="block">{% endblock %}\n',
        encoding="utf-8",
    )
    (overrides / "partials/govportal/footer.html").write_text('<footer class="portal-footer">Our own footer</footer>\n', encoding="utf-8")
    report = build(project / "site.yml")
    assert report.ok, report.findings
    html = (project / "site/services/parks/reserve-a-campsite/index.html").read_text(encoding="utf-8")
    assert '<meta name="portal-override" content="block">' in html
    assert '<meta name="govportal"' in html, "super() keeps govportal's own block"
    assert '<footer class="portal-footer">Our own footer</footer>' in html
    assert "Reserve a campsite" in html


def test_new_portals_get_this_repositorys_ci_workflow() -> None:
    """One workflow: the one this repository runs is the one `govportal init` writes."""
    assert (TEMPLATE / "github/workflows/portal.yml").read_bytes() == (REPO / ".github/workflows/portal.yml").read_bytes()


def run(command: list[str | Path], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GOVPORTAL_NOW": NOW, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built as a release is: the wheel from the sdist (python -m build)."""
    def wheel_and_sdist() -> Path:
        out = tmp_path_factory.mktemp("dist")
        run([sys.executable, "-m", "build", "--outdir", out, REPO], cwd=out)
        return out

    return made_once(tmp_path_factory, "dist", wheel_and_sdist)


@pytest.fixture(scope="session")
def dependencies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Links to everything installed in this checkout's virtual environment except govportal itself."""
    folder = tmp_path_factory.mktemp("dependencies")
    for item in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if not item.name.lower().startswith(("govportal", "__editable__", "_virtualenv")) and item.suffix != ".pth":
            (folder / item.name).symlink_to(item)
    return folder


def fresh_venv(root: Path, dependencies: Path, dist: Path, *extra: str) -> Path:
    """A virtual environment outside the checkout with the wheel (and ``extra`` packages) installed; returns its bin/."""
    run([sys.executable, "-m", "venv", "--without-pip", root], cwd=root.parent)
    python = root / "bin/python"
    site_packages = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root).stdout.strip())
    (site_packages / "dependencies.pth").write_text(f"{dependencies}\n", encoding="utf-8")
    wheel = next(dist.glob("govportal-*.whl"))
    run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel, *extra], cwd=root)
    return root / "bin"


@pytest.mark.slow
def test_wheel_and_sdist_carry_the_theme_and_the_project_template(dist: Path) -> None:
    assert sorted(p.name for p in dist.iterdir()) == [f"govportal-{__version__}-py3-none-any.whl", f"govportal-{__version__}.tar.gz"]
    with zipfile.ZipFile(dist / f"govportal-{__version__}-py3-none-any.whl") as wheel:
        names = set(wheel.namelist())
        entry_points = wheel.read(f"govportal-{__version__}.dist-info/entry_points.txt").decode()
    theme = {str(p.relative_to(REPO)) for p in (REPO / "theme").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert {f"govportal/{name}" for name in theme} <= names, "every theme file ships in the wheel"
    template = {str(p.relative_to(REPO / "plugins")) for p in TEMPLATE.rglob("*") if p.is_file()}
    assert template <= names and "govportal/project_template/github/workflows/portal.yml" in names
    assert "[mkdocs.themes]\ngovportal = govportal.theme" in entry_points
    editor = {f"govportal/editor/static/{name}" for name in bundle.files()}
    assert editor <= names, "the web editor's own copy of Decap CMS ships in the wheel (no CDN)"
    assert "govportal/locale/es/LC_MESSAGES/govportal.po" in names, "the Spanish string catalogue ships in the wheel"


@pytest.mark.slow
@pytest.mark.browser
def test_wheel_installed_elsewhere_starts_builds_gates_and_checks_a_portal(tmp_path: Path, dist: Path, dependencies: Path) -> None:
    bin_dir = fresh_venv(tmp_path / "venv", dependencies, dist)
    where = run([bin_dir / "python", "-c", "import govportal, govportal.theme; print(govportal.__file__); print(govportal.theme.__file__)"], cwd=tmp_path)
    assert all(line.startswith(str(tmp_path / "venv")) for line in where.stdout.split()), f"govportal came from elsewhere: {where.stdout}"
    assert run([bin_dir / "govportal", "--version"], cwd=tmp_path).stdout.startswith(f"govportal {__version__} (MkDocs 1.6.1, Material ")
    run([bin_dir / "govportal", "init", "portal", "--name", "Utah.gov", "--state", "State of Utah", "--timezone", "America/Denver", "--domain", "www.utah.gov"], cwd=tmp_path)
    portal = tmp_path / "portal"
    assert "govportal==" + __version__ in (portal / "requirements.txt").read_text(encoding="utf-8")
    built = run([bin_dir / "govportal", "build"], cwd=portal)
    assert "published them to" in built.stdout
    assert "0 errors, 0 warnings" in built.stderr and "warning:" not in built.stderr, built.stderr
    home = (portal / "site/index.html").read_text(encoding="utf-8")
    assert "<title>Utah.gov</title>" in home and "State of Utah" in home
    run([bin_dir / "govportal", "check", "--shard", "1/4"], cwd=portal)  # the check command from the wheel; the build gated every page


@pytest.mark.engine
@pytest.mark.slow
@pytest.mark.browser
def test_sample_portal_builds_the_same_pages_on_properdocs(tmp_path: Path, dist: Path, dependencies: Path, sample_site: Path) -> None:
    """Engine continuity: MkDocs 1.6.1 is the last 1.x; ProperDocs 1.6 carries it on, page for page.

    The gate runs over the built folder and knows nothing of the engine, so pages equal to the
    MkDocs build's (which the gate tests check) pass it alike: the gate is not run again here."""
    try:
        bin_dir = fresh_venv(tmp_path / "venv", dependencies, dist, "properdocs>=1.6.5,<1.7")
    except AssertionError as exc:
        pytest.fail(f"ProperDocs 1.6 could not be installed from the package index, so the engine switch is untested: {exc}")
    version = run([bin_dir / "govportal", "--version"], cwd=tmp_path).stdout
    assert "(ProperDocs 1.6." in version, version
    sample = tmp_path / "sample"
    shutil.copytree(REPO / "content", sample / "content")
    shutil.copy(REPO / "site.yml", sample / "site.yml")
    built = run([bin_dir / "govportal", "build", "--no-gate"], cwd=sample)
    assert "published them to" in built.stdout, built.stderr
    pages = sorted(p.relative_to(sample_site) for p in sample_site.rglob("*.html"))
    assert pages == sorted(p.relative_to(sample / "site") for p in (sample / "site").rglob("*.html"))
    for page in pages:
        ours = (sample / "site" / page).read_text(encoding="utf-8")
        assert '<meta name="generator" content="mkdocs-ProperDocs 1.6.' in ours, f"{page} was not rendered by ProperDocs"
        assert _comparable(ours) == _comparable((sample_site / page).read_text(encoding="utf-8")), f"{page} differs from the MkDocs build"


# The names Pagefind gives its index files differ from run to run (its index is not byte for byte
# reproducible, whatever the engine); the search pages preload them by name.
_PAGEFIND_NAMES = re.compile(r'(ts=|data-gp-pagefind-tag="|pagefind\.[a-z]+_)[0-9a-f]+')


def _comparable(html: str) -> str:
    """The page without what is not the engine's doing: its generator tag, Pagefind's file names."""
    return _PAGEFIND_NAMES.sub(r"\1…", re.sub(r'<meta name="generator" content="[^"]*">', "", html))
