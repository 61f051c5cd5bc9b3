"""Widgets of the Assessment tab: the start page, the questionnaire, the result."""
