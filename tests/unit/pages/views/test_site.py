"""SiteView: the questions every template asks about the portal, answered once per build."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

from govportal.config.portal import PortalSettings
from govportal.model.hours import Hours
from govportal.model.review import DEFAULT_REVIEW
from govportal.model.status import ServiceStatus
from govportal.pages.plan import PlannedPage
from govportal.pages.views.site import LiveHelp, PageView, Review, SiteView
from tests.unit.pages.views.portal import MOMENT, agency, minimal, service, site, with_services

CAMPING = minimal().services[0]
PARKS = minimal().agencies["parks"]
SERVICE = PageView("service", agency_id="parks", service=CAMPING)


def test_live_help_skips_a_phone_that_is_down_and_has_no_phone_when_none_works() -> None:
    down = PARKS.channels[0].model_copy(update={"status": ServiceStatus(state="down", message="Down.")})
    spare = PARKS.channels[0].model_copy(update={"number": "(801) 555-0181"})
    two = site(replace(minimal(), agencies={"parks": PARKS.model_copy(update={"channels": [down, spare]})}))
    assert two.live_help(SERVICE).tel == "tel:+1-801-555-0181"
    email_only = site(replace(minimal(), agencies={"parks": PARKS.model_copy(update={"channels": [PARKS.channels[1]]})}))
    assert email_only.live_help(SERVICE) == LiveHelp("help/#parks", "DSP", None, None)


def test_live_help_is_worked_out_once_per_agency() -> None:
    view = site()
    assert view.live_help(SERVICE) is view.live_help(PageView("agency", agency_id="parks"))
    assert view.live_help(PageView("home")) is view.live_help(PageView("topics"))
    assert view.live_help(PageView("home")).href == "help/"


def test_lists_come_in_alphabetical_order_and_top_tasks_skip_removed_services() -> None:
    content = replace(with_services(service("b", "boating permit"), service("a", "Camping pass")), agencies={"parks": PARKS, "arts": agency("Arts Council")})
    view = site(replace(content, portal=content.portal.model_copy(update={"top_tasks": ["gone", "b"]})))
    assert [a for a, _ in view.agencies()] == ["arts", "parks"]
    assert [s.service.title for s in view.services()] == ["boating permit", "Camping pass"]
    assert [s.slug for s in view.top_tasks()] == ["b"]
    assert [t.id for t in view.topics_of(service("c", "C", "parks", ("outdoors", "gone")))] == ["outdoors"]


def test_phone_hours_are_the_lines_own_else_the_agency_main_line() -> None:
    assert site().phone_hours(CAMPING) == PARKS.channels[0].hours
    no_phone = service("c", "C", how_to_apply=CAMPING.service.how_to_apply.model_copy(update={"phone": None}))
    assert site().phone_hours(no_phone) is None
    assert site().offices("parks") == [] and site().offices("gone") == []


def test_review_dates_of_service_and_agency_pages_only() -> None:
    due = DEFAULT_REVIEW.after(date(2026, 10, 1))
    assert site().review_of(SERVICE) == Review(date(2026, 10, 1), due)
    assert site().review_of(PageView("agency", agency_id="parks")) == Review(date(2026, 10, 1), due)
    assert site().review_of(PageView("help")) is None


def test_a_generated_page_is_about_what_its_plan_names() -> None:
    view = site()
    assert view.view_of(PlannedPage("agencies/parks/index.md", "Parks", "agency", "parks")) == PageView("agency", agency_id="parks")
    assert view.view_of(PlannedPage("topics/outdoors/index.md", "Outdoors", "topic", "outdoors")) == PageView("topic", topic=minimal().topics["outdoors"])
    survey = view.view_of(PlannedPage("x/index.md", "Survey", "survey", "parks/reserve-a-campsite"))
    assert (survey.kind, survey.agency_id, survey.service) == ("survey", "parks", CAMPING)
    assert view.view_of(PlannedPage("help/index.md", "Help", "help")) == PageView("help")


def test_json_ld_for_service_and_agency_pages_with_full_addresses() -> None:
    view = SiteView(minimal(), PortalSettings(), MOMENT, "https://portal.example.gov")
    service_data = json.loads(str(view.json_ld(SERVICE)))
    assert (service_data["@type"], service_data["url"]) == ("GovernmentService", "https://portal.example.gov/services/parks/reserve-a-campsite/")
    assert (service_data["serviceType"], service_data["provider"]["url"]) == ("Outdoors", "https://portal.example.gov/agencies/parks/")
    assert json.loads(str(view.json_ld(PageView("agency", agency_id="parks"))))["areaServed"]["name"] == "State of Example"
    assert view.json_ld(PageView("survey", agency_id="parks", service=CAMPING)) is None and view.json_ld(PageView("help")) is None
    assert view.absolute("help/") == "https://portal.example.gov/help/" and site().absolute("help/") == "/help/"


def test_description_index_and_search_filters_follow_what_the_page_is_about() -> None:
    topic = PageView("topic", topic=minimal().topics["outdoors"])
    assert [site().description(p) for p in (SERVICE, PageView("agency", agency_id="parks"), topic, PageView("help"))] == [
        CAMPING.service.summary, "We run the state parks.", "Parks and camping.", None,
    ]
    assert [site().indexed(PageView(kind)) for kind in ("service", "help", "forms", "survey")] == [True, True, False, False]
    assert site().search_filters(SERVICE) == [("agency", "Division of State Parks"), ("topic", "Outdoors")]
    assert site().search_filters(topic) == [("topic", "Outdoors")]


def test_names_of_agencies_and_services_removed_since_are_their_ids() -> None:
    assert (site().agency_name("parks"), site().agency_name("gone")) == ("Division of State Parks", "gone")
    assert (site().service_title("parks/reserve-a-campsite"), site().service_title("parks/gone")) == ("Reserve a campsite", "parks/gone")


def test_feedback_addresses_and_the_search_page_policy() -> None:
    assert (site().feedback_action(), site().accessibility_action()) == ("/api/feedback", "/api/feedback/accessibility")
    assert "'wasm-unsafe-eval'" in site().content_security_policy(PageView("search"))
    assert "'wasm-unsafe-eval'" not in site().content_security_policy(SERVICE)


def test_dates_and_zones_at_the_build_moment() -> None:
    assert site().today == date(2026, 11, 23) and site().long_date(date(2026, 11, 3)) == "November 3, 2026"
    assert site().zone_name(None) == "America/Denver"
    assert site().zone_name(Hours(timezone="America/New_York", open_24_7=True)) == "America/New_York"
    assert SiteView(minimal(), PortalSettings(), datetime(2026, 1, 1)).site_url == "/"
