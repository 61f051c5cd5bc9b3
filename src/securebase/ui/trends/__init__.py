"""The Trends tab's pieces: chart panels, the matplotlib drawings (imported lazily),
controls, words and colours."""
