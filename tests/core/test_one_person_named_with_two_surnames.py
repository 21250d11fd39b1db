"""A fact-checker compares two reports of one office-party shooting: one quotes "Constable Dan
Mercer", the other "Constable Dan Holloway", in sentences that tell different things. Same given
name, and neither article ever writes the other's surname: one of them has the spokesman's name
wrong, and the pair must be shown as a conflict, not as two one-sided names. Two passers-by who
share a first name, each named once, two men of different ages, and an article that names both
surnames stay two people."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories

_SHOOTING = "Gunman kills boss at office party\n\nA man shot his former boss at an office party in "
_PARTY = "Office party shooting\n\nA fired employee opened fire at a Christmas party in "


def _person_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def _names_in(found: list[tuple[set[str], set[str]]]) -> set[str]:
    return {name for left, right in found for name in left | right}


def test_a_spokesman_given_the_same_given_name_and_another_surname_is_a_name_conflict() -> None:
    found = _person_conflicts(
        _SHOOTING + "Surrey on Friday. The suspect had been fired from the firm a week earlier, "
        "Constable Dan Mercer said. Mercer said officers were still looking for the gun.",
        _PARTY + "Surrey on Friday, killing his boss. Constable Dan Holloway told reporters that "
        "the man gave himself up at a petrol station two hours later. Holloway said nobody else "
        "was hurt.",
    )
    assert {"Constable Dan Mercer", "Dan Holloway"} <= _names_in(found)


def test_an_inquiry_head_named_again_with_the_same_given_name_and_another_surname_conflicts() -> (
    None
):
    found = _person_conflicts(
        "Flood inquiry named\n\nNora Marsh will lead the flood inquiry, the council said on "
        "Friday. Marsh said she would visit every street that was hit.",
        "Council picks inquiry head\n\nThe council announced on Friday that the inquiry will sit "
        "in the town hall. Nora Dwyer led a similar review in 2009. Dwyer wrote online that she "
        "would start in May.",
    )
    assert {"Nora Marsh", "Nora Dwyer"} <= _names_in(found)


def test_two_passers_by_sharing_a_first_name_each_named_once_are_two_people() -> None:
    found = _person_conflicts(
        _SHOOTING + "Surrey on Friday. The suspect had been fired a week earlier, a neighbour, "
        "Tim Hale, said.",
        _PARTY + "Surrey on Friday, killing his boss. A driver, Tim Ross, called the police "
        "from a petrol station.",
    )
    assert not {"Tim Hale", "Tim Ross"} & _names_in(found)


def test_two_men_of_one_given_name_at_different_ages_are_two_people() -> None:
    found = _person_conflicts(
        _SHOOTING + "Surrey on Friday. The suspect had been fired a week earlier, the firm's "
        "owner, Tim Hale, 34, said. Hale said he had feared trouble.",
        _PARTY + "Surrey on Friday, killing his boss. A driver, Tim Ross, 61, called the police "
        "from a petrol station. Ross said the man looked calm.",
    )
    assert not {"Tim Hale", "Tim Ross"} & _names_in(found)


def test_an_article_that_writes_both_surnames_names_two_people() -> None:
    found = _person_conflicts(
        _SHOOTING + "Surrey on Friday. The suspect had been fired from the firm a week earlier, "
        "Constable Dan Mercer said. Mercer and his colleague Holloway were still looking for "
        "the gun.",
        _PARTY + "Surrey on Friday, killing his boss. Constable Dan Holloway told reporters that "
        "the man gave himself up at a petrol station two hours later. Holloway said nobody else "
        "was hurt.",
    )
    assert not {"Constable Dan Mercer", "Dan Mercer"} & _names_in(found)
