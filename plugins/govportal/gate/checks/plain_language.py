"""Plain language: Flesch-Kincaid grade of the page's prose, and acronyms never spelled out.

Syllables are counted with pyphen's hyphenation dictionary, which ships in its wheel,
so this works offline (textstat downloads a dictionary at run time).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import pyphen
from playwright.async_api import Page

from govportal.gate.checks import Where
from govportal.gate.checks.language_parts import other_language_blocks
from govportal.gate.issues import Issue

MIN_WORDS = 60  # below this a grade means little
STOP_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Not part of a longer word, a file type (.PDF) or a domain name (GOV.UK).
_ACRONYM = re.compile(r"(?<![\w.-])([A-Z][A-Z&]{1,7})(?![\w-]|\.\w)")
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


# Written in capitals but not acronyms to spell out: times, time zones, units, and words set in
# capitals for emphasis or as labels.
NOT_ACRONYMS = frozenset(
    "AM PM ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST UTC GMT KB MB GB TB MPH ID "
    "NOTE NEW FREE NOT NO YES OR AND ALL ANY EACH EVERY IF MUCH VERY NOW BEFORE AFTER ONLY MUST NEVER DO "
    "CALL OPEN CLOSED DUE CLEAR TIP STOP WARNING IMPORTANT CAUTION OFFICIAL FAX".split()
)
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


def _explained_in_text(acronym: str, text: str, words: list[str]) -> bool:
    """Spelled out somewhere on the page: "Full Name (ABC)", "ABC (full name)" or the initials of a run of words."""
    if re.search(rf"\(\s*{re.escape(acronym)}\s*\)|{re.escape(acronym)}\s*\([^)]{{4,}}\)", text):
        return True
    letters = acronym.replace("&", "")
    return any(_initials_match(letters, words, i) for i, w in enumerate(words) if w[0].upper() == letters[0] and w != acronym)


def unexplained_acronyms(text: str, abbreviations: list[tuple[str, str]], allowed: list[str]) -> list[tuple[str, str]]:
    """Acronyms in ``text`` that are neither spelled out on the page (in words or by an ``<abbr title>``
    anywhere on it) nor common enough to skip, each once with an excerpt of its first use."""
    explained = {short for short, title in abbreviations if title}
    skip = explained | set(allowed) | NOT_ACRONYMS
    shouting = _capital_lines(text)
    shouted = _shouted_spans(text)
    words = _WORD.findall(text)
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
        if not _explained_in_text(acronym, text, words):
            found.append((acronym, excerpt(text, match.start(), match.end())))
    return found


LONG_SENTENCE = 25  # words; plainlanguage.gov advises 15 to 20 on average
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(blocks: list[str]) -> list[str]:
    return [s.strip() for block in blocks for s in _SENTENCE_END.split(block) if _WORD.search(s)]


def shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def hint(sentence: str) -> str:
    """What would make this sentence easier, in a few words an editor can act on."""
    words = _WORD.findall(sentence)
    if len(words) > LONG_SENTENCE:
        return f"{len(words)} words: split it into two or three sentences"
    # Lower-case words only: names ("Department of Workforce Services") are not the writer's to change.
    long_words = sorted({w for w in words if w.islower() and syllables(w) >= 4}, key=lambda w: (-syllables(w), w))[:3]
    if long_words:
        return "use everyday words for " + ", ".join(f"'{w}'" for w in long_words)
    return "shorten it: say one thing per sentence"


def reading_level_issues(blocks: list[str], where: Where) -> list[Issue]:
    """Flesch-Kincaid grade of the prose; over the limit, the three hardest sentences with a hint each."""
    said = sentences(blocks)
    level, words = grade("\n".join(said))
    limit = where.settings.reading_grade
    if words < MIN_WORDS or round(level, 1) <= limit:
        return []
    share = sum(len(_WORD.findall(s)) > LONG_SENTENCE for s in said) / len(said)
    hardest = sorted(dict.fromkeys(s for s in said if len(_WORD.findall(s)) >= 8), key=lambda s: -grade(s)[0])[:3]
    message = f"the prose reads at grade {level:.1f} (limit {limit:g}); {share:.0%} of its sentences have more than {LONG_SENTENCE} words"
    issue = where.issue("reading-level", "main", message + (". The hardest sentences are listed below" if hardest else ""), per_viewport=False)
    return [replace(issue, details=tuple(f"“{shorten(s)}”: {hint(s)}" for s in hardest))]


async def check_plain_language(page: Page, where: Where) -> list[Issue]:
    """Reading level of the prose, acronyms never spelled out, and parts in another language."""
    content = await page.evaluate("__gp.mainText()")
    found = reading_level_issues([b["text"] for b in content["blocks"] if b["prose"]], where)
    abbreviations = [(a[0], a[1]) for a in content["abbreviations"]]
    for acronym, first_use in unexplained_acronyms(content["text"], abbreviations, where.settings.allowed_acronyms):
        message = f"'{acronym}' is not spelled out on this page (first use: “{first_use}”); write the full name once, for example 'Full Name ({acronym})'"
        found.append(where.issue("acronym", "main", message, per_viewport=False))
    for block in other_language_blocks(content["blocks"]):
        found.append(where.issue("language-of-parts", block.selector, block.message, per_viewport=False))
    return found
