"""PySide6 user interface. No SQL and no Session here: talk to repositories and services."""
