"""``python -m govportal.cli``: the same as the ``govportal`` command."""

from govportal.cli import main

main()
