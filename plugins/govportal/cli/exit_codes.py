"""What a ``govportal`` exit code means, the same in every command, for CI scripts to rely on."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """0, 1 or 2; click's own usage errors (an unknown option, a bad value) are 2 as well."""

    OK = 0
    # The content or the site has problems (errors): fix them and run again.
    FINDINGS = 1
    # govportal could not do its work: a missing or wrong site.yml, a missing file, a browser
    # that will not start, a database that cannot be opened, option values that cannot be used.
    CANNOT_RUN = 2
