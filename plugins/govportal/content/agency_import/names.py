"""Agency names: the same agency under two spellings, an acronym in brackets, a file id.

"Dept. of Parks & Recreation" and "Department of Parks and Recreation" are one agency;
so are names that differ only in case, punctuation or a leading "The".
"""

from __future__ import annotations

import re
import unicodedata

_ACRONYM_IN_NAME = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[A-Z][A-Za-z&]{1,11})\)$")
_MAX_ID = 60


def name_key(name: str) -> str:
    """What two spellings of one agency's name have in common."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    text = re.sub(r"\bdept\b\.?", "department", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def split_acronym(name: str) -> tuple[str, str | None]:
    """``Administration for Children and Families (ACF)`` -> the name and ``ACF``."""
    match = _ACRONYM_IN_NAME.match(name.strip())
    return (match["name"], match["acronym"]) if match else (name.strip(), None)


def slug(text: str) -> str:
    """An id for file names and web addresses: lowercase ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(words) > _MAX_ID:
        words = words[:_MAX_ID].rsplit("-", 1)[0]
    return words
