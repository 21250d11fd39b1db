"""A father and a son of one name: "John Smith Sr." and "John Smith Jr." are two cards, each with
their own age and fate; the other article's plain "John Smith" still finds its card.

Every text is made up here (no corpus text); each starts with a headline line, as an article does.
"""

from __future__ import annotations

from desktop.core.persons.people import person_cards
from tests.core.people_texts import STORY_HEADLINE, parse_pair
from tests.core.people_texts import story_cards as _cards
from tests.core.people_texts import values_of as _values


def test_a_son_arrested_and_his_father_killed_get_a_card_each() -> None:
    body = (
        "Dale Hurst Jr., 24, was arrested on Monday. His father, Dale Hurst Sr., 50, was killed "
        "in the family's home."
    )
    cards = _cards(body)
    son = next(c for c in cards.values() if "Jr" in c.name)
    father = next(c for c in cards.values() if "Sr" in c.name)
    assert son is not father
    assert _values(son.left, "age") == {"24"} and _values(son.left, "status") == {"arrested"}
    assert _values(father.left, "age") == {"50"} and _values(father.left, "status") == {"killed"}


def test_the_other_articles_plain_name_joins_the_sons_card() -> None:
    left = STORY_HEADLINE + (
        "Dale Hurst Jr., 24, was arrested on Monday. His father, Dale Hurst Sr., 50, was killed."
    )
    right = STORY_HEADLINE + "Police arrested Dale Hurst on Monday in the killing of his father."
    pair = parse_pair(left, right)
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    joined = [c for c in cards if c.left.names and c.right.names]
    assert len(joined) == 1
    assert _values(joined[0].right, "status") == {"arrested"}
