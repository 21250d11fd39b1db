"""A reporter compares two stories of a raid on a pirate camp. One says rangers "nabbed 12 Kenyan
and 11 Tanzanian pirates", the other that the service "arrested 23 Kenyan and Tanzanian
pirates". The 12 and the 11 are two parts of one group of pirates and make the 23: whichever pass
pairs the 12 with the 23, no red mark is left between them. Parts that do not add up to the
whole ("25 Kenyan and Tanzanian pirates"), two nouns ("12 men and 11 women") and a toll told by
two outcomes ("12 dead and 11 injured") keep their conflict (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.counts.summed_parts import without_summed_parts
from desktop.core.model import Document, FindingKind, MentionType

_PARTS = "Rangers raided the camp on Monday and nabbed 12 Kenyan and 11 Tanzanian pirates."
_WHOLE = "The service says it arrested 23 Kenyan and Tanzanian pirates on Monday."


def _analysed(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def _kept(parts: str, whole: str, part_text: str, whole_text: str) -> bool:
    """Whether a conflict of the part against the whole survives the filter."""
    left, right = _analysed(parts), _analysed(whole)
    part = next(f for f in left.facts if f.text == part_text)
    total = next(f for f in right.facts if f.text == whole_text)
    clash = Draft(FindingKind.CONFLICT, MentionType.NUMBER, [part], [total], "clash", 0.5)
    return bool(without_summed_parts([clash], left, right))


def test_one_part_of_two_that_make_the_whole_is_no_conflict_with_it() -> None:
    assert not _kept(_PARTS, _WHOLE, "12", "23")
    assert not _kept(_PARTS, _WHOLE, "11", "23")


def test_the_whole_on_the_left_and_the_parts_on_the_right_are_no_conflict_either() -> None:
    left, right = _analysed(_WHOLE), _analysed(_PARTS)
    total = next(f for f in left.facts if f.text == "23")
    part = next(f for f in right.facts if f.text == "12")
    clash = Draft(FindingKind.CONFLICT, MentionType.NUMBER, [total], [part], "clash", 0.5)
    assert without_summed_parts([clash], left, right) == []


def test_parts_that_do_not_make_the_whole_keep_the_conflict() -> None:
    assert _kept(_PARTS, _WHOLE.replace("23", "25"), "12", "25")


def test_two_nouns_or_two_outcomes_are_no_parts_of_one_count() -> None:
    men_women = "Rangers raided the camp on Monday and nabbed 12 men and 11 women."
    assert _kept(men_women, _WHOLE.replace("Kenyan and Tanzanian pirates", "people"), "12", "23")
    dead_hurt = "The raid on the camp on Monday left 12 dead and 11 injured."
    assert _kept(dead_hurt, "The raid on Monday left 23 dead.", "12", "23")
