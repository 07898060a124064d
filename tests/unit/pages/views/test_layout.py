"""What every page has around its content: banner, Live Help, menu, alerts, footers, metadata."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from govportal.config.portal import Link as SettingsLink
from govportal.config.portal import PortalSettings
from govportal.model.alerts import Alert
from govportal.pages.alternates import LanguageVersions
from govportal.pages.views.layout import AlertView, Alternate, LanguageLink, PageFacts, layout_view
from govportal.pages.views.parts import Link
from govportal.pages.views.site import PageView, SiteView
from tests.unit.pages.views.portal import MOMENT, minimal, site

FACTS = PageFacts("Example.gov", "Reserve a <em>campsite</em>", "services/parks/reserve-a-campsite/")
CAMPING = minimal().services[0]
SERVICE = PageView("service", agency_id="parks", service=CAMPING)


def test_live_help_is_the_agency_section_with_its_phone_and_the_portal_line_elsewhere() -> None:
    agency_help = layout_view(site(), SERVICE, FACTS).live_help
    assert (agency_help.href, agency_help.context, agency_help.tel) == ("help/#parks", "DSP", "tel:+1-801-555-0180")
    assert agency_help.hours_words == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time"
    portal_help = layout_view(site(), PageView("topics"), FACTS).live_help
    assert (portal_help.href, portal_help.context, portal_help.hours_words) == ("help/", None, "24 hours a day, 7 days a week")


def test_title_keeps_the_words_of_the_page_title_and_the_home_page_is_the_site_name() -> None:
    meta = layout_view(site(), SERVICE, FACTS).meta
    assert (meta.title, meta.og_title) == ("Reserve a campsite | Example.gov", "Reserve a campsite")
    assert (meta.agency_id, meta.service_id, meta.description) == ("parks", "parks/reserve-a-campsite", CAMPING.service.summary)
    assert meta.json_ld is not None and "GovernmentService" in meta.json_ld
    assert layout_view(site(), PageView("home"), PageFacts("Example.gov", "Home", "")).meta.title == "Example.gov"


def test_og_url_only_when_the_site_address_is_known() -> None:
    assert layout_view(site(), SERVICE, FACTS).meta.og_url is None
    known = SiteView(minimal(), PortalSettings(), MOMENT, "https://portal.example.gov")
    assert layout_view(known, SERVICE, FACTS).meta.og_url == "https://portal.example.gov/services/parks/reserve-a-campsite/"


def test_theme_pages_such_as_404_are_about_no_page() -> None:
    layout = layout_view(site(), PageView("page"), PageFacts("Example.gov"))
    assert (layout.meta.og_title, layout.meta.og_url, layout.search_filters) == ("Example.gov", None, None)
    assert layout.page_footer.page == "/" and layout.page_footer.review is None


def test_search_box_in_the_menu_except_on_pages_with_their_own() -> None:
    assert layout_view(site(), SERVICE, FACTS).menu_search
    assert not layout_view(site(), PageView("home"), FACTS).menu_search
    assert not layout_view(site(), PageView("search"), FACTS).menu_search
    assert [link.href for link in layout_view(site(), SERVICE, FACTS).menu] == ["services/", "topics/", "agencies/", "help/"]


def test_page_footer_carries_review_dates_and_the_feedback_settings() -> None:
    footer = layout_view(site(), SERVICE, FACTS).page_footer
    assert footer.review is not None and (footer.review.last_reviewed, footer.review.last_reviewed_words) == ("2026-10-01", "October 1, 2026")
    assert (footer.page, footer.help_href, footer.feedback_action) == ("/services/parks/reserve-a-campsite/", "help/#parks", PortalSettings().feedback.url)
    assert footer.max_comment_chars == PortalSettings().feedback.max_comment_chars


def test_site_footer_links_on_this_site_are_relative_and_others_kept_as_written() -> None:
    settings = PortalSettings(state_name="State of Utopia", footer_links=[SettingsLink(title="Privacy", url="/privacy/"), SettingsLink(title="USA.gov", url="https://www.usa.gov/")])
    footer = layout_view(SiteView(minimal(), settings, MOMENT), SERVICE, FACTS).footer
    assert footer.owner == "Example.gov is the official portal of the State of Utopia."
    assert footer.links == (Link("privacy/", "Privacy", on_site=True), Link("https://www.usa.gov/", "USA.gov"))
    assert layout_view(site(), SERVICE, FACTS).official_banner == "An official website of the State of Example"


def test_alerts_name_their_severity_in_words_most_serious_first() -> None:
    window = {"starts": datetime(2026, 11, 1), "ends": datetime(2026, 12, 1)}
    alerts = [Alert(title="Trails", message="Some trails closed.", severity="information", **window), Alert(title="Fire", message="Leave now.", severity="emergency", **window)]  # type: ignore[arg-type]
    found = layout_view(site(replace(minimal(), alerts=alerts)), SERVICE, FACTS).alerts
    assert [(a.severity, a.heading, a.title) for a in found] == [("emergency", "Emergency:", "Fire"), ("information", "Information:", "Trails")]
    assert found[0] == AlertView("emergency", "Emergency:", "Fire", "Leave now.", "2026-12-01T00:00:00-07:00")


def test_draft_banner_only_when_the_preview_says_why() -> None:
    assert layout_view(site(), SERVICE, FACTS).draft is None
    assert layout_view(site(), SERVICE, replace(FACTS, draft="It is a draft.")).draft == "It is a draft."


BILINGUAL = LanguageVersions(["", "services/parks/reserve-a-campsite/", "forms/", "es/", "es/services/parks/reserve-a-campsite/"], ("en", "es"))


def test_the_switcher_leads_to_the_same_page_in_spanish_written_in_spanish() -> None:
    facts = replace(FACTS, languages=BILINGUAL)
    assert layout_view(site(), SERVICE, facts).language_switch == (LanguageLink("es/services/parks/reserve-a-campsite/", "Español", "es"),)
    spanish = replace(facts, path="es/services/parks/reserve-a-campsite/")
    assert layout_view(site(), SERVICE, spanish).language_switch == (LanguageLink("services/parks/reserve-a-campsite/", "English", "en"),)


def test_a_page_without_translation_offers_the_spanish_home_page_and_says_so() -> None:
    facts = PageFacts("Example.gov", "Forms A to Z", "forms/", languages=BILINGUAL)
    assert layout_view(site(), PageView("forms"), facts).language_switch == (LanguageLink("es/", "Página principal en español", "es"),)
    assert layout_view(site(), PageView("forms"), replace(facts, languages=None)).language_switch == ()
    assert layout_view(site(), PageView("page"), PageFacts("Example.gov", languages=BILINGUAL)).language_switch == ()  # 404.html: its own Spanish part


def test_hreflang_alternates_are_reciprocal_and_absolute_when_the_address_is_known() -> None:
    known = SiteView(minimal(), PortalSettings(), MOMENT, "https://portal.example.gov")
    english = layout_view(known, SERVICE, replace(FACTS, languages=BILINGUAL)).meta.alternates
    spanish = layout_view(known, SERVICE, replace(FACTS, path="es/services/parks/reserve-a-campsite/", languages=BILINGUAL)).meta.alternates
    assert english == spanish == (
        Alternate("en", "https://portal.example.gov/services/parks/reserve-a-campsite/", absolute=True),
        Alternate("es", "https://portal.example.gov/es/services/parks/reserve-a-campsite/", absolute=True),
        Alternate("x-default", "https://portal.example.gov/services/parks/reserve-a-campsite/", absolute=True),
    )
    relative = layout_view(site(), SERVICE, replace(FACTS, languages=BILINGUAL)).meta.alternates
    assert [(a.hreflang, a.href, a.absolute) for a in relative][:2] == [("en", "services/parks/reserve-a-campsite/", False), ("es", "es/services/parks/reserve-a-campsite/", False)]
    assert layout_view(known, PageView("forms"), PageFacts("Example.gov", "Forms", "forms/", languages=BILINGUAL)).meta.alternates == ()


def test_the_script_gets_its_words_and_only_the_search_page_the_search_words() -> None:
    words = json.loads(layout_view(site(), SERVICE, FACTS).script_text)
    assert (words["hours"]["closed_now"], words["forms"]["problem"], "search" in words) == ("Closed now", "There is a problem", False)
    assert "search" in json.loads(layout_view(site(), PageView("search"), FACTS).script_text)
