"""A name the tagger ran on into the common words after it ("BBC sci-fi" out of "BBC sci-fi
series Night Watch") is the name before them: told where the other article names the BBC,
one-sided where it never does."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_RIGHT = (
    "Tom Reyes named new star of Night Watch\n\n"
    "Actor Tom Reyes has been announced as the new star of BBC sci-fi series Night Watch.\n\n"
    "Reyes is best known for his role in the drama Long Road.\n\n"
    "He found out he got the part while filming a BBC adaptation of Ivanhoe."
)


def _left(broadcaster: str) -> str:
    return (
        "Night Watch: Tom Reyes revealed as new lead\n\n"
        "Tom Reyes is to be the new star of Night Watch.\n\n"
        f"The Long Road actor was unveiled on a live {broadcaster} One show and will replace "
        f"Sam Pike on {broadcaster} One's hit drama.\n\n"
        f"He was filming a {broadcaster} adaptation of Ivanhoe when he got the part."
    )


def test_bbc_sci_fi_names_the_bbc_the_other_article_names() -> None:
    assert not marks(compare_stories(_left("BBC"), _RIGHT), "BBC sci-fi")


def test_bbc_sci_fi_is_one_sided_where_the_other_article_names_another_broadcaster() -> None:
    assert marks(compare_stories(_left("ITV"), _RIGHT), "BBC sci-fi")
