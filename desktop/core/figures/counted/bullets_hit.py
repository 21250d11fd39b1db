"""Bullets that hit someone, not bullets fired: "Gray was hit by seven bullets", "four rounds
struck the officer", "he took two bullets". An autopsy counts the hits; a police statement counts
the shots ("officers fired 11 shots"). The hits are a part of the shots, so a figure of each is
two counts, never one count told twice (findings/counts/contents.py keeps them apart)."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.counted_nouns import FIRED_NOUNS, STRIKING_VERBS, TAKING_VERBS


def counts_hits(span: Any) -> bool:
    """The figure counts bullets (shots, rounds) as what struck someone: the doer of a verb of
    striking, passive ("hit by seven bullets") or active ("seven bullets struck him"), or the
    object of a verb of taking a blow ("took seven bullets")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.lemma_.lower() not in FIRED_NOUNS:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        return verb.head.lemma_.lower() in STRIKING_VERBS  # "was hit by seven bullets"
    if noun.dep_ == "nsubj":
        return verb.lemma_.lower() in STRIKING_VERBS  # "seven bullets struck him"
    if noun.dep_ == "dobj":
        return verb.lemma_.lower() in TAKING_VERBS  # "took seven bullets"
    return False
