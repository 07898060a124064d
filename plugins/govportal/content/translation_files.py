"""Where translations live beside their English sources, and what each kind of source translates.

Layout (``es`` is the language; only ``es`` is published for now)::

    content/services/<agency>/<slug>.es.md   a whole service page, same fields as the English
    content/agencies/<id>.es.yml             only what changes: merged over agencies/<id>.yml
    content/topics.es.yml                    topics' titles and descriptions, by id
    content/portal.es.yml                    the help channels' text, languages, holiday names

Shared by the loader (which validates and merges translations) and the ``translations`` commands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govportal.content.files import FileProblem, read_text
from govportal.content.yamlfile import YamlProblem, parse_yaml, split_front_matter
from govportal.model.translation import (
    AGENCY_TEXT,
    PORTAL_TEXT,
    SERVICE_TEXT,
    TOPICS_TEXT,
    FieldPath,
    field_name,
    fingerprint,
    split_language,
    text_fields,
)

# Kinds of translated file, with the English text fields each translates.
TEXT_KEYS = {"service": SERVICE_TEXT, "agency": AGENCY_TEXT, "topics": TOPICS_TEXT, "portal": PORTAL_TEXT}


@dataclass(frozen=True)
class Source:
    """An English file that can be translated, read as translators see it."""

    path: str  # in the content folder: services/dmv/renew.md
    kind: str  # service, agency, topics or portal
    data: Any  # its fields (front matter or YAML) as written
    body: str = ""

    @property
    def fields(self) -> list[tuple[FieldPath, str]]:
        return list(text_fields(self.data, TEXT_KEYS[self.kind]))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.fields, self.body)

    @property
    def agency_id(self) -> str | None:
        """The agency a service or agency belongs to; ``None`` for portal-wide files."""
        parts = self.path.split("/")
        return parts[1] if self.kind == "service" else Path(parts[-1]).stem if self.kind == "agency" else None


class SourceProblem(Exception):
    """The English file cannot be read; the loader reports it on the English file itself."""


def kind_of(path: str) -> str | None:
    """The kind of a content file by its place (``services/dmv/renew.md`` -> service); None if not translatable."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == "services" and parts[2].endswith(".md"):
        return "service"
    if len(parts) == 2 and parts[0] == "agencies" and parts[1].endswith((".yml", ".yaml")):
        return "agency"
    if len(parts) == 1 and parts[0].split(".")[0] in ("topics", "portal") and parts[0].endswith((".yml", ".yaml")):
        return parts[0].split(".")[0]
    return None


def source_of(translation: str) -> tuple[str, str] | None:
    """``services/dmv/renew.es.md`` -> (``services/dmv/renew.md``, ``es``); None for a file that is no translation."""
    folder, _, name = translation.rpartition("/")
    stem, suffix = (name.rsplit(".", 1) + [""])[:2]
    english, language = split_language(stem)
    if language is None or kind_of(translation) is None:
        return None
    return f"{folder}/{english}.{suffix}".lstrip("/"), language


def translation_of(source: str, language: str) -> str:
    """``services/dmv/renew.md`` -> ``services/dmv/renew.es.md``."""
    stem, _, suffix = source.rpartition(".")
    return f"{stem}.{language}.{suffix}"


def translation_files(names: Iterable[str]) -> list[str]:
    """The translation files (any language) among ``names``, the content folder's files (see
    :class:`govportal.content.files.Listing`, which leaves out links), sorted."""
    return sorted(n for n in names if source_of(n) is not None)


def english_files(names: Iterable[str]) -> list[str]:
    """The English files that can be translated among ``names``, the content folder's files, sorted."""
    return sorted(n for n in names if kind_of(n) is not None and source_of(n) is None)


def read_source(root: Path, path: str) -> Source:
    """The English file ``path`` as a :class:`Source`; raises :class:`SourceProblem` when it cannot be read."""
    kind = kind_of(path)
    if kind is None:
        raise SourceProblem(f"{path} is not a file govportal translates")
    fields, body = read_fields(root / path)
    return Source(path, kind, fields, body)


def read_fields(file: Path) -> tuple[Any, str]:
    """A content file's fields (front matter of a .md, or the whole YAML) and its Markdown body."""
    try:
        text = read_text(file)
        if file.suffix != ".md":
            return parse_yaml(text), ""
        parts = split_front_matter(text)
        if parts is None:
            raise SourceProblem(f"{file.name} has no front matter")
        return parse_yaml(parts[0], 2), parts[1]
    except (OSError, FileProblem, YamlProblem) as exc:
        raise SourceProblem(f"{file.name} cannot be read: {exc}") from None


def overlay(base: Any, over: Any, path: FieldPath = ()) -> tuple[Any, list[str]]:
    """``over`` (a translation's fields) merged over ``base`` (the English), with the fields that
    cannot be merged. Groups merge field by field; lists of groups item by item, by ``id`` when
    the items have one (topics), else in order (channels); anything else is replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        merged, problems = dict(base), []
        for key, value in over.items():
            merged[key], inner = overlay(base[key], value, (*path, str(key))) if key in base else (value, [])
            problems += inner
        return merged, problems
    if isinstance(base, list) and isinstance(over, list) and all(isinstance(i, dict) for i in [*base, *over]) and base:
        return _overlay_items(base, over, path)
    return over, []


def _overlay_items(base: list[Any], over: list[Any], path: FieldPath) -> tuple[Any, list[str]]:
    by_id = all("id" in item for item in base)
    positions = {item["id"]: i for i, item in enumerate(base)} if by_id else {}
    merged, problems = list(base), []
    for index, item in enumerate(over):
        where = field_name((*path, index))
        position = positions.get(item.get("id")) if by_id else index
        if position is None or position >= len(base):
            known = f"one of the ids in the English file: {', '.join(map(str, positions))}" if by_id else f"at most {len(base)} items, in the English file's order"
            problems.append(f"{where}: does not match the English file; use {known}")
            continue
        merged[position], inner = overlay(base[position], item, (*path, position))
        problems += inner
    return merged, problems
