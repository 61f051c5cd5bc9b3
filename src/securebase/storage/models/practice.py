"""practice tables (filled in by the practice feature)."""
