"""Verdicts on days: weekdays and dates, the leads' days, steps, one date at two precisions."""
