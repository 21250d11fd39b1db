"""A person grows a year older between two articles written months apart, unless the earlier
article already tells them dead: a dead man's age stays his age at death, so a later article that
gives him another one contradicts the first."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report

EARLY, LATE = "2013-04-08", "2013-12-12"


def compare(left: str, right: str, dates: tuple[str, str]) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=dates[0]),
        Document(source="right.txt", text=right, date=dates[1]),
    )


def age_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and any("2" in s.text for s in (*f.left, *f.right))
    ]


KILLED_IN_APRIL = (
    "Soldier killed in apartment shooting\n\n"
    "A soldier was shot and killed in an apartment on Garden Lane early Sunday. Police "
    "identified the dead man as Mark Dollin, 22, of Fort Ashby."
)
KILLED_AT_THE_TRIAL = (
    "Man sentenced for killing soldier\n\n"
    "A man was sentenced on Thursday for the killing of Mark Dollin, 23, who was shot "
    "in an apartment on Garden Lane in April."
)


def test_a_victim_killed_in_april_is_not_a_year_older_at_the_december_trial() -> None:
    found = age_conflicts(compare(KILLED_IN_APRIL, KILLED_AT_THE_TRIAL, (EARLY, LATE)))
    assert any("22" in " ".join(a) and "23" in " ".join(b) for a, b in found), found


def test_the_same_holds_with_the_later_article_on_the_left() -> None:
    found = age_conflicts(compare(KILLED_AT_THE_TRIAL, KILLED_IN_APRIL, (LATE, EARLY)))
    assert any("23" in " ".join(a) and "22" in " ".join(b) for a, b in found), found


def test_a_wounded_victim_may_be_a_year_older_at_the_trial() -> None:
    wounded = (
        "Soldier wounded in apartment shooting\n\n"
        "A soldier was shot and wounded in an apartment on Garden Lane early Sunday. Police "
        "identified the injured man as Mark Dollin, 22, of Fort Ashby."
    )
    survived = (
        "Man sentenced for shooting soldier\n\n"
        "A man was sentenced on Thursday for shooting Mark Dollin, 23, who survived his wounds "
        "in an apartment on Garden Lane in April."
    )
    assert not age_conflicts(compare(wounded, survived, (EARLY, LATE)))


def test_the_man_who_killed_may_be_a_year_older_at_his_trial() -> None:
    arrested = (
        "Man charged in neighbor's killing\n\n"
        "Police arrested John Smith, 22, who shot and killed his neighbor on Garden Lane early "
        "Sunday."
    )
    sentenced = (
        "Man sentenced in neighbor's killing\n\n"
        "John Smith, 23, was sentenced on Thursday for shooting and killing his neighbor on "
        "Garden Lane in April."
    )
    assert not age_conflicts(compare(arrested, sentenced, (EARLY, LATE)))
