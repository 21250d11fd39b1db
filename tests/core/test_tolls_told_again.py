"""A toll told in other words, and told twice: the injured counted through the state they are in
("three others with serious injuries", "four people received treatment"), and a figure repeated in
headline and body marked as one claim wherever the article gives it."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, conflict_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def test_three_others_with_serious_injuries_contradicts_injured_four_others() -> None:
    left = (
        "Man sentenced in Elmwood apartment shooting\n\n"
        "Jonas Pell was sentenced on Friday to life in prison for a March shooting at an Elmwood "
        "apartment that killed one person and injured four others. The judge called the attack "
        "senseless. Pell's lawyer said he would appeal the verdict."
    )
    right = (
        "Shots fired at Elmwood apartment\n\n"
        "Elmwood police responded to a report of shots fired at an apartment on Birch Lane, which "
        "left one victim fatally wounded and three others with serious injuries. A neighbour said "
        "she heard six shots. Police arrested Jonas Pell at the scene."
    )
    texts = conflict_texts(compare(left, right))
    assert any("four" in lt and "three" in rt for lt, rt in texts), texts


def test_people_who_received_treatment_are_counted_with_the_injured() -> None:
    left = (
        "Party shooting in Dunmore\n\n"
        "One man was killed and six people were injured when a gunman opened fire at a house "
        "party in Dunmore early Sunday, police said. The gunman fled in a grey car."
    )
    right = (
        "Party shooting in Dunmore\n\n"
        "One man was killed at a house party in Dunmore early Sunday, and four people later "
        "received treatment at Mercy Hospital, police said. The gunman fled in a grey car."
    )
    texts = conflict_texts(compare(left, right))
    assert any("six" in lt and "four" in rt for lt, rt in texts), texts


def test_a_toll_repeated_in_the_body_is_part_of_the_conflict_not_one_sided() -> None:
    left = (
        "Quake shakes Tarrow island, three hurt\n\n"
        "A moderate earthquake shook Tarrow island on Sunday, injuring three people and cracking "
        "the walls of several houses, officials said. The harbour master said later that three "
        "people were injured by falling masonry in the old port. Schools will stay shut on Monday."
    )
    right = (
        "Quake shakes Tarrow island\n\n"
        "A moderate earthquake shook Tarrow island on Sunday, injuring five people and cracking "
        "the walls of several houses, officials said. Schools will stay shut on Monday."
    )
    report = compare(left, right)
    lefts = {s.start for f in report.findings if f.kind is FindingKind.CONFLICT for s in f.left}
    text = report.left.document.text
    threes = [i for i in range(len(text)) if text.startswith("three", i)]
    assert len(threes) == 3
    assert set(threes) <= lefts, (threes, conflict_texts(report))
    one_sided = [
        f
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and any(s.text == "three" for s in f.left)
    ]
    assert not one_sided, one_sided
