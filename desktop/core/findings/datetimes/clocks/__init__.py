"""Verdicts on clock times: one moment on two dials or rounded, a happening's time."""
