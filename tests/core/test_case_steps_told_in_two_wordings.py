"""A step of the case, a wound the victim will live through, a feud between gangs and the quarrel
before a shooting, each told in two papers' own words: "presented to a grand jury" / "turned over
to the district attorney for review", "not life-threatening" / "expected to survive", "a feud
between gangs" / "a conflict between rival cliques", "an argument" / "two girls were going to
fight". Each pair of sentences is one statement, so neither is marked as told by one article
only. Twins: a sentence the other article does not tell stays marked, and the same verbs and
nouns telling something else ("turned the suspect over to deputies", "life-threatening
injuries", "fighting for his life", "closing arguments") are not read as that step."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document
from tests.factories import compare_stories, untold_sentences

LEAD_L = "A man was shot outside a store on Pine Street in Marlow on Saturday, police said. "
LEAD_R = "Police said a man was shot on Pine Street in Marlow early Saturday. "


def _untold(left: str, right: str) -> list[str]:
    return untold_sentences(compare_stories(LEAD_L + left, LEAD_R + right))


def test_a_case_presented_to_a_grand_jury_was_turned_over_to_the_prosecutor_for_review() -> None:
    left = "Brandt said the case will be presented soon to the Marlow County Grand Jury."
    right = (
        "Once the inquiry is done, the findings will be turned over to Brandt's office for review."
    )
    untold = _untold(left, right)
    assert left not in untold and right not in untold, untold


def test_a_case_sent_to_a_grand_jury_stays_marked_when_the_other_tells_no_hand_over() -> None:
    left = "Brandt said the case will be presented soon to the Marlow County Grand Jury."
    right = "Neighbours told reporters that Brandt's dog barked for an hour before the shots."
    untold = _untold(left, right)
    assert left in untold, untold


def test_wounds_not_life_threatening_tell_a_victim_in_stable_condition() -> None:
    left = "The clerk's wounds were not considered life-threatening, officers said."
    right = "The wounded clerk was listed in stable condition on Sunday."
    untold = _untold(left, right)
    assert left not in untold and right not in untold, untold


def test_an_ongoing_gang_feud_is_an_ongoing_conflict_between_rival_cliques() -> None:
    left = "Detectives said there has been an ongoing gang feud on the east side."
    right = "A pastor blamed the killing on an ongoing conflict between rival cliques."
    untold = _untold(left, right)
    assert left not in untold and right not in untold, untold


def test_an_argument_a_crowd_gathered_to_watch_was_the_fight_two_boys_planned() -> None:
    left = "Two boys had planned to fight near the park after classes."
    right = "A crowd gathered near the park to watch an escalating argument."
    untold = _untold(left, right)
    assert left not in untold and right not in untold, untold


def test_a_feud_sentence_stays_marked_when_the_other_tells_of_no_feud() -> None:
    left = "Detectives said there has been an ongoing gang feud on the east side."
    right = "The store owner said he had closed early because of the snow."
    untold = _untold(left, right)
    assert left in untold, untold


def test_a_suspect_turned_over_to_deputies_hands_no_case_to_a_prosecutor() -> None:
    deputies = _words("Officers turned the suspect over to deputies.")
    jury = _words("Officers turned the case over to a grand jury.")
    assert "referral" not in deputies and "referral" in jury, (deputies, jury)


def test_life_threatening_injuries_are_no_injuries_the_victim_will_survive() -> None:
    grave = _words("The clerk suffered life-threatening injuries.")
    light = _words("The clerk suffered non-life-threatening injuries.")
    assert "survive" not in grave and "survive" in light, (grave, light)


def test_fighting_for_his_life_is_his_condition_not_a_quarrel() -> None:
    condition = _words("The clerk is fighting for his life.")
    quarrel = _words("The clerk and a customer had an argument.")
    court = _words("Closing arguments begin on Monday.")
    assert "fight" not in condition and "critical" in condition, condition
    assert "fight" in quarrel and "fight" not in court, (quarrel, court)


def _words(text: str) -> list[str]:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis.sentence_words[0]


def test_a_conflict_of_interest_is_no_feud_between_gangs() -> None:
    interest = _words("The judge stepped aside over a conflict of interest.")
    gangs = _words("Police blamed a conflict between two gangs.")
    assert "feud" not in interest and "feud" in gangs, (interest, gangs)


def test_a_chief_stable_but_critical_is_not_read_as_expected_to_survive() -> None:
    critical = _words("The chief was in stable but critical condition.")
    stable = _words("The chief was in stable condition.")
    assert "survive" not in critical and "survive" in stable, (critical, stable)
