"""Compiled templates kept between builds (govportal.mkdocs.template_cache)."""

from __future__ import annotations

from pathlib import Path

from jinja2 import DictLoader, Environment

from govportal.mkdocs.template_cache import TemplateCache, compile_settings

TEMPLATES = {"page.html": "<p title=\"{{ title }}\">{{ title }}</p>"}


def _environment(cache: TemplateCache, autoescape: bool = True) -> Environment:
    return Environment(loader=DictLoader(TEMPLATES), autoescape=autoescape, bytecode_cache=cache)


def test_a_template_compiled_once_is_used_by_the_next_build(tmp_path: Path) -> None:
    first = _environment(TemplateCache(str(tmp_path)))
    assert first.get_template("page.html").render(title='"<b>') == '<p title="&#34;&lt;b&gt;">&#34;&lt;b&gt;</p>'
    assert len(list(tmp_path.iterdir())) == 1
    later = TemplateCache(str(tmp_path))  # another process: from the file
    bucket = later.get_bucket(_environment(later), "page.html", None, TEMPLATES["page.html"])
    assert bucket.code is not None
    assert _environment(later).get_template("page.html").render(title='"<b>') == '<p title="&#34;&lt;b&gt;">&#34;&lt;b&gt;</p>'


def test_code_compiled_without_escaping_is_never_used_with_it(tmp_path: Path) -> None:
    """Autoescaping is decided when a template compiles: a cache shared with another environment must not mix them."""
    cache = TemplateCache(str(tmp_path))
    assert _environment(cache, autoescape=False).get_template("page.html").render(title="<b>") == '<p title="<b>"><b></p>'
    assert _environment(cache).get_template("page.html").render(title="<b>") == '<p title="&lt;b&gt;">&lt;b&gt;</p>'
    assert compile_settings(_environment(cache)) != compile_settings(_environment(cache, autoescape=False))


def test_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    cache = TemplateCache(str(tmp_path))
    assert _environment(cache).get_template("page.html").render(title="x") == '<p title="x">x</p>'
    changed = Environment(loader=DictLoader({"page.html": "<h1>{{ title }}</h1>"}), autoescape=True, bytecode_cache=cache)
    assert changed.get_template("page.html").render(title="x") == "<h1>x</h1>"
