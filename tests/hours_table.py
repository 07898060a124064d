"""The shared table of opening-hours cases (``tests/fixtures/hours/cases.json``), read into schedules.

The Python model and the browser script are both run on these; see tests/unit/model/test_hours_table.py
and tests/browser/test_hours_table.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from govportal.model.holidays import Closure, Holiday
from govportal.model.hours import Calendar, Hours, SpecialHours
from govportal.model.schedule import Schedule

TABLE: dict[str, Any] = json.loads((Path(__file__).parent / "fixtures/hours/cases.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    name: str
    schedule: Schedule
    moment: datetime
    expect: str | None


def schedule_of(setup_name: str) -> Schedule:
    """The setup's hours, read by the model as editors' content is, over the table's dates."""
    setup = TABLE["setups"][setup_name]
    listed = setup["holidays"]
    holidays = TABLE["holiday_lists"][listed] if isinstance(listed, str) else listed
    calendar = Calendar(
        holidays=tuple(Holiday.model_validate(h) for h in holidays),
        closures=tuple(Closure.model_validate(c) for c in setup.get("closures", [])),
        special_hours=tuple(SpecialHours.model_validate(s) for s in setup.get("special_hours", [])),
    )
    hours = Hours.model_validate(setup["hours"])
    return hours.schedule(setup["zone"], calendar, date.fromisoformat(TABLE["first"]), date.fromisoformat(TABLE["last"]))


def cases() -> list[Case]:
    return [
        Case(f"{c['setup']} at {c['at']}", schedule_of(c["setup"]), datetime.fromisoformat(c["at"]), c["expect"])
        for c in TABLE["cases"]
    ]


@dataclass(frozen=True)
class Sweep:
    """Every ``step`` minutes of a year (UTC), for one setup."""

    name: str
    schedule: Schedule
    start: datetime
    step: int
    count: int

    def moments(self) -> list[datetime]:
        return [self.start + timedelta(minutes=self.step * n) for n in range(self.count)]


def sweeps() -> list[Sweep]:
    found = []
    for sweep in TABLE["sweeps"]:
        start = datetime(sweep["year"], 1, 1, tzinfo=timezone.utc)
        minutes = (datetime(sweep["year"] + 1, 1, 1, tzinfo=timezone.utc) - start) // timedelta(minutes=1)
        step = sweep["step_minutes"]
        found.append(Sweep(f"{sweep['setup']} in {sweep['year']}", schedule_of(sweep["setup"]), start, step, minutes // step))
    return found


def python_answers(sweep: Sweep) -> list[list[Any] | None]:
    """[open, text] (or None) for every moment of the sweep, from the Python model."""
    answers: list[list[Any] | None] = []
    for moment in sweep.moments():
        status = sweep.schedule.status_at(moment)
        answers.append(None if status is None else [status.is_open, status.text])
    return answers
