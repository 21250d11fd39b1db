"""An editor reads "the quake left 12 people dead" in one story and "the quake killed 15 people"
in the other: "left ... dead" counts the dead as "killed" does, so the two tolls clash; "left 15
people dead" and "killed 15 people" tell one toll."""

from tests.factories import compare_stories, conflict_texts, yellow


def test_left_twelve_dead_against_killed_fifteen_is_a_conflict() -> None:
    report = compare_stories(
        "A 6.7-strength quake killed 26,000 people in the ancient city of Bam in December 2003.",
        "In December 2003, the city of Bam was razed by a 6.7 degree quake that left 31,000 "
        "people dead.",
    )
    assert conflict_texts(report) == [({"26,000"}, {"31,000"})]


def test_left_fifteen_dead_agrees_with_killed_fifteen() -> None:
    report = compare_stories(
        "The quake struck the island on Sunday and left 15 people dead, officials said.",
        "The quake struck the island on Sunday and killed 15 people, officials said.",
    )
    assert conflict_texts(report) == []
    assert yellow(report) == []
