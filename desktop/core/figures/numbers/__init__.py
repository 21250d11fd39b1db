"""Numbers as written: digits and words, orders of magnitude, units, scales, rounding."""
