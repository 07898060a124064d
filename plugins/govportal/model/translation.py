"""Translations of the portal's English content, and how far behind the English each one is.

A translation sits beside its English source (``services/dmv/renew.es.md`` beside ``renew.md``,
``agencies/dmv.es.yml`` beside ``dmv.yml``) and records the fingerprint of the English it was made
from (``translated_from``). When the English changes, the fingerprints differ and the translation is
*stale*: the build warns and the translated page can say so, instead of silently showing old text.

The fingerprint is taken over what translators translate, as editors wrote it: the text fields
(:data:`SERVICE_TEXT`, :data:`AGENCY_TEXT`...) and the Markdown body, with line endings and trailing
spaces normalised, so saving a file without changing it does not make its translations stale.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator

from govportal.model.fields import ContentModel, fail

Language = Literal["en", "es"]
SOURCE_LANGUAGE: Language = "en"
# Languages govportal can publish, by code, named in English for editors' messages.
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "es": "Spanish"}
TRANSLATED_LANGUAGES: tuple[Language, ...] = ("es",)

# Fields people read, by name wherever they appear in a file: these are translated, and only these
# count in the fingerprint. Numbers, addresses, links, dates and ids stay as in the English.
SERVICE_TEXT = frozenset({"title", "summary", "who_can_use", "what_you_need", "cost", "time_to_complete", "label", "notes", "message", "description", "method", "purpose"})
AGENCY_TEXT = frozenset({"name", "description", "standards", "text", "label", "response_time", "have_ready", "message", "languages"})
PORTAL_TEXT = frozenset({"label", "response_time", "have_ready", "message", "languages", "name"})
TOPICS_TEXT = frozenset({"title", "description"})

FINGERPRINT_CHARS = 12

FieldPath = tuple[str | int, ...]  # ("channels", 0, "label"): keys and list positions from the top


@dataclass(frozen=True)
class Translation:
    """What a translated page needs to say about itself: its language, whether it is a machine
    translation, and whether the English changed since it was made.

    ``file`` and ``source`` are paths in the content folder (``services/dmv/renew.es.md``,
    ``services/dmv/renew.md``); ``fingerprint`` is the English source's now.
    """

    language: Language
    file: str
    source: str
    fingerprint: str
    translated_from: str | None  # None: never marked
    machine: bool = False

    @property
    def stale(self) -> bool:
        """The English changed since the translation was made (or nobody recorded when it was)."""
        return self.translated_from != self.fingerprint

    @property
    def marked(self) -> bool:
        return self.translated_from is not None


@dataclass(frozen=True)
class Translations:
    """The translation records of one language's portal: what is translated, and how well. In the
    English portal there are none; :meth:`PortalContent.in_language` fills them."""

    portal: Translation | None = None  # portal.es.yml: the help channels' text, languages, holidays
    topics: Translation | None = None  # topics.es.yml
    agencies: dict[str, Translation] = field(default_factory=dict)  # by agency id
    services: dict[str, Translation] = field(default_factory=dict)  # by service id, dmv/renew-license

    def all(self) -> list[Translation]:
        """Every record, portal and topics first, then agencies and services by id."""
        single = [t for t in (self.portal, self.topics) if t is not None]
        return single + [self.agencies[i] for i in sorted(self.agencies)] + [self.services[i] for i in sorted(self.services)]


def field_name(path: FieldPath) -> str:
    """``("channels", 0, "label")`` -> ``channels[1].label``, as findings name fields (items from 1)."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def text_fields(data: Any, keys: frozenset[str], path: FieldPath = ()) -> Iterator[tuple[FieldPath, str]]:
    """Every text a translator translates in ``data`` (YAML as read), in file order: string values,
    or items of lists of strings, under one of ``keys``."""
    if isinstance(data, dict):
        for key, value in data.items():
            inner = (*path, str(key))
            if str(key) in keys and isinstance(value, str | list):
                yield from _strings(value, inner)
            elif isinstance(value, dict | list):
                yield from text_fields(value, keys, inner)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from text_fields(item, keys, (*path, index))


def _strings(value: str | list[Any], path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if isinstance(value, str):
        yield path, value
    else:
        yield from (((*path, i), item) for i, item in enumerate(value) if isinstance(item, str))


def normalise(text: str) -> str:
    """Text as it counts for staleness: line endings, trailing spaces and blank edges do not."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def fingerprint(fields: list[tuple[FieldPath, str]], body: str = "") -> str:
    """A short, stable hash of what translators translate (``fields`` from :func:`text_fields`, and a Markdown body)."""
    digest = hashlib.sha256()
    for path, text in fields:
        digest.update(f"{field_name(path)}\t{normalise(text)}\n".encode())
    digest.update(b"\x00" + normalise(body).encode())
    return digest.hexdigest()[:FINGERPRINT_CHARS]


_TRANSLATION_NAME = re.compile(r"^(?P<stem>[^.]+)\.(?P<language>[a-z]{2})$")


def split_language(stem: str) -> tuple[str, str | None]:
    """``renew.es`` -> (``renew``, ``es``); a name without a language part -> (name, None)."""
    match = _TRANSLATION_NAME.match(stem)
    return (match["stem"], match["language"]) if match else (stem, None)


def _fingerprint_text(value: Any) -> Any:
    """YAML reads a fingerprint of digits only as a number; it is text."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _check_fingerprint(value: str) -> str:
    if not re.fullmatch(rf"[0-9a-f]{{{FINGERPRINT_CHARS}}}", value):
        raise fail(f"'{value}' is not a fingerprint govportal wrote; run 'govportal translations mark' on this file to set it")
    return value


Fingerprint = Annotated[str, BeforeValidator(_fingerprint_text), AfterValidator(_check_fingerprint)]


class TranslationFields(ContentModel):
    """The fields a translation file has beside its translated text."""

    translated_from: Fingerprint | None = None  # written by 'govportal translations mark'
    machine: bool = False  # made by machine translation: the page says so


TRANSLATION_KEYS = tuple(TranslationFields.model_fields)
