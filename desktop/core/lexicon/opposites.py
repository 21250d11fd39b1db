"""Predicates that cannot both hold of one participant at one time
(``findings/events/predicate_polarity.py``): "acquitted" / "convicted", "survived" / "died",
"won" / "lost", "approved" / "rejected".

Each word (a lemma as spaCy gives it) is placed on a scale with the side of it it asserts, and
the role in its clause the participant stands in: ``subject`` for the subject of an active verb or
of an adjective ("Smith died", "the bridge is open"), ``patient`` for the object of an active verb
or the subject of a passive one ("the jury acquitted Smith", "Smith was convicted"). "Smith
survived" and "Smith was killed" sit on the scale ``alive`` on two sides, both said of Smith.
A pair belongs here only when a linguist would call the two incompatible for one participant on
one occasion: "arrested" / "released" are not (one follows the other), nor "charged" /
"convicted".
"""

from __future__ import annotations

from types import MappingProxyType

# (lemma, role) -> (scale, side): the side is True for the scale's first pole.
OPPOSITES = MappingProxyType(
    {
        ("convict", "patient"): ("guilt", True),
        ("acquit", "patient"): ("guilt", False),
        ("clear", "patient"): ("guilt", False),
        ("survive", "subject"): ("alive", True),
        ("die", "subject"): ("alive", False),
        ("kill", "patient"): ("alive", False),
        ("win", "subject"): ("victory", True),
        ("lose", "subject"): ("victory", False),
        ("approve", "patient"): ("approval", True),
        ("reject", "patient"): ("approval", False),
        ("confirm", "subject"): ("assent", True),
        ("deny", "subject"): ("assent", False),
        ("accept", "patient"): ("acceptance", True),
        ("decline", "patient"): ("acceptance", False),
        ("pass", "subject"): ("passage", True),
        ("fail", "subject"): ("passage", False),
        ("alive", "subject"): ("alive", True),
        ("dead", "subject"): ("alive", False),
        ("guilty", "subject"): ("guilt", True),
        ("innocent", "subject"): ("guilt", False),
        ("admit", "subject"): ("assent", True),
        ("succeed", "subject"): ("passage", True),
        ("hit", "subject"): ("hit", True),
        ("miss", "subject"): ("hit", False),
        ("true", "subject"): ("truth", True),
        ("false", "subject"): ("truth", False),
        ("legal", "subject"): ("legality", True),
        ("illegal", "subject"): ("legality", False),
        ("present", "subject"): ("presence", True),
        ("absent", "subject"): ("presence", False),
        # Which way a measure moved: "shares rose" / "shares fell", said with no object (a
        # company that "declined the offer" moved nothing).
        ("rise", "subject"): ("direction", True),
        ("increase", "subject"): ("direction", True),
        ("climb", "subject"): ("direction", True),
        ("gain", "subject"): ("direction", True),
        ("jump", "subject"): ("direction", True),
        ("soar", "subject"): ("direction", True),
        ("fall", "subject"): ("direction", False),
        ("drop", "subject"): ("direction", False),
        ("decline", "subject"): ("direction", False),
        ("decrease", "subject"): ("direction", False),
        ("slip", "subject"): ("direction", False),
        ("plunge", "subject"): ("direction", False),
        ("tumble", "subject"): ("direction", False),
        ("open", "subject"): ("open", True),
        ("close", "patient"): ("open", False),
        ("closed", "subject"): ("open", False),
        ("shut", "patient"): ("open", False),
    }
)
# A participant the confirmation or denial is about must be the same thing confirmed or denied:
# "confirmed the deal" / "denied the report" part on the object, and a bare "confirmed" against a
# bare "denied" says nothing of what. Scales whose two poles need the same object on both sides.
OBJECT_BOUND_SCALES = frozenset(["assent", "victory", "acceptance", "hit"])
# Scales read only off a clause with no object: "shares fell" moved, "the board declined the
# offer" refused it.
OBJECTLESS_SCALES = frozenset(["direction"])
# Verbs too light to carry a claim of their own ("had no children" / "never had to testify",
# "made a statement" / "did not make it to the hospital"): read on a scale of opposites only.
LIGHT_VERBS = frozenset(["have", "do", "make", "take", "get", "go", "come", "give", "put", "keep"])
