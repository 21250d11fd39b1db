"""Whole sentences and their clauses: corroborated, retold, or told by one side only."""
