"""Say what an editor got wrong in a YAML file, where, and how to fix it, in plain words.

The parser reports where it gave up, which is often the line after the mistake ("could
not find expected ':'" on the next line for a missing colon, the end of the file for an
unclosed quote), and in its own terms ("found character that cannot start any token").
These rules look at the lines the parser points at and name the usual mistakes: a tab,
an invisible character pasted from a web page or word processor, curly quotes, a missing
colon, a value with ': ' in it, indentation that lines up with nothing, an unclosed quote
or bracket. Line and column count from 0 here; yamlfile adds the file's first line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import yaml

_NAMES = {
    "\t": "a tab",
    "\u00a0": "an invisible non-breaking space",
    "\u202f": "an invisible narrow non-breaking space",
    "\u200b": "an invisible zero-width space",
    "\ufeff": "an invisible byte order mark",
}
_CURLY = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
_VALUE_START = re.compile(r"^\s*(?:-\s+|[^:#]+:\s+)")  # up to where the value of "- x" or "name: x" starts
_QUOTED = "while scanning a quoted scalar"
_FLOW = {"while parsing a flow sequence": ("list", "[", "]"), "while parsing a flow mapping": ("group", "{", "}")}
_INDENT = ("did not find expected", "expected <block end>")


@dataclass(frozen=True)
class Mistake:
    """One mistake: 0-based line and column in the parsed text, and what to do about it."""

    line: int
    column: int
    message: str


def diagnose(text: str, exc: yaml.MarkedYAMLError) -> Mistake:
    """The mistake behind ``exc``, the parser's error on ``text``."""
    lines = text.split("\n")
    for rule in _RULES:
        found = rule(lines, exc)
        if found is not None:
            return found
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "this is not valid YAML"
    return Mistake(
        mark.line if mark else 0, mark.column if mark else 0,
        f"{problem}; check the indentation, and put text that contains ': ' or starts with a special character in double quotes",
    )


def _line(lines: list[str], number: int) -> str:
    return lines[number] if 0 <= number < len(lines) else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _unclosed(lines: list[str], exc: yaml.MarkedYAMLError) -> Mistake | None:
    """The parser reports an unclosed quote or bracket at the end of the file; the mistake is where it opens."""
    mark = exc.context_mark
    if mark is None:
        return None
    if exc.context == _QUOTED:
        quote = _line(lines, mark.line)[mark.column : mark.column + 1] or '"'
        return Mistake(mark.line, mark.column, f"the quote mark ({quote}) that starts here is never closed; add {quote} at the end of the value, on the same line")
    if exc.context in _FLOW:
        kind, opening, closing = _FLOW[exc.context]
        return Mistake(mark.line, mark.column, f"the {kind} that starts with '{opening}' here is not closed; end it with '{closing}', and separate its items with ', '")
    return None


def _odd_character(lines: list[str], exc: yaml.MarkedYAMLError) -> Mistake | None:
    """A tab in the indentation, an invisible character or a curly quote on a line the parser points at."""
    marks = sorted({m.line for m in (exc.context_mark, exc.problem_mark) if m is not None})
    for number in marks:
        found = _odd_in(_line(lines, number), number)
        if found is not None:
            return found
    return None


def _odd_in(line: str, number: int) -> Mistake | None:
    value_start = _VALUE_START.match(line)
    for column, char in enumerate(line):
        if char == "\t" and _bad_tab(line[:column]):
            return Mistake(number, column, "there is a tab here; YAML indents and separates with spaces only: replace the tab with spaces")
        if char in _CURLY and (column == _indent(line) or value_start and column == value_start.end()):
            return Mistake(number, column, f"the value starts with curly quotes ({char}), which YAML does not read as quotes; type straight quotes instead: \"like this\"")
        if char not in "\t\r" and unicodedata.category(char) in ("Zs", "Cf", "Cc") and char != " ":
            name = _NAMES.get(char) or f"an invisible character ({unicodedata.name(char, f'U+{ord(char):04X}')})"
            fix = "replace it with an ordinary space" if unicodedata.category(char) == "Zs" else "delete it"
            return Mistake(number, column, f"there is {name} here, often pasted from a web page or a word processor; {fix}")
    return None


def _bad_tab(before: str) -> bool:
    """A tab in the indentation or right after ':' or '-' (elsewhere, as in a value, it is text)."""
    return not before.strip(" \t-") or before.endswith((":", "-"))


def _colon(lines: list[str], exc: yaml.MarkedYAMLError) -> Mistake | None:
    """``name: value`` where the value has ': ' in it, or a line that should not be indented further."""
    mark = exc.problem_mark
    if mark is None or not (exc.problem or "").startswith("mapping values are not allowed"):
        return None
    line = _line(lines, mark.line)
    value_start = _VALUE_START.match(line[: mark.column])
    if value_start is not None and value_start.end() < mark.column:
        return Mistake(mark.line, value_start.end(), "the value has ': ' in it, which YAML reads as the start of another field; put the whole value in double quotes, for example: summary: \"Note: bring your ID\"")
    previous = next((n for n in range(mark.line - 1, -1, -1) if _line(lines, n).strip()), None)
    if previous is not None and ":" not in _line(lines, previous):
        return _no_colon(lines, previous)
    return Mistake(mark.line, _indent(line), "this line is indented more than the field above it; line it up with the fields it belongs with (fields of the same group start in the same column)")


def _missing_colon(lines: list[str], exc: yaml.MarkedYAMLError) -> Mistake | None:
    """The parser says so on the line after; the name without a colon is where its search started."""
    if exc.problem != "could not find expected ':'" or exc.context_mark is None:
        return None
    return _no_colon(lines, exc.context_mark.line)


def _no_colon(lines: list[str], number: int) -> Mistake:
    return Mistake(number, _indent(_line(lines, number)), "this line has no ':' after the field name; write it as 'name: value', with a space after the colon")


def _misindented(lines: list[str], exc: yaml.MarkedYAMLError) -> Mistake | None:
    mark = exc.problem_mark
    if mark is None or not (exc.problem or "").startswith(_INDENT):
        return None
    spaces = _indent(_line(lines, mark.line))
    return Mistake(
        mark.line, mark.column,
        f"this line is indented by {spaces} space{'s' if spaces != 1 else ''}, which lines up with no field above it; "
        "indent it exactly as much as the fields or list items it belongs with",
    )


_RULES: list[Callable[[list[str], yaml.MarkedYAMLError], Mistake | None]] = [_unclosed, _odd_character, _colon, _missing_colon, _misindented]
