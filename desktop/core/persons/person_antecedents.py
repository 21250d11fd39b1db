"""The unnamed person a description or a pronoun stands for, found before it, as a reader finds
it: "Relatives of the 25-year-old victim identified her as ..." (the one person the sentence
described), "Three people were found dead ... The three victims were identified as ..." (the
group counted so), "A 19-year-old man was arrested. Police identified the suspect as ..." (the
one person the sentence before introduced). ``person_status`` reads what was said of them."""

from __future__ import annotations

from typing import Any

from desktop.core.figures.numbers.values import parse_number
from desktop.core.lexicon.people import (
    DESCRIPTION_NOUNS,
    GENDERED_WORDS,
    INDEFINITE_ARTICLES,
    PLURAL_PRONOUNS,
    SEXED_ADJECTIVES,
)


def introduced_before(noun: Any) -> list[Any]:
    """ "A 19-year-old man was arrested. Police identified the suspect as Smith": a definite
    singular description ("the suspect", "the victim", "the man") with nothing of its own stands
    for the one person the sentence before introduced as its subject with "a" ("a 19-year-old
    man"), when the two agree in sex; a plural ("the victims") the group it counted ("Two men
    were killed")."""
    if (
        noun.tag_ not in ("NN", "NNS")
        or noun.lemma_.lower() not in DESCRIPTION_NOUNS
        or [c.lower_ for c in noun.children] != ["the"]
        or noun.sent.start == 0
    ):
        return []
    before = noun.doc[noun.sent.start - 1].sent
    if noun.tag_ == "NNS":
        # "Two men were shot and killed. The victims were identified as ...": a plural stands
        # for the one group the sentence before counted as its subject.
        counted = [
            s
            for s in before.root.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "NNS" and _count(s) is not None
        ]
        return counted if len(counted) == 1 else []
    subjects = [
        s
        for s in before.root.children
        if s.dep_ in ("nsubj", "nsubjpass")
        and s.tag_ == "NN"
        and s.lemma_.lower() in DESCRIPTION_NOUNS
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in s.children)
    ]
    sex = GENDERED_WORDS.get(noun.lemma_.lower(), "")
    fitting = [s for s in subjects if GENDERED_WORDS.get(s.lemma_.lower(), sex) == sex or not sex]
    return fitting if len(fitting) == 1 else []


def described_before(pronoun: Any) -> Any | None:
    """The one person its sentence describes before a singular pronoun ("the victim"), or None."""
    if pronoun.lower_ in PLURAL_PRONOUNS:
        return None
    before = [
        t
        for t in pronoun.sent
        if t.i < pronoun.i and t.tag_ == "NN" and t.lemma_.lower() in DESCRIPTION_NOUNS
    ]
    return before[0] if len(before) == 1 else None


def counted_before(noun: Any) -> list[Any]:
    """ "Three people were found dead ... The three victims were identified as ...": a counted
    plural names the group counted so before it, when one earlier plural has that count."""
    count = _count(noun)
    if count is None or noun.tag_ != "NNS":
        return []
    earlier = [t for t in noun.doc[: noun.i] if t.tag_ == "NNS" and _count(t) == count]
    return earlier if len(earlier) == 1 else []


def _count(noun: Any) -> float | None:
    figure = next((c for c in noun.children if c.dep_ == "nummod"), None)
    value = parse_number(figure.text) if figure is not None else None
    return value.low if value is not None and value.exact else None


def sexed(noun: Any) -> str:
    """ "the female victim": the sex an adjective gives a description, or ""."""
    return next(
        (SEXED_ADJECTIVES[c.lower_] for c in noun.children if c.lower_ in SEXED_ADJECTIVES), ""
    )
