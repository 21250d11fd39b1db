"""Words that say where a person was hit and whether they died of it
(``findings/wound_ages.py``): "shot in the chest and pronounced dead". Lowercase."""

from __future__ import annotations

# Verbs and nouns a wound's place follows: "shot in the chest", "a gunshot wound to the head".
WOUND_WORDS = frozenset(
    ["shot", "struck", "hit", "wounded", "wound", "wounds", "stabbed", "injured", "injuries"]
)
# Parts of the body a wound is told in; the sides and qualifiers before them are dropped ("the left
# leg" is the leg: one article may say "left", the other not).
BODY_PARTS: dict[str, str] = {
    **dict.fromkeys(["chest", "torso"], "chest"),
    **dict.fromkeys(["head", "face", "forehead", "temple"], "head"),
    **dict.fromkeys(["back"], "back"),
    **dict.fromkeys(["neck", "throat"], "neck"),
    **dict.fromkeys(["stomach", "abdomen", "belly", "gut"], "stomach"),
    **dict.fromkeys(["leg", "legs", "thigh", "knee", "ankle", "foot", "feet"], "leg"),
    **dict.fromkeys(["arm", "arms", "shoulder", "elbow", "wrist", "hand", "hands"], "arm"),
    **dict.fromkeys(["buttocks", "hip", "groin"], "hip"),
    **dict.fromkeys(["side"], "side"),
}  # fmt: skip
# Words between "in/to the" and the body part that leave the part the same.
PART_QUALIFIERS = frozenset(["left", "right", "upper", "lower"])
# Words of a sentence that say the person hit there died of it.
DEATH_WORDS = frozenset(
    ["dead", "died", "dies", "killed", "fatally", "fatal", "slain", "death", "succumbed"]
)
