"""What a figure in an article is, read as a copy editor would: a score is one figure, a
British clock time is a time, "two extra" sentences are an addition, a decade is ten years.

All sentences here are written for the tests; none comes from a corpus.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, analyse, nlp_view
from desktop.core.extraction.facts import Fact as RawFact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.figures.numbers.values import parse_date
from desktop.core.findings.bookkeeping.claims import relation
from desktop.core.model import Document, MentionType


def facts_of(text: str) -> list[Fact]:
    nlp = load_pipeline().nlp
    analysis: Analysis = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])[0]
    return analysis.facts


def test_a_judges_score_of_a_round_is_no_count_of_rounds() -> None:
    found = facts_of("Klitschko dominated the third round, and I scored it a 10-8 round.")
    ten = next(f for f in found if f.text.startswith("10"))
    assert ten.part


def test_a_boxers_record_after_his_name_is_no_age_and_no_count() -> None:
    found = facts_of("Riddick Bowe, 43-1, returned to the ring on Saturday.")
    record = next(f for f in found if f.text.startswith("43"))
    assert record.part and record.slot.get("age", 0.0) < 1.0


def test_a_teams_record_is_a_record_but_a_range_of_people_is_a_count() -> None:
    (record,) = [f for f in facts_of("The Sixers have a record of 9-14 this season.") if f.number]
    assert record.part
    crowd = [f for f in facts_of("Police said 20-30 people were inside the bar.") if f.number]
    assert crowd and not any(f.part for f in crowd)


def test_a_british_clock_time_is_a_time_not_money() -> None:
    found = facts_of("The blaze broke out about 8.40pm on Friday in the High Street store.")
    clock = next(f for f in found if "8.40" in f.text)
    assert clock.type is MentionType.TIME


def test_two_extra_life_sentences_count_an_addition_not_all_his_sentences() -> None:
    found = facts_of("Nichols was given two extra life sentences for stabbing a guard.")
    two = next(f for f in found if f.text == "two")
    assert two.part


def test_a_year_inside_the_decade_the_other_article_names_is_no_clash() -> None:
    def year(text: str) -> RawFact:
        fact = RawFact(0, len(text), text, MentionType.DATE, "DATE", 0)
        fact.date = parse_date(text, None)
        return fact

    assert relation(year("the 1940s"), year("1944"), (None, None)) is None
    assert relation(year("1938"), year("1944"), (None, None)) is not None


def test_what_might_have_been_is_no_figure_of_what_happened() -> None:
    found = facts_of("There might have been two people killed, the sheriff said.")
    two = next(f for f in found if f.text == "two")
    assert two.other_event
    (toll,) = [f for f in facts_of("There were two people killed, the sheriff said.") if f.number]
    assert not toll.other_event


def test_a_round_or_two_is_an_estimate_not_a_count_of_rounds() -> None:
    found = facts_of("He was expected to be stopped in a round or two by the champion.")
    two = next(f for f in found if f.text == "two")
    assert two.part
    (rounds,) = [f for f in facts_of("He was stopped in two rounds by the champion.") if f.number]
    assert not rounds.part
