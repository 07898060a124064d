"""``govportal import agencies``: a spreadsheet of agency contacts -> content/agencies/*.yml.

Modules follow the steps: ``encoding`` (bytes -> text, said which), ``table`` (text -> rows,
every cell bounded), ``names`` (ids, one agency under two spellings), ``phones``,
``websites`` and ``hours`` (cells as people write them), ``rows`` (one row -> one file's
fields), ``importer`` (the whole file, drafts, the summary).
"""

from govportal.content.agency_import.importer import ImportReport, import_agencies

__all__ = ["ImportReport", "import_agencies"]
