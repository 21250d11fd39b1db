"""A journalist compares two stories of a sect leader's sentence: "Warren Jeffs, 55, will have to
spend at least 45 years in prison" in one, "the 55-year-old sect leader" in the other, which names
Jeffs before. The same age of the same man, told in two forms: an agreement, not two silent
facts; a description of that age that is no definite one ("a 55-year-old man") says nothing of
whom it means, and nor does an age two people share."""

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories, conflict_texts

_LEFT = (
    "Polygamist leader Warren Jeffs was sentenced Tuesday to life in prison. Warren Jeffs, 55, "
    "will have to spend at least 45 years in prison before being eligible for release."
)


def _right(charge: str) -> str:
    return (
        "Polygamist leader Warren Jeffs was sentenced to life in prison on Tuesday. The jury "
        f"deliberated for 30 minutes. Prosecutors charged that {charge} assaulted two girls."
    )


def _agreed_ages(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and f.type is MentionType.NUMBER
        and any("55" in s.text for s in f.left)
    ]


def test_jeffs_55_agrees_with_the_55_year_old_sect_leader() -> None:
    report = compare_stories(_LEFT, _right("the 55-year-old sect leader"))
    assert _agreed_ages(report) == [({"55"}, {"55-year-old"})]
    assert conflict_texts(report) == []


def test_a_55_year_old_man_brought_in_is_not_taken_for_jeffs() -> None:
    report = compare_stories(_LEFT, _right("a 55-year-old man"))
    assert _agreed_ages(report) == []


def test_an_age_two_named_people_share_is_not_given_to_the_description() -> None:
    report = compare_stories(
        f"{_LEFT} Prosecutor Eric Nichols, 55, said justice had been served.",
        _right("the 55-year-old sect leader"),
    )
    assert _agreed_ages(report) == []
