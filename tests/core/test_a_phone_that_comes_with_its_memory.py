"""Two stories of a phone's memory: "Google's Pixel 3 comes with 4GB of RAM" / "The Pixel 3 from
Google has 6 gigabytes of memory". A verb that gives what a device has ("comes with", "features",
"sports", "packs", "boasts") says no more of what the figure measures than "has" does, so the two
sizes of the memory clash; a count of another part ("two cameras") still does not."""

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Google's Pixel 3 comes with 4GB of RAM and either 64GB or 128GB of storage. The phone has "
    "a 5.5-inch screen. It costs $799 and ships on October 18."
)


def _right(part: str) -> str:
    return (
        f"The Pixel 3 from Google has {part} and 64 or 128 gigabytes of storage. It features a "
        "5.5in display. The $799 phone will be delivered starting Oct. 18."
    )


def test_memory_a_phone_comes_with_conflicts_with_other_memory_it_has() -> None:
    report = compare_texts(_LEFT, _right("6 gigabytes of memory"))
    assert ({"4GB"}, {"6 gigabytes"}) in conflict_texts(report)


def test_the_same_memory_a_phone_comes_with_and_has_agrees() -> None:
    report = compare_texts(_LEFT, _right("4 gigabytes of memory"))
    assert not conflict_texts(report)
    assert "4GB" not in yellow(report)


def test_the_cameras_a_phone_has_are_no_conflict_with_its_memory() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right("two cameras")))
