"""Is it one event? The same-event score on small hand-built articles and signals."""

from __future__ import annotations

from datetime import date

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.alignment.embed import EmbeddingTable
from desktop.core.alignment.same_event import (
    SameEventSignals,
    publication_signal,
    same_event_score,
    same_event_signals,
    shared_figures,
)
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import DateValue
from desktop.core.model import Document, MentionType, Sentence
from desktop.core.results.counts import SAME_EVENT_LIKELY, SAME_EVENT_POSSIBLE
from tests.core.people_texts import ParsedPair, parse_pair


def fact(kind: MentionType, value: str, key: str = "", weak: bool = False) -> Fact:
    return Fact(
        0, 1, value, kind, "", 0, key=key or f"{kind.value}:{value}", value=value, weak=weak
    )


def article(
    text: str, sentences: int, facts: list[Fact], published: date | None = None
) -> Analysis:
    spans = [Sentence(i, i + 1) for i in range(sentences)]
    return Analysis(
        document=Document(source="a.txt", text=text),
        sentences=spans,
        sentence_words=[[] for _ in spans],
        sentence_tokens=[[] for _ in spans],
        facts=facts,
        reference_date=published,
    )


def tiny_table() -> EmbeddingTable:
    """Three directions: shooting words, bakery words, and a word both stories use."""
    words = ["police", "shot", "gunman", "bakery", "bread", "said"]
    rows = np.array(
        [[100, 0, 0], [100, 0, 0], [100, 0, 0], [0, 100, 0], [0, 100, 0], [0, 0, 100]],
        dtype=np.int8,
    )
    scales = np.full(len(words), 0.01, dtype=np.float32)
    return EmbeddingTable({w: i for i, w in enumerate(words)}, rows, scales)


def test_a_second_report_of_the_shooting_is_likely_and_a_look_alike_shooting_is_not() -> None:
    same = SameEventSignals(
        meaning=0.8, partners=0.6, people=2, places=3, figures=0.5, publication=1
    )
    look_alike = SameEventSignals(
        meaning=0.65, partners=0.35, people=0, places=1, figures=0.0, publication=0
    )
    assert same_event_score(same) >= SAME_EVENT_LIKELY
    assert same_event_score(look_alike) < SAME_EVENT_POSSIBLE


def test_the_score_stays_between_zero_and_one_at_the_extremes() -> None:
    everything = SameEventSignals(1.0, 1.0, 50, 50, 1.0, 1)
    nothing = SameEventSignals(0.0, 0.0, 0, 0, 0.0, -1)
    assert same_event_score(everything) == 1.0
    assert same_event_score(nothing) == 0.0


def test_each_shared_person_adds_less_than_the_one_before() -> None:
    def with_people(n: int) -> float:
        return same_event_score(SameEventSignals(0.5, 0.5, n, 0, 0.0, 0))

    gains = [with_people(n + 1) - with_people(n) for n in range(4)]
    assert all(g > 0 for g in gains)
    assert gains == sorted(gains, reverse=True)


def test_a_time_and_a_street_number_shared_count_but_a_lone_digit_and_a_vague_figure_do_not() -> (
    None
):
    left = [
        fact(MentionType.TIME, "11:35"),
        fact(MentionType.NUMBER, "3500"),
        fact(MentionType.NUMBER, "2"),
        fact(MentionType.NUMBER, "100", weak=True),
    ]
    right = [
        fact(MentionType.TIME, "11:35"),
        fact(MentionType.NUMBER, "900"),
        fact(MentionType.NUMBER, "2"),
        fact(MentionType.NUMBER, "100", weak=True),
        fact(MentionType.DATE, "2016-06-03"),
    ]
    # Left gives two specific figures (11:35, 3500); one of them is in the right article.
    assert shared_figures(left, right) == 0.5
    assert shared_figures([fact(MentionType.NUMBER, "2")], right) == 0.0


def test_reports_a_day_apart_gain_and_reports_a_year_apart_lose() -> None:
    day = article("x", 1, [], date(2016, 6, 3))
    next_day = article("x", 1, [], date(2016, 6, 4))
    next_year = article("x", 1, [], date(2017, 6, 4))
    undated = article("x", 1, [])
    assert publication_signal(day, next_day) == 1
    assert publication_signal(day, next_year) == -1
    assert publication_signal(day, undated) == 0


def test_names_count_only_when_linked_across_the_articles() -> None:
    left = article(
        "x",
        2,
        [
            fact(MentionType.PERSON, "Bandemer", "person:bandemer"),
            fact(MentionType.PERSON, "Rogulich", "person:rogulich"),
            fact(MentionType.PLACE, "Bridgeport", "place:bridgeport"),
        ],
    )
    right = article(
        "x",
        2,
        [
            fact(MentionType.PERSON, "Bandemer", "person:bandemer"),
            fact(MentionType.PERSON, "Mendoza", "person:mendoza"),
            fact(MentionType.PLACE, "Bridgeport", "place:bridgeport"),
        ],
    )
    links = {"person:bandemer": "person:bandemer", "place:bridgeport": "place:bridgeport"}
    pairs = [SentencePair(0, 0, 0.5)]
    signals = same_event_signals(left, right, links, pairs, None)
    assert (signals.people, signals.places) == (1, 1)
    # Without an embedding table the meaning signal falls back to the sentence partners.
    assert signals.partners == 0.5
    assert signals.meaning == signals.partners


def test_two_shooting_reports_are_closer_in_meaning_than_a_shooting_and_a_bakery() -> None:
    table = tiny_table()
    shooting = article("Police said a gunman shot two.", 1, [])
    other_shooting = article("The gunman shot at police, police said.", 1, [])
    bakery = article("The bakery said its bread sold out.", 1, [])
    close = same_event_signals(shooting, other_shooting, {}, [], table).meaning
    far = same_event_signals(shooting, bakery, {}, [], table).meaning
    assert close > 0.9
    assert far < 0.5


def test_a_whole_article_vector_is_the_mean_of_its_pieces_however_long_the_article() -> None:
    table = tiny_table()
    text = "Police said the gunman shot at the bakery. " * 50
    whole = table.text_vector(text)
    assert np.allclose(whole, table.sentence_vectors([text])[0], atol=1e-6)
    assert not table.text_vector("Nothing here is known.").any()


def test_a_police_spokesman_both_reports_quote_is_no_shared_participant() -> None:
    spokesman = parse_pair(
        "Two shot on Elm Street\n\nTwo men were shot on Elm Street on Monday, according to "
        "Officer Jose Marin, a police spokesman. Both were taken to hospital, Marin said.",
        "Woman shot on Oak Avenue\n\nA woman was shot on Oak Avenue on Friday, according to "
        "Officer Jose Marin, a police spokesman. She was in good condition, Marin said.",
    )
    witness = parse_pair(
        'Two shot on Elm Street\n\nTwo men were shot on Elm Street on Monday. "I heard five '
        'shots," said Dana Whitfield, who lives nearby.',
        "Two shot on Elm Street\n\nTwo men were wounded on Elm Street on Monday, said Dana "
        "Whitfield, a neighbour.",
    )

    def people(pair: ParsedPair) -> int:
        return same_event_signals(pair.left, pair.right, pair.links, pair.pairs, None).people

    assert people(spokesman) == 0
    assert people(witness) == 1


def test_friday_afternoon_shares_the_day_a_friday_on_the_other_side_names() -> None:
    friday = DateValue(year=2016, month=6, day=17, weekday=4)
    left = [fact(MentionType.DATE, "2016-06-17")]
    afternoon = fact(MentionType.TIME, "friday afternoon")
    afternoon.date = friday
    assert shared_figures(left, [afternoon]) == 1.0


def test_the_children_s_ages_both_reports_give_mark_one_accidental_shooting() -> None:
    # "an 8-year-old boy ... killing his 5-year-old sister": a child's age is as telling as a
    # grown victim's, though it is one digit long; a lone count of "2" still says nothing.
    def age(value: str) -> Fact:
        aged = fact(MentionType.NUMBER, value)
        aged.slot = {"age": 1.0, "boy": 1.0}
        return aged

    left = [age("8"), age("5"), fact(MentionType.NUMBER, "2")]
    right = [age("8"), age("5"), age("4"), fact(MentionType.NUMBER, "2")]
    assert shared_figures(left, right) == 1.0
    assert shared_figures(left, [age("3"), fact(MentionType.NUMBER, "2")]) == 0.0
