"""A journalist who drops the two articles in the other order sees the same names paired (stop 58,
bench.symmetry): each name of one article is linked to the same name of the other, whichever
article stands on the left."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.model import MentionType
from desktop.core.naming.form_keys import merge_forms
from desktop.core.naming.link import pair_names
from desktop.core.naming.link_pairs import pair_best_first, second_forms
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


def _both_orders(
    left: list[Fact], right: list[Fact]
) -> tuple[tuple[set[tuple[str, str]], dict[str, str], dict[str, str]], ...]:
    """The pairs and each article's second forms, in the given order and mirrored back from the
    swapped one: (pairs, this article's forms, the other article's forms)."""
    forward = pair_names(left, right)
    backward = pair_names(right, left)
    return (
        (set(forward.links.items()), forward.left_forms, forward.right_forms),
        ({(b, a) for a, b in backward.links.items()}, backward.right_forms, backward.left_forms),
    )


def test_a_surname_spelt_two_ways_in_one_article_is_one_name_in_either_order() -> None:
    # The ferry report writes the captain's name once with a slip; the harbour report once more
    # differently. The closer spelling is paired with the harbour report's, and the slip is the
    # same captain written another way: linked in both orders, not only with the ferry report
    # on the left.
    ferry = [_person("Ilse Marchetti", 0), _person("Marcheti", 3)]
    harbour = [_person("Marchetty", 1)]

    forward, backward = _both_orders(ferry, harbour)

    assert forward == backward, (forward, backward)
    pairs, ferry_forms, harbour_forms = forward
    assert pairs == {("person:marchetti", "person:marchetty")}, pairs
    assert ferry_forms == {"person:marcheti": "person:marchetti"}, ferry_forms
    assert harbour_forms == {}, harbour_forms


def test_a_body_named_in_full_and_by_its_initials_on_one_side_is_one_name_in_either_order() -> None:
    # One article names the board in full and by its initials (two keys), the other in full only:
    # the full names are paired, and the initials are the board written another way, whichever
    # article is on the left (before, the initials were yellow with their article on the right).
    board = [_body("Coastal Shipping Board"), _body("CSB")]
    other = [_body("Coastal Shipping Board")]

    forward, backward = _both_orders(board, other)

    assert forward == backward, (forward, backward)
    pairs, board_forms, other_forms = forward
    assert pairs == {("org:coastal shipping board", "org:coastal shipping board")}, pairs
    assert board_forms == {"org:csb": "org:coastal shipping board"}, board_forms
    assert other_forms == {}, other_forms


def test_the_initials_on_the_right_are_linked_as_those_on_the_left_always_were() -> None:
    # What the journalist sees: with the two-form article on the right, its initials now name the
    # board of the left article too, once merged into the full name's key.
    other = [_body("Coastal Shipping Board")]
    board = [_body("Coastal Shipping Board"), _body("CSB")]

    names = pair_names(other, board)
    merge_forms(board, names.right_forms)

    assert {f.key for f in board} == {"org:coastal shipping board"}
    assert all(names.links.get(f.key) == b.key for f in other for b in board)


def test_two_different_names_on_one_side_are_not_made_one() -> None:
    # The ferry report names the captain and the harbour master; the harbour report only the
    # captain. The harbour master matches no name of the other side, so stays a name of its own.
    ferry = [_person("Ilse Marchetti", 0), _person("Tomas Brandvold", 2)]
    harbour = [_person("Marchetti", 1)]

    forward, backward = _both_orders(ferry, harbour)

    assert forward == backward, (forward, backward)
    assert forward[1] == {} and forward[2] == {}, forward


def test_candidates_are_taken_best_first_and_each_name_once() -> None:
    pairs = pair_best_first(
        [("left:a", "right:x", 0.9), ("left:b", "right:x", 0.95), ("left:a", "right:y", 0.86)]
    )

    assert pairs == {"left:b": "right:x", "left:a": "right:y"}


def test_a_name_left_over_is_a_form_of_the_paired_name_it_matches_best_on_either_side() -> None:
    pairs = {"left:a": "right:x"}
    candidates = [
        ("left:a", "right:x", 0.95),
        ("left:b", "right:x", 0.9),
        ("left:a", "right:y", 0.88),
    ]

    left_forms, right_forms = second_forms(pairs, candidates)

    assert left_forms == {"left:b": "left:a"}
    assert right_forms == {"right:y": "right:x"}
