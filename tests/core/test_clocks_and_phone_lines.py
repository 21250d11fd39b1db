"""British copy's "06:00 BST" is the "6am" of another article, "called 911" counts nothing, and a
sentence whose time the other article gives in its own words is not one it never tells."""

from __future__ import annotations

from desktop.core.clock import clock_24_spans, parse_time
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


def test_a_sentence_giving_the_time_the_other_gives_elsewhere_is_not_marked_whole() -> None:
    report = compare_texts(
        "Dairy fire in Palmer\n\nThe old dairy building in Palmer was destroyed by a fire early "
        "on Tuesday. John Owen, the city's safety director, says dispatchers got a call "
        "shortly after 3:30 a.m. Tuesday.",
        "Dairy fire in Palmer\n\nShortly after 3:30 Tuesday morning a neighbour reported "
        "flames. The old dairy building in Palmer was destroyed by the fire.",
        "2024-05-08",
    )
    marked = [
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.STATEMENT
        for s in f.left
    ]
    assert not any("dispatchers" in m for m in marked), marked
