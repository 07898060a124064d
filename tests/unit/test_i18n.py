"""The string catalogues: every string the code and theme mark has a checked Spanish translation,
with the same placeholders, and the translator gives it back."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from govportal.i18n import N_, catalogue_path, language_of_path, translator
from tests.conftest import REPO

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|\{(\w+)\}")


def placeholders(text: str) -> set[str]:
    return {a or b for a, b in _PLACEHOLDER.findall(text)}


def forms_of(string: str | Sequence[str] | None) -> list[str]:
    """A translation's text: one, or one per plural form."""
    if string is None:
        return []
    return [string] if isinstance(string, str) else list(string)


@pytest.fixture(scope="module")
def spanish() -> Catalog:
    with catalogue_path("es").open("rb") as po:
        return read_po(po, locale="es", abort_invalid=True)


def marked_strings() -> set[tuple[str, str | None]]:
    """What ``pybabel extract -F babel.cfg`` finds: the message ids the code and templates use, each
    with its context (``pgettext``), since one id may read differently in two contexts."""
    with (REPO / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)  # type: ignore[no-untyped-call]  # Babel has no type hints there
    found = extract_from_dir(str(REPO), method_map, options_map, DEFAULT_KEYWORDS)
    return {(message[2] if isinstance(message[2], str) else message[2][0], message[4]) for message in found}


def test_every_marked_string_has_a_checked_spanish_translation(spanish: Catalog) -> None:
    assert ("Choose Yes or No.", None) in (used := marked_strings())
    untranslated = []
    for msgid, context in sorted(used, key=lambda used: (used[0], used[1] or "")):
        message = spanish.get(msgid, context=context)
        forms = [] if message is None else forms_of(message.string)
        if message is None or message.fuzzy or not forms or not all(forms):
            untranslated.append(msgid)
    assert untranslated == [], f"add these to {catalogue_path('es')} (README, Translations): {untranslated}"


def test_translations_keep_the_placeholders(spanish: Catalog) -> None:
    wrong = []
    for message in spanish:
        if not message.id:
            continue  # the header
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        expected = set().union(*(placeholders(i) for i in ids))
        forms = forms_of(message.string)
        wrong += [(ids[0], form) for form in forms if form and placeholders(form) != expected]
    assert wrong == []


def test_translator_gives_spanish_and_english_is_the_message_id_itself() -> None:
    assert translator("es").gettext("Choose Yes or No.") == "Elija Sí o No."
    assert translator("en").gettext("Choose Yes or No.") == "Choose Yes or No."
    assert translator("es").gettext("A sentence nobody translated.") == "A sentence nobody translated."
    assert translator("es") is translator("es")


def test_plural_forms_follow_the_number() -> None:
    one, many = "Your comment is too long. Use %(limit)d character or fewer.", "Your comment is too long. Use %(limit)d characters or fewer."
    spanish = translator("es")
    assert spanish.ngettext(one, many, 1) % {"limit": 1} == "Su comentario es demasiado largo. Use 1 carácter o menos."
    assert spanish.ngettext(one, many, 2000) % {"limit": 2000} == "Su comentario es demasiado largo. Use 2000 caracteres o menos."


def test_marked_defaults_stay_english_until_shown() -> None:
    assert N_("Agree") == "Agree"
    assert translator("es").gettext(N_("Agree")) == "De acuerdo"


@pytest.mark.parametrize(
    ("path", "language"),
    [("/es/", "es"), ("/es/services/dmv/renew/", "es"), ("es/help/", "es"), ("/es", "es"), ("/", "en"), ("/services/es/", "en"), ("/espanol/", "en"), ("", "en")],
)
def test_the_language_of_a_page_is_its_first_folder(path: str, language: str) -> None:
    assert language_of_path(path) == language
