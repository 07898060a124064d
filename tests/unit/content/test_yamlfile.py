"""YAML as editors expect it: ``no`` and ``17:30`` are text, aliases are refused, lines count from the file's top."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govportal.content.yamlfile import ALIASES, YamlProblem, load_yaml, parse_yaml, read_yaml, split_front_matter


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("languages: [no, yes, on, off]", {"languages": ["no", "yes", "on", "off"]}),
        ("closes: 17:30", {"closes": "17:30"}),
        ("open: true\nshut: False", {"open": True, "shut": False}),
        ("count: 12\nratio: 1.5\nzip: 01234", {"count": 12, "ratio": 1.5, "zip": "01234"}),
        ("date: 2026-03-01", {"date": date(2026, 3, 1)}),
        ("", None),
    ],
)
def test_values_are_read_as_editors_mean_them(text: str, value: object) -> None:
    assert parse_yaml(text) == value


def test_an_alias_is_refused_at_its_anchor_counted_from_the_file_top() -> None:
    with pytest.raises(YamlProblem) as raised:
        parse_yaml("title: A\nb: &x [1, 2]\nc: *x\n", first_line=2)
    assert (raised.value.where, raised.value.message) == ("line 3", ALIASES)


def test_a_parse_error_is_placed_from_the_first_line_given() -> None:
    with pytest.raises(YamlProblem) as raised:
        parse_yaml("title: A\n\tcost: Free\n", first_line=2)
    assert raised.value.where == "line 3, column 1"


def test_very_deep_nesting_is_a_problem_not_a_crash() -> None:
    with pytest.raises(YamlProblem) as raised:
        load_yaml("[" * 100_000 + "]" * 100_000)
    assert "nest" in raised.value.message  # libyaml and PyYAML's own parser word it differently


def test_a_file_not_in_utf8_is_a_yaml_problem_without_a_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_bytes("name: Ca\u00f1on\n".encode("cp1252"))
    with pytest.raises(YamlProblem) as raised:
        read_yaml(path)
    assert raised.value.where == ""
    assert raised.value.message.startswith("is not saved as UTF-8 (line 1 has the byte 0xF1")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("---\ntitle: A\n---\nBody\n", ("title: A\n", "Body\n")),
        ("---\r\ntitle: A\r\n---\r\nBody", ("title: A\r\n", "Body")),
        ("---\n---\nBody", ("", "Body")),
        ("--- \ntitle: A\n---", ("title: A\n", "")),
        ("# Title\n---\n", None),
        ("---\ntitle: A\n", None),
    ],
)
def test_front_matter_is_split_from_the_body(text: str, parts: tuple[str, str] | None) -> None:
    assert split_front_matter(text) == parts
