"""British copy's "06:00 BST" is the "6am" of another article, and "called 911" counts nothing."""

from __future__ import annotations

from desktop.core.datetimes.clock import clock_24_spans, parse_time
from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts, yellow


def test_a_24_hour_clock_with_its_zone_is_read_and_a_bare_one_only_after_a_word_of_time() -> None:
    assert parse_time("06:00 BST") == "06:00"
    assert parse_time("0600 hours") == "06:00"
    text = "Matthew 19:14 was read; police came at 18:45 and left at 06:00 BST."
    assert [text[a:b] for a, b in clock_24_spans(text)] == ["18:45", "06:00 BST"]


def test_six_hundred_bst_and_six_am_are_one_time_told_by_both() -> None:
    report = compare_texts(
        "Fire crews fought a blaze at a supermarket in Wellington on Sunday. The fire service "
        "was called at 06:00 BST to the store.",
        "Firefighters fought a major blaze at the supermarket in Wellington on Sunday. Members "
        "of the public called emergency services at 6am.",
    )
    assert not yellow(report), yellow(report)
    assert any(f.kind is FindingKind.AGREE and f.type is MentionType.TIME for f in report.findings)


def test_someone_calling_911_reports_no_figure_the_other_article_lacks() -> None:
    report = compare_texts(
        "A fire destroyed the old dairy building in Palmer early on Tuesday. Crews from two "
        "departments fought the flames.",
        "A fire destroyed the old dairy building in Palmer early on Tuesday. Someone called "
        "911 to report the flames.",
    )
    assert "911" not in yellow(report), yellow(report)
