"""Every example of every component (theme/components/<name>/examples.yml) fits its typed view and
renders, with the theme's Jinja environment escaping as the build does, the markup it lists."""

from __future__ import annotations

import pytest

from tests.components import COMPONENTS, Case, cases, components, spec

CASES = cases()


def test_each_component_folder_has_its_template_and_examples() -> None:
    folders = sorted(p.name for p in COMPONENTS.iterdir() if p.is_dir())
    assert folders == components()
    for name in folders:
        assert (COMPONENTS / name / f"{name}.html").is_file(), name
        assert spec(name).examples, f"{name}/examples.yml has no examples"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_example_fits_its_view(case: Case) -> None:
    assert case.unknown_fields() == [], f"components/{case.component}/examples.yml, {case.name!r}: fields the view does not have"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_example_renders_what_it_shows(case: Case) -> None:
    html = case.render()
    missing = [s for s in case.example.shows if s not in html]
    present = [s for s in case.example.hides if s in html]
    assert (missing, present) == ([], []), f"components/{case.component}/examples.yml, {case.name!r}:\n{html}"


@pytest.mark.parametrize("name", components())
def test_the_partial_portals_override_draws_the_component(name: str) -> None:
    """partials/govportal/<name>.html stays the name the README promises: it draws the same markup."""
    case = next(c for c in CASES if c.component == name)
    assert case.render(f"partials/govportal/{name}.html") == case.render()
