"""The page plan: every generated page, where it lives and which template draws it."""

from __future__ import annotations

import yaml

from govportal.pages.plan import PlannedPage, plan_pages
from tests.unit.pages.views.portal import minimal, with_translation


def test_every_portal_gets_the_same_lists_then_one_page_per_agency_topic_and_survey() -> None:
    planned = [(p.src_uri, p.kind, p.key) for p in plan_pages(minimal(), has_home=False)]
    assert planned == [
        ("index.md", "home", ""),
        ("help/index.md", "help", ""),
        ("agencies/index.md", "agencies", ""),
        ("services/index.md", "services", ""),
        ("topics/index.md", "topics", ""),
        ("forms/index.md", "forms", ""),
        ("search/index.md", "search", ""),
        ("status/index.md", "status", ""),
        ("performance/index.md", "performance", ""),
        ("agencies/parks/index.md", "agency", "parks"),
        ("topics/outdoors/index.md", "topic", "outdoors"),
        ("services/parks/reserve-a-campsite/survey/index.md", "survey", "parks/reserve-a-campsite"),
    ]


def test_an_editors_home_page_is_not_replaced() -> None:
    kinds = [p.kind for p in plan_pages(minimal(), has_home=True)]
    assert "home" not in kinds and kinds[0] == "help"


def test_titles_name_the_agency_topic_or_service() -> None:
    titles = {p.key: p.title for p in plan_pages(minimal(), has_home=True) if p.key}
    assert titles == {"parks": "Division of State Parks", "outdoors": "Outdoors", "parks/reserve-a-campsite": "Tell us about: Reserve a campsite"}


def test_the_template_is_named_after_the_kind() -> None:
    assert PlannedPage("agencies/parks/index.md", "Parks", "agency", "parks").template == "govportal/agency.html"


def test_the_source_keeps_any_title_as_yaml_reads_it() -> None:
    title = 'Tell us about: "Renew" a license: #1 & más'
    source = PlannedPage("x/index.md", title, "survey").source()
    assert source.startswith("---\n") and source.endswith("\n---\n")
    assert yaml.safe_load(source.strip("-\n")) == {"title": title}


def test_spanish_pages_are_planned_under_es_with_their_services_and_spanish_titles() -> None:
    planned = plan_pages(with_translation(), has_home=True, languages=("en", "es"))
    spanish = [(p.src_uri, p.kind, p.key, p.title) for p in planned if p.language == "es"]
    assert spanish == [
        ("es/index.md", "home", "", "Inicio"),
        ("es/help/index.md", "help", "", "Ayuda en vivo: contáctenos"),
        ("es/agencies/index.md", "agencies", "", "Agencias de la A a la Z"),
        ("es/services/index.md", "services", "", "Todos los servicios de la A a la Z"),
        ("es/topics/index.md", "topics", "", "Temas"),
        ("es/search/index.md", "search", "", "Buscar"),
        ("es/agencies/parks/index.md", "agency", "parks", "Division of State Parks"),
        ("es/topics/outdoors/index.md", "topic", "outdoors", "Outdoors"),
        ("es/services/parks/reserve-a-campsite/index.md", "service", "parks/reserve-a-campsite", "Reserve un campamento"),
        ("es/services/parks/reserve-a-campsite/survey/index.md", "survey", "parks/reserve-a-campsite", "Cuéntenos sobre: Reserve un campamento"),
    ]


def test_only_english_is_planned_unless_the_portal_has_more_languages() -> None:
    assert {p.language for p in plan_pages(with_translation(), has_home=True)} == {"en"}
