"""US papers shorten a county to "Co.": "the Marion Co. Prosecutor" is the Marion County
Prosecutor the other article names, so no yellow "only the left names it" mark. Where the other
article never names the county's office, the mark stays (hand-written stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_LEFT = (
    "The gunman, identified by the Marion Co. Prosecutor as Dale Hurst, 41, was armed with a "
    "rifle.\nHe fired at two officers outside the store."
)


def _left_only(report: Report) -> set[str]:
    return {s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left}


def test_a_county_shortened_to_co_is_told_by_the_county() -> None:
    right = (
        "The Marion County Prosecutor said Dale Hurst, 41, carried a rifle.\n"
        "Hurst fired at two officers outside the store."
    )
    assert not any("Marion Co." in m for m in _left_only(compare_stories(_LEFT, right)))


def test_a_county_office_the_other_never_names_keeps_its_mark() -> None:
    right = (
        "Prosecutors said Dale Hurst, 41, carried a rifle.\n"
        "Hurst fired at two officers outside the store."
    )
    assert "Marion Co. Prosecutor" in _left_only(compare_stories(_LEFT, right))
