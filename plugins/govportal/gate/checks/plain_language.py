"""Plain language: how hard the page's prose is to read, and acronyms never spelled out.

English prose is measured with the Flesch-Kincaid grade; Spanish prose (on pages with
``<html lang="es">``) with the Szigriszt-Pazos perspicuity, Flesch's reading ease refitted to
Spanish words, which are longer (see :func:`perspicuity` for the formula, the bar and sources).
Syllables are counted with pyphen's hyphenation dictionaries, which ship in its wheel, so this
works offline (textstat downloads a dictionary at run time).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import pyphen
from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.checks.language_parts import other_language_blocks, page_language_problem
from govportal.gate.issues import Issue

MIN_WORDS = 60  # below this a grade means little
STOP_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Not part of a longer word, a file type (.PDF) or a domain name (GOV.UK).
_ACRONYM = re.compile(r"(?<![\w.-])([A-Z][A-Z&]{1,7})(?![\w-]|\.\w)")
_ZIP_AFTER = re.compile(r"\s\d{5}")


_WORD_ES = re.compile(r"[^\W\d_]+")  # Spanish words have accents and ñ
_SENTENCE_OR_LINE = re.compile(r"[.!?]+(?:\s|$)|\n+")


@lru_cache(maxsize=2)
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language, left=1, right=1)


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Syllables in one word: hyphenation points plus one, never fewer than the vowel groups suggest."""
    lower = word.lower()
    by_dictionary = len(_dictionary("en_US").positions(lower)) + 1
    groups = len(re.findall(r"[aeiouy]+", lower)) - (1 if lower.endswith("e") and not lower.endswith(("le", "ee")) else 0)
    return max(1, by_dictionary, groups)


# Vowels that start a syllable of their own after another such vowel (hiatus: "po-e-ta", "dí-a");
# an unaccented i or u joins its neighbour (diphthong: "ciu-dad", "puer-ta").
_STRONG_ES = frozenset("aeoáéóíú")
_VOWELS_ES = _STRONG_ES | frozenset("iuü")


def _vowel_nuclei(word: str) -> int:
    """Spanish syllables by their vowels: each vowel run is one, plus one per hiatus in it. A
    final y is a vowel ("hoy", "muy"), the u of "que" and "gui" joins the next vowel."""
    count, after_vowel, previous = 0, False, ""
    for at, letter in enumerate(word):
        vowel = letter in _VOWELS_ES or (letter == "y" and at == len(word) - 1 and after_vowel)
        if vowel and (not after_vowel or (letter in _STRONG_ES and previous in _STRONG_ES)):
            count += 1
        after_vowel, previous = vowel, letter
    return count


@lru_cache(maxsize=20000)
def syllables_es(word: str) -> int:
    """Syllables in one Spanish word. The dictionary's hyphenation points are where a line may
    break, which leaves out breaks typesetters avoid (a lone vowel, "a-gua"; a hiatus, "dí-a"),
    so the vowel count fills them in."""
    lower = word.lower()
    return max(1, len(_dictionary("es").positions(lower)) + 1, _vowel_nuclei(lower))


def _counts(text: str, word: re.Pattern[str], count: Callable[[str], int]) -> tuple[int, int, int]:
    """Sentences, words and syllables; every line break ends a sentence (lists, headings)."""
    said = [s for s in _SENTENCE_OR_LINE.split(text) if word.search(s)]
    words = word.findall(text)
    return len(said), len(words), sum(count(w) for w in words)


def grade(text: str) -> tuple[float, int]:
    """Flesch-Kincaid grade level and word count of English text."""
    sentences, words, total = _counts(text, _WORD, syllables)
    if not words or not sentences:
        return 0.0, 0
    return 0.39 * words / sentences + 11.8 * total / words - 15.59, words


# Spanish prose passes at 55: "normal" on the INFLESZ scale, the bar for texts meant for the public.
# INFLESZ reads Szigriszt-Pazos scores against 210 current Spanish publications (Barrio-Cantalejo
# et al., "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a
# pacientes", An Sist Sanit Navar 2008;31(2):135-152): under 40 very difficult, 40-55 somewhat
# difficult, 55-65 normal (the popular press scores 60), 65-80 fairly easy, 80 and up very easy.
# Chosen over Fernández Huerta (1959), whose grade bands were carried over from Flesch's American
# ones and whose formula is misprinted in many places; its "normal" band (60-70) is about 7th-8th grade.
SPANISH_PLAIN = 55.0


def perspicuity(text: str) -> tuple[float, int]:
    """Szigriszt-Pazos perspicuity of Spanish text and its word count: 206.835 − 62.3 × syllables
    per word − words per sentence (Szigriszt Pazos, "Sistemas predictivos de legibilidad del mensaje
    escrito: fórmula de perspicuidad", doctoral thesis, Madrid 1993). Higher is easier."""
    sentences, words, total = _counts(text, _WORD_ES, syllables_es)
    if not words or not sentences:
        return 100.0, 0
    return 206.835 - 62.3 * total / words - words / sentences, words


def _initials_match(acronym: str, words: list[str], start: int, small_words: frozenset[str]) -> bool:
    """Do the words from ``start`` spell ``acronym`` by their first letters (small words optional)?"""
    def match(letter: int, index: int) -> bool:
        if letter == len(acronym):
            return True
        if index >= len(words) or index - start > 2 * len(acronym) + 2:
            return False
        word = words[index]
        skippable = word.lower() in small_words
        if word[0].upper() == acronym[letter] and (word[0].isupper() or skippable) and match(letter + 1, index + 1):
            return True
        return skippable and letter > 0 and match(letter, index + 1)

    return match(0, start)


# Written in capitals but not acronyms to spell out: times, time zones, units, and words set in
# capitals for emphasis or as labels.
NOT_ACRONYMS = frozenset(
    "AM PM ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST UTC GMT KB MB GB TB MPH ID "
    "NOTE NEW FREE NOT NO YES OR AND ALL ANY EACH EVERY IF MUCH VERY NOW BEFORE AFTER ONLY MUST NEVER DO "
    "CALL OPEN CLOSED DUE CLEAR TIP STOP WARNING IMPORTANT CAUTION OFFICIAL FAX".split()
)
# The same in Spanish ("NO", "SÍ", "NOTA", "AVISO"); words with an accent never match an acronym.
NOT_ACRONYMS_ES = frozenset("SI NO Y O NI EL LA LOS LAS DE DEL EN CON POR PARA NOTA AVISO GRATIS NUEVO HOY YA SOLO TODO CITA FAX".split())
STOP_WORDS_ES = frozenset({"de", "del", "la", "las", "el", "los", "y", "e", "para", "por", "en", "a", "al", "con", "&"})


@dataclass(frozen=True)
class Prose:
    """What the checks need to know about the language a page is written in."""

    word: re.Pattern[str]
    syllables: Callable[[str], int]
    small_words: frozenset[str]  # may be left out of a name's initials: "Department of Labor (DOL)"
    not_acronyms: frozenset[str]
    long_word: int  # syllables from which the hints call a word long: Spanish words are longer


ENGLISH_PROSE = Prose(_WORD, syllables, STOP_WORDS, NOT_ACRONYMS, long_word=4)
SPANISH_PROSE = Prose(_WORD_ES, syllables_es, STOP_WORDS_ES, NOT_ACRONYMS | NOT_ACRONYMS_ES, long_word=5)


def prose_of(language: str) -> Prose:
    """The rules for a ``lang`` value (``es``, ``es-US``); English for every other language."""
    return SPANISH_PROSE if language.lower().split("-")[0] == "es" else ENGLISH_PROSE
# State and territory codes, skipped after a place name ("Washington DC", "Jackson MS") or in "CA/OR".
STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split()
)
_ROMAN = re.compile(r"[IVX]+")
_STATE_BEFORE = re.compile(r"[A-Z][a-z]+,?\s$|/$")  # "Denver, CO", "Jackson MS", "CA/OR"
_CAPS_WORD = re.compile(r"^[A-Z][A-Z&'-]+$")
# "WEAR YOUR SEAT BELTS"; not "IBM, ATM and BMW", a list of acronyms.
_CAPS_RUN = re.compile(r"[A-Z][A-Z&'-]+(?:[ \t:.&—–-]+[A-Z][A-Z&'-]+)+")
_LABEL = re.compile(r"^(?:[A-Z]{5,}(?=\s*:)|[A-Z]{4,}(?=\s+\d))", re.M)  # "SUMMARY: ...", "PART 250"
LONGEST = 6  # letters; longer words in capitals are words (PREAMBLE, PROFESSOR), rarely acronyms


def _capital_lines(text: str) -> set[int]:
    """Offsets of the lines written in capitals ("LAST UPDATED", headings and labels in capitals):
    most of their words are all capitals, so a capital word there is shouting, not an acronym."""
    shouting: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w&'-]*", line)
        caps = [w for w in words if _CAPS_WORD.match(w)]
        if caps and len(caps) >= 0.6 * len(words) and (len(caps) >= 2 or len(words) == 1):
            shouting.add(offset)
        offset += len(line) + 1
    return shouting


def _shouted_spans(text: str) -> list[tuple[int, int]]:
    """Where ordinary words run in capitals inside a line: three or more capital words in a row, or
    two when one has five letters or more ("LAST UPDATED"), and labels such as "SUMMARY:" or "PART 250".
    Acronyms stand alone."""
    spans = [m.span() for m in _LABEL.finditer(text)]
    for run in _CAPS_RUN.finditer(text):
        words = re.findall(r"[A-Z][A-Z&'-]+", run[0])
        if len(words) >= 3 or any(len(w) >= 5 for w in words):
            spans.append(run.span())
    return spans


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def excerpt(text: str, start: int, end: int, width: int = 70) -> str:
    """The words around ``text[start:end]`` on its line, cut at spaces, for reports."""
    line_start = _line_start(text, start)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left, right = max(line_start, start - width // 2), min(line_end, end + width // 2)
    snippet = text[left:right]
    if left > line_start:
        snippet = "…" + snippet.split(" ", 1)[-1]
    if right < line_end:
        snippet = snippet.rsplit(" ", 1)[0] + "…"
    return snippet.strip()


def _explained_in_text(acronym: str, text: str, words: list[str], small_words: frozenset[str]) -> bool:
    """Spelled out somewhere on the page: "Full Name (ABC)", "Nombre completo (ABC, por sus siglas
    en inglés)", "ABC (full name)" or the initials of a run of words."""
    if re.search(rf"\(\s*{re.escape(acronym)}\s*[),;]|{re.escape(acronym)}\s*\([^)]{{4,}}\)", text):
        return True
    letters = acronym.replace("&", "")
    return any(_initials_match(letters, words, i, small_words) for i, w in enumerate(words) if w[0].upper() == letters[0] and w != acronym)


def unexplained_acronyms(text: str, abbreviations: list[tuple[str, str]], allowed: list[str], prose: Prose = ENGLISH_PROSE) -> list[tuple[str, str]]:
    """Acronyms in ``text`` that are neither spelled out on the page (in words or by an ``<abbr title>``
    anywhere on it) nor common enough to skip, each once with an excerpt of its first use."""
    explained = {short for short, title in abbreviations if title}
    skip = explained | set(allowed) | prose.not_acronyms
    shouting = _capital_lines(text)
    shouted = _shouted_spans(text)
    words = prose.word.findall(text)
    judged: set[str] = set()
    found: list[tuple[str, str]] = []
    for match in _ACRONYM.finditer(text):
        acronym = match[1]
        if acronym in judged or acronym in skip or len(acronym) > LONGEST or not acronym.replace("&", "") or _ROMAN.fullmatch(acronym):
            continue
        if _line_start(text, match.start()) in shouting or any(a <= match.start() < b for a, b in shouted):
            continue  # written in capitals here; a real acronym shows up again in ordinary text
        if (len(acronym) == 2 and _ZIP_AFTER.match(text, match.end())) or (
            acronym in STATES and (text.startswith("/", match.end()) or _STATE_BEFORE.search(text, 0, match.start()))
        ):
            continue  # a state code in an address or after a place name
        judged.add(acronym)
        if not _explained_in_text(acronym, text, words, prose.small_words):
            found.append((acronym, excerpt(text, match.start(), match.end())))
    return found


LONG_SENTENCE = 25  # words; plainlanguage.gov advises 15 to 20 on average
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(blocks: list[str], prose: Prose = ENGLISH_PROSE) -> list[str]:
    return [s.strip() for block in blocks for s in _SENTENCE_END.split(block) if prose.word.search(s)]


def shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def hint(sentence: str, prose: Prose = ENGLISH_PROSE) -> str:
    """What would make this sentence easier, in a few words an editor can act on (in English,
    whatever the page's language: the gate's reports are for the portal's team)."""
    words = prose.word.findall(sentence)
    if len(words) > LONG_SENTENCE:
        return f"{len(words)} words: split it into two or three sentences"
    # Lower-case words only: names ("Department of Workforce Services") are not the writer's to change.
    count = prose.syllables
    long_words = sorted({w for w in words if w.islower() and count(w) >= prose.long_word}, key=lambda w: (-count(w), w))[:3]
    if long_words:
        return "use everyday words for " + ", ".join(f"'{w}'" for w in long_words)
    return "shorten it: say one thing per sentence"


def _difficulty(text: str, prose: Prose) -> float:
    """Higher is harder: the grade of English text, minus the perspicuity of Spanish."""
    return -perspicuity(text)[0] if prose is SPANISH_PROSE else grade(text)[0]


def _too_hard(text: str, prose: Prose, where: Where) -> tuple[str, int] | None:
    """What the score of the prose says when it is over the bar, and how many words were scored."""
    if prose is SPANISH_PROSE:
        ease, words = perspicuity(text)
        verdict = f"the Spanish prose scores {ease:.1f} on the Szigriszt-Pazos perspicuity scale (55 or more reads as 'normal' on the INFLESZ scale; lower is harder)"
        return (verdict, words) if round(ease, 1) < SPANISH_PLAIN else None
    level, words = grade(text)
    limit = where.settings.reading_grade
    return (f"the prose reads at grade {level:.1f} (limit {limit:g})", words) if round(level, 1) > limit else None


def reading_level_issues(blocks: list[str], where: Where, language: str = "en") -> list[Issue]:
    """How hard the prose is to read, by the measure for its ``language``; over the bar, the three
    hardest sentences with a hint each."""
    prose = prose_of(language)
    said = sentences(blocks, prose)
    judged = _too_hard("\n".join(said), prose, where)
    if judged is None or judged[1] < MIN_WORDS:
        return []
    share = sum(len(prose.word.findall(s)) > LONG_SENTENCE for s in said) / len(said)
    hardest = sorted(dict.fromkeys(s for s in said if len(prose.word.findall(s)) >= 8), key=lambda s: -_difficulty(s, prose))[:3]
    message = f"{judged[0]}; {share:.0%} of its sentences have more than {LONG_SENTENCE} words"
    issue = where.issue("reading-level", "main", message + (". The hardest sentences are listed below" if hardest else ""), per_viewport=False)
    return [replace(issue, details=tuple(f"“{shorten(s)}”: {hint(s, prose)}" for s in hardest))]


async def check_plain_language(page: Page, where: Where) -> list[Issue]:
    """The page's language, reading level of the prose (by the measure for the page's language),
    acronyms never spelled out, and parts in another language."""
    language = await page.evaluate("document.documentElement.getAttribute('lang') || ''")
    found = []
    if problem := page_language_problem(where.page, language):
        found.append(where.issue("page-language", "html", problem, per_viewport=False))
    content = await page.evaluate("__gp.mainText()")
    # Prose in the page's language only: a paragraph marked lang="en" on a Spanish page is not Spanish.
    prose_blocks = [b["text"] for b in content["blocks"] if b["prose"] and prose_of(b["lang"]) is prose_of(language)]
    found += reading_level_issues(prose_blocks, where, language)
    abbreviations = [(a[0], a[1]) for a in content["abbreviations"]]
    for acronym, first_use in unexplained_acronyms(content["text"], abbreviations, where.settings.allowed_acronyms, prose_of(language)):
        message = f"'{acronym}' is not spelled out on this page (first use: “{first_use}”); write the full name once, for example 'Full Name ({acronym})'"
        found.append(where.issue("acronym", "main", message, per_viewport=False))
    for block in other_language_blocks(content["blocks"]):
        found.append(where.issue("language-of-parts", block.selector, block.message, per_viewport=False))
    return found
