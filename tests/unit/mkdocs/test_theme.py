"""A portal's own templates hide ours by name, and can still extend ours as ``govportal-theme/...``."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment, TemplateNotFound
from mkdocs.utils import get_theme_dir

from govportal.mkdocs.theme import PREFIX, with_theme_alias

OURS = Path(get_theme_dir("govportal"))


def test_the_portals_template_wins_and_ours_stays_reachable_under_the_prefix() -> None:
    env = Environment(loader=with_theme_alias(DictLoader({"main.html": "{% extends 'govportal-theme/main.html' %}"})))
    assert env.loader is not None
    assert env.loader.get_source(env, "main.html")[0] == "{% extends 'govportal-theme/main.html' %}"
    assert env.loader.get_source(env, f"{PREFIX}/main.html")[0] == (OURS / "main.html").read_text(encoding="utf-8")


def test_without_a_loader_only_our_files_under_the_prefix() -> None:
    env = Environment(loader=with_theme_alias(None))
    assert env.loader is not None
    assert env.loader.get_source(env, "govportal-theme/404.html")[0] == (OURS / "404.html").read_text(encoding="utf-8")
    with pytest.raises(TemplateNotFound):
        env.loader.get_source(env, "main.html")
