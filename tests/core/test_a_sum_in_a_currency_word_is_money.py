"""A sum told with a currency word is a sum of money, whatever the tagger made of it: "for 1.5
billion euros", tagged a bare cardinal, is money, and in "fined Quantrix 2.4 billion euros" the
tagger's name "Quantrix 2.4 billion" is the company Quantrix and the fine, which clashes with
another article's "€4.2 billion penalty". A name before a count of times keeps its count apart
as before ("won the French Open 14 times")."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_texts, conflict_texts, left_only_types, yellow

_FINE = (
    "The European Commission fined Quantrix 2.4 billion euros on Wednesday for abusing its "
    "dominance in online search. Quantrix said it would appeal."
)


def test_a_sum_the_tagger_ran_a_name_into_is_the_fine() -> None:
    report = compare_texts(
        _FINE,
        "EU regulators hit Quantrix with a €4.2 billion penalty on Wednesday over abuse of its "
        "search dominance. Quantrix plans to appeal the decision.",
    )
    assert conflict_texts(report) == [({"2.4 billion euros"}, {"€4.2 billion"})]
    assert "Quantrix 2.4 billion" not in yellow(report)


def test_a_sum_in_euros_tagged_a_cardinal_is_money() -> None:
    left = "Telvia agreed to buy spectrum licences from Arcom for 1.5 billion euros on Monday."
    assert left_only_types(left, "Nothing happened today.", "1.5 billion euros") == {
        MentionType.MONEY
    }


def test_a_count_of_times_after_a_name_stays_a_count() -> None:
    left = "Nadal has won the French Open 14 times, a record for any player at one event."
    assert left_only_types(left, "Nothing happened today.", "14") == {MentionType.NUMBER}
