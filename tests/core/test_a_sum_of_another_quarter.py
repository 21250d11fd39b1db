"""A sum of last quarter beside this quarter's is a figure of another period: "sales in its
fourth quarter rose to $8.4 billion" / "In the third quarter it had reported sales of $6.9
billion" give two quarters' sales, and neither contradicts the other."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts

LEFT = (
    "Hollis Stores' winter sales rise\n\n"
    "Hollis Stores said on Tuesday that sales in its fourth quarter rose 4 percent to $3.1 "
    "billion, as shoppers bought more groceries.\n\n"
    "The chain opened 15 stores in the quarter.\n"
)
RIGHT = (
    "Hollis profit falls as wages rise\n\n"
    "Hollis Stores reported lower profit on Tuesday as it paid its staff more.\n\n"
    "Its sales had reached $2.6 billion in the third quarter, helped by back-to-school "
    "shopping.\n"
)


def test_last_quarters_sales_never_clash_with_this_quarters() -> None:
    assert conflict_texts(compare_stories(LEFT, RIGHT)) == []


def test_two_sums_of_one_quarter_still_clash() -> None:
    right = RIGHT.replace("the third quarter", "the fourth quarter")
    assert ({"$3.1 billion"}, {"$2.6 billion"}) in conflict_texts(compare_stories(LEFT, right))
