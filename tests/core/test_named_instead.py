"""A person one article names where the other names someone else, seen from the people cards."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.export import export_html
from desktop.core.model import FindingKind, MentionType, PersonCard, Report, ReviewStatus, Side
from desktop.core.persons.mention_finder import named_instead
from tests.factories import compare_stories


def _card(report: Report, name: str) -> PersonCard:
    return next(c for c in report.people if c.name == name)


def test_kovgans_card_knows_the_right_article_names_petrov_in_his_place(
    sample_report: Report,
) -> None:
    (instead,) = named_instead(sample_report, _card(sample_report, "Ivan Kovgan"))

    assert instead.side is Side.LEFT
    assert (instead.here, instead.there) == ("Ivan Kovgan", "Ivan Petrov")


def test_a_person_nobody_contradicts_has_no_one_named_instead(sample_report: Report) -> None:
    assert named_instead(sample_report, _card(sample_report, "Ilham Aliyev")) == ()


def test_a_dismissed_person_conflict_no_longer_counts(sample_report: Report) -> None:
    findings = tuple(
        replace(f, status=ReviewStatus.DISMISSED)
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
        else f
        for f in sample_report.findings
    )
    report = replace(sample_report, findings=findings)

    assert named_instead(report, _card(report, "Ivan Kovgan")) == ()


def test_the_html_report_says_who_the_other_article_names_instead(sample_report: Report) -> None:
    html = export_html(sample_report)
    people = html[html.index("<h2>People (") :]

    assert "the other article names <b>Ivan Petrov</b> where this one names Ivan Kovgan" in people


def test_a_surname_spelt_two_ways_is_one_named_instead_row_not_two() -> None:
    """One card holds "Heffner" on the left and "Hugh Hefner" on the right; the spelling slip
    names the card's person on both sides, and the journalist reads it once."""
    report = compare_stories(
        "Magazine founder Hugh Heffner told reporters she was a remarkable lady. Heffner said "
        "she changed the magazine.",
        "Magazine founder Hugh Hefner told reporters she was a remarkable lady. Hefner said she "
        "changed the magazine.",
    )
    card = next(c for c in report.people if c.left.names and c.right.names)
    rows = named_instead(report, card)
    assert len(rows) == 1, rows
