"""A reporter compares two stories of a navy ship that stopped two pirate boats. The first says
six rifles were seized from the boats; the second quotes the navy: the ship "has seized a total
of 15 rifles during the four operations it carried out in the gulf". The 15 adds up four
operations and the six may be one of them, so the red mark between them is one to check, and its
reason says the 15 is a total over the operations. A total that names no operations, and a
"part" larger than the total, say nothing of the kind (hand-written texts)."""

from __future__ import annotations

from desktop.core.findings import tuning
from desktop.core.model import Finding, FindingKind
from tests.factories import compare_stories

_LEFT = (
    "Navy seizes rifles from pirates in the Gulf of Aden. "
    "The Indian warship Sukhna intercepted two pirate boats in the Gulf of Aden on Tuesday and "
    "arrested 11 pirates. "
    "Six rifles were seized from the pirates' boats, the navy said. "
    "The pirates were handed to the coast guard in Mumbai."
)
_RIGHT = (
    "Indian navy arrests 11 pirates. "
    "The Indian warship Sukhna intercepted two pirate boats in the Gulf of Aden on Tuesday and "
    "arrested 11 pirates. "
    "The navy said the Sukhna has seized a total of 15 rifles during the four operations it "
    "carried out in the gulf. "
    "The pirates were handed to the coast guard in Mumbai."
)
_TOTAL_REASON = "'15' is a total 'during the four operations'"


def _conflict(left: str, right: str, left_text: str, right_text: str) -> Finding:
    report = compare_stories(left, right)
    return next(
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
        and [s.text for s in f.left] == [left_text]
        and [s.text for s in f.right] == [right_text]
    )


def test_six_rifles_against_a_total_over_four_operations_is_a_conflict_to_check() -> None:
    clash = _conflict(_LEFT, _RIGHT, "Six", "15")
    assert _TOTAL_REASON in clash.reason
    assert "may count one of them" in clash.reason
    assert clash.confidence <= tuning.SUMMED_TOTAL_CONFIDENCE


def test_a_total_that_names_no_operations_is_not_read_as_a_sum_of_them() -> None:
    right = _RIGHT.replace(" during the four operations it carried out in the gulf", "")
    clash = _conflict(_LEFT, right, "Six", "15")
    assert "is a total" not in clash.reason


def test_a_count_larger_than_the_total_is_no_part_of_it() -> None:
    left = _LEFT.replace("Six rifles", "Twenty rifles")
    clash = _conflict(left, _RIGHT, "Twenty", "15")
    assert "is a total" not in clash.reason
