"""Sure conflicts and conflicts to check (issue 8, engine trust): a journalist reads at a glance
which red marks to take at the engine's word. The tier is read off the engine's confidence
(``desktop.core.results.trust``); it changes no verdict and no count of conflicts."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from desktop.cli import format_summary
from desktop.core.export.csv import COLUMNS, export_csv
from desktop.core.export.html import export_html
from desktop.core.export.sections import ordered_findings
from desktop.core.model import Finding, FindingKind, Report
from desktop.core.persistence.persist import (
    SavedComparison,
    comparison_from_dict,
    comparison_to_dict,
)
from desktop.core.report import report_from_dict, report_to_dict
from desktop.core.results import review, trust
from desktop.core.results.counts import count_findings, facts_line
from desktop.core.results.trust import TO_CHECK_BELOW, is_to_check
from tests.factories import finding, report

LEFT = (
    "Judge Maria Olsen sentenced the driver on Monday. "
    "The crash left 12 people hurt on the ring road."
)
RIGHT = (
    "Judge Maria Olson sentenced the driver on Monday. "
    "The crash left 15 people hurt on the ring road."
)
TEXTS = (LEFT, RIGHT)


def _name_clash(confidence: float = 0.8) -> Finding:
    """A judge's surname spelt two ways: the kind of clash the engine is sure of."""
    return finding(
        TEXTS, "c-name", "conflict", "person", ["Maria Olsen"], ["Maria Olson"],
        confidence=confidence,
    )  # fmt: skip


def _figure_clash(confidence: float = 0.5) -> Finding:
    """Two counts of the hurt in matching sentences: the kind of clash to check by reading."""
    return finding(
        TEXTS, "c-hurt", "conflict", "number", ["12"], ["15"], confidence=confidence
    )  # fmt: skip


def _story(*findings: Finding) -> Report:
    return report(TEXTS, findings)


def test_two_counts_of_the_hurt_the_engine_is_unsure_of_are_a_conflict_to_check() -> None:
    counts = count_findings(_story(_name_clash(), _figure_clash()))

    assert is_to_check(_figure_clash())
    assert counts.facts[FindingKind.CONFLICT].total == 2  # still a conflict, counted as one
    assert counts.facts.to_check.total == 1
    assert facts_line(counts).startswith("2 conflicts (1 to check), ")


def test_a_name_spelt_two_ways_stays_a_sure_conflict() -> None:
    counts = count_findings(_story(_name_clash()))

    assert not is_to_check(_name_clash())
    assert not is_to_check(_name_clash(confidence=TO_CHECK_BELOW))  # the bound is sure
    assert counts.facts.to_check.total == 0
    assert facts_line(counts).startswith("1 conflict, ")


def test_a_link_the_reviewer_drew_or_an_agreement_is_never_one_to_check() -> None:
    drawn = replace(
        finding(TEXTS, "u1", "conflict", "number", ["12"], ["15"], confidence=0.0),
        origin=review.USER_ORIGIN,
    )
    agreed = finding(TEXTS, "a1", "agree", "date", ["Monday"], ["Monday"], confidence=0.3)

    assert not is_to_check(drawn)
    assert not is_to_check(agreed)
    assert trust._USER_ORIGIN == review.USER_ORIGIN  # the spelt-out origin stays the reviewer's


def test_the_json_report_says_which_conflicts_are_to_check() -> None:
    data = report_to_dict(_story(_name_clash(), _figure_clash()))

    assert {f["id"]: f["to_check"] for f in data["findings"]} == {
        "c-name": False,
        "c-hurt": True,
    }
    # Written for readers, recomputed on reading: the report round-trips unchanged.
    assert report_from_dict(json.loads(json.dumps(data))) == _story(_name_clash(), _figure_clash())


def test_an_old_saved_comparison_without_the_field_still_opens_with_its_tiers() -> None:
    data = report_to_dict(_story(_name_clash(), _figure_clash()))
    for f in data["findings"]:
        del f["to_check"]  # a file written before the field

    old = report_from_dict(data)
    saved = comparison_from_dict(comparison_to_dict(SavedComparison(report=old)) | {"report": data})

    assert [is_to_check(f) for f in old.findings] == [False, True]
    assert count_findings(saved).facts.to_check.total == 1


def test_the_csv_adds_a_to_check_column_at_the_end() -> None:
    rows = list(csv.DictReader(io.StringIO(export_csv(_story(_figure_clash(), _name_clash())))))

    # Appended after "person"; columns added later still come after it, so its place stays.
    assert COLUMNS[14:16] == ("person", "to_check")
    assert [(r["id"], r["to_check"]) for r in rows] == [("c-name", "no"), ("c-hurt", "yes")]


def test_the_html_report_lists_sure_conflicts_first_and_labels_those_to_check() -> None:
    saved = SavedComparison(report=_story(_figure_clash(), _name_clash()))
    html = export_html(saved)
    body = html.split('<p class="legend">')[0]

    assert [f.id for f in ordered_findings(saved)] == ["c-name", "c-hurt"]
    assert body.count("<i>To check</i>") == 1
    assert body.index("Maria Olsen") < body.index("<i>To check</i>")
    assert "Conflict to check" in html.split('<p class="legend">')[1]
    assert "(1 to check)" in body


def test_the_html_report_of_sure_conflicts_only_says_nothing_of_checking() -> None:
    body = export_html(SavedComparison(report=_story(_name_clash()))).split('<p class="legend">')[0]

    assert "to check" not in body.lower()


def test_the_command_line_marks_a_conflict_to_check_and_lists_it_after_the_sure_one() -> None:
    text = format_summary(_story(_figure_clash(), _name_clash()))
    conflicts = [line for line in text.splitlines() if line.startswith(("  !", "  ?"))]

    assert conflicts[0].startswith("  ! person: 'Maria Olsen' vs 'Maria Olson'")
    assert conflicts[1].startswith("  ? number: '12' vs '15': [to check] ")
    assert "2 conflicts (1 to check)" in text
