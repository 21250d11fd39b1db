"""The reverse default (findings/bookkeeping/one_claim.py): two sentences that tell the same thing
and give one figure each of one kind give two accounts of one figure, whatever their words; unless
a general reason sets the two apart. Hand-written texts: sentences that no rule of wording pairs
(the alignment scores them below the bar claims are compared at), told by two writers."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories

_CUT = "Harrow said it planned to close two of the plants and cut about 600 jobs within two years."
_AUCTION = "Christie's said the painting sold for $4 million in London on Tuesday."


def _conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]


def test_a_job_cut_counted_as_jobs_and_as_losses_is_one_claim() -> None:
    right = (
        "Pellam's workers were told that the company would close plants in Ohio and Vermont, "
        "with the loss of 800 jobs."
    )
    assert ({"about 600"}, {"800"}) in _conflicts(_CUT, right)


def test_a_job_loss_of_last_year_is_another_happening() -> None:
    right = (
        "Pellam's workers were told that the company, which closed plants in Ohio and Vermont "
        "last year with the loss of 800 jobs, would merge."
    )
    assert not any("800" in b for _, b in _conflicts(_CUT, right))


def test_two_prices_for_one_sale_named_by_one_house_conflict() -> None:
    right = "A telephone bidder paid $6 million for the Monet at Christie's, officials said."
    assert ({"$4 million"}, {"$6 million"}) in _conflicts(_AUCTION, right)


def test_a_previous_record_is_no_price_of_this_sale() -> None:
    right = "The previous record for a Monet at Christie's was $6 million, officials said."
    assert not any("$6 million" in b for _, b in _conflicts(_AUCTION, right))
