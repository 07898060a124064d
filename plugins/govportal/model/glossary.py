"""``content/glossary.yml``: acronyms and terms the whole portal uses, defined once.

Pages show each term's expansion the first time they use it (see
:mod:`govportal.pages.glossary`), so editors need not spell out "DMV" on every page and
the gate's acronym check knows the term is defined.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from pydantic import Field, field_validator

from govportal.model.fields import ContentModel, Text, fail


class Term(ContentModel):
    """One acronym or abbreviation and what it stands for."""

    term: Annotated[str, Field(pattern=r"^[A-Z][A-Za-z0-9&.]{1,11}$")]  # as written in the text: DMV, WIC, USDOT
    expansion: Text  # the words it stands for: Division of Motor Vehicles
    definition: Text | None = None  # optional: what it is, in one plain sentence


class Glossary(ContentModel):
    terms: list[Term] = []

    @field_validator("terms")
    @classmethod
    def _each_term_once(cls, terms: list[Term]) -> list[Term]:
        twice = sorted(term for term, count in Counter(t.term for t in terms).items() if count > 1)
        if twice:
            raise fail(f"{', '.join(twice)} defined more than once; keep one entry per term")
        return terms

    def expansions(self) -> dict[str, str]:
        """Term -> expansion, for rendering pages."""
        return {t.term: t.expansion for t in self.terms}
