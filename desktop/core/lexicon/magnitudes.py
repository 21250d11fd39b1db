"""Words of magnitude from a million up, as written after a figure ("110 billion", "110bn", "$5m"):
a sum written with one is particular enough to be one sum (core/findings/amounts/same_sums.py)."""

MAGNITUDE_WORDS = ("million", "billion", "trillion", "mln", "mn", "bn", "tn", "m")
