"""Portal settings: the official banner, footer links and the portal's time zone."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from govportal.config.portal import Link, PortalSettings


@pytest.mark.parametrize(
    ("options", "banner"),
    [
        ({}, "An official website of the State of Example"),
        ({"state_name": "State of Utah"}, "An official website of the State of Utah"),
        ({"state_name": "State of Utah", "official_banner": "Utah.gov"}, "Utah.gov"),
    ],
)
def test_the_official_banner_names_the_state_unless_written(options: dict[str, str], banner: str) -> None:
    assert PortalSettings.model_validate(options).banner_text == banner


@pytest.mark.parametrize(("url", "path"), [("/accessibility/", "accessibility/"), ("https://www.example.gov/", None)])
def test_a_footer_link_on_this_site_has_a_relative_path(url: str, path: str | None) -> None:
    assert Link(title="Accessibility", url=url).site_path == path


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        PortalSettings(timezone="America/Denvr")
    assert raised.value.errors()[0]["loc"] == ("timezone",)
    assert "America/Denvr" in raised.value.errors()[0]["msg"]


def test_a_misspelled_setting_is_an_error_not_ignored() -> None:
    with pytest.raises(ValidationError) as raised:
        PortalSettings.model_validate({"state_nmae": "Utah"})
    assert raised.value.errors()[0]["type"] == "extra_forbidden"
