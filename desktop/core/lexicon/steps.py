"""The steps a shooting story times, by the verb (lemma) a clock time hangs on: the shots, the call
that brought the police, the death, the arrest. Lowercase lemmas."""

from __future__ import annotations

CLOCK_STEPS: dict[str, str] = {
    **dict.fromkeys(
        ["shoot", "fire", "happen", "occur", "erupt", "wound", "injure", "hit", "strike", "kill",
         "shooting", "gunfire", "attack", "stab"],
        "event",
    ),
    **dict.fromkeys(
        ["call", "dispatch", "respond", "arrive", "summon", "report", "alert", "notify"],
        "call",
    ),
    **dict.fromkeys(["pronounce", "die", "declare", "succumb", "death"], "death"),
    **dict.fromkeys(
        ["arrest", "detain", "apprehend", "surrender", "capture", "book", "charge", "custody"],
        "arrest",
    ),
}  # fmt: skip
