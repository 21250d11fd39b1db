"""Whose figure it is: the person, body, place, season or population it belongs to."""
