"""A count of the wounded changed in one article shows a conflict when one article names the
wounded by their place at work ("two managers ... were wounded") and the other by a plain noun
for people ("wounded five men"): managers, bosses and co-workers are people, as employees and
workers are. Counted under another deed ("two managers had been fired") they stay apart."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

_MANAGERS = (
    "Fired clerk opens fire at insurance office\n\n"
    "A clerk who lost his job opened fire at an insurance office in Norland on Monday. "
    "When the violence had ended, the receptionist was dead and two managers, Paul Rivers "
    "and Alan Stone, were wounded."
)
_MEN = (
    "Office gunman kills receptionist\n\n"
    "A fired insurance clerk shot and killed a woman and wounded five men on Monday at the "
    "Norland office where he had worked, police said."
)


def test_two_managers_wounded_against_five_men_wounded_is_a_conflict() -> None:
    assert conflict_texts(compare_stories(_MANAGERS, _MEN)) == [({"two"}, {"five"})]


def test_managers_counted_under_another_deed_stay_apart_from_the_wounded() -> None:
    left = _MANAGERS.replace(
        "two managers, Paul Rivers and Alan Stone, were wounded",
        "two managers, Paul Rivers and Alan Stone, had fired him a week before",
    )
    assert conflict_texts(compare_stories(left, _MEN)) == []
