"""Parts of a page in another language must say so (``lang``), or screen readers read Spanish
with English sounds (WCAG 3.1.2).

A cheap offline guess, tuned to be right when it speaks rather than to catch everything: a
sentence or a part in brackets counts as Spanish when most of its words are common Spanish words
and none are common English ones; as Chinese, Korean, Russian or Arabic when most of its letters
are in that script. Place names ("El Paso", "Los Angeles") and single words in another language
("Español" in a language menu) stay below the bar. On Spanish pages it is the other way round: a
part counts as English when it has three common English words and no common Spanish one, so
names of programs and offices ("Supplemental Nutrition Assistance Program") are left alone.

The page itself must say its language too (WCAG 3.1.1): a page published under ``/es/`` needs
``<html lang="es">``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from govportal.i18n import language_of_path
from govportal.model.translation import SOURCE_LANGUAGE

SPANISH = frozenset(
    "el la los las del de que en por para con una uno es son su sus al como más pero también usted ustedes "
    "nosotros hablamos habla español información ayuda llame llamar aquí está este esta estos estas puede "
    "puedes debe pagina página servicios solicitud solicitar formulario idioma gratis hora horas lunes viernes".split()
)
ENGLISH = frozenset(
    "the and of to is are for you your with on at by from this that it we our can will be have has if or not in an as".split()
)
_ACCENTED = re.compile(r"[áéíóúñ¿¡]", re.I)
_PART = re.compile(r"\(([^()]+)\)|([^()]+)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_LETTERS = re.compile(r"[^\W\d_]", re.U)
SCRIPTS = {"zh": re.compile(r"[\u4e00-\u9fff]"), "ko": re.compile(r"[\uac00-\ud7af]"), "ru": re.compile(r"[\u0400-\u04ff]"), "ar": re.compile(r"[\u0600-\u06ff]")}
NAMES = {"en": "English", "es": "Spanish", "zh": "Chinese", "ko": "Korean", "ru": "Russian", "ar": "Arabic"}


def language_of(part: str, declared: str = "en") -> str | None:
    """The language ``part`` is confidently in, if not the ``declared`` one (English or
    Spanish); ``None`` when unsure."""
    letters = _LETTERS.findall(part)
    for code, script in SCRIPTS.items():
        own = len(script.findall(part))
        if own >= 4 and own >= 0.5 * len(letters):
            return code
    words = re.findall(r"[^\W\d_]+", part.lower())
    if declared == "es":
        english = sum(w in ENGLISH for w in words)
        return "en" if english >= 3 and not any(w in SPANISH for w in words) else None
    spanish = sum(w in SPANISH for w in words)
    if not words or any(w in ENGLISH for w in words) or spanish < 0.5 * len(words):
        return None
    return "es" if spanish >= 3 or (spanish >= 2 and _ACCENTED.search(part)) else None


@dataclass(frozen=True)
class Foreign:
    selector: str
    message: str


def parts(text: str) -> list[str]:
    """Sentences, with anything in brackets as a part of its own: "Help line (Línea de ayuda)"."""
    return [p.strip() for sentence in _SENTENCE.split(text) for m in _PART.finditer(sentence) if (p := m[1] or m[2]).strip()]


def other_language_blocks(blocks: list[dict[str, Any]]) -> list[Foreign]:
    """Blocks holding a part in another language than the ``lang`` they are marked with."""
    found = []
    for block in blocks:
        declared = str(block["lang"]).lower().split("-")[0]
        if not declared:
            continue  # no language at all is html-lang's finding
        for part in parts(block["text"]):
            code = language_of(part, declared)
            if code and code != declared:
                words = part if len(part) <= 80 else part[:80].rsplit(" ", 1)[0] + "…"
                message = f"“{words}” looks like {NAMES[code]} but is not marked as such; wrap it in an element with lang=\"{code}\""
                found.append(Foreign(block["selector"], message))
                break
    return found


def page_language_problem(path: str, declared: str) -> str | None:
    """What is wrong with the language ``<html lang>`` declares for the page at ``path`` (a site
    path, ``es/services/x/``), if anything: a page in a language folder must say that language.

    Pages outside one are not judged: a site may be written in Spanish at its root. No ``lang``
    at all is ``html-lang``'s finding.
    """
    expected = language_of_path(path)
    primary = declared.strip().lower().split("-")[0]
    if expected == SOURCE_LANGUAGE or not primary or primary == expected:
        return None
    return f'the page is in the /{expected}/ folder but <html lang="{declared}"> says it is in another language; write lang="{expected}"'
