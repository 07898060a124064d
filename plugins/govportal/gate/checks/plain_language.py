"""Plain language: Flesch-Kincaid grade of the page's own text, and acronyms never spelled out.

Syllables are counted with pyphen's hyphenation dictionary, which ships in its wheel,
so this works offline (textstat downloads a dictionary at run time).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen
from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.issues import Issue

MIN_WORDS = 60  # below this a grade means little
STOP_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z&]{1,7})(?![\w-])")
_ZIP_AFTER = re.compile(r"\s\d{5}")


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US", left=1, right=1)


@lru_cache(maxsize=20000)
def syllables(word: str) -> int:
    """Syllables in one word: hyphenation points plus one, never fewer than the vowel groups suggest."""
    lower = word.lower()
    by_dictionary = len(_dictionary().positions(lower)) + 1
    groups = len(re.findall(r"[aeiouy]+", lower)) - (1 if lower.endswith("e") and not lower.endswith(("le", "ee")) else 0)
    return max(1, by_dictionary, groups)


def grade(text: str) -> tuple[float, int]:
    """Flesch-Kincaid grade level and word count; every line break ends a sentence (lists, headings)."""
    sentences = [s for s in re.split(r"[.!?]+(?:\s|$)|\n+", text) if _WORD.search(s)]
    words = _WORD.findall(text)
    if not words or not sentences:
        return 0.0, 0
    total = sum(syllables(w) for w in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * total / len(words) - 15.59, len(words)


def _initials_match(acronym: str, words: list[str], start: int) -> bool:
    """Do the words from ``start`` spell ``acronym`` by their first letters (small words optional)?"""
    def match(letter: int, index: int) -> bool:
        if letter == len(acronym):
            return True
        if index >= len(words) or index - start > 2 * len(acronym) + 2:
            return False
        word = words[index]
        skippable = word.lower() in STOP_WORDS
        if word[0].upper() == acronym[letter] and (word[0].isupper() or skippable) and match(letter + 1, index + 1):
            return True
        return skippable and letter > 0 and match(letter, index + 1)

    return match(0, start)


def unexplained_acronyms(text: str, abbreviations: list[tuple[str, str]], allowed: list[str]) -> list[str]:
    """Acronyms in ``text`` that are neither spelled out on the page nor common enough to skip."""
    explained = {short for short, title in abbreviations if title}
    words = _WORD.findall(text)
    found: list[str] = []
    for match in _ACRONYM.finditer(text):
        acronym = match[1]
        if acronym in found or acronym in explained or acronym in allowed or acronym.replace("&", "") == "":
            continue
        if len(acronym) == 2 and _ZIP_AFTER.match(text, match.end()):
            continue  # a state code in an address
        if re.search(rf"\(\s*{re.escape(acronym)}\s*\)|{re.escape(acronym)}\s*\([^)]{{4,}}\)", text):
            continue  # "Division of Motor Vehicles (DMV)" or "TTY (text telephone)"
        letters = acronym.replace("&", "")
        if any(_initials_match(letters, words, i) for i, w in enumerate(words) if w[0].upper() == letters[0] and w != acronym):
            continue
        found.append(acronym)
    return found


async def check_plain_language(page: Page, where: Where) -> list[Issue]:
    content = await page.evaluate("__gp.mainText()")
    text: str = content["text"]
    found: list[Issue] = []
    level, words = grade(text)
    if words >= MIN_WORDS and round(level, 1) > where.settings.reading_grade:
        found.append(where.issue("reading-level", "main", f"the text reads at grade {level:.1f} (limit {where.settings.reading_grade:g}); use shorter sentences and words", per_viewport=False))
    abbreviations = [(a[0], a[1]) for a in content["abbreviations"]]
    for acronym in unexplained_acronyms(text, abbreviations, where.settings.allowed_acronyms):
        found.append(where.issue("acronym", "main", f"'{acronym}' is not spelled out on this page; write the full name once, for example 'Full Name ({acronym})'", per_viewport=False))
    return found
