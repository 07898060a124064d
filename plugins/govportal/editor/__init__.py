"""The web editor: Decap CMS, configured from govportal's content model, for editors who do not use git.

``config`` turns the pydantic models into the CMS's collections and fields; ``help`` reads the
scaffolds' comments as the fields' help text; ``bundle`` is govportal's own copy of the CMS;
``admin`` writes the /admin/ page; ``proxy`` and ``server`` are ``govportal edit``, the local
backend that lets the CMS edit the files on this computer.
"""
