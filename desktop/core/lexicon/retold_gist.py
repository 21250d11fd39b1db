"""Words that say whether two sentences can tell one deed (alignment/reader_guard.py): verbs of
saying, read through to what is said, and deeds that are each other's opposite. Lowercase lemmas."""

from __future__ import annotations

# Verbs that report a statement rather than tell one: "police said the man was arrested" tells an
# arrest. The guard reads the clause said (its ``ccomp``), not the verb of saying.
SAYING_VERBS = frozenset(
    ["say", "tell", "report", "add", "state", "announce", "confirm", "claim", "allege", "insist",
     "explain", "note", "write", "warn", "believe", "think", "know", "learn", "reveal", "show",
     "suggest", "indicate", "accord"]
)  # fmt: skip

# Verbs that carry no deed of their own as a main predicate ("was 24", "has three children",
# "it happened on Friday"): a sentence told with one is of no known deed, never another deed.
EMPTY_DEEDS = frozenset(
    ["be", "have", "do", "happen", "occur", "take", "make", "get", "become", "remain", "seem",
     "appear", "come", "go", "begin", "start", "continue", "try"]
)  # fmt: skip

# Deeds that are each other's opposite or a turn of the same story the other way: a word-vector
# table puts them side by side (they occur in the same places), yet "the coach was hired" is no
# retelling of "the coach was fired". Each pair once; the guard reads it both ways.
OPPOSITE_DEEDS: tuple[tuple[str, str], ...] = (
    ("hire", "fire"), ("hire", "dismiss"), ("hire", "sack"), ("appoint", "dismiss"),
    ("appoint", "fire"), ("appoint", "sack"), ("hire", "lay off"), ("employ", "fire"),
    ("arrest", "release"), ("arrest", "free"), ("detain", "release"), ("detain", "free"),
    ("capture", "release"), ("catch", "release"), ("jail", "release"), ("convict", "acquit"),
    ("charge", "acquit"), ("win", "lose"), ("beat", "lose"), ("defeat", "lose"),
    ("open", "close"), ("open", "shut"), ("rise", "fall"), ("rise", "drop"), ("rise", "decline"),
    ("increase", "decrease"), ("increase", "fall"), ("increase", "drop"), ("gain", "lose"),
    ("grow", "shrink"), ("climb", "fall"), ("raise", "cut"), ("raise", "lower"),
    ("buy", "sell"), ("enter", "leave"), ("enter", "exit"), ("arrive", "leave"),
    ("arrive", "depart"), ("join", "leave"), ("join", "quit"), ("accept", "reject"),
    ("accept", "refuse"), ("approve", "reject"), ("pass", "reject"), ("confirm", "deny"),
    ("admit", "deny"), ("support", "oppose"), ("start", "end"), ("start", "stop"),
    ("begin", "end"), ("launch", "cancel"), ("live", "die"), ("survive", "die"),
    ("survive", "kill"), ("find", "lose"), ("lift", "impose"), ("resign", "appoint"),
    ("elect", "defeat"), ("sign", "release"), ("marry", "divorce"), ("attack", "defend"),
)  # fmt: skip

# Phrasal verbs that tell a deed the lexicon's folds name with one word ("stepped down" is a
# resignation); the particle is kept in a gist's deed, so "lay off" is never "lay".
PHRASAL_DEEDS: dict[str, str] = {
    "step down": "resign", "lay off": "dismiss", "pick up": "arrest",
    "take in": "arrest", "round up": "arrest", "pass away": "death", "break out": "start",
    "set off": "start", "shut down": "close", "close down": "close", "blow up": "explode",
    "gun down": "shoot", "open fire": "shoot", "put out": "extinguish",
}  # fmt: skip

# Nouns that name someone who acts: people, one or many, or a body of them. Two such doers may be
# one ("the firefighters" / "crews", "the victim" / "the woman", "the navy" / "the Indians"),
# while two different things ("talks" / "the fire") are two doers. With the people lexicon's
# descriptions (victim, suspect, man, officer ...).
ACTOR_NOUNS = frozenset(
    ["people", "person", "police", "crew", "firefighter", "fireman", "worker", "protester",
     "demonstrator", "rescuer", "official", "authority", "investigator", "employee", "staff",
     "team", "crowd", "group", "family", "neighbour", "neighbor", "witness", "spokesman",
     "spokeswoman", "spokesperson", "agent", "soldier", "troop", "player", "coach", "fan",
     "member", "leader", "minister", "president", "lawyer", "attorney", "prosecutor", "judge",
     "doctor", "nurse", "paramedic", "guard", "inmate", "prisoner", "captain", "commander",
     "detective", "sergeant", "rioter", "kid", "parent", "relative", "friend", "colleague",
     "manager", "owner", "customer", "shopper", "survivor", "patient", "hostage", "pirate",
     "militant", "rebel", "gunmen", "man", "woman", "men", "women", "actress", "actor", "singer",
     "star", "model", "director", "chief", "governor", "mayor", "senator", "cop",
     "navy", "army", "force", "government", "company", "club", "side"]
)  # fmt: skip
