"""Gate results for people and for CI: terminal text, JUnit XML, JSON and an HTML page. Pure functions."""
