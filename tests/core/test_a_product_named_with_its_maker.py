"""A product named after its maker ("an Apple iPhone") is told where the other article names the
maker and writes the product's own name ("the iPhone ... Apple said"). The maker alone, or
another product of it, does not tell the product."""

from __future__ import annotations

from tests.factories import compare_stories
from tests.factories import marks_of as marks

_RIGHT = (
    "Apple updates photo software\n\n"
    "Apple Inc. showed a new version of its photo software on Tuesday.\n\n"
    "Places imports photo location data from a GPS-enabled camera or an Apple iPhone, while "
    "Faces scans photos to find people's faces."
)


def _left(device: str) -> str:
    return (
        "New photo tools from Apple\n\n"
        "Apple showed a new version of its photo software on Tuesday.\n\n"
        f"The software lets users tag photos by who is in them or where they were taken{device}."
    )


def test_an_apple_iphone_is_the_iphone_the_other_article_names_beside_apple() -> None:
    assert not marks(compare_stories(_left(", read from the iPhone"), _RIGHT), "iPhone")


def test_an_apple_iphone_is_one_sided_where_the_other_article_names_only_the_ipad() -> None:
    assert marks(compare_stories(_left(", read from the iPad"), _RIGHT), "iPhone")
