"""What happened to a person, read from the dependency parse around their name.

A linguist's rules, one per construction:

* passive subject of kill / wound / arrest / charge: "Smith was arrested", "Smith was shot dead",
  "Smith was fatally gunned down", "Smith was taken into custody";
* subject of die / say / tell, or of a copula or "remain" with a status complement: "Smith died",
  "Smith told reporters", "Smith is missing", "Smith remains hospitalized", "Smith remains in
  critical condition", "Smith suffered a gunshot wound";
* object of kill / arrest / charge: "police arrested Smith", "killing Smith";
* a participle on the name or on the noun it restates: "the girl killed in the shooting, Serenity";
* "according to Smith": quoted.

Coordinated names share their verb ("arrested Quincy and Marsha Lynch"), and coordinated verbs
share their subject ("was arrested and charged"). "shot by Smith" makes Smith the shooter.
"""

from __future__ import annotations

from typing import Any

from desktop.core.story_words import (
    COMPLEMENT_STATUS,
    CONDITION_WORDS,
    CUSTODY_WORDS,
    DEAD_NOUNS,
    FATAL_WORDS,
    INJURY_NOUNS,
    OBJECT_STATUS,
    PASSIVE_STATUS,
    SUBJECT_STATUS,
)

# Dependency labels a name hangs from when it restates another noun ("the victim, John Smith").
_RESTATING = frozenset({"appos", "conj"})


def statuses(root: Any) -> list[tuple[str, int, int]]:
    """(status, start, end) for each status the parse gives the name whose head token is ``root``;
    the span is the word that says it."""
    anchor = root
    while anchor.dep_ in _RESTATING and anchor.head is not anchor:
        anchor = anchor.head
    found = _participles(root) + (_participles(anchor) if anchor is not root else [])
    verb, dep = anchor.head, anchor.dep_
    if verb.dep_ in ("aux", "auxpass") and verb.head is not verb:
        verb = verb.head  # "Oehme remains hospitalized" parsed with the subject on "remains"
    if dep == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
        return [*found, _said("quoted", verb.head)]
    if dep == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() == "identify":
        return found + _identified(verb.head)
    if dep in ("dobj", "obj"):
        status = _object_status(verb)
        return found + ([_said(status, verb)] if status else [])
    if dep not in ("nsubj", "nsubjpass"):
        return found
    verbs = [verb] + [c for c in verb.conjuncts if not _has_subject(c)]
    for v in verbs:
        status = _verb_status(v, passive=dep == "nsubjpass" or _is_passive(v))
        if status:
            found.append(_said(status, v))
    return found


def _said(status: str, token: Any) -> tuple[str, int, int]:
    return status, token.idx, token.idx + len(token.text)


def _participles(noun: Any) -> list[tuple[str, int, int]]:
    """ "the girl killed in today's shooting": a past participle modifying the noun."""
    found = []
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            status = _verb_status(child, passive=True)
            if status and status != "quoted":
                found.append(_said(status, child))
    return found


def _identified(verb: Any) -> list[tuple[str, int, int]]:
    """ "The man killed was identified as Smith", "police identified the deceased as Smith": the
    name takes the status of the noun it identifies."""
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("nsubjpass", "dobj"):
            continue
        if noun.lemma_.lower() in DEAD_NOUNS or any(
            c.dep_ == "amod" and c.lower_ in COMPLEMENT_STATUS for c in noun.children
        ):
            found.append(_said("killed", noun))
        found += _participles(noun)
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            status = _verb_status(clause, passive=_is_passive(clause))
            if status and status != "quoted":
                found.append(_said(status, clause))  # "the man who died"
    return found


def _object_status(verb: Any) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return "killed"  # "gunned down Belford"
    if lemma == "shoot" and any(
        c.dep_ in ("advcl", "conj") and c.lemma_.lower() == "kill" for c in verb.children
    ):
        return "killed"  # "shot Scobee, killing him"
    return OBJECT_STATUS.get(lemma)


def _reflexive(verb: Any) -> bool:
    return any(c.lower_ in ("himself", "herself") for c in verb.children)


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _verb_status(verb: Any, passive: bool) -> str | None:
    lemma = verb.lemma_.lower()
    near = {c.lower_ for c in verb.subtree if c.i != verb.i and abs(c.i - verb.i) <= 3}
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "attr", "advmod", "xcomp") and c.lower_ in COMPLEMENT_STATUS:
            return COMPLEMENT_STATUS[
                c.lower_
            ]  # "was found dead", "is missing", "remains hospitalized"
    if lemma in ("be", "remain") and _in_condition(verb):
        return "injured"  # "remains in critical condition", "is in a coma"
    if passive:
        if near & FATAL_WORDS and lemma in ("shoot", "gun", "wound", "injure", "strike", "hit"):
            return "killed"  # "shot dead", "fatally shot", "fatally gunned down"
        if lemma == "take" and near & CUSTODY_WORDS:
            return "arrested"  # "was taken into custody"
        return PASSIVE_STATUS.get(lemma)
    if lemma == "turn" and {c.lower_ for c in verb.children} >= {"in"} and _reflexive(verb):
        return "arrested"  # "Wilson turned himself in"
    if lemma == "face" and any(c.lemma_.lower() == "charge" for c in verb.children):
        return "charged"
    if lemma == "suffer" and any(c.lemma_.lower() in INJURY_NOUNS for c in verb.children):
        return "injured"  # "suffered a gunshot wound"
    return SUBJECT_STATUS.get(lemma)


def _in_condition(verb: Any) -> bool:
    return any(
        g.lemma_.lower() in CONDITION_WORDS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for g in prep.children
        if g.dep_ == "pobj"
    )
