"""Hours, alerts and statuses at one build moment: in words, by date, most serious first."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

from govportal.i18n import translator
from govportal.model.alerts import SEVERITY_NAMES, Alert, Scope
from govportal.model.hours import Closure, Hours, SpecialHours
from govportal.model.portal import PortalContent
from govportal.model.status import STATE_NAMES, ServiceStatus
from govportal.pages.availability import Availability, DayNote
from tests.unit.pages.views.portal import MOMENT, minimal, service, with_services

ZONE = "America/Denver"
WEEKDAYS = Hours(weekdays="8:00-17:00")  # type: ignore[arg-type]  # parsed by the model
DOWN = ServiceStatus(state="down", message="It is down.", until=datetime(2026, 12, 1, 9, 0))
PARKS = minimal().agencies["parks"]


def at(content: PortalContent | None = None, moment: datetime = MOMENT) -> Availability:
    return Availability(content or minimal(), ZONE, moment)


def alert(title: str, severity: str, scope: Scope | None = None, ends: datetime = datetime(2026, 11, 24, 0, 0)) -> Alert:
    return Alert(title=title, message=f"{title}.", severity=severity, scope=scope or "portal", starts=datetime(2026, 11, 22, 0, 0), ends=ends)  # type: ignore[arg-type]


def test_today_is_the_date_in_the_portals_zone() -> None:
    assert at(moment=datetime(2026, 11, 24, 3, 0, tzinfo=timezone.utc)).today == date(2026, 11, 23)


def test_hours_in_words_with_the_zone_and_state_holidays() -> None:
    assert at().hours_words(WEEKDAYS) == "Monday to Friday, 8 a.m. to 5 p.m. Mountain Time; closed on state holidays"
    assert at().hours_words(WEEKDAYS.model_copy(update={"observes_state_holidays": False, "timezone": "America/New_York"})) == "Monday to Friday, 8 a.m. to 5 p.m. Eastern Time"
    assert at().zone_name(Hours(open_24_7=True)) == "Mountain Time"


def test_hours_in_spanish_words_with_the_spanish_zone_name() -> None:
    spanish = at(replace(minimal(), language="es"))
    assert spanish.hours_words(WEEKDAYS) == "de lunes a viernes, de 8 a. m. a 5 p. m., hora de las Montañas Rocosas; cerrado los días feriados del estado"
    assert spanish.week_words(WEEKDAYS) == "de lunes a viernes, de 8 a. m. a 5 p. m., hora de las Montañas Rocosas"
    assert spanish.hours_rows(WEEKDAYS) == (("De lunes a viernes", "de 8 a. m. a 5 p. m."), ("De sábado a domingo", "Cerrado"))
    assert at().hours_rows(WEEKDAYS) == (("Monday to Friday", "8 a.m. to 5 p.m."), ("Saturday to Sunday", "Closed"))


def test_day_notes_in_spanish() -> None:
    parks = PARKS.model_copy(update={"special_hours": [SpecialHours(date=date(2026, 12, 24), hours="8:00-12:00", name="Nochebuena")]})  # type: ignore[arg-type]
    notes = at(replace(minimal(), agencies={"parks": parks}, language="es")).day_notes(WEEKDAYS, "parks")
    assert [(n.when, n.what) for n in notes] == [
        ("Jueves, 24 de diciembre", "abierto de 8 a. m. a 12 del mediodía (Nochebuena)"),
        ("Viernes, 25 de diciembre", "cerrado (Christmas Day)"),  # the holiday's name is the content's
    ]


def test_states_and_severities_are_named_in_the_pages_language() -> None:
    spanish = at(replace(minimal(), language="es"))
    assert (spanish.state_name(DOWN), at().state_name(DOWN)) == ("No funciona", "Not working")
    assert (spanish.severity_name(alert("Storm", "warning")), at().severity_name(alert("Storm", "warning"))) == ("Advertencia", "Warning")
    untranslated = [name for name in (*STATE_NAMES.values(), *SEVERITY_NAMES.values()) if translator("es").gettext(name) == name]
    assert untranslated == []  # the model's names are not marked for pybabel: the catalogue must hold them


def test_day_notes_list_holidays_closures_and_special_hours_by_date() -> None:
    parks = PARKS.model_copy(update={
        "closed_on": [Closure(date=date(2026, 12, 1), name="Staff training")],
        "special_hours": [SpecialHours(date=date(2026, 12, 24), hours="8:00-12:00", name="Christmas Eve")],  # type: ignore[arg-type]
    })
    notes = at(replace(minimal(), agencies={"parks": parks})).day_notes(WEEKDAYS, "parks")
    assert notes == [
        DayNote(date(2026, 12, 1), "Tuesday, December 1", "closed (Staff training)"),
        DayNote(date(2026, 12, 24), "Thursday, December 24", "open 8 a.m. to noon (Christmas Eve)"),
        DayNote(date(2026, 12, 25), "Friday, December 25", "closed (Christmas Day)"),
    ]
    assert at().day_notes(WEEKDAYS) == [DayNote(date(2026, 12, 25), "Friday, December 25", "closed (Christmas Day)")]
    assert at().day_notes(Hours(open_24_7=True)) == []


def test_hours_data_is_compact_json_covering_the_day_before_to_400_days_ahead() -> None:
    week = ",".join(["[[480,1020]]"] * 5 + ["[]"] * 2)
    assert at().hours_data(WEEKDAYS) == (
        '{"zone":"America/Denver","always":false,"week":[' + week + '],"closed":["2026-12-25"],"special":{},"first":"2026-11-22","last":"2027-12-28"}'
    )


def test_alerts_for_a_page_are_the_active_ones_that_cover_it_most_serious_first() -> None:
    camping = minimal().services[0]
    alerts = [
        alert("Road closed", "information", Scope(topics=["outdoors"])),
        alert("Storm", "emergency"),
        alert("Other agency", "warning", Scope(agencies=["dmv"])),
        alert("Ended", "emergency", ends=datetime(2026, 11, 23, 9, 0)),
        alert("Reservations slow", "warning", Scope(services=["parks/reserve-a-campsite"])),
    ]
    availability = at(replace(minimal(), alerts=alerts))
    assert [a.title for a in availability.alerts_for("parks", camping, None)] == ["Storm", "Reservations slow", "Road closed"]
    assert [a.title for a in availability.alerts_for(None, None, "outdoors")] == ["Storm", "Road closed"]
    assert [a.title for a in availability.alerts_for(None, None, None)] == ["Storm"]
    assert availability.ends_iso(alerts[1]) == "2026-11-24T00:00:00-07:00"


def test_a_status_applies_only_within_its_window() -> None:
    assert at().status_of(DOWN) is DOWN
    assert at().status_of(DOWN.model_copy(update={"until": datetime(2026, 11, 23, 9, 0)})) is None
    assert at().status_of(DOWN.model_copy(update={"since": datetime(2026, 11, 23, 11, 0)})) is None
    assert at().status_of(None) is None


def test_channels_not_working_come_last_in_their_order() -> None:
    phone, email = PARKS.channels
    assert at().working_first([phone.model_copy(update={"status": DOWN}), email]) == [email, phone.model_copy(update={"status": DOWN})]
    assert at().working_first([phone, email]) == [phone, email]


def test_what_is_not_working_services_by_title_then_channels_by_agency_then_the_portals() -> None:
    zoo = service("visit-the-zoo", "Visit the zoo", "parks", ("outdoors",), status=DOWN)
    art = service("buy-a-pass", "Buy a pass", "parks", ("outdoors",), status=DOWN.model_copy(update={"state": "degraded"}))
    parks = PARKS.model_copy(update={"channels": [PARKS.channels[0].model_copy(update={"status": DOWN, "label": "Main line"}), PARKS.channels[1]]})
    portal = minimal().portal.model_copy(update={"help_channels": [c.model_copy(update={"status": DOWN}) for c in minimal().portal.help_channels]})
    availability = at(replace(with_services(zoo, art), agencies={"parks": parks}, portal=portal))
    assert [(n.kind, n.name, n.agency_id, n.path, n.status.state) for n in availability.not_working()] == [
        ("service", "Buy a pass", "parks", "services/parks/buy-a-pass/", "degraded"),
        ("service", "Visit the zoo", "parks", "services/parks/visit-the-zoo/", "down"),
        ("channel", "DSP: Main line", "parks", "help/#parks", "down"),
        ("channel", "Phone", None, "help/", "down"),
    ]
    data = json.loads(availability.status_json("https://portal.example.gov/"))
    assert data["generated"] == "2026-11-23T10:00:00-07:00"
    assert data["not_working"][1] == {
        "kind": "service", "name": "Visit the zoo", "agency": "parks", "url": "https://portal.example.gov/services/parks/visit-the-zoo/",
        "state": "down", "message": "It is down.", "since": None, "until": "2026-12-01T09:00:00-07:00",
    }
