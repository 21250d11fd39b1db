"""Figures read off the text: counts, amounts, units, bounds, and what and whose they count."""
