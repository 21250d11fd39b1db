"""South America is a continent, not the south of America: "plans to grow in South American
countries" / "set to grow in South America" name one place, so no yellow "only the right names
it" mark; and "the United States" on the other side does not name it, so there the mark stays
(hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories


def _right_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.RIGHT_ONLY for s in f.right}


_RIGHT = (
    "The payments firm Corvel is set to grow in South America, its chief executive said on"
    " Monday.\n"
    "It opened an office in Brazil last year."
)


def _left(where: str) -> str:
    return (
        f"Corvel plans to expand its business in {where}, its chief executive said on Monday.\n"
        "The firm opened an office in Brazil last year."
    )


def test_a_continent_is_named_by_its_adjective() -> None:
    assert "South America" not in _right_only(
        compare_stories(_left("South American countries"), _RIGHT)
    )


def test_the_united_states_does_not_name_south_america() -> None:
    assert "South America" in _right_only(compare_stories(_left("the United States"), _RIGHT))
