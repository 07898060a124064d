"""Help text read from the scaffolds' comments."""

from __future__ import annotations

from govportal.editor.help import field_help, scaffold_text

EXAMPLE = """\
# A header block, ended by a blank line, belongs to no field.

# Ways to get help.
channels:
  - type: phone
    # What callers should have ready.
    have_ready: []
  - type: tty
    # 711 connects to the relay service.
    number: 711
# Forms (optional).
forms: []
#  - id: example-1        # a commented-out example
#    title: Example
# The date, one of: {topic_ids}
last_reviewed: 2026-01-01
"""


def test_comments_belong_to_the_key_below_them() -> None:
    assert field_help(EXAMPLE) == {
        "channels": "Ways to get help.",
        "channels.phone.have_ready": "What callers should have ready.",
        "channels.tty.number": "711 connects to the relay service.",
        "forms": "Forms (optional).",
        "last_reviewed": "The date, one of",
    }


def test_every_service_scaffold_field_has_help() -> None:
    found = field_help(scaffold_text("service.md"))
    for name in ("title", "summary", "agency", "topics", "who_can_use", "how_to_apply", "forms", "last_reviewed"):
        assert found.get(name), name
    assert "id: example-1" not in found["last_reviewed"]
