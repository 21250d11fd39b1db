"""A reporter reads two stories of a new quake that both recall the 2003 quake in Bam, one as
"In 2003 a quake killed more than 26,000 people in ... Bam", the other as "The 2003 quake in Bam
left more than 31,000 people dead". The year on the subject ties the second toll to the old
quake as the year on the verb ties the first: the two are compared with each other, and neither
is set against the new quake's toll."""

from tests.factories import compare_stories, conflict_texts, yellow

NEW_QUAKE = "A quake struck Qeshm island on Sunday, killing 10 people. "


def test_two_tolls_of_the_2003_quake_are_compared_with_each_other() -> None:
    report = compare_stories(
        NEW_QUAKE + "In 2003 a quake killed more than 26,000 people in the ancient city of Bam.",
        NEW_QUAKE + "The 2003 quake in Bam left more than 31,000 people dead.",
    )
    assert conflict_texts(report) == [({"more than 26,000"}, {"more than 31,000"})]
    assert yellow(report) == []


def test_the_old_quakes_toll_is_never_set_against_the_new_quakes() -> None:
    report = compare_stories(
        "A quake struck Qeshm island on Sunday, killing 31 people, officials said.",
        "A quake struck Qeshm island on Sunday, officials said. The 2003 quake in Bam left more "
        "than 31,000 people dead.",
    )
    assert conflict_texts(report) == []


def test_a_relative_clause_of_a_dated_quake_tells_that_quakes_toll() -> None:
    report = compare_stories(
        "A quake struck Qeshm island on Sunday and killed 31 people, officials said.",
        "A quake struck Qeshm island on Sunday, officials said. In 2003, the city of Bam was "
        "razed by a quake that left 26 people dead.",
    )
    assert conflict_texts(report) == []
