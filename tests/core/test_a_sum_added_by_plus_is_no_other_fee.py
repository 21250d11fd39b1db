"""A sum "plus" adds to the sum before it is another part of the deal: in "joining for 54 million
pounds plus up to 6 million pounds in bonuses", the bonuses are never set against the other
article's fee of "£54m", which the first sum itself tells (hand-written sentences)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.counts.whole_counts import whole_against_part
from desktop.core.model import Document

LEFT = "Harlow City signed the striker Remi Dubois for a club-record fee of £54m on Tuesday."
RIGHT = (
    "Remi Dubois joined Harlow City on Tuesday for 54 million pounds plus up to 6 million "
    "pounds in bonuses."
)


def _analysed(left: str, right: str) -> tuple[Analysis, Analysis]:
    docs = [Document(source="left.txt", text=left), Document(source="right.txt", text=right)]
    nlp = load_pipeline().nlp
    first, second = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
    return first, second


def _fact(analysis: Analysis, words: str) -> Fact:
    return next(f for f in analysis.facts if f.text == words)


def test_the_bonuses_are_no_other_account_of_the_fee() -> None:
    mine, theirs = _analysed(LEFT, RIGHT)
    fee, bonuses = _fact(mine, "£54m"), _fact(theirs, "up to 6 million pounds")
    assert whole_against_part((mine, fee), (theirs, bonuses))


def test_another_fee_still_meets_the_fee() -> None:
    right = "Remi Dubois joined Harlow City on Tuesday for 50 million pounds in bonuses and fees."
    mine, theirs = _analysed(LEFT, right)
    fee, other = _fact(mine, "£54m"), _fact(theirs, "50 million pounds")
    assert not whole_against_part((mine, fee), (theirs, other))
