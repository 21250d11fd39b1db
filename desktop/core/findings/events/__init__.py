"""Verdicts on what happened: deeds, tolls, causes, weapons, harms, outcomes told or denied."""
