"""Let a portal's own templates build on govportal's layout instead of replacing it.

MkDocs looks up templates in the portal's ``custom_dir`` first, so a portal's ``main.html``
hides ours. Material's users extend ``base.html`` from theirs; govportal's layout is ``main.html``
itself, so it is also offered as ``govportal-theme/main.html`` (and every other theme file under
the same prefix) for a portal's ``main.html`` to extend, keeping our blocks and their ``super()``.
"""

from __future__ import annotations

from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, PrefixLoader
from mkdocs.utils import get_theme_dir

PREFIX = "govportal-theme"


def with_theme_alias(loader: BaseLoader | None) -> ChoiceLoader:
    """``loader`` first, then govportal's own theme files under ``govportal-theme/``."""
    ours = PrefixLoader({PREFIX: FileSystemLoader(get_theme_dir("govportal"))})
    return ChoiceLoader([loader, ours] if loader is not None else [ours])
