"""Editors' files are untrusted: links, raw HTML, YAML bombs, odd encodings and huge values are
findings naming the file, all reported at once, never a traceback, a hang or a huge message."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from govportal.content import load_content
from govportal.config.project import ProjectError, read_project
from govportal.model.form import FormsSettings
from tests.conftest import REPO, TODAY

Edit = Callable[[Path, str, str], None]
SERVICE = "services/parks/reserve-a-campsite.md"
SYMLINK = "is a symbolic link; links can publish any file of the build machine, so replace the link with a copy of the file and commit the file itself"

# A front matter like the (2.5 KB): ten levels of ten aliases, 10^10 strings once
# expanded, given to a field whose error message quoted the value.
BILLION_LAUGHS = "\n".join(
    [f"laugh_0: &laugh_0 [{', '.join(['ha'] * 10)}]"]
    + [f"laugh_{n}: &laugh_{n} [{', '.join([f'*laugh_{n - 1}'] * 10)}]" for n in range(1, 10)]
    + ["agency: *laugh_9"]
)


def found(content: Path, theme: Path | None = None) -> list[str]:
    result = load_content(content, TODAY, FormsSettings(allowed_hosts=["forms.example.gov"]), theme)
    assert result.content is None, "expected the content to be rejected"
    return [str(f) for f in result.findings]


def test_symlinked_file_and_folder_are_both_reported(content: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "id_rsa").write_text("PRIVATE KEY")
    (content / "forms").mkdir()
    (content / "forms/x.pdf").symlink_to(secret / "id_rsa")
    (content / "services/parks/extra").symlink_to(secret, target_is_directory=True)
    messages = found(content)
    assert f"content/forms/x.pdf: {SYMLINK}" in messages
    assert f"content/services/parks/extra: {SYMLINK}" in messages


def test_symlink_in_the_theme_folder_is_reported(content: Path, tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    (theme / "assets/site.css").symlink_to("/etc/passwd")
    assert f"theme/assets/site.css: {SYMLINK}" in found(content, theme)


def test_a_form_download_cannot_leave_the_content_folder(content: Path, edit: Edit, tmp_path: Path) -> None:
    (tmp_path / "outside.pdf").write_bytes(b"%PDF-1.4\n")
    edit(
        content / SERVICE,
        "last_reviewed: 2026-10-01",
        "forms:\n  - id: camp-1\n    title: Camp form\n    purpose: Use this form.\n    download: {file: forms/../../outside.pdf}\n"
        "    submit_offline: {mail: PO Box 1}\n    last_reviewed: 2026-09-01\nlast_reviewed: 2026-10-01",
    )
    assert any("forms[1].download.file: form 'camp-1': forms/../../outside.pdf is not a file in the content folder" in m for m in found(content))


def test_raw_html_in_a_service_page_names_the_file_line(content: Path) -> None:
    path = content / SERVICE
    path.write_text(path.read_text(encoding="utf-8") + "\nMore text.\n<script>alert(1)</script>\n", encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("<script>alert(1)</script>") + 1
    assert f"content/{SERVICE}: line {line}: <script> is not allowed in pages: it runs code in visitors' browsers; remove it" in found(content)


def test_raw_html_in_any_markdown_page_is_checked(content: Path) -> None:
    (content / "privacy.md").write_text("---\ntitle: Privacy\n---\n\n# Privacy\n\n[Opt out](javascript:steal())\n", encoding="utf-8")
    assert any(m.startswith("content/privacy.md: line 7: href=\"javascript:steal()\" is not allowed") for m in found(content))


def test_billion_laughs_fails_fast_with_a_short_message(content: Path) -> None:
    assert len(BILLION_LAUGHS) < 2500
    path = content / SERVICE
    path.write_text(path.read_text(encoding="utf-8").replace("agency: parks\n", BILLION_LAUGHS + "\n"), encoding="utf-8")
    started = time.process_time()  # CPU time: other test workers on the machine do not count
    messages = found(content)
    assert time.process_time() - started < 1
    assert [m for m in messages if "anchor" in m] == [
        f"content/{SERVICE}: line 4: uses a YAML anchor (&) or alias (*); govportal does not read them, because a few of them can expand into billions of values: write each value out in full"
    ]
    assert max(len(m) for m in messages) < 300


def test_aliases_are_refused_in_yaml_files_too(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "name: Division of State Parks", "name: &n Division of State Parks\nacronym_again: *n")
    assert any(m.startswith("content/agencies/parks.yml: line 1: uses a YAML anchor (&) or alias (*)") for m in found(content))


def test_site_yml_is_read_with_the_same_bounds(tmp_path: Path) -> None:
    site = tmp_path / "site.yml"
    site.write_text(BILLION_LAUGHS.replace("agency:", "site_name:") + "\n" + (REPO / "site.yml").read_text(encoding="utf-8").replace("site_name:", "old_name:"), encoding="utf-8")
    started = time.process_time()
    with pytest.raises(ProjectError) as caught:
        read_project(site)
    assert time.process_time() - started < 1
    assert [str(f) for f in caught.value.findings] == [f"{site}: line 1: uses a YAML anchor (&) or alias (*); govportal does not read them, because a few of them can expand into billions of values: write each value out in full"]


def test_a_huge_file_is_refused_before_it_is_read(content: Path) -> None:
    (content / "agencies/huge.yml").write_text("description: " + "x" * 1_200_000 + "\n", encoding="utf-8")
    assert "content/agencies/huge.yml: is 1.2 MB; content files may be at most 1 MB: split it, or move large documents out of the portal" in found(content)


def test_long_values_are_shortened_in_messages(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "website: https://parks.example.gov/", "website: http://" + "a" * 5000 + ".example.gov/")
    edit(content / "portal.yml", "top_tasks: [reserve-a-campsite]", f"top_tasks: [{'b' * 5000}]")
    messages = found(content)
    assert max(len(m) for m in messages) < 300, max(messages, key=len)
    assert any(m.startswith("content/agencies/parks.yml: website: 'http://aaaa") and "…'" in m for m in messages)
    assert any(m.startswith("content/portal.yml: top_tasks[1]: 'bbbb") and "…'" in m for m in messages)


def test_files_not_saved_as_utf8_are_all_reported_together(content: Path, edit: Edit) -> None:
    edit(content / "agencies/parks.yml", "last_reviewed: 2026-10-01", "last_reviewed: 2099-10-01")
    service = content / SERVICE
    text = service.read_text(encoding="utf-8").replace("Arrive after 2 p.m.", "Caf\u00e9 opens after 2 p.m.")
    service.write_bytes(text.encode("latin-1"))
    line = text.splitlines().index("Caf\u00e9 opens after 2 p.m.") + 1
    (content / "privacy.md").write_bytes("# Privacy\n\nWe keep your se\u00f1or data.\n".encode("cp1252"))
    messages = found(content)
    advice = "is not saved as UTF-8 ({}); open it in your editor and save it as UTF-8"
    assert f"content/{SERVICE}: " + advice.format(f"line {line} has the byte 0xE9, which UTF-8 cannot read") in messages
    assert "content/privacy.md: " + advice.format("line 3 has the byte 0xF1, which UTF-8 cannot read") in messages
    assert any(m.startswith("content/agencies/parks.yml: last_reviewed: 2099-10-01 is in the future") for m in messages)


def test_a_utf8_byte_order_mark_is_fine(content: Path) -> None:
    for name in ("agencies/parks.yml", SERVICE, "privacy.md"):
        path = content / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_content(content, TODAY).findings == []
