"""A count or a weekday an article tells again belongs to the agreement on it: "four children were
home alone", "The four children were alone", "the four young children were alone" all agree with
the other article's "leaving the four young children alone"; the same gathering dated "Tuesday"
twice agrees twice. An article that also counts two children, or dates the gathering on another
day too, keeps its other mentions apart (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

CHILDREN = (
    "Girl, 6, shot in Dayton apartment\n\n"
    "Police said four children were home alone when a 9-year-old boy found a handgun under a bed "
    "and it went off, hitting a 6-year-old girl in the leg. The girl is expected to recover.\n\n"
    "Officers said the girl's aunt had gone out to buy groceries. The four children were alone "
    "inside the apartment, according to the Dayton Police Department. Detectives are trying to "
    "learn who owned the gun.\n\n"
    "Police say the four young children were alone in the apartment while the aunt was out.{more}"
)
ALONE = (
    "Dayton girl hurt in accidental shooting\n\n"
    "A 6-year-old girl was shot in the leg on Monday in a Dayton apartment, and police said she "
    "would recover. The shooting happened while her aunt went to a grocery store, leaving the "
    "four young children alone in the apartment on Salem Avenue."
)


def _agreed(report: Report, word: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([s.text for s in f.left], [s.text for s in f.right])
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and not f.is_statement
        and any(word in s.text for s in f.left + f.right)
    ]


def test_four_children_told_three_times_all_agree_with_the_other_articles_four() -> None:
    report = compare_stories(CHILDREN.format(more=""), ALONE)
    assert _agreed(report, "four") == [(["four", "four", "four"], ["four"])]


def test_an_article_that_also_counts_two_children_keeps_its_mentions_apart() -> None:
    report = compare_stories(CHILDREN.format(more=" The aunt has two children of her own."), ALONE)
    assert [len(left) for left, _ in _agreed(report, "four")] == [1]


GATHERING = (
    "Teen charged in shooting near Ridge High\n\n"
    "A 17-year-old boy was charged Wednesday with shooting four people near Ridge High School, "
    "where a crowd of students had gathered Tuesday afternoon to watch a fight.\n\n"
    "Two of the wounded remain in hospital. The school district said it would add guards."
)


def _crowd(second_day: str, more: str = "") -> str:
    return (
        "Four shot after fight near Ridge High\n\n"
        "Four teenagers were wounded near Ridge High School, and a classmate is in custody, the "
        "police chief said. The district said classes would go on as usual.\n\n"
        "A crowd of 40 students had gathered just off school grounds Tuesday at about 3 p.m. to "
        "see two girls fight. One of the wounded, Kevin Moore, said he was in the crowd "
        f"that gathered after school {second_day} when the shots rang out.{more}"
    )


def test_the_gathering_dated_tuesday_twice_agrees_at_both_mentions() -> None:
    agreed = _agreed(compare_stories(GATHERING, _crowd("Tuesday")), "Tuesday")
    assert len(agreed) == 1 and len(agreed[0][1]) == 2


def test_a_gathering_the_article_also_dates_wednesday_agrees_at_one_mention_only() -> None:
    more = " More students gathered outside the school Wednesday to pray."
    agreed = _agreed(compare_stories(GATHERING, _crowd("Tuesday", more)), "Tuesday")
    assert len(agreed) == 1 and len(agreed[0][1]) == 1
