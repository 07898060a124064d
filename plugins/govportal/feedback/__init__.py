"""Feedback: the receiver that stores what people say, and the report that publishes it.

Knows nothing of MkDocs: it reads the built site folder and its own database.
"""
