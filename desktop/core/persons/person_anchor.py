"""The token that stands for a name in its clause, as a reader finds it: the name itself, the
noun it restates or is coordinated with ("the victim, John Smith"; "Ann and Bob Lee"), or, when
the parser joined a name of a list to the verb, the name before it in the list ("arrested Bo Ray,
24, and Ann Vold, 19"). ``person_status`` reads what the clause says of that token."""

from __future__ import annotations

from typing import Any

# Dependency labels a name hangs from when it restates another noun ("the victim, John Smith").
_RESTATING = frozenset({"appos", "conj"})
# What stands between the items of a list of names: "Bo Ray, 24, and Ann Vold".
_LIST_JOINERS = frozenset({",", ";", "and", "or"})


def _listed_before(name: Any) -> Any | None:
    """The name right before ``name`` in a list ("Bo Ray, 24, and"), only commas, "and" and
    its own set-off age between them; None when there is none."""
    doc, at = name.doc, name.left_edge.i - 1
    while at >= 0 and doc[at].lower_ in _LIST_JOINERS:
        at -= 1
    if at < 0:
        return None
    item = doc[at]
    while item.dep_ in ("appos", "punct") and item.head.i < item.i and item.pos_ != "PROPN":
        item = item.head  # "Ray, 24": from the age to the name it is set off from
    if item.pos_ != "PROPN" or name.pos_ != "PROPN" or item.ent_type_ != name.ent_type_:
        return None
    return item


def restated_anchor(root: Any) -> Any:
    """The token standing for the name in its clause: the name, or the noun or first name it is
    in apposition or coordination with ("the victim, John Smith"; "Ann and Bob Lee")."""
    anchor = root
    while anchor.dep_ in _RESTATING and anchor.head.i != anchor.i:
        if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
            # "arrested Bo Ray, 24, and Ann Vold, 19", "the deaths of Bo Ray, 24, and Ann Vold":
            # a name the parser joined to the verb itself is the next item of the list of names
            # right before it.
            before = _listed_before(anchor)
            return restated_anchor(before) if before is not None else anchor
        anchor = anchor.head
    return anchor
