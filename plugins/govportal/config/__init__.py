"""Everything the web team sets once in ``site.yml``, and the one reader of that file.

Settings models live here rather than beside the code that uses them so that the model,
the gate and the feedback receiver all depend on this package and never on each other.
"""

from govportal.config.portal import PortalSettings
from govportal.config.project import Project, ProjectError, read_project

__all__ = ["PortalSettings", "Project", "ProjectError", "read_project"]
