"""How dates, months, percentages and counts read on every page."""

from __future__ import annotations

from datetime import date

from govportal.pages.wording import NO_ANSWERS, capitalized, counted, day_and_month, long_date, month_name, percent


def test_a_long_date_spells_the_month_and_drops_a_leading_zero() -> None:
    assert long_date(date(2026, 11, 3)) == "November 3, 2026"
    assert long_date(date(2027, 1, 31)) == "January 31, 2027"


def test_a_month_reads_in_words() -> None:
    assert month_name("2026-11") == "November 2026"


def test_a_percentage_without_answers_says_so_rather_than_zero() -> None:
    assert (percent(87.5), percent(100.0), percent(0.0)) == ("87.5%", "100%", "0%")
    assert percent(None) == NO_ANSWERS == "No answers yet"


def test_counts_take_the_plural_except_for_one() -> None:
    assert [counted(n, "response") for n in (0, 1, 2)] == ["0 responses", "1 response", "2 responses"]


def test_dates_and_months_in_spanish_come_from_the_cldr() -> None:
    assert long_date(date(2026, 11, 23), "es") == "23 de noviembre de 2026"
    assert long_date(date(2027, 1, 1), "es") == "1 de enero de 2027"
    assert month_name("2026-11", "es") == "noviembre de 2026"


def test_a_coming_day_names_the_weekday_and_the_date() -> None:
    assert day_and_month(date(2026, 12, 25)) == "Friday, December 25"
    assert day_and_month(date(2026, 12, 25), "es") == "viernes, 25 de diciembre"
    assert (capitalized("viernes, 25 de diciembre"), capitalized("Friday"), capitalized("")) == ("Viernes, 25 de diciembre", "Friday", "")
