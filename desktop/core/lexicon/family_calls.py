"""What a family calls its members, capitalised as a name in quotes and headlines ("Mom says her
son was shot"): words for a relation, never anyone's name. Lowercase."""

from __future__ import annotations

FAMILY_CALLS = frozenset(
    ["mom", "mommy", "mama", "momma", "mum", "dad", "daddy", "papa", "pop", "grandma", "grandpa",
     "granny", "nana", "auntie", "sis", "bro"]
)  # fmt: skip
