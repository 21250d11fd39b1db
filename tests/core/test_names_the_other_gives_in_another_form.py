"""A sentence the other article retells in other words keeps a mark on what the other never
gives. A name the other gives in another form, which the comparison has already agreed on ("the
Red Sox" for "Boston", a name without its middle name), is not such a thing: it gets no mark.
A name the other article truly never gives keeps its mark."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_BIDS = (
    "The Boston Red Sox, the Texas Rangers and the Seattle Mariners have all bid for the "
    "free-agent pitcher.\n\nThe Rangers put $120 million over six years on the table, a person "
    "familiar with the talks said.\n\nNo details of the Boston proposal have been disclosed."
)


def _other_bidder(club: str) -> str:
    return (
        "The Texas Rangers have offered the free-agent pitcher $120 million over six years.\n\n"
        f"The {club} are bidding too, though no figures from their proposal have been released."
    )


def _left_marked(report: Report, words: str) -> bool:
    """Some left-only mark, on a fact or on part of a sentence, holds ``words``."""
    return any(
        words in s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left
    )


def test_a_club_named_by_its_city_in_an_untold_offer_is_the_club_the_other_names() -> None:
    """Both articles say the Red Sox made an offer whose figures are not known; the left calls
    the club "Boston", the right "the Red Sox", and the left writes "the Boston Red Sox": nothing
    in that sentence is missing from the right article."""
    report = compare_stories(_BIDS, _other_bidder("Red Sox"))
    assert not _left_marked(report, "Boston proposal"), report.findings
    assert not any(
        f.kind is FindingKind.LEFT_ONLY and [s.text for s in f.left] == ["Boston"]
        for f in report.findings
    ), report.findings


def test_a_city_whose_club_the_other_never_names_stays_one_sided() -> None:
    """Twin: the right article's other bidder is the Cubs, and it never names the Red Sox in
    any form: the left's "Boston" is something only the left reports."""
    report = compare_stories(_BIDS, _other_bidder("Chicago Cubs"))
    assert _left_marked(report, "Boston"), report.findings
