"""One deed done to one kind of thing, counted once in each article, is one claim wherever the
two counts stand: "a shooting that wounded 9 people" in a long opening sentence and "Seven people
were wounded when a gunman opened fire" conflict, though the sentences share little else; the
active and the passive are one frame. The same count in either voice stays agreed, and an article
that counts the deed twice (two shootings) gives no one count to set against the other's.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Fact, Token
from desktop.core.findings.counts.deed_counts import deed_frame
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


_NOUNS = {"people", "bombs", "men", "guard", "buildings", "villages"}
_FUNCTION_WORDS = {"were", "had", "been", "the", "a", "in"}


def _tokens(text: str) -> list[Token]:
    """Plain tokens of a short phrase: content words as their lemma, the nouns flagged."""
    lemmas = {
        "people": "people",
        "men": "man",
        "died": "die",
        "killed": "kill",
        "hurled": "hurl",
        "thrown": "throw",
        "including": "include",
    }
    tokens, at = [], 0
    for word in text.split():
        start = text.index(word, at)
        at = start + len(word)
        plain = word in _FUNCTION_WORDS or word.isdigit()
        content = "" if plain else lemmas.get(word, word.removesuffix("s"))
        tokens.append(Token(start, at, word, content, word in _NOUNS))
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


def test_people_who_died_and_people_killed_are_counted_in_one_frame() -> None:
    died, killed = "4 people died", "killed 4 people"
    assert deed_frame(_tokens(died), _count(died, "4")) == ("death", "people")
    assert deed_frame(_tokens(killed), _count(killed, "4")) == ("death", "people")


def test_men_who_killed_a_guard_are_not_counted_among_the_dead() -> None:
    text = "2 men killed a guard"
    assert deed_frame(_tokens(text), _count(text, "2")) is None


def test_a_count_after_in_is_not_what_the_passive_tells_of() -> None:
    text = "buildings in 7 villages were destroyed"
    assert deed_frame(_tokens(text), _count(text, "7")) is None


def test_critically_injured_is_the_passive_of_injuring() -> None:
    text = "2 people were critically injured"
    assert deed_frame(_tokens(text), _count(text, "2")) == ("injury", "people")


def test_bombs_hurled_and_bombs_thrown_are_one_deed() -> None:
    hurled, thrown = "hurled 5 bombs", "5 bombs were thrown"
    assert deed_frame(_tokens(hurled), _count(hurled, "5")) == ("throw", "bomb")
    assert deed_frame(_tokens(thrown), _count(thrown, "5")) == ("throw", "bomb")


def test_people_a_group_includes_are_counted_in_no_deed() -> None:
    text = "including 3 people"
    assert deed_frame(_tokens(text), _count(text, "3")) is None
