"""Reading content files one by one: every problem noted with the file as editors see it, none raised."""

from __future__ import annotations

from pathlib import Path

from govportal.content.reader import UNREADABLE, Reader
from govportal.findings import Finding
from govportal.model.glossary import Glossary
from tests.conftest import TODAY


def reader(tmp_path: Path) -> Reader:
    (tmp_path / "content").mkdir(exist_ok=True)
    return Reader(tmp_path / "content", TODAY)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "content" / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_kind_of_problem_is_noted_and_reading_goes_on(tmp_path: Path) -> None:
    read = reader(tmp_path)
    missing = read.yaml_model(tmp_path / "content" / "glossary.yml", Glossary)
    tabbed = read.yaml_model(write(tmp_path, "a.yml", "terms:\n\t- term: DMV\n"), Glossary)
    listed = read.yaml_model(write(tmp_path, "b.yml", "- DMV\n"), Glossary)
    wrong = read.yaml_model(write(tmp_path, "c.yml", "terms:\n  - term: DMV\n    expansion: x\n    colour: red\n"), Glossary)
    assert (missing, tabbed, listed, wrong) == (None, None, None, None)
    assert [(f.path, f.field) for f in read.findings] == [
        ("content/glossary.yml", ""), ("content/a.yml", "line 2, column 1"), ("content/b.yml", ""), ("content/c.yml", "terms[1].colour"),
    ]
    assert read.findings[2].message == "should contain fields written as 'name: value' lines"


def test_a_valid_file_gives_its_model(tmp_path: Path) -> None:
    read = reader(tmp_path)
    glossary = read.yaml_model(write(tmp_path, "glossary.yml", "terms:\n  - {term: DMV, expansion: Division of Motor Vehicles}\n"), Glossary)
    assert glossary is not None and glossary.expansions() == {"DMV": "Division of Motor Vehicles"}
    assert read.findings == []


def test_files_outside_the_content_folder_or_through_a_link_are_never_read(tmp_path: Path) -> None:
    read = reader(tmp_path)
    outside = tmp_path / "secret.yml"
    outside.write_text("terms: []\n", encoding="utf-8")
    (tmp_path / "content" / "link.yml").symlink_to(outside)
    assert read.text(outside) is None
    assert read.text(tmp_path / "content" / "link.yml") is None
    assert read.data(outside, None) is UNREADABLE
    assert read.findings == []


def test_long_values_in_messages_are_shortened_and_warnings_kept_apart(tmp_path: Path) -> None:
    read = reader(tmp_path)
    path = tmp_path / "content" / "a.yml"
    read.note(path, "name", f"'{'x' * 100}' is wrong")
    read.warn(path, "", "old")
    assert read.findings == [Finding("content/a.yml", "name", f"'{'x' * 59}\u2026' is wrong"), Finding("content/a.yml", "", "old", "warning")]
