"""The parts of the Today tab: start panel, step timeline, action cards and footer."""
