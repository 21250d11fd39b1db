"""Words around a list of places: "from Somalia and Yemen", "in Oman, Qatar and Bahrain"."""

from __future__ import annotations

# A preposition that asks one question of every place of the list after it: where they are
# from, where it happened, where it went. Two aligned sentences with one of these before their
# lists answer the same question.
LIST_PREPOSITIONS = frozenset({"from", "in", "to", "at", "near", "across", "between", "through"})

# The words that join the places of one list.
LIST_JOINERS = frozenset({",", "and", "or"})
