"""assessment tables (filled in by the assessment feature)."""
