"""The glossary: each acronym defined once for the whole portal."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from govportal.model.glossary import Glossary

DMV = {"term": "DMV", "expansion": "Division of Motor Vehicles"}


def test_expansions_by_term() -> None:
    glossary = Glossary.model_validate({"terms": [DMV, {"term": "WIC", "expansion": "Women, Infants, and Children"}]})
    assert glossary.expansions() == {"DMV": "Division of Motor Vehicles", "WIC": "Women, Infants, and Children"}


def test_a_term_defined_twice_is_named() -> None:
    with pytest.raises(ValidationError) as raised:
        Glossary.model_validate({"terms": [DMV, {"term": "WIC", "expansion": "x"}, DMV, DMV]})
    assert raised.value.errors()[0]["msg"] == "DMV defined more than once; keep one entry per term"


@pytest.mark.parametrize("term", ["dmv", "D", "D M V", "1DMV"])
def test_terms_are_written_as_in_the_text(term: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Glossary.model_validate({"terms": [{"term": term, "expansion": "x"}]})
    assert raised.value.errors()[0]["loc"] == ("terms", 0, "term")
