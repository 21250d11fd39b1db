"""Two stories of one laptop give its price and, beside it, the size of a part: "comes with 16GB
of memory and costs $1,299" / "has 512 gigabytes of storage and costs $1,299". A measure whose
unit an "of" follows measures the noun the "of" names: memory and storage are two parts, so the
two sizes contradict nothing, while two sizes of the memory, in either of its names, still do."""

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "The new laptop comes with 16GB of memory and costs $1,299. Dell said it would ship in May. "
    "It weighs 4 pounds."
)


def _right(size: str) -> str:
    return (
        f"Dell's new laptop has {size} and costs $1,299. It ships in May. The machine weighs 4 "
        "pounds."
    )


def test_the_memory_and_the_storage_beside_one_price_do_not_conflict() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right("512 gigabytes of storage")))


def test_two_sizes_of_the_memory_beside_one_price_conflict() -> None:
    report = compare_texts(_LEFT, _right("8 gigabytes of RAM"))
    assert conflict_texts(report) == [({"16GB"}, {"8 gigabytes"})]
