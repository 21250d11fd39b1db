"""One moment timed alike by both articles has one day: "called at 06:00 BST ... on Sunday" /
"the alarm was raised at about 6am on Wednesday morning" is a conflict on the day, whatever verb
each article tells it with; a time named twice, or a day the other article also names, is not
(hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_texts as compare
from tests.factories import day_conflicts

LEFT = (
    "Supermarket fire in town centre\n\n"
    "A large fire has destroyed a supermarket in the town centre. Shoppers were kept away from "
    "the high street for most of the day. The store's owners thanked the crews.\n\n"
    "The fire service was called at 06:00 BST to the store in the High Street on Sunday."
)


def test_the_same_clock_time_on_sunday_and_on_wednesday_is_a_conflict_on_the_day() -> None:
    right = (
        "Man charged after supermarket blaze\n\n"
        "A man has been charged with arson after a fire at a supermarket in the town centre. He "
        "will appear before magistrates next month. The store will stay closed.\n\n"
        "Dozens of firefighters tackled the blaze after the alarm was raised at about 6am on "
        "Wednesday morning."
    )
    assert ({"Sunday"}, {"Wednesday morning"}) in day_conflicts(compare(LEFT, right))


def test_a_day_the_other_article_also_names_leaves_room_for_both() -> None:
    right = (
        "Man charged after supermarket blaze\n\n"
        "A man has been charged with arson after a fire at a supermarket in the town centre. He "
        "was arrested on Sunday. The store will stay closed.\n\n"
        "Dozens of firefighters tackled the blaze after the alarm was raised at about 6am on "
        "Wednesday morning."
    )
    assert day_conflicts(compare(LEFT, right)) == []
