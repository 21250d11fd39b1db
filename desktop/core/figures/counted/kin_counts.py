"""A count of someone's family: "his two children", "a mother of seven", "He leaves behind three
sons", "She had three little kids".

A shooting story counts two kinds of children: a person's family (the victim's "two children")
and the children at the scene ("Four children were playing outside"). The possessive, a parent's
"of" or a verb of having or leaving says the first; a count without them says who was there.
Two counts of the two kinds are two groups, never a clash (``findings/bookkeeping/claims.py``).
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import COUNTED_KIN, FAMILY_VERBS, PARENT_OFFSPRING


def counts_a_family(span: Any) -> bool:
    """Does the figure count someone's family?"""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        # "a mother of seven"; not "the mother of the six-year-old" (an age) nor "the mother of
        # one of the children" (one child of a group).
        counts = root.like_num and not any(c.dep_ == "prep" for c in root.children)
        return counts and root.head.head.lemma_.lower() in PARENT_OFFSPRING
    noun = root.head
    if root.dep_ != "nummod" or noun.lemma_.lower() not in COUNTED_KIN:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return True  # "his two children", "Pratt's three sons"
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in FAMILY_VERBS  # "She had three kids"
    if noun.dep_ == "pobj":
        # "leaves behind two children", "survived by three sons"; not "leaving the three
        # children alone", which tells who was there.
        verb = noun.head.head.lemma_.lower()
        return _FAMILY_PREPOSITIONS.get(noun.head.lower_) == verb
    return False


# The preposition a verb takes a family with, and the verb: the parser's "behind" of "leaves
# behind", the agent's "by" of "survived by".
_FAMILY_PREPOSITIONS = {"behind": "leave", "by": "survive"}
