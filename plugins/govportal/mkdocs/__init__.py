"""The only part of govportal that knows MkDocs: moving engines means rewriting this package.

``project`` reads ``site.yml``; ``plugin`` plugs the model and page plan into MkDocs'
events; ``engine`` renders a site into a folder and runs the live-reload server.
"""
