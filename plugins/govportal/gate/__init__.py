"""The gate: every built page checked in a real browser before anything is published."""
