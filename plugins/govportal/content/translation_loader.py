"""Read every translation beside its English source, checked like the English, and merged over it.

A translated service is a whole page with the English page's fields (checked by the same model:
links, phone numbers, one-sentence summary...); an agency, the topics and the portal's help text
give only what changes, merged over the English file and then checked as a whole. A translation
without an English source, or in a language govportal does not publish, is an error; one behind
its English source (see :mod:`govportal.model.translation`) is a warning naming the English file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from govportal.content.reader import UNREADABLE, Reader
from govportal.content.translation_files import SourceProblem, overlay, read_source, source_of, translation_files
from govportal.content.yamlfile import split_front_matter
from govportal.model.agency import Agency
from govportal.model.portal import Portal, ServicePage, Topic, TopicsFile, TranslatedPortal
from govportal.model.service import Service
from govportal.model.translation import LANGUAGE_NAMES, TRANSLATED_LANGUAGES, TRANSLATION_KEYS, Language, Translation, Translations, TranslationFields


@dataclass
class _Found:
    """One language's translations while they are read."""

    portal: Portal | None = None
    topics: dict[str, Topic] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    services: dict[str, ServicePage] = field(default_factory=dict)
    records: dict[str, Translation] = field(default_factory=dict)  # by kind: portal, topics, agency:<id>


def load_translations(reader: Reader, agencies: dict[str, Agency], services: list[ServicePage]) -> dict[Language, TranslatedPortal]:
    """Every translation under the content folder, by language; problems noted on ``reader``.

    Only translations of English files that loaded are kept: an English file with errors is
    reported on its own, and its translation waits for it.
    """
    found: dict[Language, _Found] = {}
    loaded = {s.source for s in services} | {f"agencies/{i}" for i in agencies}
    for name in translation_files(reader.listing.files):
        source, code = source_of(name) or ("", "")
        path = reader.root / name
        language = next((lang for lang in TRANSLATED_LANGUAGES if lang == code), None)
        if language is None:
            reader.note(path, "", f"'{code}' is not a language govportal publishes translations in; use {', '.join(TRANSLATED_LANGUAGES)} ({', '.join(LANGUAGE_NAMES[lang] for lang in TRANSLATED_LANGUAGES)})")
        elif not (reader.root / source).is_file():
            reader.note(path, "", f"has no English source: there is no content/{source}; translate an existing file, or rename this one after it")
        elif source.startswith("services/") and source not in loaded:
            continue  # the English page has errors (reported there), or is not a service
        elif source.startswith("agencies/") and f"agencies/{Path(source).stem}" not in loaded:
            continue
        else:
            _load_one(reader, found.setdefault(language, _Found()), name, source, language)
    return {language: _translated(language, f) for language, f in found.items()}


def _translated(language: Language, found: _Found) -> TranslatedPortal:
    agencies = {key.removeprefix("agency:"): r for key, r in found.records.items() if key.startswith("agency:")}
    records = Translations(found.records.get("portal"), found.records.get("topics"), agencies, {i: p.translation for i, p in found.services.items() if p.translation})
    return TranslatedPortal(language, found.portal, found.topics, found.agencies, found.services, records)


def _load_one(reader: Reader, found: _Found, name: str, source: str, language: Language) -> None:
    try:
        english = read_source(reader.root, source)
    except SourceProblem:
        return  # reported on the English file by the loader
    path = reader.root / name
    text = reader.text(path)
    if text is None:
        return
    if english.kind == "service":
        _load_service(reader, found, path, text, Translation(language, name, source, english.fingerprint, None))
        return
    data = reader.data(path, text)
    fields = _translation_fields(reader, path, data)
    if fields is None:
        return
    merged, problems = overlay(english.data, {k: v for k, v in data.items() if k not in TRANSLATION_KEYS})
    for problem in problems:
        where, _, message = problem.partition(": ")
        reader.note(path, where, message)
    record = Translation(language, name, source, english.fingerprint, fields.translated_from, fields.machine)
    if not problems and _merged_model(reader, found, path, english.kind, merged):
        found.records["agency:" + path.name.split(".")[0] if english.kind == "agency" else english.kind] = record
        _warn_if_behind(reader, path, record)


def _translation_fields(reader: Reader, path: Path, data: Any) -> TranslationFields | None:
    """``translated_from`` and ``machine``, checked; None when the file has no fields to read."""
    if data is UNREADABLE:
        return None
    if not isinstance(data, dict):
        reader.note(path, "", "should contain fields written as 'name: value' lines")
        return None
    return reader.model(path, {k: data[k] for k in TRANSLATION_KEYS if k in data}, TranslationFields)


def _merged_model(reader: Reader, found: _Found, path: Path, kind: str, merged: Any) -> bool:
    """The translation merged over the English, checked as a whole; kept in ``found`` when it passes."""
    if kind == "agency":
        agency = reader.model(path, merged, Agency)
        if agency is not None:
            found.agencies[path.name.split(".")[0]] = agency
        return agency is not None
    if kind == "topics":
        topics = reader.model(path, merged, TopicsFile)
        if topics is not None:
            found.topics = {t.id: t for t in topics.topics}
        return topics is not None
    found.portal = reader.model(path, merged, Portal)
    return found.portal is not None


def _load_service(reader: Reader, found: _Found, path: Path, text: str, unmarked: Translation) -> None:
    """A translated service page; ``unmarked`` is its record before its own fields are read."""
    parts = split_front_matter(text)
    if parts is None:
        reader.note(path, "", "has no front matter; start the file with a '---' line, the service fields as in the English page, and another '---' line")
        return
    front, body = parts
    reader.html(path, body, text.count("\n", 0, len(text) - len(body)) + 1)
    data = reader.data(path, front, first_line=2)
    fields = _translation_fields(reader, path, data)
    if fields is None:
        return
    service = reader.model(path, {k: v for k, v in data.items() if k not in TRANSLATION_KEYS}, Service)
    folder, slug = path.parent.name, path.name.split(".")[0]
    if service is None:
        return
    if service.agency != folder:
        reader.note(path, "agency", f"is '{service.agency}' but the English page is in services/{folder}/; use '{folder}', as in the English page")
        return
    record = replace(unmarked, translated_from=fields.translated_from, machine=fields.machine)
    found.services[f"{folder}/{slug}"] = ServicePage(slug, folder, record.file, service, body, record)
    _warn_if_behind(reader, path, record)


def _warn_if_behind(reader: Reader, path: Path, record: Translation) -> None:
    """The build goes on, but editors hear of every translation the English has left behind."""
    language, source = LANGUAGE_NAMES[record.language], reader.name(reader.root / record.source)
    mark = f"then run: govportal translations mark {reader.name(path)}"
    if not record.marked:
        reader.warn(path, "translated_from", f"is missing, so nobody can tell whether this {language} translation is up to date; check it against {source}, {mark}")
    elif record.stale and record.machine:
        reader.warn(path, "machine", f"this machine translation is older than its English source {source}, which changed since; translate it again, {mark}")
    elif record.stale:
        reader.warn(path, "translated_from", f"{source} changed since this {language} translation was made; update the translation, {mark}")
