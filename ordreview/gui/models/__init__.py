"""Qt item models over lists of core values (findings, outline, coverage, alignment)."""
