"""The only part of govportal that knows MkDocs: moving engines means rewriting this package.

``project`` reads ``site.yml``; ``plugin`` plugs the model and page plan into MkDocs'
events; ``engine`` renders a site into a folder and runs the live-reload server.
"""

import importlib

try:
    # ProperDocs, the maintained continuation of MkDocs 1.x, is used when it is installed
    # (pip install "govportal[properdocs]"): its alias module makes every later `import mkdocs.*`,
    # ours and Material's, load ProperDocs. It must run before anything imports MkDocs.
    importlib.import_module("properdocs.replacement")
except ModuleNotFoundError:
    pass
