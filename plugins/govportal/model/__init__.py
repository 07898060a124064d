"""The typed portal: the single source of truth every other module reads."""

from govportal.model.agency import Agency, Channel
from govportal.model.hours import Hours
from govportal.model.portal import Portal, PortalContent, Topic
from govportal.model.service import Service

__all__ = ["Agency", "Channel", "Hours", "Portal", "PortalContent", "Service", "Topic"]
