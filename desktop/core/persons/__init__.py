"""The people of an article: their mentions, ages, states and fates, one card per person."""
