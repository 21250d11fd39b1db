"""The user's own example: two reports of Russian peacekeepers killed in Nagorno-Karabakh."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report, Side
from desktop.core.results.counts import SAME_EVENT_LIKELY


def findings_on(report: Report, side: Side, text: str) -> list[Finding]:
    return [f for f in report.findings if any(text in s.text for s in f.spans(side))]


def kinds_on(report: Report, side: Side, text: str, *, facts_only: bool = True) -> set[FindingKind]:
    return {f.kind for f in findings_on(report, side, text) if not facts_only or not f.is_statement}


def test_the_named_dead_soldier_is_a_conflict_between_kovgan_and_petrov(
    sample_report: Report,
) -> None:
    conflicts = [
        f
        for f in sample_report.findings
        if f.kind is FindingKind.CONFLICT
        and any("Ivan Kovgan" in s.text for s in f.left)
        and any("Ivan Petrov" in s.text for s in f.right)
    ]
    assert len(conflicts) == 1
    assert conflicts[0].type == "person"
    # The reason quotes what each side says (values, whatever the wording around them).
    assert "Kovgan" in conflicts[0].reason and "Petrov" in conflicts[0].reason


def test_both_articles_corroborate_aliyev_the_kremlin_azerbaijan_and_russia(
    sample_report: Report,
) -> None:
    for name in ("Aliyev", "Kremlin", "Azerbaijan", "Russia"):
        assert FindingKind.AGREE in kinds_on(sample_report, Side.LEFT, name), name
        assert FindingKind.AGREE in kinds_on(sample_report, Side.RIGHT, name), name


def test_putin_is_only_in_the_right_article(sample_report: Report) -> None:
    assert kinds_on(sample_report, Side.RIGHT, "Putin") == {FindingKind.RIGHT_ONLY}


def test_rybar_the_northern_fleet_armenia_and_the_evacuees_are_only_in_the_left(
    sample_report: Report,
) -> None:
    for text in ("Rybar", "Northern Fleet", "Armenia", "5,000"):
        assert kinds_on(sample_report, Side.LEFT, text) == {FindingKind.LEFT_ONLY}, text


def test_web_boilerplate_and_datelines_are_not_part_of_the_compared_text(
    sample_report: Report,
) -> None:
    right = sample_report.right.document
    left = sample_report.left.document
    assert "Leave a Reply" not in right.text
    assert "email address" not in right.text
    assert "By |" not in right.text
    assert not left.text.lstrip().startswith("date")
    assert left.date == "2023-11-09"
    assert right.date == "2023-09-22"
    assert not any("Leave a Reply" in s.text for f in sample_report.findings for s in f.right)


def test_the_summary_calls_it_the_same_event_with_one_conflict(sample_report: Report) -> None:
    summary = sample_report.summary
    assert summary.counts["conflict"] >= 1
    assert summary.same_event_score >= SAME_EVENT_LIKELY
    assert "same event" in summary.verdict
    assert 0.0 <= summary.corroboration <= 1.0


def test_every_span_quotes_the_text_it_points_at(sample_report: Report) -> None:
    for finding in sample_report.findings:
        for side in Side:
            text = sample_report.document(side).document.text
            for span in finding.spans(side):
                assert text[span.start : span.end] == span.text
    for side in Side:
        analysed = sample_report.document(side)
        for mention in analysed.mentions:
            assert analysed.document.text[mention.start : mention.end] == mention.text


def test_the_unconfirmed_rybar_claim_is_marked_as_hedged(sample_report: Report) -> None:
    text = sample_report.left.document.text
    hedged = [s for s in sample_report.left.sentences if s.hedged]
    assert any("Rybar" in text[s.start : s.end] for s in hedged)
    two = [f for f in findings_on(sample_report, Side.LEFT, "two") if f.type == "number"]
    # The figure itself sits in a sentence the engine marked as hedged (meaning, not wording).
    assert two and any(
        s.start <= span.start and span.end <= s.end for s in hedged for span in two[0].left
    )


def test_the_rank_and_age_stay_with_major_petrov_not_in_his_name(sample_report: Report) -> None:
    petrov = [m for m in sample_report.right.mentions if m.text == "Ivan Petrov"]
    assert petrov and petrov[0].value == "Ivan Petrov"
    assert dict(petrov[0].attributes) == {"title": "Major", "age": "47"}
    conflict = next(
        f for f in sample_report.findings if f.kind is FindingKind.CONFLICT and f.type == "person"
    )
    assert "Major" in conflict.reason and "47" in conflict.reason  # the attributes, quoted
