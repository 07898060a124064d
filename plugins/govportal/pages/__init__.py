"""What govportal generates from the content: the page plan and the views templates read.

Nothing here knows the rendering engine; the adapter turns the plan into pages.
"""
