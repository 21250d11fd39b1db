"""A sentence that tells a second happening after the quake ("The quake was followed by a
magnitude 4.7 tremor half an hour later", "... more than 80 aftershocks, including a magnitude 5.2
tremor") gives that happening's reading, whatever noun names it. A journalist comparing two
reports of one quake must not see the aftershock's reading set against the quake's."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_stories, conflict_texts

QUAKE = "A magnitude {0} earthquake shook the valley on Monday morning, the seismic office said."
FOLLOWED = "\n\nThe quake was followed by a magnitude 4.7 tremor half an hour later.\n"
LISTED = (
    "\n\nThe office has counted more than 80 aftershocks since then, including a magnitude 5.2 "
    "tremor that cracked the old bridge.\n"
)
AFTERSHOCK = "\n\nA magnitude 4.7 aftershock hit the valley half an hour later.\n"


def test_a_tremor_that_followed_the_quake_is_not_set_against_the_quakes_magnitude() -> None:
    report = compare_stories(QUAKE.format("6.3"), QUAKE.format("6.3") + FOLLOWED)
    assert not any("4.7" in right for _, right in conflict_texts(report))


def test_nor_when_the_article_that_tells_the_tremor_is_on_the_left() -> None:
    report = compare_stories(QUAKE.format("6.3") + FOLLOWED, QUAKE.format("6.3"))
    assert not any("4.7" in left for left, _ in conflict_texts(report))


def test_a_tremor_listed_among_the_aftershocks_is_not_the_quake() -> None:
    left = "Magnitude 6.3 quake shakes the valley\n\n" + QUAKE.format("6.3")
    right = QUAKE.format("6.0") + LISTED
    for report, mine in ((compare_stories(left, right), 1), (compare_stories(right, left), 0)):
        conflicts = conflict_texts(report)
        assert ({"6.3"}, {"6.0"}) in conflicts or ({"6.0"}, {"6.3"}) in conflicts
        assert not any("5.2" in pair[mine] for pair in conflicts)


def test_the_quakes_own_magnitude_told_beside_the_tremor_still_clashes() -> None:
    report = compare_stories(QUAKE.format("6.3") + FOLLOWED, QUAKE.format("6.0"))
    assert ({"6.3"}, {"6.0"}) in conflict_texts(report)


def test_the_tremor_that_followed_agrees_with_the_other_articles_aftershock() -> None:
    report = compare_stories(QUAKE.format("6.3") + FOLLOWED, QUAKE.format("6.3") + AFTERSHOCK)
    assert ({"4.7"}, {"4.7"}) in agreed_texts(report)


def test_a_tremor_after_a_then_is_the_later_one() -> None:
    told = (
        "A magnitude 6.3 earthquake shook the valley on Monday morning, and then a magnitude 4.7 "
        "tremor cracked the old bridge."
    )
    report = compare_stories(told, QUAKE.format("6.3") + AFTERSHOCK)
    assert ({"4.7"}, {"4.7"}) in agreed_texts(report)
    assert conflict_texts(report) == []


def test_the_day_of_the_tremor_that_followed_is_not_the_quakes_day() -> None:
    dated = "A strong earthquake shook the valley on Sunday, the seismic office said."
    undated = (
        "A strong earthquake shook the valley, the seismic office said.\n\n"
        "The quake was followed by a strong tremor on Monday.\n"
    )
    assert conflict_texts(compare_stories(dated, undated)) == []
    assert conflict_texts(compare_stories(undated, dated)) == []


def test_the_quake_told_on_another_day_beside_its_tremor_still_clashes() -> None:
    monday = (
        "A strong earthquake shook the valley on Monday, the seismic office said.\n\n"
        "The quake was followed by a strong tremor on Tuesday.\n"
    )
    sunday = "A strong earthquake shook the valley on Sunday, the seismic office said."
    assert ({"Sunday"}, {"Monday"}) in conflict_texts(compare_stories(sunday, monday))
