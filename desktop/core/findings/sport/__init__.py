"""Verdicts on games: scores, records, standings, clubs, venues, tallies, streaks, rates."""
