"""The search index: Pagefind over the built site folder.

Pages mark what to index with ``data-pagefind-body`` and their agency and topics with
``data-pagefind-filter``; Pagefind writes a chunked index to ``pagefind/``, so a query
fetches a few small files, never the whole index.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from govportal.findings import Finding

INDEX_FOLDER = "pagefind"


def index_site(site: Path) -> list[Finding]:
    """Index ``site`` in place; a failure is a finding (search is part of the portal)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", INDEX_FOLDER, "--quiet"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [Finding(str(site), "search", f"the search index could not be built: {exc}")]
    if result.returncode != 0 or not (site / INDEX_FOLDER / "pagefind.js").is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()
        return [Finding(str(site), "search", "the search index could not be built: " + (detail[-1] if detail else f"pagefind exited with {result.returncode}"))]
    return []
