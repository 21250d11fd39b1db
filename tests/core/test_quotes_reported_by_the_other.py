"""A quote one article prints is not "only in one article" when the other reports it: in its
own reported speech, from the organisation the speaker speaks for, or part of its words in what
someone is reported saying (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import FindingKind, MentionType
from desktop.core.quoting.quote_compare import compare_quotes
from desktop.core.quoting.quotes import extract_quotes
from tests.factories import compare_texts as compare

HEADLINE = "Navy captures 23 pirates in the Gulf of Aden\n\n"
LEAD = "The navy captured 23 pirates who had attacked a merchant ship in the Gulf of Aden.\n\n"


def _one_sided_quotes(left: str, right: str) -> list[str]:
    return [
        s.text
        for f in compare(left, right).findings
        if f.type is MentionType.QUOTE and f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        for s in (*f.left, *f.right)[:1]
    ]


def test_the_navys_reported_claim_and_its_spokesmans_quote_are_one_report() -> None:
    nlp = load_pipeline().nlp
    left = "The Indian navy defended its actions, saying it had fired in self-defense."
    right = (
        '"We fired in self-defense and in response to firing upon our vessel," '
        "Commodore Nirad Sinha, a navy spokesman, told reporters."
    )
    verdicts = compare_quotes(extract_quotes(nlp(left)), extract_quotes(nlp(right)), left, right)
    assert [v.kind for v in verdicts] == [FindingKind.AGREE]


def test_a_quote_of_another_speaker_the_other_does_not_report_keeps_its_mark() -> None:
    left = HEADLINE + LEAD + "The navy defended its actions, saying it had fired in self-defense."
    right = (
        HEADLINE + LEAD + '"The pirates surrendered within minutes of our arrival at the scene," '
        "Commodore Nirad Sinha, a navy spokesman, told reporters."
    )
    assert _one_sided_quotes(left, right) == [
        "The pirates surrendered within minutes of our arrival at the scene,"
    ]


PLANT = "Kraft plant shooting leaves two dead\n\n"
SHOT = (
    "A suspended worker shot two co-workers dead at a Kraft plant in Philadelphia on Thursday.\n\n"
)


def test_a_company_quote_the_other_reports_in_part_in_reported_speech_is_not_one_sided() -> None:
    left = (
        PLANT + SHOT + '"We are working closely with the authorities as they investigate this '
        'situation, and our facility is closed until further notice," the company said.'
    )
    right = (
        PLANT + SHOT + "Kraft said the plant would be closed until further notice and the "
        "company would provide employees with counseling."
    )
    assert _one_sided_quotes(left, right) == []


def test_the_same_words_in_the_others_own_narrative_report_no_quote() -> None:
    left = (
        PLANT + SHOT + '"We are working closely with the authorities as they investigate this '
        'situation, and our facility is closed until further notice," the company said.'
    )
    right = PLANT + SHOT + "The plant stayed closed until further notice after the shooting."
    assert len(_one_sided_quotes(left, right)) == 1


STORE = "Fire destroys Waitrose store in Banstead\n\n"
FIRE = "A fire destroyed the Waitrose supermarket in Banstead on Friday night.\n\n"


def test_a_quote_the_other_reports_with_its_tense_shifted_back_is_not_one_sided() -> None:
    left = (
        STORE + FIRE + 'A statement from Waitrose said: "The store will be rebuilt as soon as '
        'the full extent of the damage has been assessed."'
    )
    right = (
        STORE + FIRE + "Waitrose said the store would be rebuilt once insurers and fire "
        "investigators had finished their work on the site."
    )
    assert _one_sided_quotes(left, right) == []
