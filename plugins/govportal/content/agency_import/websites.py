"""Web addresses from spreadsheets: ``http://`` of government sites becomes ``https://``.

Every .gov and .mil site, and state sites under .us, must serve HTTPS (OMB M-15-13 for
federal sites; states follow), so the secure address is almost always right; it is still
a finding to confirm. Other ``http://`` addresses are left out: we cannot know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic_core import PydanticCustomError

from govportal.model.fields import parse_https_url

_STATES = frozenset(
    "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa "
    "ri sc sd tn tx ut vt va wa wv wi wy as gu mp pr vi".split()
)


def is_government_host(host: str, own_host: str = "") -> bool:
    """.gov, .mil, a state's .us domain (``state.nj.us``, ``co.weld.co.us``), or the portal's own."""
    host = host.lower().rstrip(".")
    if own_host and (host == own_host or host.endswith("." + own_host)):
        return True
    labels = host.split(".")
    if labels[-1] in ("gov", "mil"):
        return True
    return len(labels) >= 3 and labels[-1] == "us" and labels[-2] in _STATES


@dataclass(frozen=True)
class Website:
    url: str | None  # None when the address cannot be used
    note: str | None = None  # a change we made, to confirm
    problem: str | None = None  # why it was left out


def secure_website(value: str, own_host: str = "") -> Website:
    """``value`` as an https:// address the model accepts, upgrading government sites."""
    url = value.strip()
    if re.match(r"^[\w-]+(\.[\w-]+)+(/|$)", url):  # www.example.gov, written without a scheme
        url = "http://" + url
    host = urlsplit(url).hostname or ""
    note = None
    if url.lower().startswith("http://") and is_government_host(host, own_host):
        url = "https://" + url[len("http://"):]
        note = f"'{value}' changed to '{url}' (government sites serve https); check that it opens"
    try:
        return Website(parse_https_url(url), note)
    except PydanticCustomError as exc:
        return Website(None, problem=str(exc))
