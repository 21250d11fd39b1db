"""Two stories of a new graphics card: "The GeForce RTX 2080 has 2,944 cores, compared with 2,560
for the older GTX 1080" / "Nvidia's previous flagship, the GTX 1080, had 2,560 cores". A sentence
that gives the other article's very figure beside its own count sets two things side by side;
the other's count is of the second thing, whatever noun the figure goes without, so it is never
set against the first. A count of the new card itself that differs still conflicts."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Nvidia's new GeForce RTX 2080 has 2,944 cores, compared with 2,560 for the older GTX 1080. "
    "The card costs $699. It ships on September 20."
)


def _right(cores: str) -> str:
    return (
        f"The GeForce RTX 2080, Nvidia's latest graphics card, {cores}sells for $699. It will "
        "ship Sept. 20. Nvidia's previous flagship, the GTX 1080, had 2,560 cores."
    )


def test_the_older_cards_cores_are_no_conflict_with_the_new_cards() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right("")))


def test_another_count_of_the_new_cards_cores_still_conflicts() -> None:
    report = compare_texts(_LEFT, _right("packs 3,072 cores and "))
    assert conflict_texts(report) == [({"2,944"}, {"3,072"})]
