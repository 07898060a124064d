"""What citizens read, in their language: one gettext catalogue per language.

English is written in the code and templates themselves (the message ids); each other language
has a catalogue, ``locale/<language>/LC_MESSAGES/govportal.po``, that translators edit and
``pybabel`` keeps in step with the code (see ``babel.cfg`` and the README's Translations section).
The ``.po`` file is read when first needed, so the catalogue works the same from a checkout and
from a wheel, with no compile step to forget. Fuzzy entries (a translator's guess that nobody
checked) are left out: people see the English instead of a wrong sentence.

Strings in Python are marked with ``_ = translator(language).gettext`` (or ``ngettext``) at the
place they are used; defaults defined away from a language (settings) are marked with :func:`N_`
and translated where they are shown. Placeholders are named, ``%(limit)s``, so a translation may
put them in another order.
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from govportal.model.translation import SOURCE_LANGUAGE, TRANSLATED_LANGUAGES, Language

DOMAIN = "govportal"
LOCALE_DIR = Path(__file__).parent / "locale"


def catalogue_path(language: Language) -> Path:
    """The ``.po`` file of a translated language."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def translator(language: Language) -> gettext.NullTranslations:
    """The strings of ``language``: ``translator("es").gettext("Choose Yes or No.")``.

    English returns the message ids themselves. Cached: a catalogue is package data and does not
    change while the process runs.
    """
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    with catalogue_path(language).open("rb") as po:
        catalogue = read_po(po, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def N_(message: str) -> str:  # noqa: N802 (the name gettext tools look for)
    """Marks a string for the catalogue where it is defined, to be translated where it is shown."""
    return message


def language_of_path(path: str) -> Language:
    """The language of a page by its site path: ``/es/...`` (or ``es/...``) is Spanish, the rest English."""
    first = path.lstrip("/").split("/", 1)[0]
    for language in TRANSLATED_LANGUAGES:
        if first == language:
            return language
    return SOURCE_LANGUAGE
