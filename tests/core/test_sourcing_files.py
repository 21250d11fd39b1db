"""Quotes, shared passages and independence survive the JSON report and the .crosscheck file, and
files written before they existed still open."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.model import Quote, Report, SharedPassage, Side, TextRange
from desktop.core.persistence.persist import (
    SavedComparison,
    comparison_to_dict,
    load_comparison,
    save_comparison,
)
from desktop.core.report import report_from_dict, report_to_dict
from desktop.core.runtime.errors import ReportFormatError
from tests.factories import finding, report

WIRE = "Rescuers pulled eleven people from the rubble of the collapsed school on Friday night."
LEFT = f'{WIRE} "We will not stop until everyone is found," the fire chief said.'
RIGHT = f'{WIRE} The fire chief said: "We will not stop until all are found."'


def _quote(text: str, side: Side, words: str, speaker: str) -> Quote:
    start = text.index(words)
    who = text.index(speaker)
    return Quote(
        side,
        start,
        start + len(words),
        words,
        speaker,
        who,
        who + len(speaker),
        (TextRange(start, start + len(words)),),
    )


def sourced_report() -> Report:
    texts = (LEFT, RIGHT)
    agreement = finding(texts, "a1", "agree", "statement", [WIRE], [WIRE])
    misquote = finding(texts, "q1", "conflict", "quote", ["everyone"], ["all are"])
    base = report(texts, (replace(agreement, independent=False), misquote))
    return replace(
        base,
        quotes=(
            _quote(LEFT, Side.LEFT, "We will not stop until everyone is found,", "the fire chief"),
            _quote(RIGHT, Side.RIGHT, "We will not stop until all are found.", "The fire chief"),
        ),
        shared_passages=(SharedPassage(TextRange(0, len(WIRE)), TextRange(0, len(WIRE)), 14),),
        summary=replace(base.summary, shared_copy=0.52),
    )


def test_a_report_keeps_its_quotes_shared_copy_and_independence_through_json() -> None:
    original = sourced_report()
    data = report_to_dict(original)

    assert data["quotes"][0]["speaker"] == "the fire chief"
    assert data["quotes"][1]["side"] == "right"
    assert data["shared_passages"] == [
        {
            "left": {"start": 0, "end": len(WIRE)},
            "right": {"start": 0, "end": len(WIRE)},
            "words": 14,
        }
    ]
    assert data["summary"]["shared_copy"] == 0.52
    assert [f["independent"] for f in data["findings"]] == [False, True]
    assert report_from_dict(data) == original


def test_a_quote_with_no_known_speaker_is_written_with_null_speaker_fields() -> None:
    original = sourced_report()
    unknown = replace(original.quotes[0], speaker=None, speaker_start=None, speaker_end=None)
    data = report_to_dict(replace(original, quotes=(unknown,)))

    assert data["quotes"][0]["speaker"] is None
    assert data["quotes"][0]["speaker_start"] is None
    assert report_from_dict(data).quotes == (unknown,)


def test_a_report_written_before_quotes_existed_still_reads() -> None:
    data = report_to_dict(sourced_report())
    del data["quotes"], data["shared_passages"], data["summary"]["shared_copy"]
    for f in data["findings"]:
        del f["independent"]

    old = report_from_dict(data)

    assert old.quotes == () and old.shared_passages == ()
    assert old.summary.shared_copy == 0.0
    assert all(f.independent for f in old.findings)


def test_a_saved_comparison_reopens_with_its_quotes_and_shared_passages(tmp_path: Path) -> None:
    saved = SavedComparison(sourced_report(), saved_at="2026-12-03T23:00:00Z")
    path = tmp_path / "school.crosscheck"
    save_comparison(path, saved)

    reopened = load_comparison(path)

    assert reopened.report.quotes == saved.report.quotes
    assert reopened.report.shared_passages == saved.report.shared_passages
    assert reopened.report.finding("a1") is not None
    assert reopened.report.finding("a1").independent is False  # type: ignore[union-attr]


def test_an_old_crosscheck_file_without_quotes_still_opens(tmp_path: Path) -> None:
    data = comparison_to_dict(SavedComparison(sourced_report()))
    del data["report"]["quotes"], data["report"]["shared_passages"]
    path = tmp_path / "old.crosscheck"
    path.write_text(json.dumps(data), encoding="utf-8")

    reopened = load_comparison(path)

    assert reopened.report.quotes == ()
    assert len(reopened.report.findings) == 2


def test_a_quote_pointing_past_its_article_is_refused_as_damaged(tmp_path: Path) -> None:
    data = comparison_to_dict(SavedComparison(sourced_report()))
    data["report"]["quotes"][0]["end"] = len(LEFT) + 50
    path = tmp_path / "damaged.crosscheck"
    path.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(ReportFormatError, match="damaged"):
        load_comparison(path)
