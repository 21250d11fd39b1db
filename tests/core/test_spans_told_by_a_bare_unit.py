"""A journalist compares two backgrounders on one war: "more than five decades" of fighting in
one and "decades of north-south conflict" in the other tell the same span, each at its own
precision, so the counted span is not shown as only in one article; a span the bare plural
cannot hold ("five years" / "decades") keeps its mark."""

from tests.factories import compare_stories, yellow


def test_more_than_five_decades_is_told_by_decades_of_conflict() -> None:
    report = compare_stories(
        "The tribes of the south and the north battled two civil wars over more than five "
        "decades, officials said.",
        "A peace deal followed decades of north-south conflict between the tribes, officials said.",
    )
    assert "more than five decades" not in yellow(report)


def test_five_years_is_not_told_by_decades_of_conflict() -> None:
    report = compare_stories(
        "The tribes of the south and the north battled a civil war over five years, officials "
        "said.",
        "A peace deal followed decades of north-south conflict between the tribes, officials said.",
    )
    assert "five years" in yellow(report)


def test_decades_ago_tells_no_span_of_five_decades() -> None:
    report = compare_stories(
        "The tribes of the south and the north battled two civil wars over more than five "
        "decades, officials said.",
        "A peace deal between the tribes was first signed decades ago, officials said.",
    )
    assert "more than five decades" in yellow(report)
