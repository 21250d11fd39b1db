"""The group a part is told of: "Two of the victims were killed" counts the victims that were
killed, "five of its carriages left the rails" the carriages that left them. The noun after
"of the" (or "them" when a pronoun stands for the group) is kept so that a part can be set
against the other article's count of the same deed (``findings/counts/part_deeds``), never
against the group's own count.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.part_groups import RECORD_GROUPS

# The words that make "N of ..." a part of a group named before or after: "two of the victims",
# "five of its carriages", "eight of them". A bare "of" ("tens of thousands") is no part.
_GROUP_OPENERS = frozenset(
    ["the", "its", "their", "his", "her", "our", "those", "these", "them", "us", "whom"]
)
_PRONOUN_GROUPS = frozenset(["them", "us", "whom"])
# A part that does or undergoes a verb of its own ("Two of the victims were killed", "executed
# two of them"); a part set beside its whole ("injured 19, four of them seriously", "three
# people, two of them women") tells the whole's verb, not a deed of the part.
_DOERS = frozenset(["nsubj", "nsubjpass", "dobj"])


def part_group(span: Any) -> str:
    """ "victim" for "Two of the victims", "them" for "eight of them", "" for no such part.

    A group that is counted in the phrase too ("two of the five suspects") is the whole the
    sentence tells, and stays the part's own (``partitive_wholes``): its noun is returned all the
    same, the whole is set apart by ``part_told``."""
    doc = span.doc
    at = span.end
    if span.root.dep_ not in _DOERS or span.root.head.pos_ != "VERB":
        return ""  # "Nineteen were injured, four of them seriously": a part of the whole there
    if at + 1 >= len(doc) or doc[at].lower_ != "of" or doc[at + 1].lower_ not in _GROUP_OPENERS:
        return ""
    if doc[at + 1].lower_ in _PRONOUN_GROUPS:
        return "them"
    objects = [t for t in doc[at].children if t.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return ""
    group = str(objects[0].lemma_.lower())
    return "" if group in RECORD_GROUPS else group  # "won 18 of their next 23 games": a record
