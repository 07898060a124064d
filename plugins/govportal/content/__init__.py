"""Read editors' files into the typed model; every problem becomes a finding, none is raised."""

from govportal.content.loader import LoadResult, load_content

__all__ = ["LoadResult", "load_content"]
