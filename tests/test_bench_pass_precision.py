"""bench.pass_precision: each conflict takes the gold's verdict (right on a gold conflict,
debatable on a debatable one, ``agree`` on a gold agreement, wrong on nothing), and the tables
count them by pass (hand-written texts)."""

from __future__ import annotations

import pytest

from bench.conflict_sources import conflict_sources, traced
from bench.pass_precision import Judged, gold_verdict, print_table
from bench.scoring import Gold
from desktop.core.model import Finding, FindingKind, Report, Side, TextRange
from tests.factories import compare_stories

_LEFT = "Fire at depot\n\nForty firefighters fought a fire at a bus depot in Carrow on Monday."
_RIGHT = "Depot burns\n\nTwenty firefighters fought a fire at a bus depot in Carrow on Monday."


def _gold(report: Report, kind: FindingKind, debatable: bool = False) -> Gold:
    def where(side: Side, word: str) -> TextRange:
        start = report.document(side).document.text.index(word)
        return TextRange(start, start + len(word))

    return Gold(
        pair_id="P1",
        kind=kind,
        slot="firefighters",
        left_text="Forty",
        right_text="Twenty",
        debatable=debatable,
        left=where(Side.LEFT, "Forty"),
        right=where(Side.RIGHT, "Twenty"),
    )


def _conflict(report: Report) -> Finding:
    found = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("kind", "debatable", "verdict"),
    [
        (FindingKind.CONFLICT, False, "right"),
        (FindingKind.CONFLICT, True, "debatable"),
        (FindingKind.AGREE, False, "agree"),
    ],
)
def test_a_conflict_takes_the_gold_verdict(
    kind: FindingKind, debatable: bool, verdict: str
) -> None:
    report = compare_stories(_LEFT, _RIGHT)
    assert gold_verdict(_conflict(report), [_gold(report, kind, debatable)]) == verdict


def test_a_conflict_no_gold_line_covers_is_wrong() -> None:
    report = compare_stories(_LEFT, _RIGHT)
    assert gold_verdict(_conflict(report), []) == "wrong"


def test_the_table_counts_each_pass(capsys: pytest.CaptureFixture[str]) -> None:
    with traced() as trace:
        report = compare_stories(_LEFT, _RIGHT)
        sources = conflict_sources(report, trace)
    rows = [Judged("P1", source, "right", 0.9) for source in sources]
    print_table("probe", rows)
    out = capsys.readouterr().out
    assert f"{sources[0].origin.stage} (" in out
    assert "right/wrong 1/0" in out
