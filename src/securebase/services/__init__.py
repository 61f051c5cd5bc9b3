"""Use cases over storage and domain: export/import, reports, demo data, the Today page."""
