"""A vague count has no hard edge: "several" may be ten, so "Several people were killed" does not
clash with "killing at least 10 people", whose floor it reaches: "'Several die'" in one headline
and "killing at least 10 people" in the other lead tell one toll. "More than 100" lies far beyond
what "several" can mean and still clashes; so does "a few" against "at least 12"."""

from __future__ import annotations

import pytest

from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.bookkeeping.figures import Relation, number_relation
from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "'Several die' in Gulf island quake\n\n"
    "A strong earthquake hit the Gulf island of Hormuz on Sunday, state television said."
)
_RIGHT = (
    "Hormuz quake\n\n"
    "An earthquake with a magnitude of at least 5.9 hit the Gulf island of Hormuz on Sunday, "
    "killing {} people and injuring many others."
)


def _relation(vague: str, bound: str) -> Relation | None:
    a, b = parse_number(vague), parse_number(bound)
    assert a is not None and b is not None
    return number_relation(a, b)


@pytest.mark.parametrize(
    ("vague", "bound"), [("several", "at least 10"), ("dozens", "at least 150")]
)
def test_a_bound_the_vague_count_may_reach_does_not_clash(vague: str, bound: str) -> None:
    assert _relation(vague, bound) is None


@pytest.mark.parametrize(
    ("vague", "bound"), [("several", "more than 100"), ("a few", "at least 12")]
)
def test_a_bound_beyond_its_reach_still_clashes(vague: str, bound: str) -> None:
    assert _relation(vague, bound) is Relation.CLASH


def test_several_die_against_at_least_ten_killed_is_no_conflict() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format("at least 10"))) == []
