"""The planted-edits bench counts a deleted sentence's facts as lost only when the copy lost
them."""

from __future__ import annotations

from bench.edit_plan import DELETION, Case, Edit, replace_number
from bench.edits import lost_facts
from desktop.core.model import Document, TextRange

ORIGINAL = (
    "Police named the driver as Ivan Kovgan, 47, of Leeds. "
    "Kovgan was later released. The van belonged to Marta Sollis."
)
DELETED = "Police named the driver as Ivan Kovgan, 47, of Leeds. "


def at(text: str) -> TextRange:
    start = ORIGINAL.index(text)
    return TextRange(start, start + len(text))


def test_a_person_the_copy_still_names_by_surname_is_not_a_lost_fact() -> None:
    edited = ORIGINAL.replace(DELETED, "")
    deletion = Edit(
        DELETION,
        at(DELETED.strip()),
        DELETED.strip(),
        entities=(at("Ivan Kovgan"), at("47"), at("Leeds")),
        people=(at("Ivan Kovgan"),),
    )
    case = Case(
        Document(source="a.txt", text=ORIGINAL), Document(source="b.txt", text=edited), (deletion,)
    )
    lost = [ORIGINAL[r.start : r.end] for r in lost_facts(case, deletion)]
    assert lost == ["47", "Leeds"]


def test_a_person_the_copy_never_names_again_is_a_lost_fact() -> None:
    sentence = "The van belonged to Marta Sollis."
    edited = ORIGINAL.replace(" " + sentence, "")
    deletion = Edit(
        DELETION,
        at(sentence),
        sentence,
        entities=(at("Marta Sollis"),),
        people=(at("Marta Sollis"),),
    )
    case = Case(
        Document(source="a.txt", text=ORIGINAL), Document(source="b.txt", text=edited), (deletion,)
    )
    assert [ORIGINAL[r.start : r.end] for r in lost_facts(case, deletion)] == ["Marta Sollis"]


def test_a_name_the_copy_writes_with_other_words_before_it_is_not_a_lost_fact() -> None:
    text = "Most candidates are from the Labour Party. Voters backed the ruling Labour Party."
    sentence = "Most candidates are from the Labour Party."
    start = text.index("the Labour Party")
    deletion = Edit(
        DELETION,
        TextRange(0, len(sentence)),
        sentence,
        entities=(TextRange(start, start + len("the Labour Party")),),
    )
    case = Case(
        Document(source="a.txt", text=text),
        Document(source="b.txt", text=text.replace(sentence + " ", "")),
        (deletion,),
    )
    assert lost_facts(case, deletion) == []


def test_a_name_the_sentence_gives_in_the_possessive_is_not_lost_while_the_copy_names_it() -> None:
    text = "The Red Sox made an offer. A rival expects the Red Sox’s deal to close soon."
    sentence = "A rival expects the Red Sox’s deal to close soon."
    start = text.index("the Red Sox’s")
    deletion = Edit(
        DELETION,
        TextRange(text.index(sentence), len(text)),
        sentence,
        entities=(TextRange(start, start + len("the Red Sox’s")),),
    )
    case = Case(
        Document(source="a.txt", text=text),
        Document(source="b.txt", text=text.replace(" " + sentence, "")),
        (deletion,),
    )
    assert lost_facts(case, deletion) == []


class _Entity:
    """The two attributes of a spaCy span that replace_number reads."""

    def __init__(self, text: str, start_char: int) -> None:
        self.text = text
        self.start_char = start_char


def test_a_planted_number_swap_never_rewrites_the_numerator_of_a_share() -> None:
    assert replace_number(_Entity("two-thirds", 10), "", "seed") is None
    assert replace_number(_Entity("two", 10), "", "seed") == (10, 13, "nine")


def test_a_people_named_in_the_plural_is_still_told_by_its_singular() -> None:
    original = "The Indian navy seized the boat. The pirates were held by the Indians."
    edited = "The Indian navy seized the boat."
    gone = original[len(edited) + 1 :]
    start = original.index("Indians")
    deletion = Edit(
        DELETION,
        TextRange(len(edited) + 1, len(original)),
        gone,
        entities=(TextRange(start, start + len("Indians")),),
        people=(),
    )
    case = Case(
        Document(source="a.txt", text=original), Document(source="b.txt", text=edited), (deletion,)
    )
    assert lost_facts(case, deletion) == []
    texan = Case(
        Document(source="a.txt", text=original.replace("Indian navy", "Texan navy")),
        Document(source="b.txt", text=edited.replace("Indian navy", "Texan navy")),
        (deletion,),
    )
    assert lost_facts(texan, deletion) == [TextRange(start, start + len("Indians"))]
