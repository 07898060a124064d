"""Reading ``site.yml`` without MkDocs: paths relative to the file, every mistake named."""

from __future__ import annotations

from pathlib import Path

import pytest

from govportal.config.project import ProjectError, read_project
from govportal.findings import Finding


def site_yml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.yml"
    path.write_text(text, encoding="utf-8")
    return path


def project_error(path: Path) -> list[Finding]:
    with pytest.raises(ProjectError) as raised:
        read_project(path)
    return raised.value.findings


def test_paths_are_relative_to_the_file_and_mkdocs_tags_are_read_as_values(tmp_path: Path) -> None:
    path = site_yml(
        tmp_path,
        "site_name: !ENV [SITE_NAME, Portal]\n"
        "site_url: https://portal.example.gov/\n"
        "docs_dir: content\n"
        "theme: {name: material, custom_dir: theme}\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n  - search\n  - govportal:\n      state_name: State of Utah\n",
    )
    project = read_project(path)
    assert (project.docs_dir, project.site_dir, project.theme_dir) == (tmp_path / "content", tmp_path / "site", tmp_path / "theme")
    assert project.site_url == "https://portal.example.gov/"
    assert project.settings.state_name == "State of Utah"


@pytest.mark.parametrize("plugins", ["plugins: {govportal: {state_name: State of Utah}}\n", "plugins: [govportal: {state_name: State of Utah}]\n"])
def test_plugins_may_be_a_list_or_a_mapping(tmp_path: Path, plugins: str) -> None:
    assert read_project(site_yml(tmp_path, plugins)).settings.state_name == "State of Utah"


def test_without_the_plugin_entry_the_defaults_apply(tmp_path: Path) -> None:
    project = read_project(site_yml(tmp_path, "site_name: Portal\nplugins: [search, govportal]\n"))
    assert project.settings.state_name == "State of Example"
    assert (project.docs_dir, project.theme_dir, project.site_url) == (tmp_path / "docs", None, "")


def test_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "site.yml"
    assert project_error(path) == [Finding(str(path), "", "not found; run govportal from the folder that has site.yml, or pass --config")]


def test_a_yaml_mistake_names_the_line_and_column(tmp_path: Path) -> None:
    path = site_yml(tmp_path, "site_name: Portal\nplugins:\n\t- govportal\n")
    [finding] = project_error(path)
    assert (finding.path, finding.field) == (str(path), "line 3, column 1")


def test_a_file_that_is_not_settings_is_refused(tmp_path: Path) -> None:
    path = site_yml(tmp_path, "- just\n- a list\n")
    assert project_error(path) == [Finding(str(path), "", "should contain settings written as 'name: value' lines")]


def test_every_wrong_setting_is_reported_under_the_plugin(tmp_path: Path) -> None:
    path = site_yml(tmp_path, "plugins:\n  - govportal:\n      timezone: Mars/Base\n      feedback: {url: feedback}\n      state_nmae: Utah\n")
    assert sorted(f.field for f in project_error(path)) == [
        "plugins.govportal.feedback.url",
        "plugins.govportal.state_nmae",
        "plugins.govportal.timezone",
    ]
