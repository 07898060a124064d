"""govportal's theme, registered with MkDocs as ``theme: {name: govportal}``; this file only marks where it is."""
