"""A count whose noun a state qualifies counts that group: "the bodies of two missing workers were
found" counts the missing, and never clashes with "killing three workers", the dead the other
article counted before the two were found (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import conflict_texts


def _blast(headline: str, sentence: str) -> str:
    return (
        f"{headline}\n\n{sentence} "
        "The cause of the blast at the Varnholt paint factory is not yet known, police said."
    )


LEFT = _blast(
    "Blast at Varnholt paint factory",
    "An explosion ripped through a paint factory in Varnholt on Monday morning, killing three "
    "workers and injuring 12 others, the fire service said.",
)


def test_the_missing_found_later_are_no_other_toll() -> None:
    right = _blast(
        "Varnholt factory blast",
        "An explosion at a paint factory in Varnholt killed workers on Monday, and the bodies of "
        "two missing workers were found in the rubble on Tuesday, the fire service said.",
    )
    assert ({"three"}, {"two"}) not in conflict_texts(compare(LEFT, right))


def test_two_counts_of_the_missing_still_clash() -> None:
    left = _blast(
        "Blast at Varnholt paint factory",
        "The bodies of three missing workers were found in the rubble of the Varnholt paint "
        "factory on Tuesday, the fire service said.",
    )
    right = _blast(
        "Varnholt factory blast",
        "The bodies of two missing workers were found in the rubble of the Varnholt paint "
        "factory on Tuesday, the fire service said.",
    )
    assert ({"three"}, {"two"}) in conflict_texts(compare(left, right))
