"""The words that tell a victim by their tie to the one who harmed them: "shot his girlfriend",
"killed her own mother" (findings/events/victim_ties.py). Lowercase."""

from __future__ import annotations

# Each tie word, with the kind of tie it names and the sex it gives (None: either). Two words of
# one kind and no parting sex may name one person ("his wife" / "his estranged girlfriend", a
# reporter's loose word for a partner; "his son" / "his stepson"); two kinds never do (a mother
# is no girlfriend), nor two sexes (a son is no daughter).
TIE_WORDS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(["mother", "mom", "mum", "stepmother"], ("parent", "f")),
    **dict.fromkeys(["father", "dad", "stepfather"], ("parent", "m")),
    **dict.fromkeys(["parent"], ("parent", None)),
    **dict.fromkeys(["daughter", "stepdaughter"], ("child", "f")),
    **dict.fromkeys(["son", "stepson"], ("child", "m")),
    **dict.fromkeys(["child", "stepchild"], ("child", None)),
    **dict.fromkeys(["sister", "half-sister", "stepsister"], ("sibling", "f")),
    **dict.fromkeys(["brother", "half-brother", "stepbrother"], ("sibling", "m")),
    **dict.fromkeys(["grandmother", "grandma"], ("grandparent", "f")),
    **dict.fromkeys(["grandfather", "grandpa"], ("grandparent", "m")),
    **dict.fromkeys(["granddaughter"], ("grandchild", "f")),
    **dict.fromkeys(["grandson"], ("grandchild", "m")),
    **dict.fromkeys(["grandchild"], ("grandchild", None)),
    **dict.fromkeys(["aunt"], ("aunt or uncle", "f")),
    **dict.fromkeys(["uncle"], ("aunt or uncle", "m")),
    **dict.fromkeys(["niece"], ("niece or nephew", "f")),
    **dict.fromkeys(["nephew"], ("niece or nephew", "m")),
    **dict.fromkeys(["cousin"], ("cousin", None)),
    **dict.fromkeys(
        ["wife", "ex-wife", "girlfriend", "ex-girlfriend", "fiancee", "fiancée"], ("partner", "f")
    ),
    **dict.fromkeys(
        ["husband", "ex-husband", "boyfriend", "ex-boyfriend", "fiance", "fiancé"],
        ("partner", "m"),
    ),
    **dict.fromkeys(["spouse", "partner", "ex-partner"], ("partner", None)),
    **dict.fromkeys(["mother-in-law", "father-in-law"], ("parent-in-law", None)),
    **dict.fromkeys(["son-in-law", "daughter-in-law"], ("child-in-law", None)),
    **dict.fromkeys(["brother-in-law", "sister-in-law"], ("sibling-in-law", None)),
}  # fmt: skip

# The verbs of a harm done to the one the tie names: "shot his wife", "fatally wounded her son".
HARM_VERBS = frozenset(
    ["shot", "shoot", "shoots", "shooting", "killed", "kill", "kills", "killing", "wounded",
     "wounding", "murdered", "murdering", "stabbed", "stabbing", "struck", "hit"]
)  # fmt: skip

# Words before the verb that deny the harm: "did not shoot his wife".
DENIALS = frozenset(["not", "never", "n't", "denied", "denies"])
