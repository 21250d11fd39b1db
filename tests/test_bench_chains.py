"""The ECB+ chains bench counts a yellow mark as refuted only when the other article really
reports that fact: the same mention, and for people and places, by name."""

from bench.chains import all_chains, same_words, text_offsets
from desktop.core.model import TextRange


def _entity(text: str, chain: str, cls: str, kind: str) -> dict[str, object]:
    return {"text": text, "chain": chain, "class": cls, "type": kind, "chain_scope": "cross_doc"}


def test_a_mark_on_the_whole_mention_is_checked_but_an_age_inside_a_long_phrase_is_not() -> None:
    mention = TextRange(10, 34)  # "the 37-year-old gunman"
    assert same_words(mention, TextRange(10, 34))
    assert not same_words(mention, TextRange(14, 25))  # "37-year-old"
    assert not same_words(TextRange(10, 15), TextRange(0, 80))  # a long quote around a name


def test_an_article_that_only_says_the_deputy_does_not_report_the_deputys_name() -> None:
    article = {
        "entities": [
            _entity("the deputy", "HUM1", "HUMAN", "HUMAN_PART_PER"),
            _entity("Fresno", "LOC1", "LOC", "LOC_GEO"),
            _entity("Friday", "TIM1", "TIME", "TIME_DATE"),
        ]
    }
    assert all_chains(article) == {"LOC1", "TIM1"}


def test_sentences_are_found_in_the_report_text_after_ingest_adds_paragraph_breaks() -> None:
    text = "One line.\nTwo line."
    article = {"text": text, "sentences": [[0, 9, 0], [10, 19, 1]]}
    assert text_offsets(article, "One line.\n\nTwo line.") == {0: 0, 10: 11}
