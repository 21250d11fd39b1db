"""Capital letters after "a" that end their noun phrase ("returned it for a TD") abbreviate a
common noun: no body the other article fails to name. A body's name before the noun it
qualifies ("a NATO spokesman") stays a name."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = "Colts win\n\nButler returned an interception 32 yards for a touchdown.\n"


def test_a_td_is_no_organisation_the_other_article_lacks() -> None:
    report = compare_stories(
        _LEFT, "Colts win\n\nButler returned the interception 32 yards for a TD.\n"
    )
    assert "TD" not in yellow(report), yellow(report)


def test_a_body_qualifying_a_noun_stays_a_name() -> None:
    report = compare_stories(
        _LEFT, "Colts win\n\nButler returned the interception 32 yards, a NATO spokesman said.\n"
    )
    assert "NATO" in yellow(report), yellow(report)
