"""Words that say where a person was hit and whether they died of it
(``findings/persons/wound_ages.py``): "shot in the chest and pronounced dead". Lowercase."""

from __future__ import annotations

# Verbs and nouns a wound's place follows: "shot in the chest", "a gunshot wound to the head".
WOUND_WORDS = frozenset(
    [
        "shot",
        "struck",
        "hit",
        "wounded",
        "wound",
        "wounds",
        "stabbed",
        "injured",
        "injuries",
        "grazed",
    ]
)
# Those of them that are verbs, whose subject may be the one who fired ("A man shot her").
WOUND_VERBS = frozenset(["shot", "struck", "hit", "wounded", "stabbed", "injured", "grazed"])
# Parts of the body a wound is told in; the sides and qualifiers before them are dropped ("the left
# leg" is the leg: one article may say "left", the other not).
BODY_PARTS: dict[str, str] = {
    **dict.fromkeys(["chest", "torso"], "chest"),
    **dict.fromkeys(["head", "face", "forehead", "temple", "mouth", "jaw", "cheek", "eye", "ear",
                     "nose", "lip", "skull"], "head"),
    **dict.fromkeys(["back"], "back"),
    **dict.fromkeys(["neck", "throat"], "neck"),
    **dict.fromkeys(["stomach", "abdomen", "belly", "gut"], "stomach"),
    **dict.fromkeys(["leg", "legs", "thigh", "knee", "ankle", "foot", "feet", "calf", "shin"], "leg"),
    **dict.fromkeys(["arm", "arms", "shoulder", "elbow", "wrist", "hand", "hands"], "arm"),
    **dict.fromkeys(["buttocks", "buttock", "hip", "groin", "pelvis"], "hip"),
    **dict.fromkeys(["side"], "side"),
}  # fmt: skip
# Words between "in/to the" and the body part that leave the part the same.
PART_QUALIFIERS = frozenset(["left", "right", "upper", "lower"])
# Words of a sentence that say the person hit there died of it.
DEATH_WORDS = frozenset(
    ["dead", "died", "dies", "killed", "fatally", "fatal", "slain", "death", "succumbed"]
)

# Places of the body that lie side by side, or that one article may name for the other ("the
# side" of the chest, the shoulder at the top of the arm, the neck below the head): two articles
# naming them for one person neither agree nor contradict each other.
NEIGHBOURING_PARTS = frozenset(
    frozenset(pair)
    for pair in [
        ("side", "chest"), ("side", "stomach"), ("side", "back"), ("side", "hip"),
        ("chest", "stomach"), ("chest", "neck"), ("chest", "arm"), ("stomach", "hip"),
        ("back", "hip"), ("head", "neck"), ("hip", "leg"), ("back", "neck"),
    ]
)  # fmt: skip
# Words that put a wound on the body of the one who fired: "a self-inflicted gunshot wound", "shot
# himself in the head".
SELF_WOUND_WORDS = frozenset(["self-inflicted", "himself", "herself"])
# The one who fired, named by the part they played: "the gunman was shot in the leg", "officers
# shot the suspect in the chest" tell no victim's wound.
WOUND_DOERS = frozenset(
    ["gunman", "shooter", "suspect", "attacker", "assailant", "robber", "killer", "gunmen"]
)
# Those who answered the call, hurt beside the victims: "an officer sustained non-life-threatening
# injuries" is no victim's harm, nor is a victim's an officer's.
RESPONDERS = frozenset(
    ["officer", "officers", "deputy", "deputies", "trooper", "troopers", "policeman",
     "policemen", "policewoman", "firefighter", "firefighters", "agent", "agents", "sergeant"]
)  # fmt: skip

# Words that say a victim was hit once, so that two places of the body for them cannot both hold:
# "shot once in the chest", "a single gunshot wound to the head", "One bullet struck her in the
# mouth". Without them a victim may have been hit more than once, and each article may name a
# wound the other leaves out.
ONCE_WORDS = frozenset(["once", "single"])
ONE_WORDS = frozenset(["one", "a", "an"])
SHOT_NOUNS = frozenset(["bullet", "round", "shot", "gunshot", "pellet"])

# Comparatives of two people's ages and what may follow them as one person ("the younger man",
# "the older of the two", "the elder was shot"): findings/persons/compared_ages.py.
YOUNGER_WORDS = frozenset(["younger"])
OLDER_WORDS = frozenset(["older", "elder"])
COMPARED_PEOPLE = frozenset(
    ["man", "woman", "boy", "girl", "one", "victim", "teen", "teenager", "child", "brother",
     "sister", "son", "daughter", "of", "was", "is", "had", "suffered", "died"]
)  # fmt: skip
# Words of a body's face or side that a part of the body follows: "the back of the head" is the
# head, "the side of his neck" the neck (findings/persons/wound_ages.py).
PART_FACES = frozenset(["back", "side", "top", "front"])
