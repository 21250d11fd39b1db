"""Verdicts on places: the story's city and region, streets, sites, directions, distances."""
