"""Verdicts on years, months and spans: a deed's year, labels, tenures, terms, lapses."""
