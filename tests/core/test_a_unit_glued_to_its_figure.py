"""A figure whose unit the other article glues to its digits ("a 512-MHz processor" / "a 512MHz
processor") is the same measure told in that article's style: no yellow mark says the other side
never gives it. The same digits glued to another word measure something else."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_LEFT = (
    "Carrier unveils new handset\n\n"
    "The handset, unveiled in Denver on Monday, is powered by a 750-MHz chip and costs "
    "less than its rival."
)


def test_a_750_mhz_chip_is_told_by_a_750mhz_chip() -> None:
    right = (
        "New handset on sale soon\n\n"
        "The carrier showed the handset in Denver on Monday; it runs on a 750MHz chip."
    )
    assert "750" not in yellow(compare_stories(_LEFT, right))


def test_a_750_mhz_chip_is_not_told_by_a_750mb_memory() -> None:
    right = (
        "New handset on sale soon\n\n"
        "The carrier showed the handset in Denver on Monday; it holds 750MB of memory."
    )
    # Each figure keeps its unit (megahertz, megabytes), and neither tells the other.
    assert {"750-MHz", "750MB"} <= set(yellow(compare_stories(_LEFT, right)))
