"""A shooting around midnight is dated by either day: "late Sunday night" in one article and
"early Monday" in the other tell one night, so neither is a conflict nor a fact the other lacks;
"on Sunday" against "on Monday" is still a conflict."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, conflict_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def test_late_sunday_night_and_early_monday_in_one_sentence_are_told_differently() -> None:
    report = compare(
        "Man shot in Corbin\n\nA man was shot late Sunday night outside a bar on Elm Street in "
        "Corbin, police said.",
        "Man killed in Corbin shooting\n\nA man was fatally shot early Monday outside a bar on "
        "Elm Street in Corbin, police said.",
    )
    assert not conflict_texts(report)
    told = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and {s.text for s in f.left} == {"late Sunday night"}
    ]
    assert told and "Told differently" in told[0].reason, report.findings


def test_the_night_told_in_other_words_carries_no_yellow_mark() -> None:
    report = compare(
        "Man shot in Corbin\n\nA man was shot late Sunday night outside a bar on Elm Street in "
        "Corbin. He was taken to Mercy Hospital.",
        "Man killed in Corbin shooting\n\nPolice said the shooting happened early Monday near "
        "the Elm Street bar, and the victim later died.",
    )
    marked = {
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)
    }
    assert not marked & {"late Sunday night", "early Monday"}, marked


def test_sunday_against_monday_is_still_a_conflict() -> None:
    texts = conflict_texts(
        compare(
            "Man shot in Corbin\n\nA man was shot on Sunday outside a bar on Elm Street in "
            "Corbin, police said.",
            "Man killed in Corbin shooting\n\nA man was fatally shot on Monday outside a bar on "
            "Elm Street in Corbin, police said.",
        )
    )
    assert any("Sunday" in lt and "Monday" in rt for lt, rt in texts), texts


def test_next_year_in_a_2013_article_is_told_by_2014() -> None:
    report = compare_texts(
        "Ellen DeGeneres to host next year's Oscars\n\nProducers said on Friday that Ellen "
        "DeGeneres will host the Oscars next year.",
        "DeGeneres to host again\n\nProducers said on Friday that Ellen DeGeneres will host the "
        "2014 Oscars.",
        "2013-08-02",
    )
    marked = {
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)
    }
    assert not marked & {"next year", "2014"}, marked
