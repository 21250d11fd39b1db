"""A reader asks of every figure and date what it is said of: "killed 3" and "injured 3" count two
harms, "the victim was 24" and "the suspect, 22" give two people's ages. The engine reads the
same off the parse (``findings/claims/claim_frame.py``): the predicate a value hangs on, the deed
it tells, and whose value it is; what the parse does not give stays unknown."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.claims.claim_frame import (
    ClaimFrame,
    claim_frame,
    different_deeds,
    different_subjects,
)
from desktop.core.model import Document


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    docs = [
        Document(source="a.txt", text=text),
        Document(source="b.txt", text="Other\n\nNo one.\n"),
    ]
    parsed = list(nlp.pipe([nlp_view(d.text) for d in docs]))
    return analyse(docs, parsed)[0]


def _frame(text: str, value: str) -> ClaimFrame:
    analysis = _analysis(text)
    start = text.index(value)
    return claim_frame(analysis, start, start + len(value))


def test_a_count_hangs_on_the_deed_it_counts() -> None:
    killed = _frame("Blast\n\nThe bomb killed 3 people in the market.\n", "3")
    injured = _frame("Blast\n\nThree people were injured in the market.\n", "Three")
    assert (killed.deed, killed.subject) == ("death", "people"), killed
    assert (injured.deed, injured.subject) == ("injury", "people"), injured
    assert different_deeds(killed, injured)


def test_died_and_killed_tell_one_deed() -> None:
    killed = _frame("Blast\n\nThe bomb killed 3 people in the market.\n", "3")
    died = _frame("Blast\n\nFive people died in the market.\n", "Five")
    assert killed.deed == died.deed == "death", (killed, died)
    assert not different_deeds(killed, died)


def test_a_day_hangs_on_the_step_it_dates() -> None:
    charged = _frame("Court\n\nThe suspect was charged on Monday with murder.\n", "Monday")
    sentenced = _frame("Court\n\nThe suspect was sentenced on Friday to life.\n", "Friday")
    assert (charged.deed, charged.subject) == ("charge", "suspect"), charged
    assert (sentenced.deed, sentenced.subject) == ("sentence", "suspect"), sentenced
    assert different_deeds(charged, sentenced)


def test_an_age_is_its_persons() -> None:
    named = _frame("Arrest\n\nJohn Smith, 45, was arrested in Dallas.\n", "45")
    assert named.subject == "person:smith", named


def test_the_victim_and_the_suspect_are_two_subjects() -> None:
    victim = _frame("Shooting\n\nThe victim was 24.\n", "24")
    suspect = _frame("Shooting\n\nThe 22-year-old suspect fled.\n", "22-year-old")
    assert (victim.subject, suspect.subject) == ("victim", "suspect"), (victim, suspect)
    assert different_subjects(victim, suspect)


def test_two_words_for_one_man_are_not_two_subjects() -> None:
    gunman = ClaimFrame("kill", "death", "gunman")
    suspect = ClaimFrame("kill", "death", "suspect")
    assert not different_subjects(gunman, suspect)


def test_a_light_verb_tells_no_deed() -> None:
    said = _frame("Court\n\nThe victim was 24, police said.\n", "24")
    assert said.deed == "", said
    assert not different_deeds(said, ClaimFrame("kill", "death", "victim"))


def test_a_toll_that_rises_counts_deaths() -> None:
    rose = _frame("Quake\n\nThe death toll rose to 15 on Tuesday.\n", "15")
    killed = _frame("Quake\n\nThe quake killed 12 people.\n", "12")
    assert rose.deed == "death", rose
    assert not different_deeds(rose, killed)


def test_a_record_beside_a_name_tells_no_deed() -> None:
    record = _frame("Fight\n\nKlaus Berger (40-2, 31 KOs) won the bout.\n", "31")
    assert record.deed == "", record
