"""Linking verbs: they tie their subject to a state ("14 remain missing", "two stayed trapped")
and say nothing themselves of what the subject is. The state, their complement, says what a
figure beside them counts. Lowercase lemmas; "be" is left out, being too common to be a slot
word at all (GENERIC_SLOT_WORDS)."""

from __future__ import annotations

LINKING_VERBS = frozenset(["remain", "stay", "become", "seem", "appear", "lie", "go"])
