"""Each article ages its one suspect once, in sentences told too differently to pair: "Eric
Kirkpatrick, 61, opened fire" / "The suspect, a 61-year-old man, entered the business". The same
age of the one suspect is an agreement the reader sees; an age given to the victim, or a second
suspect's age, agrees with nothing."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_stories

LEFT = (
    "Police allege Eric Kirkpatrick, 61, opened fire at the office party, killing a colleague. "
    "He was later charged with murder."
)
RIGHT = (
    "One man was shot dead at an office Christmas party on Friday. The suspect, a 61-year-old "
    "man, entered the business and fired several shots, police said."
)


def _age_agreements(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and f.type is not MentionType.STATEMENT
        and any("61" in s.text for s in f.left + f.right)
    ]


def test_the_gunmans_age_by_his_name_agrees_with_a_61_year_old_suspect() -> None:
    assert _age_agreements(compare_stories(LEFT, RIGHT)) == [({"61"}, {"61-year-old"})]


def test_the_victims_age_does_not_agree_with_the_suspects() -> None:
    left = (
        "Police say a gunman opened fire at the office party, killing Ben Banky, 61. "
        "A man was later charged with murder."
    )
    assert _age_agreements(compare_stories(left, RIGHT)) == []


def test_an_article_aging_two_suspects_agrees_with_neither() -> None:
    left = LEFT + " A 45-year-old man was also arrested and charged."
    assert _age_agreements(compare_stories(left, RIGHT)) == []
