"""Small display records shared by several page views."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceItem:
    """One service in a list (an agency's, a topic's, the home page's top tasks, A to Z)."""

    title: str
    href: str  # site path, e.g. services/dmv/renew-drivers-license/
    summary: str
    agency_name: str | None = None  # shown in lists that mix agencies
