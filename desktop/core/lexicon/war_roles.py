"""Nouns war and unrest news counts one role by (lexicon.SLOT_SYNONYMS folds them in)."""

from __future__ import annotations

# probewar: war and unrest news names one role by several nouns ("25 militants" / "25
# insurgents", "50,000 protesters" / "50,000 demonstrators", "a dozen hostages" / "12
# captives", "six policemen" / "six officers"): one group counted with another word. Two
# roles ("militants" / "soldiers") stay two groups. Not "sailor" as "crew": the slot word
# also names the role a person conflict's reason gives, and "sailor" must read as written.
WAR_ROLE_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["militant", "insurgent", "rebel", "guerrilla", "jihadist"], "militant"),
    **dict.fromkeys(["protester", "protestor", "demonstrator"], "protester"),
    **dict.fromkeys(["hostage", "captive"], "hostage"),
    **dict.fromkeys(["policeman", "policemen", "policewoman"], "officer"),
}  # fmt: skip
