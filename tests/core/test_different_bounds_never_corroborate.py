"""Two different bounds or estimates of one figure are never corroboration: "up to 2.7GHz" /
"up to 3.7GHz" are two ceilings, "$12 billion to $13 billion" / "$13.6 billion" a range and a
figure outside it. Each is a conflict whose reason says both may be true and whose confidence
sits below a plain clash of two exact figures; a figure a bound or a range holds still agrees
with it (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind
from tests.factories import agreed_texts, compare_stories, conflict_texts


def _laptop(speed: str) -> str:
    return f"The new laptop went on sale on Monday. Its processor runs at {speed}, the maker said."


def _deal(price: str) -> str:
    return (
        "Orion Systems agreed to buy Delta Software on Monday. Orion will pay "
        f"{price} for the company, people familiar with the matter said."
    )


def _conflict(left: str, right: str) -> Finding:
    report = compare_stories(left, right)
    (found,) = [f for f in report.findings if f.kind is FindingKind.CONFLICT]
    return found


def test_two_ceilings_of_one_speed_are_a_conflict_that_says_both_may_be_true() -> None:
    bounds = _conflict(_laptop("up to 2.7GHz"), _laptop("up to 3.7GHz"))
    exact = _conflict(_laptop("2.7GHz"), _laptop("3.7GHz"))
    assert "two different ceilings" in bounds.reason
    assert "Both may be true" in bounds.reason
    assert "may be true" not in exact.reason
    assert bounds.confidence < exact.confidence


def test_a_speed_under_the_ceiling_still_agrees_with_it() -> None:
    report = compare_stories(_laptop("up to 2.7GHz"), _laptop("2.3GHz"))
    assert not conflict_texts(report)
    assert ({"up to 2.7GHz"}, {"2.3GHz"}) in agreed_texts(report)


def test_a_price_outside_the_range_is_a_conflict_that_says_both_may_be_true() -> None:
    ranged = _conflict(_deal("$12 billion to $13 billion"), _deal("$13.6 billion"))
    exact = _conflict(_deal("$12 billion"), _deal("$13.6 billion"))
    assert "Both may be true" in ranged.reason
    assert "may be true" not in exact.reason
    assert ranged.confidence < exact.confidence


def test_a_price_inside_the_range_still_agrees_with_it() -> None:
    report = compare_stories(_deal("$12 billion to $13 billion"), _deal("$12.5 billion"))
    assert not conflict_texts(report)
    assert ({"$12 billion to $13 billion"}, {"$12.5 billion"}) in agreed_texts(report)
