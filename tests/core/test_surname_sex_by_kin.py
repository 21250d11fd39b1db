"""A surname alone takes its sex from a kin word or reflexive in the clause it is the subject of
("After killing his wife, Moss went home"), never across a verb that has a subject of its own
("Moss said a neighbour had seen his wife": whose wife is not said). Whether a verb has a subject
of its own is read by the one rule the person verbs use (hand-written sentences)."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import MentionType
from desktop.core.persons.person_surnames import bare_surname_sex


def _sex(sentence: str) -> str:
    doc = load_pipeline().nlp(sentence)
    start = sentence.index("Moss")
    fact = Fact(start, start + 4, "Moss", MentionType.PERSON, "PERSON", 0)
    return bare_surname_sex(fact, doc)


def test_after_killing_his_wife_moss_is_a_man() -> None:
    assert _sex("After killing his wife, Moss went home.") == "m"


def test_his_wife_behind_a_verb_with_its_own_subject_says_nothing_of_moss() -> None:
    assert _sex("Moss said the neighbour had seen his wife.") == ""
