"""What befell one person named by a role, and which fates exclude each other
(``findings/persons/role_fates.py``): "the gunman was arrested" / "the gunman was shot dead".

Lowercase words as written after "the <role> was/is/has been".
"""

from __future__ import annotations

# One person named by the part they played: "the gunman", "the driver". Plural roles and loose
# words for people ("the men", "the victims") may be several people, each with a fate of their own.
FATE_ROLES = frozenset(
    ["gunman", "shooter", "suspect", "attacker", "assailant", "bomber", "robber", "driver",
     "pilot", "victim", "captain", "hijacker", "killer", "stabber", "officer", "motorist"]
)  # fmt: skip
# Each phrase and the fate it tells.
FATE_PHRASES: dict[str, str] = {
    "killed": "dead", "shot dead": "dead", "shot and killed": "dead", "dead": "dead",
    "pronounced dead": "dead", "found dead": "dead",
    "injured": "hurt", "wounded": "hurt", "hurt": "hurt", "critically injured": "hurt",
    "seriously injured": "hurt", "in critical condition": "hurt", "in stable condition": "hurt",
    "arrested": "held", "detained": "held", "taken into custody": "held", "in custody": "held",
    "at large": "free", "still at large": "free",
}  # fmt: skip
# Fates one person cannot have at once: dead and in hospital, dead and in a cell, held and free.
EXCLUSIVE_FATES = frozenset(
    [frozenset(["dead", "hurt"]), frozenset(["dead", "held"]), frozenset(["held", "free"])]
)
