"""The banner above the articles: different events hold the conflicts back; other notices shown."""

from __future__ import annotations

from desktop.core.model import Notice, NoticeCode, Side, Summary
from desktop.qt.notice_banner import (
    DIFFERENT_EVENTS_BELOW,
    NoticeBanner,
    holds_back_conflicts,
    notices_for,
)


def test_a_low_same_event_score_reads_as_different_events_until_the_engine_says_so() -> None:
    low = Summary(DIFFERENT_EVENTS_BELOW - 0.15, 0.1, {}, "probably different events")
    notices = notices_for(low)
    assert [n.code for n in notices] == [NoticeCode.DIFFERENT_EVENTS]
    assert holds_back_conflicts(notices)
    same = Summary(0.8, 0.5, {}, "likely the same event")
    assert notices_for(same) == ()
    assert not holds_back_conflicts(notices_for(same))


def test_the_engines_own_notices_come_first_by_seriousness_and_are_not_doubled() -> None:
    engine = (
        Notice(NoticeCode.LANGUAGE, Side.RIGHT, "The text is in German."),
        Notice(NoticeCode.DIFFERENT_EVENTS, None, "Two different earthquakes."),
    )
    notices = notices_for(Summary(0.1, 0.0, {}, "", engine))
    assert [n.code for n in notices] == [NoticeCode.DIFFERENT_EVENTS, NoticeCode.LANGUAGE]


def test_the_banner_offers_compare_anyway_only_while_conflicts_are_held(qtbot) -> None:
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    banner.show()
    notices = notices_for(Summary(0.1, 0.0, {}, ""))
    banner.set_notices(notices, held_conflicts=3)
    assert banner.isVisible()
    assert "different events" in banner.text()
    assert "3 conflicts are held back" in banner.text()
    assert banner.compare_button.isVisible() and not banner.close_button.isVisible()
    with qtbot.waitSignal(banner.compareAnyway, timeout=1_000):
        banner.compare_button.click()
    banner.set_notices(notices, held_conflicts=0)
    assert not banner.compare_button.isVisible() and banner.close_button.isVisible()
    banner.set_notices(())
    assert not banner.isVisible() and banner.text() == ""


def test_a_side_that_is_not_an_article_is_named(qtbot) -> None:
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.set_notices([Notice(NoticeCode.NOT_ARTICLE, Side.LEFT, "It is a paywall page.")])
    assert "Check the file. Left article: It is a paywall page." in banner.text()
    assert not banner.compare_button.isVisible()


def test_the_banner_says_each_thing_once(qtbot) -> None:
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    banner.show()
    engine = (
        Notice(
            NoticeCode.DIFFERENT_EVENTS,
            None,
            "The two articles seem to describe different events (same-event score 0%): few "
            "names and sentences match.",
        ),
        Notice(
            NoticeCode.LANGUAGE,
            Side.LEFT,
            "The left article seems to be in German, but the language model reads English.",
        ),
    )
    banner.set_notices(notices_for(Summary(0.0, 0.0, {}, "", engine)), held_conflicts=1)
    shown = banner.text().lower()
    assert shown.count("different events") == 1
    assert shown.count("left article") == 1
    assert shown.count("german") == 1
    # Derived from the score alone, the notice still says what it means.
    derived = notices_for(Summary(0.1, 0.0, {}, ""))
    banner.set_notices(derived, held_conflicts=1)
    assert banner.text().lower().count("different events") == 1
