"""One deed done to one kind of thing, counted once in each article, is one claim wherever the
two counts stand: "a shooting that wounded 9 people" in a long opening sentence and "Seven people
were wounded when a gunman opened fire" conflict, though the sentences share little else; the
active and the passive are one frame. The same count in either voice stays agreed, and an article
that counts the deed twice (two shootings) gives no one count to set against the other's.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.extract import Fact, Token
from desktop.core.findings.deed_counts import deed_frame
from desktop.core.model import MentionType
from tests.factories import agreed_texts, conflict_texts
from tests.factories import compare_stories as compare

LEFT = (
    "A gunman opened fire outside a nightclub in Marlow early Sunday. The 20-year-old man "
    "accused in a shooting that wounded 9 people had waited outside the club in a van for "
    "nearly an hour, police said."
)


def test_wounded_nine_people_conflicts_with_seven_people_were_wounded() -> None:
    right = (
        "Police arrested a man after a shooting in Marlow. Seven people were wounded when a "
        "gunman opened fire outside a nightclub early Sunday."
    )
    found = conflict_texts(compare(LEFT, right))
    assert ({"9"}, {"Seven"}) in found, found


def test_wounded_nine_people_agrees_with_nine_people_were_wounded() -> None:
    right = (
        "Police arrested a man after a shooting in Marlow. Nine people were wounded when a "
        "gunman opened fire outside a nightclub early Sunday."
    )
    report = compare(LEFT, right)
    assert not conflict_texts(report), conflict_texts(report)
    assert ({"9"}, {"Nine"}) in agreed_texts(report, MentionType.NUMBER), agreed_texts(report)


def test_an_article_counting_two_shootings_gives_no_one_count_of_the_wounded() -> None:
    left = LEFT + (
        " Last year a shooting at a bar across the street wounded 4 people, the owner recalled."
    )
    right = (
        "Police arrested a man after a shooting in Marlow. Seven people were wounded when a "
        "gunman opened fire outside a nightclub early Sunday."
    )
    found = conflict_texts(compare(left, right))
    assert ({"9"}, {"Seven"}) not in found and ({"4"}, {"Seven"}) not in found, found


def _tokens(text: str) -> list[Token]:
    """Plain tokens of a short phrase: content words as their lowercase form, "people" a noun."""
    nouns = {"people", "bombs", "rockets"}
    tokens, at = [], 0
    for word in text.split():
        start = text.index(word, at)
        at = start + len(word)
        content = "" if word in {"were", "had", "been", "the"} or word.isdigit() else word
        tokens.append(Token(start, at, word, content.rstrip("s") or content, word in nouns))
    return tokens


def _count(text: str, figure: str) -> Fact:
    start = text.index(figure)
    return Fact(start, start + len(figure), figure, MentionType.NUMBER, "", 0)


def test_the_passive_and_the_active_of_one_deed_are_one_frame() -> None:
    active, passive = "dropped 4 bombs", "4 bombs had been dropped"
    assert deed_frame(_tokens(active), _count(active, "4")) == deed_frame(
        _tokens(passive), _count(passive, "4")
    )


def test_a_count_after_a_verb_of_saying_is_in_no_frame() -> None:
    text = "said 13 people"
    assert deed_frame(_tokens(text), _count(text, "13")) is None
