"""A journalist compares two stories of the polygamist leader's sentence: one defines "the
Fundamentalist Church of Jesus Christ of Latter-day Saints (FLDS)" and later misprints it "the
FDLS compound"; the other names the church in full. The misprint is the same church, so it is not
shown as only in one article; initials that are no swap of the defined ones ("FSLD") still are."""

from tests.factories import compare_stories, yellow

_LEFT = (
    "Polygamist leader Warren Jeffs, head of the Fundamentalist Church of Jesus Christ of "
    "Latter-day Saints, was sentenced Tuesday to life in prison."
)


def _right(initials: str) -> str:
    return (
        "Warren Jeffs is the leader of the Fundamentalist Church of Jesus Christ of Latter-day "
        f"Saints (FLDS). Evidence came from documents recovered in a raid on the {initials} "
        "compound near Eldorado, Texas."
    )


def test_fdls_with_two_letters_swapped_is_the_flds_the_article_defined() -> None:
    assert "FDLS" not in yellow(compare_stories(_LEFT, _right("FDLS")))


def test_other_initials_than_a_swap_of_the_defined_ones_stay_one_sided() -> None:
    assert "FSLD" in yellow(compare_stories(_LEFT, _right("FSLD")))
