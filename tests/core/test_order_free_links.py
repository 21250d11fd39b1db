"""A journalist who drops the two articles in the other order sees the same names paired (stop 58,
bench.symmetry): each name of one article is linked to the same name of the other, whichever
article stands on the left."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.model import MentionType
from desktop.core.naming.link import link_names
from desktop.core.naming.link_pairs import pair_best_first
from desktop.core.naming.names import fold, person_key


def _person(name: str, sentence: int = 0) -> Fact:
    first, last = person_key(name)
    return Fact(
        0, len(name), name, MentionType.PERSON, "PERSON", sentence, key=f"person:{last}",
        value=name, first=first, last=last,
    )  # fmt: skip


def _body(name: str, kind: MentionType = MentionType.ORGANISATION) -> Fact:
    prefix = "org" if kind is MentionType.ORGANISATION else "person"
    return Fact(
        0, len(name), name, kind, "ORG", 0, key=f"{prefix}:{fold(name)}", value=name,
    )  # fmt: skip


def _both_orders(left: list[Fact], right: list[Fact]) -> tuple[set[tuple[str, str]], ...]:
    forward = set(link_names(left, right).items())
    backward = {(b, a) for a, b in link_names(right, left).items()}
    return forward, backward


def test_a_surname_spelt_two_ways_in_one_article_is_paired_the_same_in_either_order() -> None:
    # The ferry report writes the captain's name once with a slip; the harbour report once more
    # differently. The closer spelling is the captain, in both orders.
    ferry = [_person("Ilse Marchetti", 0), _person("Marcheti", 3)]
    harbour = [_person("Marchetty", 1)]

    forward, backward = _both_orders(ferry, harbour)

    assert forward == backward, (forward, backward)
    assert forward == {("person:marchetti", "person:marchetty")}, forward


def test_a_body_named_in_full_and_by_its_initials_on_one_side_pairs_once_in_either_order() -> None:
    # One article names the board in full and by its initials (two keys), the other in full only:
    # the full names are one name on both sides, and the initials are not paired a second time
    # with a name already paired, whichever article is on the left.
    board = [_body("Coastal Shipping Board"), _body("CSB")]
    other = [_body("Coastal Shipping Board")]

    forward, backward = _both_orders(board, other)

    assert forward == backward, (forward, backward)
    assert forward == {("org:coastal shipping board", "org:coastal shipping board")}, forward


def test_candidates_are_taken_best_first_and_each_name_once() -> None:
    pairs = pair_best_first(
        [("left:a", "right:x", 0.9), ("left:b", "right:x", 0.95), ("left:a", "right:y", 0.86)]
    )

    assert pairs == {"left:b": "right:x", "left:a": "right:y"}
