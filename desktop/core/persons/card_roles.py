"""Which noun phrases beside a name are that person's role, and how many roles they are.

* A noun compound before the name is one role however many nouns it has: "bomb technician Bill
  Hakim" is a bomb technician, not a "bomb" and a "technician". The parser hangs each noun of the
  compound on the name, so the nouns that stand side by side (only spaces between them) are
  joined back into one role.
* An apposition is a role of the person only when it can describe one person: a plural head or
  a quantified one ("Kimani Gray, several protests and riots have erupted") tells of a group, and
  the parser hung a clause's subject on the name. A name coordinated with another ("Ann Lee and
  Bo Ray, both teachers") shares a plural description, so it keeps it.
"""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.people import GROUP_QUANTIFIERS

# Tags of a plural noun: a description of one person is singular.
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def compound_roles(root: Any, span: Any, text: str) -> list[tuple[str, int, int]]:
    """The roles the nouns compounded before the name say, each run of adjacent nouns one role:
    (text, start, end)."""
    heads = [c for c in root.children if _compound_noun(c) and c.i < span.start]
    # "bomb technician Bill Hakim" parsed either way: both nouns on the name, or "bomb" on
    # "technician" and "technician" on the name.
    nouns = sorted({t.i: t for h in heads for t in _compounded(h)}.values(), key=lambda t: t.i)
    runs: list[list[Any]] = []
    for noun in nouns:
        if runs and noun.i == runs[-1][-1].i + 1:
            runs[-1].append(noun)
        else:
            runs.append([noun])
    roles = []
    for run in runs:
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        roles.append((text[start:end], start, end))
    return roles


def describes_one(head: Any, root: Any) -> bool:
    """The apposition headed by ``head`` can be a description of the one person ``root`` names."""
    if head.head.i != root.i or root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return True  # "the victims, Ann Lee and Bo Ray": the name's own noun, or a shared one
    if head.tag_ in _PLURAL_NOUNS:
        return False
    return not any(c.lower_ in GROUP_QUANTIFIERS for c in head.children)


def _compound_noun(token: Any) -> bool:
    return bool(token.dep_ == "compound" and token.pos_ == "NOUN")


def _compounded(noun: Any) -> list[Any]:
    """The noun and the nouns compounded on it, nearest first, as far as they stand unbroken."""
    found = [noun]
    for child in sorted(noun.children, key=lambda t: -t.i):
        if _compound_noun(child) and child.i == found[-1].i - 1:
            found += _compounded(child)
    return found
