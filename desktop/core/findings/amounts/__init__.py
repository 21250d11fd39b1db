"""Verdicts on amounts: sums and currencies, measures and units, shares, ranges, precision."""
