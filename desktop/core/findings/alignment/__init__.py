"""Sentences paired across the articles: copies, swapped words, look-alikes, topic partners."""
