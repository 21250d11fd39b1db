"""Verdicts on days, dates, clock times, spans and lapses, and those told in another form."""
