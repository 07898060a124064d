"""The words govportal.js writes: English as the Python rules say them, Spanish from the catalogue,
with the same placeholders in both, so the script can fill either."""

from __future__ import annotations

import json
import re
from typing import Any

from govportal.model.schedule import DAY_NAMES, MONTH_NAMES
from govportal.model.translation import Language
from govportal.pages.script_text import script_text

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def leaves(text: Any, path: str = "") -> dict[str, str]:
    """Every string of the words, by its path: hours.until.one."""
    if isinstance(text, dict):
        return {k: v for key, value in text.items() for k, v in leaves(value, f"{path}.{key}" if path else key).items()}
    if isinstance(text, list):
        return {k: v for i, value in enumerate(text) for k, v in leaves(value, f"{path}[{i}]").items()}
    return {path: text}


def words(language: Language) -> Any:
    """The words as the script reads them."""
    return json.loads(script_text(language, search=True))


def test_english_words_are_the_python_rules_own() -> None:
    english = words("en")["hours"]
    assert (english["days"], english["months"]) == (list(DAY_NAMES), list(MONTH_NAMES))
    assert (english["open_until"] % {"until": english["until"]["noon"]}, english["opens"] % {"day": "today", "at": "at 8 a.m."}) == ("Open now, until noon", "Opens today at 8 a.m.")


def test_spanish_says_la_1_las_8_and_al_mediodia() -> None:
    spanish = words("es")["hours"]
    assert spanish["open_until"] % {"until": spanish["until"]["one"] % {"time": "1 p. m."}} == "Abierto ahora, hasta la 1 p. m."
    opens = spanish["opens"] % {"day": spanish["date"] % {"weekday": "lunes", "day": 4, "month": "enero"}, "at": spanish["at"]["noon"]}
    assert opens == "Abre el lunes 4 de enero al mediodía"
    assert words("es")["search"]["more"] == {"one": "Mostrar %(count)s resultado más", "other": "Mostrar %(count)s resultados más"}


def test_every_spanish_word_is_translated_with_the_english_placeholders() -> None:
    english, spanish = leaves(words("en")), leaves(words("es"))
    assert english.keys() == spanish.keys()
    assert [key for key in english if set(PLACEHOLDER.findall(english[key])) != set(PLACEHOLDER.findall(spanish[key]))] == []
    same = {key for key in english if english[key] == spanish[key]}
    assert same == {"hours.closed_then"}  # "%(closed)s. %(opens)s": nothing to translate
