"""A fact-checker compares two reports of one fire that name the woman who died "Kathryn Dorsey,
74" and "Cathryn Dorsey, 74": one woman, her given name spelt two ways, which one article has
wrong. The family around her keeps its verdicts; two women of one family with different ages,
and two brothers who share a surname, are no spelling at all."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories, conflict_texts


def _person_findings(left: str, right: str) -> list[tuple[FindingKind, set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        (f.kind, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.type is MentionType.PERSON
    ]


def _conflicts(found: list[tuple[FindingKind, set[str], set[str]]]) -> list[tuple[set[str], ...]]:
    return [(left, right) for kind, left, right in found if kind is FindingKind.CONFLICT]


def _marked(found: list[tuple[FindingKind, set[str], set[str]]]) -> set[str]:
    return {name for _, left, right in found for name in left | right}


def test_a_victims_given_name_spelt_with_c_and_k_at_the_same_age_is_a_spelling_conflict() -> None:
    report = compare_stories(
        "Fire kills woman\n\nThe victim, Kathryn Dorsey, 74, died in the fire at her home in "
        "Aldridge on Sunday. Her son, Neil Dorsey, escaped through a window.",
        "Woman dies in fire\n\nCathryn Dorsey, 74, was killed when fire swept through her "
        "house in Aldridge on Sunday. Neil Dorsey, her son, climbed out of a window.",
    )
    assert ({"Kathryn Dorsey"}, {"Cathryn Dorsey"}) in conflict_texts(report)
    reason = next(
        f.reason
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    )
    assert "the left spells it 'Kathryn'" in reason and "the right 'Cathryn'" in reason
    neil = [f for f in report.findings if any(s.text == "Neil Dorsey" for s in f.left)]
    assert neil and all(f.kind is FindingKind.AGREE for f in neil)


def test_a_given_name_a_letter_apart_at_the_same_age_is_a_spelling_conflict() -> None:
    found = _person_findings(
        "The driver, Karen Albrecht, 52, was taken to hospital after the crash on Monday.",
        "The driver, Karin Albrecht, 52, was taken to hospital after Monday's crash.",
    )
    assert _conflicts(found) == [({"Karen Albrecht"}, {"Karin Albrecht"})]


def test_two_women_of_one_family_at_different_ages_are_two_people() -> None:
    found = _person_findings(
        "The victim, Kathryn Dorsey, 74, died in the fire at her home in Aldridge on Sunday.",
        "Her daughter, Cathryn Dorsey, 41, said her family lost everything in the fire in "
        "Aldridge on Sunday.",
    )
    assert {"Kathryn Dorsey", "Cathryn Dorsey"} <= _marked(found)
    assert _conflicts(found) == []


def test_names_a_letter_apart_with_nothing_to_tie_them_are_not_called_one_person() -> None:
    found = _person_findings(
        "The driver, Mark Tolliver, was taken to hospital after the crash on Monday.",
        "The driver, Mary Tolliver, was taken to hospital after Monday's crash.",
    )
    assert {"Mark Tolliver", "Mary Tolliver"} <= _marked(found)
    assert _conflicts(found) == []


def test_brothers_who_share_a_surname_are_two_people_not_one_spelt_apart() -> None:
    found = _person_findings(
        "Vitali Klitschko watched from the corner as his brother fought on Saturday.",
        "The champion, Wladimir Klitschko, won the fight on Saturday in front of 50,000 fans.",
    )
    assert {"Vitali Klitschko", "Wladimir Klitschko"} <= _marked(found)
    assert _conflicts(found) == []


def test_one_victim_spelt_two_ways_in_matching_sentences_is_a_spelling_not_another_person() -> None:
    report = compare_stories(
        "Fire kills woman\n\nThe victim, Kathryn Dorsey, 74, died in the fire at her home in "
        "Aldridge on Sunday.",
        "Woman dies in fire\n\nThe victim, Cathryn Dorsey, 74, was killed when fire swept "
        "through her house in Aldridge on Sunday.",
    )
    found = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert [({s.text for s in f.left}, {s.text for s in f.right}) for f in found] == [
        ({"Kathryn Dorsey"}, {"Cathryn Dorsey"})
    ]
    assert "spell the given name differently" in found[0].reason
