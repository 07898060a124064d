"""Build hook: the packages under plugins/, plus theme/ shipped inside them as ``govportal.theme``.

pyproject.toml cannot list packages found in one folder (plugins/) together with packages mapped
from another (theme/), so the list is made here; everything else is in pyproject.toml. Folders of
templates and assets are namespace packages, as setuptools expects of folders that hold data.
"""

from setuptools import find_namespace_packages, setup

_SKIP = ["*__pycache__*"]
_THEME = ["govportal.theme", *(f"govportal.theme.{name}" for name in find_namespace_packages("theme", exclude=_SKIP))]

setup(packages=[*find_namespace_packages("plugins", include=["govportal", "govportal.*"], exclude=_SKIP), *_THEME])
