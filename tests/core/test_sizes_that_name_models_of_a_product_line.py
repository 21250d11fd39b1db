"""A size joined to a product's name names a model ("the 10-inch Galaxy Slate"): an article that
lists the maker's other models beside the new one does not contradict the other article's size
of the new one, while two sizes for the one model both articles unveil still conflict
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

UNVEILED = (
    "Samsung shows bigger tablet\n\n"
    "Samsung unveiled a 12-inch Galaxy Slate on Wednesday at a trade show in Berlin.\n\n"
    "The tablet goes on sale in March.\n"
)


def test_a_line_of_models_beside_the_new_one_is_no_other_size_for_it() -> None:
    right = (
        "Samsung adds a tablet\n\n"
        "Samsung on Wednesday introduced a new tablet at a trade show in Berlin, joining its "
        "other tablets, the 8-inch Galaxy Note and the 10-inch Galaxy Slate.\n\n"
        "The new 12-inch Galaxy Slate goes on sale in March.\n"
    )
    report = compare_stories(UNVEILED, right)
    assert not any("12-inch" in left for left, _ in conflict_texts(report))


def test_two_sizes_for_the_one_model_unveiled_still_conflict() -> None:
    right = UNVEILED.replace("12-inch", "10-inch")
    report = compare_stories(UNVEILED, right)
    assert ({"12-inch"}, {"10-inch"}) in conflict_texts(report)
