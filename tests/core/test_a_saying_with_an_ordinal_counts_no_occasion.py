"""A saying built on an ordinal ("the third time's the charm", "third time lucky", "an
eleventh-hour deal") counts no occasion: "third" there is a word of the saying, said of any try
that worked, so it is never set against the other article's "the first time". Two ordinals of
one deed ("for the third time" / "for the second time") still clash."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts


def test_the_third_time_is_the_charm_is_no_third_time() -> None:
    report = compare_stories(
        'Moreau to host awards again\n\nMaya Moreau will host the awards next year. "You know '
        'what they say, the third time\u2019s the charm for a host," said Moreau.',
        "Moreau returns as host\n\nMaya Moreau was so good as the awards host the first time, the "
        "academy has asked her to host again, they say.",
    )
    assert not conflict_texts(report)


def test_hosting_for_the_third_and_the_second_time_still_clash() -> None:
    report = compare_stories(
        "Moreau to host awards again\n\nMaya Moreau will host the awards for the third time next "
        "year, the academy said on Monday.",
        "Moreau returns as host\n\nMaya Moreau will host the awards for the second time next "
        "year, the academy said on Monday.",
    )
    assert ({"third time"}, {"second time"}) in conflict_texts(report)
