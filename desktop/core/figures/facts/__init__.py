"""A figure as a fact: its value and shape, and the words that name what it is about."""
