"""Compiled templates kept between builds, so a build does not parse and compile 50 templates again.

MkDocs makes a new Jinja environment for every build, and with it compiles every template again:
about a quarter of a second per build, and in the preview (a build on every save) more than that
per save at 1,000 services. Jinja's bytecode cache keeps each compiled template in a file of the
system's temporary folder, found by template name and file, and used only while the template's
source is the same; in the preview the compiled code is also kept in memory.

Compiled code also depends on how the environment compiles (autoescaping, extensions, syntax), so
that is part of each entry's name: a template compiled by another environment is never used.
"""

from __future__ import annotations

from types import CodeType

import jinja2
from jinja2 import Environment
from jinja2.bccache import Bucket, FileSystemBytecodeCache


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, with the compiling environment's settings in the
    key and a copy in memory for the builds of one process (the preview)."""

    def __init__(self, directory: str | None = None) -> None:
        super().__init__(directory, pattern=f"govportal-jinja-{jinja2.__version__}-%s.cache")
        self._memory: dict[str, tuple[str, CodeType]] = {}

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        bucket = Bucket(environment, self.get_cache_key(f"{name}|{compile_settings(environment)}", filename), self.get_source_checksum(source))
        kept = self._memory.get(bucket.key)
        if kept is not None and kept[0] == bucket.checksum:
            bucket.code = kept[1]
            return bucket
        self.load_bytecode(bucket)
        self._remember(bucket)
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        super().set_bucket(bucket)
        self._remember(bucket)

    def _remember(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._memory[bucket.key] = (bucket.checksum, bucket.code)


def compile_settings(environment: Environment) -> str:
    """What, besides a template's source, changes the code Jinja compiles it to."""
    autoescape = environment.autoescape
    return repr((
        autoescape if isinstance(autoescape, bool) else f"{autoescape.__module__}.{autoescape.__qualname__}",
        sorted(environment.extensions),
        environment.block_start_string, environment.block_end_string,
        environment.variable_start_string, environment.variable_end_string,
        environment.comment_start_string, environment.comment_end_string,
        environment.line_statement_prefix, environment.line_comment_prefix,
        environment.trim_blocks, environment.lstrip_blocks, environment.newline_sequence,
        environment.keep_trailing_newline, environment.optimized,
    ))


TEMPLATES = TemplateCache()  # one per process: the preview's builds share it
