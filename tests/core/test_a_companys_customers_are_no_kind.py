"""A company's name before the noun a figure counts says whose they are, when the article names
the company on its own too: "About 3.2 million Meridian Mobile subscribers lost service" (in an
article where "Meridian said") counts the customers "2.3 million customers" counts, a conflict.
A name set before its noun only still makes a kind ("four All-Star games" are no plain games)."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The outage at Meridian Mobile left 2.3 million customers without phone service on Sunday. "
    "Service was restored by late evening. Meridian said it would credit affected customers $5."
)
_RIGHT = (
    "About {count} Meridian Mobile subscribers lost service on Sunday, the carrier said. "
    "Service came back late in the evening. Customers will receive a $5 credit, Meridian said."
)


def test_a_companys_subscribers_clash_with_another_count_of_its_customers() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(count="3.2 million"))
    assert conflict_texts(report) == [({"2.3 million"}, {"About 3.2 million"})]


def test_a_companys_subscribers_agree_with_as_many_customers() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format(count="2.3 million"))) == []


def test_a_name_before_its_noun_only_still_makes_a_kind() -> None:
    report = compare_texts(
        "The Hawks fired coach Dale Brant on Sunday. The loss was the team's ninth in 12 games.",
        "The Hawks fired Dale Brant on Sunday. Brant played in five All-Star games for the team.",
    )
    assert conflict_texts(report) == []
