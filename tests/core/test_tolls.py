"""Tolls compared as a reader compares them: the dead with the dead, the injured with the injured,
and a bound that allows a figure never hides a plain figure that contradicts it."""

from __future__ import annotations

from desktop.core.extraction.facts import Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.bookkeeping.claims import relation
from desktop.core.model import Document, Finding, FindingKind, MentionType, Report
from tests.factories import compare_texts


def compare(left: str, right: str) -> Report:
    return compare_texts(left, right, "2024-05-06")


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def figure(text: str, slot: dict[str, float], part: bool = False) -> Fact:
    fact = Fact(0, len(text), text, MentionType.NUMBER, "CARDINAL", 0)
    fact.number = parse_number(text)
    fact.slot, fact.part = slot, part
    return fact


def test_the_count_of_dead_is_never_set_against_the_count_of_injured() -> None:
    dead = figure("10", {"death": 1.0, "injury": 0.5})
    hurt = figure("about 50", {"injury": 1.0, "death": 0.5})
    assert relation(dead, hurt, (None, None)) is None
    assert relation(dead, figure("about 12", {"death": 1.0}), (None, None)) is not None


LEFT = (
    "Storm hits Ashford\n\n"
    "A storm tore through the town of Ashford on Monday, flattening barns and killing 10 people "
    "and injuring 80. The council opened the school hall to families whose homes were damaged."
)
RIGHT = (
    "Storm hits Ashford\n\n"
    "Ten people were killed and about 50 hurt. "
    "Ten people were killed and at least 50 injured when a storm tore through Ashford on Monday. "
    "The council opened the school hall to families whose homes were damaged."
)


def test_ten_dead_and_about_fifty_hurt_is_one_conflict_on_the_injured_and_none_on_the_dead() -> (
    None
):
    found = conflicts(compare(LEFT, RIGHT))
    texts = [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]
    assert any("80" in left and "about 50" in right for left, right in texts), texts
    assert not any("10" in left and "about 50" in right for left, right in texts), texts


def test_at_least_fifty_allows_eighty_but_the_same_articles_about_fifty_contradicts_it() -> None:
    report = compare(LEFT, RIGHT)
    on_80 = [f for f in report.findings if any(s.text == "80" for s in f.left)]
    assert any(f.kind is FindingKind.CONFLICT for f in on_80), on_80
    assert not any("Both give" in f.reason for f in on_80), on_80


def test_each_figure_of_killed_and_hurt_hangs_on_its_own_verb() -> None:
    from desktop.core.extraction.extract import analyse, nlp_view
    from desktop.core.extraction.pipeline import load_pipeline

    text = (
        "Ten people were killed and at least 50 injured in the blast. "
        "The storm flattened barns, killing 10 people and injuring 80."
    )
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    heads = {f.text: {w for w, weight in f.slot.items() if weight >= 1.0} for f in analysis.facts}
    assert "death" not in heads["at least 50"] and "injury" in heads["at least 50"], heads
    assert "death" not in heads["80"] and "injury" in heads["80"], heads


PARTY = (
    "Gunman opens fire at office party\n\n"
    "A former employee opened fire at an office party in Leeds on Friday, killing one man, "
    "police said. One man was shot dead, and the other guests escaped through a fire door. "
    "The gunman was arrested at his flat a few hours later."
)


def test_a_toll_changed_in_one_sentence_clashes_though_the_article_keeps_it_in_another() -> None:
    right = PARTY.replace(
        "A former employee opened fire at an office party in Leeds on Friday, killing one man, "
        "police said.",
        "Police said a former employee who opened fire at an office party in Leeds on Friday "
        "killed four men.",
    )
    found = conflicts(compare(PARTY, right))
    assert any(
        any(s.text.lower() == "one" for s in f.left) and any(s.text == "four" for s in f.right)
        for f in found
    ), found


def test_the_ages_of_the_boy_in_two_articles_are_compared_and_a_girls_age_is_not() -> None:
    left = (
        "Boy shot by accident\n\n"
        "Police said an 8-year-old boy found a gun inside an apartment in Jacksonville on "
        "Saturday and fired it, killing his sister. The children had been left home alone."
    )
    right = (
        "Child killed in accidental shooting\n\n"
        "Officers were called to an apartment complex in Jacksonville on Saturday afternoon. "
        "An 11-year-old boy picked up the weapon and pulled the trigger, detectives said. "
        "A 5-year-old girl died at the scene."
    )
    found = conflicts(compare(left, right))
    pairs = [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]
    assert any("8-year-old" in a and "11-year-old" in b for a, b in pairs), pairs
    assert not any("5-year-old" in b for _, b in pairs), pairs


def test_a_toll_told_in_two_unrelated_sentences_is_still_one_count() -> None:
    left = (
        "Gunman opens fire at airport\n\n"
        "A gunman opened fire in the baggage hall of the airport on Friday afternoon. "
        "Flights were halted for the rest of the day while police searched the terminals, and "
        "thousands of travellers waited on the runway for hours before buses took them away. "
        "Officials say the man, an army veteran, loaded his weapon in a bathroom before opening "
        "fire on passengers, killing five and wounding six others."
    )
    right = (
        "Airport shooting\n\n"
        "Travellers ran for cover as shots rang out in the baggage hall on Friday afternoon. "
        "The couple had been about to collect their bags before heading off on a cruise. "
        "Their daughter said they had saved for the trip for years and had planned every stop. "
        "Eight people were killed in the gunfire."
    )
    found = conflicts(compare(left, right))
    pairs = [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]
    assert any("five" in a and "Eight" in b for a, b in pairs), pairs


def test_two_figures_hanging_on_the_toll_of_the_dead_count_the_same_toll() -> None:
    from desktop.core.findings.bookkeeping.claims import same_toll

    killing = figure("five", {"death": 1.0, "load": 1.0, "passenger": 0.5})
    killed = figure("Eight", {"death": 1.0})
    assert same_toll(killing, killed)
    assert not same_toll(killing, figure("six", {"injury": 1.0}))
    assert not same_toll(killing, figure("one", {"death": 1.0}, part=True))
