"""A reading in a sentence that speaks of aftershocks and names no quake is the aftershocks':
"Dozens of aftershocks followed, the strongest of magnitude 4.9". The quake's own magnitude in the
lead is then the article's one reading of the quake, set against the other article's, wherever it
stands."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Strong earthquake rattles southern Peru\n\n"
    "A magnitude 6.8 earthquake struck southern Peru on Tuesday, damaging hundreds of adobe homes, "
    "officials said.\n\n"
    "Regional governor Rohel Sanchez said at least 14 people were injured.\n\n"
    "Dozens of aftershocks followed, the strongest of magnitude 4.9.\n"
)


def _right(magnitude: str) -> str:
    return (
        "Peru quake injures 14\n\n"
        "Residents spent the night outdoors on Tuesday after a powerful tremor shook southern "
        "Peru, leaving at least 14 people injured.\n\n"
        "Rescuers freed two people trapped inside a church.\n\n"
        f"The geophysical institute said the earthquake, which it measured at magnitude "
        f"{magnitude}, was centred south of Camana.\n"
    )


def test_a_quake_of_another_magnitude_deep_in_the_other_article_is_a_conflict() -> None:
    conflicts = conflict_texts(compare_stories(LEFT, _right("7.1")))
    assert ({"6.8"}, {"7.1"}) in conflicts
    assert not any("4.9" in left for left, _ in conflicts)


def test_the_same_magnitude_deep_in_the_other_article_is_no_conflict() -> None:
    assert conflict_texts(compare_stories(LEFT, _right("6.8"))) == []
