"""Gate settings: a severity may only be set for a rule that exists."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from govportal.config.gate import GateSettings


def test_severities_of_known_and_axe_rules_are_accepted() -> None:
    settings = GateSettings(severity={"reading-level": "error", "axe/color-contrast": "warning"})
    assert settings.severity == {"reading-level": "error", "axe/color-contrast": "warning"}


def test_an_unknown_rule_is_named_with_the_choices() -> None:
    with pytest.raises(ValidationError) as raised:
        GateSettings(severity={"reading-levle": "error", "one-h1": "warning"})
    message = raised.value.errors()[0]["msg"]
    assert message.startswith("unknown rule reading-levle; use one of live-help-missing, ")
    assert message.endswith(" or axe/<axe rule id>")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"viewports": []}, ("viewports",)),
        ({"viewports": [{"name": "tiny", "width": 100, "height": 640}]}, ("viewports", 0, "width")),
        ({"tab_presses": 0}, ("tab_presses",)),
        ({"disabled": [{"rule": "reflow"}]}, ("disabled", 0, "reason")),
        ({"severity": {"reflow": "fatal"}}, ("severity", "reflow")),
    ],
)
def test_wrong_settings_name_the_field(options: dict[str, object], field: tuple[object, ...]) -> None:
    with pytest.raises(ValidationError) as raised:
        GateSettings.model_validate(options)
    assert [e["loc"] for e in raised.value.errors()] == [field]


def test_a_disabled_rule_applies_to_every_page_unless_told() -> None:
    assert GateSettings.model_validate({"disabled": [{"rule": "reflow", "reason": "a wide table"}]}).disabled[0].pages == ["*"]
