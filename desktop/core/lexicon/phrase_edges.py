"""Words that join a phrase to the rest of its sentence and belong to neither: a phrase mark's
ends lose them ("and towed away his battered van" is marked "towed away his battered van")."""

from __future__ import annotations

JOINING_WORDS = frozenset({"and", "but", "or", "yet", "while"})
