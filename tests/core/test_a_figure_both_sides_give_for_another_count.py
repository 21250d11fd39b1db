"""Both articles say five people were killed; one says two were wounded, the other that five were
injured. The second "five" counts the injured, and the clash with "two" stands: it is not the
toll read twice, since that article gives the toll separately (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_five_injured_clashes_with_two_wounded_beside_an_agreed_toll_of_five() -> None:
    report = compare_stories(
        "Mall shooting\n\nA gunman opened fire at a mall on Wednesday. Five people were killed"
        " and two were wounded.\n",
        "Gunman kills five\n\nA gunman opened fire at a mall on Wednesday, killing five people."
        " Five people were injured.\n",
    )
    assert ({"two"}, {"Five"}) in conflict_texts(report)
