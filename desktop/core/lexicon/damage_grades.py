"""The grades of harm a report counts buildings, homes and villages by: those left standing but
damaged (or hit, or affected) and those ruined (destroyed, flattened). Lemmas, as a count's verb
is read (``Fact.scope_verb``); findings/events/damage_grades.py."""

from __future__ import annotations

# Verbs that leave what they struck in ruins: none of it stands.
RUIN_VERBS = frozenset(
    ["destroy", "flatten", "level", "raze", "demolish", "collapse", "gut", "obliterate", "wipe"]
)
# Verbs that tell a harm short of ruin, or any harm at all: what was damaged may still stand.
DAMAGE_VERBS = frozenset(["damage", "hit", "affect", "crack", "harm", "strike"])
