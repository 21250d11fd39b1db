"""bench.role_pairs: who did what to whom, read off the parse. A passive's subject is the one
the doing was done to, so "police arrested the suspect" and "the suspect was detained by
officers" share an object; two doings of two different people share none."""

from __future__ import annotations

from bench.role_pairs import Predicate, main, role_features, sentence_predicates
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document


def _close(a: str, b: str) -> float:
    """Hand-set verb closeness: only the arrest verbs are one doing."""
    return 1.0 if a == b or {a, b} == {"arrest", "detain"} else 0.1


def _analysis(text: str) -> Analysis:
    doc = Document(source="one.txt", text=text)
    return analyse([doc], [load_pipeline().nlp(nlp_view(text))])[0]


def test_one_doing_to_one_participant_in_other_words_is_close_and_shared() -> None:
    left = [Predicate("arrest", frozenset({"W:police"}), frozenset({"W:suspect"}))]
    right = [Predicate("detain", frozenset({"W:officer"}), frozenset({"W:suspect"}))]
    features = role_features(left, right, _close)
    assert features["shared_object"] == 1.0
    assert features["shared_subject"] == 0.0
    assert features["close_and_shared"] == 1.0


def test_a_close_verb_with_no_participant_in_common_stays_apart() -> None:
    left = [Predicate("arrest", frozenset({"W:police"}), frozenset({"W:suspect"}))]
    right = [Predicate("detain", frozenset({"W:guard"}), frozenset({"W:protester"}))]
    features = role_features(left, right, _close)
    assert features["verb_cos"] == 1.0
    assert features["shared_any"] == 0.0
    assert features["close_and_shared"] == 0.0


def test_a_passive_subject_is_the_object_and_the_by_phrase_the_doer() -> None:
    active = sentence_predicates(_analysis("Police arrested the suspect."), lambda k: k)
    passive = sentence_predicates(_analysis("The suspect was arrested by police."), lambda k: k)
    assert [(p.lemma, p.subjects, p.objects) for p in active[0]] == [
        ("arrest", frozenset({"W:police"}), frozenset({"W:suspect"}))
    ]
    assert [(p.lemma, p.subjects, p.objects) for p in passive[0]] == [
        ("arrest", frozenset({"W:police"}), frozenset({"W:suspect"}))
    ]


def test_a_saying_verb_is_no_doing_of_its_own() -> None:
    said = sentence_predicates(_analysis("Officials said the bridge collapsed."), lambda k: k)
    assert [p.lemma for p in said[0]] == ["collapse"]


def test_refuses_judge_groups_and_examples_of_pooled_groups() -> None:
    assert main(["collect", "--group", "fresh-judge"]) == 2
    assert main(["examples", "--group", "fresh-check"]) == 2
