"""A sentence both articles tell may hold a circumstance only one of them gives: "Officers caught
the suspect near the river with the help of a tracker dog" beside "Officers caught the suspect
near the river". The verb's adjunct made of words the other article never uses is yellow alone;
told in other words ("helped by a dog"), or the phrase after "was" that is the statement itself,
it stays unmarked."""

from __future__ import annotations

from tests.factories import compare_stories, compare_texts, untold_sentences

_ARREST = (
    "A man was arrested in Dalton on Monday after a break-in at a jewellery shop.\n\n"
    "{catch}\n\n"
    "He will appear before magistrates in Exeter on Friday, a police spokesman said."
)
_DOG = "with the help of a tracker dog"
_CAUGHT = "Officers caught the suspect near the river"


def _marks(left: str, right: str) -> list[str]:
    return untold_sentences(compare_texts(_ARREST.format(catch=left), _ARREST.format(catch=right)))


def test_the_tracker_dog_only_one_report_gives_is_yellow_inside_the_told_capture() -> None:
    untold = _marks(f"{_CAUGHT} {_DOG}.", f"{_CAUGHT}.")
    assert _DOG in untold
    assert not [s for s in untold if "caught" in s]


def test_the_dog_told_in_other_words_stays_unmarked() -> None:
    untold = _marks(f"{_CAUGHT} {_DOG}.", f"{_CAUGHT}, helped by a dog.")
    assert not [s for s in untold if "dog" in s]


def test_the_hiding_place_only_one_report_gives_is_yellow() -> None:
    found = "Officers found the stolen rings in a rucksack hidden beneath a garden shed."
    untold = _marks(found, "Officers found the stolen rings later that day.")
    assert [s for s in untold if "garden shed" in s]


def test_the_condition_after_was_is_the_statement_and_stays_unmarked() -> None:
    left = "The jeweller was stabbed and was in a critical condition."
    right = "The jeweller was stabbed and seriously hurt."
    assert not [s for s in _marks(left, right) if "critical" in s]


_SIGNING = (
    "Rovers have signed the striker Tom Hale from Ashford United for an undisclosed fee.\n\n"
    "{announced}\n\n"
    "Hale scored 14 goals for Ashford last season, the club said."
)


def test_a_day_the_other_gives_in_its_own_words_is_no_circumstance_of_one_side() -> None:
    left = _SIGNING.format(
        announced="The club announced the signing Tuesday morning on its website."
    )
    right = _SIGNING.format(announced="The club announced the signing on its website today.")
    report = compare_stories(left, right)
    assert not [s for s in untold_sentences(report) if "Tuesday" in s]
