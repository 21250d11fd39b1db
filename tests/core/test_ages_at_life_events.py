"""A person's age told with an event of their life ("died at 86", "at the age of 87", "aged 87",
"the 86-year-old actor John Harlow") is that person's age: two different ages of one person are
a conflict that names them, the same age agrees, and "died at 86" never counts 86 dead."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

_TITLE = "Actor dies\n\n"
_END = "\n\nHarlow starred in more than forty films during a long career."


def _findings(left: str, right: str) -> list[tuple[FindingKind, str]]:
    report = compare_texts(_TITLE + left + _END, _TITLE + right + _END, "2024-05-13")
    return [(f.kind, f.reason) for f in report.findings]


def _age_conflicts(left: str, right: str) -> list[str]:
    return [r for k, r in _findings(left, right) if k is FindingKind.CONFLICT and "age" in r]


def test_died_at_86_against_at_the_age_of_87_is_a_conflict_on_his_age() -> None:
    found = _age_conflicts(
        "The actor John Harlow died at 86 on Sunday in Los Angeles, his family said.",
        "John Harlow died on Sunday in Los Angeles at the age of 87, his family said.",
    )
    assert len(found) == 1 and "the age of John Harlow" in found[0], found


def test_passed_away_aged_87_against_an_86_year_old_is_a_conflict() -> None:
    found = _age_conflicts(
        "The 86-year-old actor John Harlow died on Sunday in Los Angeles, his family said.",
        "John Harlow passed away on Sunday in Los Angeles, aged 87, his family said.",
    )
    assert len(found) == 1 and "John Harlow" in found[0], found


def test_died_at_86_agrees_with_harlow_86_and_counts_no_dead() -> None:
    found = _findings(
        "The actor John Harlow died at 86 on Sunday in Los Angeles, his family said.",
        "The actor John Harlow, 86, died on Sunday in Los Angeles, his family said.",
    )
    assert any(k is FindingKind.AGREE and "'86'" in r for k, r in found), found
    assert not any("dead" in r and "86" in r for _, r in found), found
    assert not any(k is not FindingKind.AGREE and "86" in r for k, r in found), found


def test_ages_of_two_people_never_meet() -> None:
    found = _age_conflicts(
        "The actor John Harlow died at 86 on Sunday in Los Angeles, his family said.",
        "The actor John Harlow died on Sunday in Los Angeles. Mary Harlow, his wife, died at 87 "
        "in 2010, his family said.",
    )
    assert not found, found


def test_an_age_at_an_earlier_step_of_a_life_is_no_age_at_death() -> None:
    found = _age_conflicts(
        "The actor John Harlow died at 86 on Sunday in Los Angeles, his family said.",
        "John Harlow, who retired at 70, died on Sunday in Los Angeles, his family said.",
    )
    assert not found, found


def test_a_speed_a_clock_hour_and_a_street_are_no_ages() -> None:
    found = _age_conflicts(
        "The actor John Harlow died at 86 on Sunday in Los Angeles, his family said.",
        "John Harlow, who drove at 90 mph, died at 8 on Sunday near 87th Street in Los "
        "Angeles, his family said.",
    )
    assert not found, found


def test_an_age_given_to_a_name_agrees_with_an_unnamed_description_of_that_age() -> None:
    report = compare_texts(
        "Boy shot dead\n\nA 16-year-old boy was shot and killed in Bridgeport on Friday, police "
        "said.",
        "Boy shot dead\n\nA friend shot and killed 16-year-old Christian Bandemer in Bridgeport "
        "on Friday, police said.",
        "2024-05-13",
    )
    agreed = [
        (f.left[0].text, f.right[0].text)
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.left and "age" in f.reason
    ]
    assert ("16-year-old", "16-year-old") in agreed, agreed


def test_harlows_card_gives_the_age_he_died_at_on_each_side() -> None:
    report = compare_texts(
        _TITLE + "The actor John Harlow died at 86 on Sunday, his family said. He retired at 70.",
        _TITLE + "John Harlow, who died on Sunday at the age of 87, starred in forty films.",
        "2024-05-13",
    )
    card = next(c for c in report.people if c.name == "John Harlow")
    ages = (
        {a.value for a in card.left.attributes if a.kind == "age"},
        {a.value for a in card.right.attributes if a.kind == "age"},
    )
    assert ages == ({"86"}, {"87"}), ages
    assert card.has_conflict


def _card_ages(left: str, right: str) -> tuple[set[str], set[str]]:
    report = compare_texts(_TITLE + left, _TITLE + right, "2024-05-13")
    card = next(c for c in report.people if c.name == "John Harlow")
    return (
        {a.value for a in card.left.attributes if a.kind == "age"},
        {a.value for a in card.right.attributes if a.kind == "age"},
    )


def test_the_age_he_joined_the_army_at_is_no_age_on_his_card() -> None:
    ages = _card_ages(
        "The actor John Harlow died on Sunday, his family said. Harlow was 17 when he joined "
        "the army.",
        "The actor John Harlow, 87, died on Sunday, his family said.",
    )
    assert ages == (set(), {"87"}), ages


def test_the_age_he_was_when_he_died_stays_on_his_card() -> None:
    ages = _card_ages(
        "The actor John Harlow died on Sunday, his family said. Harlow was 86 when he died.",
        "The actor John Harlow, 87, died on Sunday, his family said.",
    )
    assert ages == ({"86"}, {"87"}), ages
