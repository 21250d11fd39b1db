"""Verdicts on names: one name spelled or formed two ways, bodies, names told in other forms."""
