"""One police statement retold in each paper's words: "was transported to Mercy Medical Center" /
"was rushed to a hospital", "turned the gun on himself" / "committed suicide", "heard gunfire" /
"fired shots", "in critical condition" / "critically wounded", "turned himself in" /
"surrendered", "locked down" / "on lockdown". Each pair of sentences is one statement, so neither
is marked as told by one article only. Twins: the same verbs telling another step ("took him to
the courthouse", "fired on Monday", "turned the gun on the clerk") are not read as that step."""

from __future__ import annotations

from desktop.core.extraction.extract import analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document, FindingKind
from tests.factories import compare_stories, statement_texts, untold_sentences

LEAD_L = "A woman was shot outside a bar on Elm Street in Dayton on Saturday, police said. "
LEAD_R = "Police said a woman was shot on Elm Street in Dayton early Saturday. "


def _agreed(left: str, right: str) -> list[str]:
    return statement_texts(compare_stories(LEAD_L + left, LEAD_R + right), FindingKind.AGREE)


def test_a_woman_transported_to_a_medical_center_was_rushed_to_a_hospital() -> None:
    left = "Paramedics transported her to Mercy Medical Center in critical condition."
    right = "She was rushed by ambulance to a hospital, critically wounded."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_gunman_who_turned_the_gun_on_himself_committed_suicide() -> None:
    left = "The gunman then turned the gun on himself behind the bar."
    right = "The shooter committed suicide behind the bar."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_deputies_fired_on_were_told_as_deputies_hearing_gunfire() -> None:
    left = "Deputies retreated when the man fired on them from a window."
    right = "Deputies said they heard gunfire coming from inside the home."
    untold = untold_sentences(compare_stories(LEAD_L + left, LEAD_R + right))
    assert left not in untold and right not in untold, untold


def test_a_gunman_dead_of_a_self_inflicted_wound_is_told_as_a_suicide() -> None:
    left = "The gunman was found dead from a self-inflicted gunshot wound."
    right = "Investigators said the gunman went home and committed suicide."
    untold = untold_sentences(compare_stories(LEAD_L + left, LEAD_R + right))
    assert left not in untold and right not in untold, untold


def test_schools_locked_down_were_placed_on_lockdown() -> None:
    left = "Two nearby schools were locked down for an hour."
    right = "Officials placed the schools on lockdown."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_suspect_who_turned_himself_in_surrendered() -> None:
    left = "The boyfriend turned himself in to detectives late that night."
    right = "Her boyfriend surrendered hours later."
    agreed = _agreed(left, right)
    assert left in agreed and right in agreed, agreed


def test_a_manager_fired_on_monday_shot_no_one() -> None:
    fired = _words("The bar's night manager was fired on Monday.")
    shooting = _words("A gunman fired on the bar's night manager.")
    assert "shoot" not in fired and "shoot" in shooting, (fired, shooting)


def test_a_wounded_man_taken_to_court_is_not_taken_to_hospital() -> None:
    court = _words("Deputies took the wounded man to the courthouse.")
    hospital = _words("Deputies took the wounded man to the hospital.")
    assert "transport" not in court and "transport" in hospital, (court, hospital)


def test_a_robber_who_turned_the_gun_on_a_clerk_did_not_kill_himself() -> None:
    clerk = _words("The robber turned the gun on the clerk.")
    himself = _words("The robber turned the gun on himself.")
    assert "suicide" not in clerk and "suicide" in himself, (clerk, himself)


def _words(text: str) -> list[str]:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis.sentence_words[0]
