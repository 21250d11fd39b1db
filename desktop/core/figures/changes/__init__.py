"""Shares and changes: parts of a whole, ratios, points, multiples, a company's measures."""
