"""Two witnesses' accounts are no conflict: "he heard about 20 shots" in one article and "she heard
as many as nine shots" in the other tell what two people perceived; both can be true, so each is
an account only its article gives (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Man killed on South Christiana Avenue\n\n"
    "CHICAGO - A man was shot and killed Sunday night in the 2500 block of South Christiana "
    "Avenue, police said.\n\n"
    "A neighbor, Maria Orozco, said the gunman ran toward Cermak Road. He said he heard about "
    "20 shots."
)


def _right(account: str) -> str:
    return (
        "Man killed on South Christiana Avenue\n\n"
        "CHICAGO - A man was killed in a shooting Sunday night on South Christiana Avenue, police "
        f"said.\n\nThe gunman ran toward Cermak Road. {account}"
    )


def test_what_two_witnesses_heard_is_two_accounts_not_a_conflict() -> None:
    report = compare_stories(LEFT, _right("One witness said she heard as many as nine shots."))
    assert not conflict_texts(report)
    kinds = {
        f.kind
        for f in report.findings
        for s in f.left + f.right
        if s.text in ("about 20", "as many as nine")
    }
    assert kinds == {FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY}


def test_one_witness_told_two_ways_still_clashes() -> None:
    report = compare_stories(LEFT, _right("One witness said he heard as many as nine shots."))
    assert conflict_texts(report) == [({"about 20"}, {"as many as nine"})]
