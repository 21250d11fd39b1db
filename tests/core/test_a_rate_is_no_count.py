"""A figure per something is a rate, not a count: "The panel measures 3200 pixels by 2000" /
"a 3200x2000 resolution with 240 pixels per inch" give the screen's size and its density, and
neither contradicts the other. "Per" makes a rate of whatever noun it governs, after the figure
or after the noun the figure counts. Two densities per inch still clash. Only a difference is set
aside: the same figure told with and without its "per" may still agree."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Nova laptop gets sharper screen\n\n"
    "The Nova laptop went on sale on Monday for $1,499. "
    "The panel measures 3200 pixels by 2000; that is four times the old model."
)
_RIGHT = (
    "Sharper Nova laptop\n\n"
    "The Nova laptop went on sale Monday at $1,499. "
    "That gives the panel a 3200x2000 resolution with {} pixels per inch."
)
_DENSE = _LEFT.replace("3200 pixels by 2000", "3200 pixels by 2000 with 260 pixels per inch")


def test_a_density_per_inch_does_not_clash_with_a_count_of_pixels() -> None:
    assert conflict_texts(compare_texts(_LEFT, _RIGHT.format("240"))) == []


def test_two_densities_per_inch_still_clash() -> None:
    found = conflict_texts(compare_texts(_DENSE, _RIGHT.format("240")))
    assert any("240" in " ".join(right) for _, right in found), found
