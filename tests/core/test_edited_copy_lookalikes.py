"""An edited copy of an article: a sentence cut from the copy is reported as told by one side only
even when another sentence of the article resembles it, two look-alike sentences are not set
against each other, and a house number or a state changed in a copied sentence is a conflict
(hand-written texts)."""

from __future__ import annotations

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Fact
from desktop.core.findings.alignment.copies import Copies
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare
from tests.factories import conflict_texts as conflicts

ARTICLE = (
    "Navy frigate foils pirate attack\n\n"
    "The navy frigate Talwar drove off two pirate boats in the Gulf of Aden on Thursday, the "
    "navy said in a statement. "
    "Last month the Talwar sank a pirate mother ship and rescued two cargo vessels in the Gulf "
    "of Aden. "
    "The crew of the Talwar fired warning shots as the pirate boats came close to a tanker. "
    "A navy spokesman said the pirates fled towards the coast and nobody was hurt. "
    "The frigate will stay in the region until the end of the year."
)
CUT = "Last month the Talwar sank a pirate mother ship and rescued two cargo vessels in the Gulf of Aden. "

FAMILIES = (
    "Two bomb technicians die in blast\n\n"
    "Tom Hale, 51, and Ray Kerr, 44, died when the device exploded in a bank on Friday. "
    "Hale joined the state police in 1990. He leaves behind a wife and two children, a "
    "16-year-old son and an 18-year-old daughter. "
    "Kerr joined the state police in 1995. He leaves behind a wife and three children, a "
    "17-year-old son and two grown daughters. "
    "Investigators are still looking for whoever planted the device."
)


def _one_sided_marks(report: Report) -> list[str]:
    return [s.text for f in report.findings if f.kind is FindingKind.LEFT_ONLY for s in f.left]


def test_a_sentence_cut_from_the_copy_is_shown_as_told_by_the_original_only() -> None:
    report = compare(ARTICLE, ARTICLE.replace(CUT, ""))
    marks = _one_sided_marks(report)
    assert any("Last month the Talwar sank a pirate mother ship" in m for m in marks), marks


def test_the_cut_sentence_is_not_shown_as_agreeing_with_its_neighbours_copy() -> None:
    report = compare(ARTICLE, ARTICLE.replace(CUT, ""))
    agreeing = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and any("mother ship" in s.text for s in f.left)
    ]
    assert agreeing == [], [(f.left, f.right) for f in agreeing]


def test_two_look_alike_sentences_about_two_people_are_not_a_conflict() -> None:
    found = conflicts(
        compare(FAMILIES, FAMILIES.replace("wife and two children", "wife and nine children"))
    )
    assert found == [({"two"}, {"nine"})], found


def test_a_house_number_changed_in_the_copy_is_a_conflict() -> None:
    article = (
        "Gunman confronts warehouse crowd\n\n"
        "Police said they were called to a warehouse at 40 East Fifth Avenue, where a man "
        "carrying a rifle had confronted the staff. Nobody was hurt, and the man was arrested "
        "an hour later by officers from the city's north precinct."
    )
    found = conflicts(compare(article, article.replace("at 40 East", "at 80 East")))
    assert any("40" in " ".join(a) and "80" in " ".join(b) for a, b in found), found


def test_a_state_swapped_for_a_state_whose_name_is_also_a_town_there_is_a_conflict() -> None:
    article = (
        "Slugger weighs offers\n\n"
        "The slugger has offers from several teams, and the size of Washington's proposal was "
        "not made public on Tuesday. His agent said a decision would come before the holidays."
    )
    found = conflicts(compare(article, article.replace("Washington's", "Illinois's")))
    assert any("Washington" in a and "Illinois" in b for a, b in found), found


def test_an_officer_replaced_by_another_name_in_the_copy_is_a_conflict() -> None:
    article = (
        "Bomb defused at bank\n\n"
        "The device found at the bank on Friday was defused by Officer Jose Estrada before noon. "
        "Customers were led out of the building and the street was closed for three hours."
    )
    found = conflicts(compare(article, article.replace("Officer Jose Estrada", "Marco Whitaker")))
    assert any("Estrada" in " ".join(a) and "Whitaker" in " ".join(b) for a, b in found), found


def test_a_sentence_the_article_says_twice_is_still_told_when_the_copy_keeps_one() -> None:
    twice = (
        "Frigate to stay in the Gulf\n\n"
        "The navy frigate Talwar drove off two pirate boats in the Gulf of Aden on Thursday. "
        "The frigate will stay in the Gulf of Aden until the end of the year, the navy said. "
        "A navy spokesman said the pirates fled towards the coast and nobody was hurt. "
        "The navy said the frigate would stay in the Gulf of Aden until the end of the year."
    )
    cut = "The navy said the frigate would stay in the Gulf of Aden until the end of the year."
    marks = _one_sided_marks(compare(twice, twice.replace(cut, "")))
    assert not any("until the end of the year" in m for m in marks), marks


def test_a_sentence_with_a_year_only_it_gives_restates_no_copy_however_alike_its_words() -> None:
    # Left 0: "Hale was one of the most popular Gulls from 1979 to 1988."; left 1: "Hale is
    # running the show again for the Gulls.", copied as right 0. Left 0 comes close to that copy
    # in words (0.76), but its years are the left's alone: it restates nothing there.
    scores = np.array([[0.76], [0.98]], dtype=np.float32)
    copies = Copies(
        [SentencePair(0, 0, 0.76), SentencePair(1, 0, 0.98)],
        scores,
        np.array([[True], [False]]),
    )
    years = Fact(40, 52, "1979 to 1988", MentionType.DATE, "", 0)
    one_sided = Draft(FindingKind.LEFT_ONLY, MentionType.DATE, [years], [], "", 0.8)
    pairs, apart = copies.for_statements([one_sided])
    assert pairs == [SentencePair(1, 0, 0.98)]
    assert apart[0, 0] == 0.0 and apart[1, 0] == np.float32(0.98)
    assert copies.for_statements([])[0] == copies.pairs
