"""A conflict told in words: two aligned sentences give one participant outcomes that cannot both
hold ("arrested" / "at large", "sank" / "towed", "killed" / "wounded", "charged with murder" /
"with manslaughter"), or say and deny one deed. Outcomes that follow each other ("arrested" /
"charged", "wounded and later died") give none (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories as compare
from tests.factories import conflict_texts

HEADLINE = "Gunman opens fire at shopping centre in Dover\n\n"


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(compare(HEADLINE + left, HEADLINE + right))


def test_one_article_says_the_gunman_was_arrested_the_other_that_he_fled() -> None:
    left = "The gunman was arrested by police near the shopping centre on Tuesday."
    right = "The gunman fled from police near the shopping centre on Tuesday."
    assert ({"gunman was arrested"}, {"gunman fled"}) in _conflicts(left, right)


def test_arrested_in_one_and_charged_in_the_other_is_no_conflict() -> None:
    left = "The gunman was arrested by police near the shopping centre on Tuesday."
    right = "The gunman was charged by police near the shopping centre on Tuesday."
    assert _conflicts(left, right) == []


def test_a_ferry_that_sank_was_not_towed_to_port() -> None:
    left = "Rescuers said the ferry sank off the coast of Dover on Tuesday."
    right = "Rescuers said the ferry was towed to port off the coast of Dover on Tuesday."
    assert ({"ferry sank"}, {"ferry was towed"}) in _conflicts(left, right)


def test_charged_with_murder_is_not_charged_with_manslaughter() -> None:
    left = "Police said Mark Dunne was charged with murder on Tuesday."
    right = "Police said Mark Dunne was charged with manslaughter on Tuesday."
    assert (
        {"Mark Dunne was charged with murder"},
        {"Mark Dunne was charged with manslaughter"},
    ) in _conflicts(left, right)


def test_a_man_released_is_not_one_still_in_custody() -> None:
    left = "Mark Dunne was released by police on Tuesday."
    right = "Mark Dunne remains in custody, police said on Tuesday."
    assert ({"Mark Dunne was released"}, {"Mark Dunne remains in custody"}) in _conflicts(
        left, right
    )


def test_a_plane_that_landed_safely_did_not_crash() -> None:
    left = "The plane landed safely at Dover airport on Tuesday."
    right = "The plane crashed at Dover airport on Tuesday."
    assert ({"plane landed"}, {"plane crashed"}) in _conflicts(left, right)


def test_a_conflict_told_in_words_quotes_both_wordings_and_is_one_to_check() -> None:
    left = "The ferry sank off the coast of Dover on Tuesday, the coastguard said."
    right = "The ferry was towed to port off the coast of Dover on Tuesday, the coastguard said."
    report = compare(HEADLINE + left, HEADLINE + right)
    ferry = [f for f in report.findings if f.kind.value == "conflict" and "ferry" in f.reason]
    assert ferry
    assert "'ferry sank'" in ferry[0].reason and "'ferry was towed'" in ferry[0].reason
    assert ferry[0].confidence < 0.6


def test_wounded_and_later_dead_is_a_sequence_not_a_conflict() -> None:
    left = "Mark Dunne was wounded and later died in the shooting at the centre on Tuesday."
    right = "Mark Dunne died in the shooting at the shopping centre on Tuesday."
    assert _conflicts(left, right) == []


def test_an_article_telling_both_outcomes_tells_a_sequence() -> None:
    left = (
        "The gunman fled from police near the shopping centre on Tuesday. "
        "The gunman was arrested two days later in London."
    )
    right = "The gunman was arrested by police near the shopping centre on Tuesday."
    assert _conflicts(left, right) == []


def test_a_man_who_could_be_charged_with_murder_is_not_charged_with_manslaughter() -> None:
    left = "Police said Mark Dunne could be charged with murder on Tuesday."
    right = "Police said Mark Dunne was charged with manslaughter on Tuesday."
    assert _conflicts(left, right) == []


def test_two_people_of_one_family_are_not_one_participant() -> None:
    left = "John Harlow was killed in the shooting at the shopping centre on Tuesday."
    right = "Mary Harlow was wounded in the shooting at the shopping centre on Tuesday."
    assert ({"John Harlow was killed"}, {"Mary Harlow was wounded"}) not in _conflicts(left, right)


def test_a_named_man_arrested_in_one_article_and_at_large_in_the_other() -> None:
    named = "Police named the gunman as Mark Dunne, 34. "
    left = named + "He was arrested by police near the centre on Tuesday night."
    right = named + "He was still at large near the centre on Tuesday night."
    report = compare(HEADLINE + left, HEADLINE + right)
    assert ({"He was arrested"}, {"He was still at large"}) in conflict_texts(report)
    assert any("Of Dunne" in f.reason for f in report.findings)
