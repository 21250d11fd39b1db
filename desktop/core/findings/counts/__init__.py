"""Verdicts on counts: how many people or things, in one frame, across articles, by ordinal."""
