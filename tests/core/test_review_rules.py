"""Stories about the review rules themselves, without a window: a re-run keeps the journalist's
work where the findings survive, and a link the reviewer draws is typed by what it covers."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.model import FindingKind, MentionType, ReviewStatus, Side
from desktop.core.persistence.persist import SavedComparison
from desktop.core.results.review import (
    USER_ORIGIN,
    default_user,
    make_user_link,
    merge_review,
    suggested_name,
)
from tests.factories import finding, report, span

LEFT = "Ivan Kovgan died near Stepanakert on Tuesday. Officials said 5,000 residents left."
RIGHT = "Ivan Petrov died near Stepanakert on Tuesday. Putin spoke with Aliyev."
TEXTS = (LEFT, RIGHT)


def _engine_report(left: str = LEFT, right: str = RIGHT):
    texts = (left, right)
    return report(
        texts,
        [
            finding(texts, "c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"]),
            finding(texts, "a1", "agree", "place", ["Stepanakert"], ["Stepanakert"]),
            finding(texts, "l1", "left_only", "number", ["5,000"]),
        ],
    )


def _reviewed() -> SavedComparison:
    base = _engine_report()
    link = make_user_link(base, FindingKind.AGREE, span(LEFT, "Tuesday"), span(RIGHT, "Tuesday"))
    findings = tuple(
        replace(f, status=ReviewStatus.DISPUTED, note="ask the ministry") if f.id == "c1" else f
        for f in base.findings
        if f.id != "l1"
    )
    return SavedComparison(replace(base, findings=(*findings, link)), removed=("l1",))


def test_a_rerun_keeps_statuses_notes_removals_and_links_that_still_fit() -> None:
    merged, lost = merge_review(_reviewed(), _engine_report())
    by_id = {f.id: f for f in merged.report.findings}
    assert (by_id["c1"].status, by_id["c1"].note) == (ReviewStatus.DISPUTED, "ask the ministry")
    assert "l1" not in by_id, "a finding the reviewer removed stays removed"
    assert merged.removed == ("l1",)
    links = [f for f in merged.report.findings if f.origin == USER_ORIGIN]
    assert [s.text for s in links[0].spans(Side.LEFT)] == ["Tuesday"] and lost == 0


def test_a_rerun_on_edited_text_drops_the_links_whose_words_moved_and_counts_them() -> None:
    edited = "On Tuesday, " + LEFT  # every offset on the left shifts
    merged, lost = merge_review(_reviewed(), _engine_report(left=edited))
    assert lost == 1
    assert not [f for f in merged.report.findings if f.origin == USER_ORIGIN]


def test_a_link_is_typed_by_the_entity_it_covers_else_by_its_length() -> None:
    base = _engine_report()
    words = make_user_link(
        base, FindingKind.CONFLICT, span(LEFT, "died near"), span(RIGHT, "died near")
    )
    sentence = make_user_link(
        base,
        FindingKind.AGREE,
        span(LEFT, "Officials said 5,000 residents left."),
        span(RIGHT, "Putin spoke with Aliyev."),
    )
    assert words.type is MentionType.OTHER and sentence.type is MentionType.STATEMENT
    assert words.status is ReviewStatus.CONFIRMED and words.origin == USER_ORIGIN
    again = make_user_link(
        base, FindingKind.CONFLICT, span(LEFT, "died near"), span(RIGHT, "died near")
    )
    assert again.id == words.id, "the same link drawn twice has the same id"


def test_a_new_comparison_is_offered_under_both_article_names() -> None:
    named = report(TEXTS, [], sources=("/news/tass.html", "/news/bbc.txt"))
    assert suggested_name(named) == "tass vs bbc.crosscheck"


def test_the_reviewer_is_the_login_name_or_nobody(monkeypatch) -> None:
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "ana")
    assert default_user() == "ana"

    def no_user() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert default_user() is None


def test_names_and_values_are_told_apart_by_type() -> None:
    assert MentionType.PERSON.is_name and not MentionType.PERSON.is_value
    assert MentionType.MONEY.is_value and not MentionType.MONEY.is_name
    for neither in (MentionType.DATE, MentionType.QUOTE, MentionType.STATEMENT):
        assert not neither.is_name and not neither.is_value
