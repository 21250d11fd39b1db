"""A yellow mark says the other article does not report a fact anywhere (texts for the tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from desktop.core.compare import compare_documents
from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.names.told_by_name import holds_one_of
from desktop.core.model import Document, Finding, FindingKind, MentionType, Report
from desktop.core.naming.names import nationality_country


class _Facts(SimpleNamespace):
    """An article reduced to its facts, with the cache the passes read their indexes through."""

    def derived(self, name: str, build: Callable[[Any], Any]) -> Any:
        return build(self)


def compare(
    left: str, right: str, left_date: str | None = None, right_date: str | None = None
) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=left_date),
        Document(source="right.txt", text=right, date=right_date),
    )


def yellow(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        and f.type is not MentionType.STATEMENT
    ]


def marked(report: Report, words: str) -> list[Finding]:
    return [f for f in yellow(report) if any(words in s.text for s in f.left + f.right)]


def test_nine_am_and_nine_in_the_morning_are_the_same_time_on_both_sides() -> None:
    left = (
        "Bridge closed after crash\n\n"
        "A lorry hit the old river bridge in Harwick at 9 a.m. on Monday, the council said. "
        "Engineers will inspect the bridge this week."
    )
    right = (
        "Lorry strikes Harwick bridge\n\n"
        "The council said a lorry struck the river bridge in Harwick at 9 in the morning on "
        "Monday. Engineers are expected to inspect the structure."
    )
    report = compare(left, right)
    assert not marked(report, "9 a.m."), yellow(report)
    assert not marked(report, "morning"), yellow(report)


def test_a_morning_is_told_by_a_clock_time_in_it_but_not_the_other_way_round() -> None:
    from desktop.core.findings.untold.told import _time_told

    def when(text: str) -> Fact:
        return Fact(0, len(text), text, MentionType.TIME, "TIME", 0)

    assert _time_told(when("Monday morning"), [when("9 a.m.")])
    assert not _time_told(when("10:30 a.m."), [when("this morning")])
    assert _time_told(when("10:30 a.m."), [when("10:30 in the morning")])


def test_the_same_weekday_in_one_agreed_sentence_is_not_yellow_on_either_side() -> None:
    left = (
        "Ferry aground off Skye\n\n"
        "A ferry carrying 40 passengers ran aground off Skye late Sunday, the coastguard said. "
        "Tugs pulled it free at high tide."
    )
    right = (
        "Skye ferry runs aground\n\n"
        "The coastguard said a ferry with 40 passengers ran aground off Skye on Sunday. "
        "Tugs pulled the ship free when the tide rose."
    )
    report = compare(left, right, "2024-03-11", "2024-03-18")
    assert not marked(report, "Sunday"), yellow(report)


def test_a_weekday_night_and_last_night_written_the_next_day_are_one_day() -> None:
    left = (
        "Warehouse fire in Palmer\n\n"
        "Fire destroyed an old dairy warehouse in Palmer on Saturday night, firefighters said. "
        "Nobody was hurt."
    )
    right = (
        "Dairy warehouse burns\n\n"
        "An old dairy warehouse in Palmer burned down last night, firefighters said. "
        "No one was injured."
    )
    report = compare(left, right, "2024-06-02", "2024-06-02")
    assert not marked(report, "Saturday"), yellow(report)
    assert not marked(report, "last night"), yellow(report)


def test_a_clock_time_only_one_article_gives_is_still_yellow() -> None:
    left = (
        "Bridge closed after crash\n\n"
        "A lorry hit the old river bridge in Harwick at 9 a.m. on Monday, the council said. "
        "Engineers will inspect the bridge this week."
    )
    right = (
        "Lorry strikes Harwick bridge\n\n"
        "The council said a lorry struck the river bridge in Harwick on Monday. "
        "Engineers are expected to inspect the structure."
    )
    report = compare(left, right)
    assert marked(report, "9 a.m."), yellow(report)


def test_a_citys_police_is_told_by_an_article_naming_the_police_of_that_city() -> None:
    left = (
        "Man held after bank robbery\n\n"
        "Harwick Police arrested a man after a robbery at a bank in Harwick on Monday. "
        "The money was recovered."
    )
    right = (
        "Bank robbery suspect arrested\n\n"
        "Police in Harwick arrested a man on Monday after a bank was robbed in the town centre. "
        "Officers recovered the money."
    )
    report = compare(left, right)
    assert not marked(report, "Harwick Police"), yellow(report)


def test_a_name_the_other_article_writes_in_the_same_words_is_never_yellow() -> None:
    left = (
        "Fire at a school\n\n"
        "The Dunmore Fire Brigade put out a fire at a primary school on Monday. "
        "Pupils were sent home."
    )
    right = (
        "School fire\n\n"
        "A fire at a primary school was put out on Monday by the dunmore fire brigade, "
        "and pupils went home early."
    )
    report = compare(left, right)
    assert not marked(report, "Dunmore Fire Brigade"), yellow(report)


def test_somalian_and_somali_both_point_at_somalia() -> None:
    assert nationality_country("Somalian") == "somalia"
    assert nationality_country("Somali") == "somalia"
    assert nationality_country("Brian") is None


def test_an_age_given_as_38_year_old_and_as_name_comma_38_is_told_by_both() -> None:
    left = (
        "Fired worker held after office shooting\n\n"
        "The man accused of shooting two former colleagues is Anthony Brill, a 38-year-old "
        "Troy resident, police said on Monday. He was arrested on the highway."
    )
    right = (
        "Office shooting suspect arrested\n\n"
        "Police said on Monday they had arrested Anthony Brill, 38, on the highway north of "
        "the office where two of his former colleagues were shot."
    )
    report = compare(left, right)
    assert not marked(report, "38"), yellow(report)


def test_an_age_only_one_article_gives_is_still_yellow() -> None:
    left = (
        "Fired worker held after office shooting\n\n"
        "The man accused of shooting two former colleagues is Anthony Brill, a 38-year-old "
        "Troy resident, police said on Monday. He was arrested on the highway."
    )
    right = (
        "Office shooting suspect arrested\n\n"
        "Police said on Monday they had arrested Anthony Brill on the highway north of "
        "the office where two of his former colleagues were shot."
    )
    report = compare(left, right)
    assert marked(report, "38"), yellow(report)


def test_the_red_sox_are_told_by_an_article_that_writes_the_boston_red_sox() -> None:
    left = (
        "Slugger weighs offers\n\n"
        "The Boston Red Sox have offered first baseman Mark Teixeira an eight-year deal, "
        "a radio host reported on Monday."
    )
    right = (
        "Teixeira offer reported\n\n"
        "The Red Sox made Mark Teixeira an offer for eight years, according to a radio report "
        "on Monday."
    )
    report = compare(left, right)
    assert not marked(report, "Red Sox"), yellow(report)


def test_new_york_does_not_tell_the_new_york_mets() -> None:
    def name(text: str, mtype: MentionType) -> Fact:
        return Fact(0, len(text), text, mtype, "", 0, key=text.lower(), value=text)

    mets = name("New York Mets", MentionType.ORGANISATION)
    assert not holds_one_of(mets, {MentionType.PLACE: {"new york"}})
    sox = name("Boston Red Sox", MentionType.ORGANISATION)
    assert holds_one_of(sox, {MentionType.ORGANISATION: {"red sox"}})


def test_friday_night_and_an_undated_last_night_in_aligned_sentences_are_one_night() -> None:
    left = (
        "Church fire was arson\n\n"
        "Investigators said the fire that gutted the Grace Bible Church in Wasilla on Friday "
        "night was set on purpose. Nobody was inside."
    )
    right = (
        "Arson suspected at church\n\n"
        "Investigators said the fire that gutted the Grace Bible Church in Wasilla last night "
        "was set deliberately. The church was empty."
    )
    report = compare(left, right)
    assert not marked(report, "Friday"), yellow(report)
    assert not marked(report, "last night"), yellow(report)


def test_twelve_and_at_least_a_dozen_in_one_agreed_statement_are_not_yellow() -> None:
    left = (
        "Gunman holds office party hostage\n\n"
        "A gunman burst into an office Christmas party in Dorset on Monday, where twelve "
        "people were gathered, police said."
    )
    right = (
        "Office party siege in Dorset\n\n"
        "Police said a gunman burst into an office Christmas party in Dorset on Monday, where "
        "at least a dozen people were gathered."
    )
    report = compare(left, right)
    assert not marked(report, "twelve"), yellow(report)
    assert not marked(report, "dozen"), yellow(report)


def test_figures_of_one_statement_that_cannot_both_be_stated_are_never_silenced() -> None:
    from desktop.core.findings.untold.told import _figure_in_partner

    def count(text: str, sentence: int) -> Fact:
        fact = Fact(0, len(text), text, MentionType.NUMBER, "CARDINAL", sentence)
        fact.number = parse_number(text)
        return fact

    theirs = _Facts(facts=[count("at least five", 0)])
    partners = {0: [(0, 0.9)]}
    assert not _figure_in_partner(count("at least three", 0), theirs, partners)  # type: ignore[arg-type]
    assert _figure_in_partner(count("at least five", 0), theirs, partners)  # type: ignore[arg-type]


def test_the_harwick_police_service_is_told_by_police_in_harwick_but_not_by_its_fire_service() -> (
    None
):
    from desktop.core.findings.names.told_by_name import institution_told

    def article(text: str) -> SimpleNamespace:
        at = text.index("Harwick")
        town = Fact(at, at + 7, "Harwick", MentionType.PLACE, "GPE", 0)
        whole = SimpleNamespace(start=0, end=len(text))
        return _Facts(facts=[town], sentences=[whole], document=SimpleNamespace(text=text))

    police = article("Police in Harwick arrested a man.")
    officials = article("Authorities in Harwick held a man.")
    firemen = article("Firefighters in Harwick put out a blaze.")
    elsewhere = article("A man from Harwick was handed to police in another town.")
    elsewhere.sentences = [SimpleNamespace(start=0, end=20), SimpleNamespace(start=21, end=57)]
    service = Fact(0, 22, "Harwick Police Service", MentionType.ORGANISATION, "ORG", 0)
    assert institution_told(service, police)  # type: ignore[arg-type]
    assert institution_told(service, officials)  # type: ignore[arg-type]
    assert not institution_told(service, firemen)  # type: ignore[arg-type]
    assert not institution_told(service, elsewhere)  # type: ignore[arg-type]


def test_a_person_called_may_is_not_told_by_a_fair_that_opens_in_may() -> None:
    from desktop.core.findings.names.told_by_name import name_written

    text = "The fair opens in May, and Hale will open it."
    month = Fact(18, 21, "May", MentionType.DATE, "DATE", 0)
    theirs = _Facts(facts=[month], document=SimpleNamespace(text=text))
    may = Fact(0, 3, "May", MentionType.PERSON, "PERSON", 0)
    hale = Fact(0, 4, "Hale", MentionType.PERSON, "PERSON", 0)
    assert not name_written(may, theirs)  # type: ignore[arg-type]
    assert name_written(hale, theirs)  # type: ignore[arg-type]


def test_a_quote_only_one_article_has_marks_its_words_not_the_speaker_both_name() -> None:
    left = (
        "Comedian to host film awards again\n\n"
        "The film academy said on Friday that the comedian Dana Reyes will host its awards "
        "in March. "
        '"I never thought they would let me back on that stage after the last time," Reyes '
        "told reporters outside the theatre."
    )
    right = (
        "Academy picks its awards host\n\n"
        "The film academy said on Friday that the comedian Dana Reyes will host its awards "
        "in March. Tickets for the ceremony go on sale next week."
    )
    report = compare(left, right)
    quotes = [
        f
        for f in report.findings
        if f.type is MentionType.QUOTE and f.kind is FindingKind.LEFT_ONLY
    ]
    assert any("let me back" in s.text for f in quotes for s in f.left), report.findings
    assert not any("Reyes" in s.text for f in quotes for s in f.left), quotes


def test_a_party_is_told_by_the_name_of_its_members() -> None:
    report = compare(
        "Vote\n\nThe Democratic Party won 120 seats on Sunday, officials said.",
        "Election\n\nOfficials said Sunday that the Democrats won 120 seats.",
    )
    assert yellow(report) == []


def test_ruled_for_two_decades_is_told_by_21_years_in_power_in_the_partner_sentence() -> None:
    from desktop.core.datetimes.decades import in_years
    from desktop.core.figures.numbers.values import NumberValue
    from desktop.core.findings.untold.told import _figure_in_partner

    def span(text: str, number: NumberValue | None = None) -> Fact:
        fact = Fact(0, len(text), text, MentionType.QUANTITY, "DATE", 0)
        fact.number = number or replace(parse_number(text), dimension="years")  # type: ignore[type-var]
        return fact

    decades = in_years(parse_number("two decades"))  # type: ignore[arg-type]
    partners = {0: [(0, 0.9)]}
    two_decades = _Facts(facts=[span("two decades", decades)])
    assert _figure_in_partner(span("21 years"), two_decades, partners)  # type: ignore[arg-type]
    assert not _figure_in_partner(span("28 years"), two_decades, partners)  # type: ignore[arg-type]
    told_by = _Facts(facts=[span("21 years")])
    assert _figure_in_partner(span("two decades", decades), told_by, partners)  # type: ignore[arg-type]
    apart = _Facts(facts=[span("28 years")])
    assert not _figure_in_partner(span("two decades", decades), apart, partners)  # type: ignore[arg-type]


def test_assistant_gm_is_the_assistant_general_manager_of_the_other_article() -> None:
    left = (
        "Sixers name interim coach\n\n"
        "Tony Deluca, who became assistant GM of the Harwick Sixers in 2003, will coach the "
        "team for the rest of the season, the club said on Monday."
    )
    right = (
        "Deluca to coach Sixers\n\n"
        "The club said on Monday that Tony Deluca, assistant general manager of the Harwick "
        "Sixers since 2003, will coach the team for the rest of the season."
    )
    report = compare(left, right)
    assert not marked(report, "GM"), yellow(report)


def test_two_capitals_met_by_chance_in_the_partner_stay_yellow() -> None:
    from desktop.core.findings.names.told_names import initials_in_partner

    def article(text: str) -> SimpleNamespace:
        whole = SimpleNamespace(start=0, end=len(text))
        return SimpleNamespace(sentences=[whole], document=SimpleNamespace(text=text))

    mine = article("The envoy flew to the US to meet the assistant GM on Monday.")
    at = mine.document.text.index("US")
    us = Fact(at, at + 2, "US", MentionType.PLACE, "GPE", 0)
    at = mine.document.text.index("GM")
    gm = Fact(at, at + 2, "GM", MentionType.ORGANISATION, "ORG", 0)
    partners = {0: [(0, 0.9)]}
    theirs = article("The envoy used some of Monday to meet the assistant general manager.")
    assert not initials_in_partner(us, mine, theirs, partners)  # type: ignore[arg-type]
    assert initials_in_partner(gm, mine, theirs, partners)  # type: ignore[arg-type]


def statement_marks(report: Report) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        and f.type is MentionType.STATEMENT
    ]


def test_two_stories_introducing_the_same_signing_in_their_own_words_are_not_yellow_sentences() -> (
    None
):
    left = (
        "Harwick Hawks fire coach Dale Brooks\n\n"
        "The Harwick Hawks fired coach Dale Brooks on Saturday after a poor start to the season. "
        "They signed Tom Harlan to a three-year deal worth nearly $40 million last summer, but "
        "they have struggled with him in the lineup and have lost eight of their last ten games. "
        "Assistant coach Ray Mills will lead the team for the rest of the season."
    )
    right = (
        "Hawks let Brooks go\n\n"
        "Coach Dale Brooks was fired by the Harwick Hawks on Saturday, the club said. "
        "In the off-season, general manager Ed Pike landed free agent forward Tom Harlan and "
        "re-signed young stars Andy Quist and Lou Webb to long-term deals. "
        "Ray Mills, an assistant coach, takes over for the rest of the season."
    )
    report = compare(left, right)
    assert not statement_marks(report), statement_marks(report)
    # What only one of them tells keeps its own mark.
    assert marked(report, "three-year") and marked(report, "Ed Pike"), yellow(report)


def test_a_person_introduced_in_sentences_that_are_not_each_others_closest_proves_nothing() -> None:
    import numpy as np

    from desktop.core.findings.bookkeeping.assembly import Draft
    from desktop.core.findings.persons.introductions import introduced_together

    def harlan(sentence: int) -> Fact:
        fact = Fact(0, 10, "Tom Harlan", MentionType.PERSON, "PERSON", sentence)
        fact.first, fact.last = "tom", "harlan"
        return fact

    draft = Draft(FindingKind.AGREE, MentionType.PERSON, [harlan(1)], [harlan(0)], "", 0.9)
    # Left sentence 1 and right sentence 0 are each other's closest.
    each_others = np.array([[0.1, 0.5], [0.4, 0.1]], dtype=np.float32)
    assert introduced_together([draft], each_others) == ({1}, {0})
    # Right sentence 0 is closer to left sentence 0 (say, the fired coach): another story.
    closer_elsewhere = np.array([[0.45, 0.5], [0.4, 0.1]], dtype=np.float32)
    assert introduced_together([draft], closer_elsewhere) == (set(), set())


def test_a_boy_called_by_his_first_name_is_the_boy_both_articles_name_in_full() -> None:
    left = (
        "Boy's death sparks protests\n\n"
        "A police bullet killed Alexandros Marinakis, 15, in the Exarchia district of Athens on "
        "Saturday night, doctors said. Alexandros was among a group of youths who had thrown "
        "stones at a police car, officers said. Protests spread to other cities on Sunday."
    )
    right = (
        "Protests after police shooting in Athens\n\n"
        "Doctors said Alexis Marinakis, 15, was killed by a police bullet in the Exarchia district "
        "of Athens on Saturday night. Officers said Marinakis had thrown stones at their car with "
        "other youths. On Sunday protests spread to other cities."
    )
    report = compare(left, right)
    assert not marked(report, "Alexandros"), yellow(report)


def test_a_first_name_two_people_of_the_article_share_is_nobody_in_particular() -> None:
    from desktop.core.findings.untold.one_sided import _first_name_owner

    def person(text: str) -> Fact:
        fact = Fact(0, len(text), text, MentionType.PERSON, "PERSON", 0)
        words = text.lower().split()
        fact.first, fact.last = (words[0], words[-1]) if len(words) > 1 else ("", words[0])
        return fact

    one = {"anna": {"person:kovacs"}}
    two = {"anna": {"person:kovacs", "person:berg"}}
    assert _first_name_owner("person:anna", [person("Anna")], one) == "person:kovacs"
    assert _first_name_owner("person:anna", [person("Anna")], two) is None


def test_an_ethopian_ship_is_the_ethiopian_ship_of_the_other_article_misspelt() -> None:
    left = (
        "Navy frees hijacked ship\n\n"
        "An Indian warship freed an Ethopian cargo ship from pirates in the Gulf of Aden on "
        "Saturday, the navy said. Twelve pirates were arrested."
    )
    right = (
        "Pirates caught in Gulf of Aden\n\n"
        "The navy said an Indian warship freed an Ethiopian cargo ship from pirates on Saturday "
        "in the Gulf of Aden. Twelve pirates were held."
    )
    report = compare(left, right)
    assert not marked(report, "Ethopian") and not marked(report, "Ethiopian"), yellow(report)


def test_another_ending_or_a_short_name_one_letter_away_is_another_name() -> None:
    from desktop.core.findings.names.told_slips import _slip

    assert _slip("ethopian", "ethiopian") and _slip("massachusets", "massachusetts")
    assert not _slip("indian", "indiana")  # a people and a state
    assert not _slip("caroline", "carolina")  # a woman and a state
