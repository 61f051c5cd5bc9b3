"""Widgets of the Journal tab: the list, its filters, the entry forms, the narrative
editor, quick capture and the draft keeper."""
