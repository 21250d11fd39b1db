"""A name the other article cuts to the heads of its words ("Mat-Maid" for "Matanuska Maid") is
told there; a short form of another first word or another number of words is not, however many
short forms the other article holds (hand-built articles, no model needed)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_word_heads import word_heads_told
from desktop.core.model import Document, MentionType


def article(text: str, names: list[str]) -> Analysis:
    facts = []
    for name in names:
        start = text.index(name)
        facts.append(Fact(start, start + len(name), name, MentionType.ORGANISATION, "ORG", 0))
    return Analysis(Document(source="a.txt", text=text), [], [], [], facts, None)


DAIRY = "The Matanuska Maid dairy closed on Tuesday."


def test_a_dairy_the_other_article_calls_by_its_blend_is_told_there() -> None:
    mine = article(DAIRY, ["Matanuska Maid"])
    theirs = article("Workers at Mat-Maid heard the news on Tuesday.", ["Mat-Maid"])
    assert word_heads_told(mine.facts[0], mine, theirs)


def test_the_blend_is_found_among_many_other_short_forms() -> None:
    mine = article(DAIRY, ["Matanuska Maid"])
    text = "LiLo met A-Rod and JoMo near Mat-Maid on Tuesday."
    theirs = article(text, ["LiLo", "A-Rod", "JoMo", "Mat-Maid"])
    assert word_heads_told(mine.facts[0], mine, theirs)


def test_short_forms_of_other_first_words_do_not_tell_the_dairy() -> None:
    mine = article(DAIRY, ["Matanuska Maid"])
    theirs = article("LiLo met A-Rod and JoMo on Tuesday.", ["LiLo", "A-Rod", "JoMo"])
    assert not word_heads_told(mine.facts[0], mine, theirs)


def test_a_short_form_of_three_pieces_does_not_tell_a_two_word_name() -> None:
    mine = article(DAIRY, ["Matanuska Maid"])
    theirs = article("Staff at MaMaDa said so on Tuesday.", ["MaMaDa"])
    assert not word_heads_told(mine.facts[0], mine, theirs)
