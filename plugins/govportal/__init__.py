"""govportal: build accessible government service portals from Markdown and YAML.

The package follows the pipeline: content files -> ``content`` (load and validate)
-> ``model`` (typed portal) -> ``pages`` (what we generate) -> ``mkdocs`` (the one
engine adapter) -> ``publish`` (atomic replace of the output directory).
"""

__version__ = "0.1.0"
