"""Quotes as reporters really write them: over paragraphs, split by "he said", under ranks with full
stops, curly or straight, cut with an ellipsis, and words in quotation marks that are no quote; and
a dropped quote reviewed as one thing, with what its speaker's sentence reported."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Finding, FindingKind, MentionType, Quote, Report
from desktop.core.quoting.quote_compare import QuoteVerdict, compare_quotes
from desktop.core.quoting.quotes import extract_quotes
from tests.core.test_sourcing import compared


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline().nlp


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text))


def _flagged(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is not FindingKind.AGREE]


# --- extraction -----------------------------------------------------------------------------


def test_a_quote_running_over_two_paragraphs_is_one_quote_of_the_speaker_named_at_its_end(
    nlp: Any,
) -> None:
    text = (
        "The storm hit the town at dawn.\n\n"
        '"We lost the roof of the school and two of the barns on the north road.\n\n'
        '"Nobody was hurt, and that is what matters tonight," said Mayor Lena Ortiz.'
    )

    (quote,) = _quotes(nlp, text)

    assert len(quote.pieces) == 2
    assert quote.text.startswith("We lost the roof") and quote.text.endswith("matters tonight,")
    assert quote.speaker == "Mayor Lena Ortiz"


def test_a_quote_split_by_he_said_stays_one_quote_when_he_names_no_one(nlp: Any) -> None:
    text = '"The water came up so fast," he said, "that we could not save the cattle."'

    (quote,) = _quotes(nlp, text)

    assert quote.text == "The water came up so fast, that we could not save the cattle."
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The suspect was armed with a hunting rifle and two knives," said Sgt. Mark Lee of '
            "the county sheriff's office.",
            "Sgt. Mark Lee of the county sheriff's office",
        ),
        ('"He ran into the woods," said Det. Sgt. John Ray.', "Det. Sgt. John Ray"),
        ('"The patient is stable," Dr. Smith told reporters on Friday.', "Dr. Smith"),
        (
            'Gov. Mark Dunn said: "We will send the National Guard to the river towns tonight."',
            "Gov. Mark Dunn",
        ),
        (
            'The harbour master, Sam Ortiz, said: "Nobody should have been out there today."',
            "The harbour master, Sam Ortiz",
        ),
    ],
)
def test_a_rank_or_title_with_a_full_stop_keeps_the_whole_name_as_the_speaker(
    nlp: Any, text: str, speaker: str
) -> None:
    (quote,) = _quotes(nlp, text)

    assert quote.speaker == speaker
    assert text[quote.speaker_start : quote.speaker_end] == speaker


def test_two_speakers_joined_by_and_are_both_the_speaker(nlp: Any) -> None:
    text = 'Producers Craig Zadan and Neil Meron said: "We are thrilled to have her host the show."'

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Producers Craig Zadan and Neil Meron"


def test_according_to_a_rank_with_a_full_stop_names_the_whole_source(nlp: Any) -> None:
    text = "The driver fled on foot, according to Sgt. Mark Lee of the county sheriff's office."

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Sgt. Mark Lee of the county sheriff's office"


def test_according_to_an_organisation_names_it_before_or_after_the_claim(nlp: Any) -> None:
    before = "According to the National Weather Service, the river will crest at 31 feet on Sunday."
    after = "The river will crest at 31 feet on Sunday, according to the National Weather Service."

    for text in (before, after):
        (quote,) = _quotes(nlp, text)
        assert not quote.direct
        assert quote.speaker == "the National Weather Service"
        assert quote.text.lower() == "the river will crest at 31 feet on sunday"


def test_she_two_sentences_after_the_name_is_that_person_and_marked_as_a_guess(nlp: Any) -> None:
    text = (
        "Police Chief Ann Berg arrived at the scene shortly after noon. Officers sealed the "
        'street. "This is the worst day this town has seen in years," she said.'
    )

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Ann Berg" and quote.inferred


def test_a_quote_opened_straight_and_closed_curly_is_still_one_quote(nlp: Any) -> None:
    text = 'Minister Jane Holt was blunt. "Nobody here will resign over a report like this,” Holt said.'

    (quote,) = _quotes(nlp, text)

    assert quote.text == "Nobody here will resign over a report like this,"
    assert quote.speaker == "Holt"


@pytest.mark.parametrize(
    "text",
    [
        'Critics called the plan a "giveaway" to the developers.',
        'The so-called "peace dividend" never came, and the "smart fence" failed twice.',
        'He described the deal as "very good" before leaving the room.',
    ],
)
def test_scare_quotes_around_a_word_or_two_are_not_quotes(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_a_long_description_of_the_speaker_is_cut_at_a_whole_word(nlp: Any) -> None:
    text = (
        '"We appreciate your respect for her privacy at this time," said the 33-year-old '
        "actress's rep Jack Ketsoyan."
    )

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "the 33-year-old actress's rep Jack Ketsoyan"


# --- comparing two articles' quotes ------------------------------------------------------------


def _verdicts(nlp: Any, left: str, right: str) -> list[QuoteVerdict]:
    return compare_quotes(_quotes(nlp, left), _quotes(nlp, right), left, right)


def test_british_and_american_spellings_of_one_quote_agree(nlp: Any) -> None:
    left = (
        '"Police locked down the neighbourhood and the centre of town," said Inspector Tom Fanning.'
    )
    right = (
        '"Police locked down the neighborhood and the center of town," said Inspector Tom Fanning.'
    )

    (verdict,) = _verdicts(nlp, left, right)

    assert verdict.kind is FindingKind.AGREE


def test_two_quotes_sharing_only_a_stock_phrase_are_two_quotes_not_a_misquote(nlp: Any) -> None:
    left = '"They have a hard time because there\'s a lot of crime here," the officer said.'
    right = '"There\'s a lot of anger here," said Ray Williams.'

    verdicts = _verdicts(nlp, left, right)

    assert [v.kind for v in verdicts] == [FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY]


def test_a_short_quote_whose_words_a_long_paragraph_rewords_is_no_misquote(nlp: Any) -> None:
    left = (
        "The statement said the prisoners would be "
        '"handed over to appropriate authorities ashore," an officer said.'
    )
    right = (
        '"The grenades were thrown overboard. The pirates and the other arms were taken on '
        "board, and the ship will resume its patrol after handing them over to appropriate "
        'ashore authorities," the officer said.'
    )

    verdicts = _verdicts(nlp, left, right)

    assert not any(v.kind is FindingKind.CONFLICT for v in verdicts)


def test_two_outlets_quoting_different_sentences_of_one_statement_agree(nlp: Any) -> None:
    statement = (
        "The fire spread rapidly through the store, which is almost totally destroyed. Nobody "
        "was inside when it started."
    )
    left = f'"{statement} It is being treated as suspicious," a police spokeswoman said.'
    right = f'"{statement} People are asked to avoid the High Street," a police spokeswoman said.'

    (verdict,) = _verdicts(nlp, left, right)

    assert verdict.kind is FindingKind.AGREE


# --- through the engine ----------------------------------------------------------------------

RESCUE = (
    "Two rescued after boat capsizes off Carver Point\n\n"
    "Two fishermen were pulled from the water off Carver Point on Saturday after their boat "
    "capsized in heavy swell, the coast guard said.\n\n"
    "“We found the boat upside down, and the two men were clinging to the hull,” said Lt. Ann "
    "Hale of the coast guard station at Marlow.\n\n"
    'Both men were taken to hospital. "They were cold and frightened but they are going to be '
    'fine," said Dr. Paul Grant, who treated them.\n\n'
    "The harbour master, Sam Ortiz, said the boat had left port before dawn.\n\n"
    '"This was a very lucky outcome. We do not often get there in time," Hale said.'
)


def test_a_quote_cut_with_an_ellipsis_in_the_other_article_agrees() -> None:
    right = RESCUE.replace("upside down, and the two men", "upside down … the two men")

    report = compared(RESCUE, right)

    assert _flagged(report) == []
    assert any(
        f.type is MentionType.QUOTE and f.reason.startswith("Both quote the same words of Lt. Ann")
        for f in report.findings
    )


def test_a_quote_given_to_the_other_man_both_articles_name_is_one_misattribution() -> None:
    right = RESCUE.replace("said Dr. Paul Grant, who", "said Sam Ortiz, who")

    (conflict,) = _flagged(compared(RESCUE, right))

    assert conflict.type is MentionType.QUOTE and conflict.kind is FindingKind.CONFLICT
    assert conflict.reason == (
        "Attributed to Dr. Paul Grant on the left and to Sam Ortiz on the right."
    )


def test_a_misquote_under_a_rank_with_a_full_stop_names_the_speaker_in_full() -> None:
    right = RESCUE.replace("clinging to the hull", "holding on to the hull")

    (conflict,) = _flagged(compared(RESCUE, right))

    assert conflict.reason == (
        "The quote of Lt. Ann Hale differs: the left has 'clinging', the right 'holding on'."
    )


FIRE = (
    "Fire at the Delmar warehouse\n\n"
    "A fire destroyed a furniture warehouse in Delmar on Sunday night, and two firefighters were "
    "treated for smoke.\n\n"
    'Fire chief Ron Mills said on Monday that the blaze was "almost certainly started on purpose" '
    "by someone who broke in through the loading bay with eleven cans of petrol.\n\n"
    "The owner, Carla Diaz, said she would rebuild."
)


def test_a_dropped_quote_carries_what_its_speakers_sentence_reported_as_one_finding() -> None:
    dropped = FIRE.split("\n\n")[2] + "\n\n"
    right = FIRE.replace(dropped, "")

    (finding,) = _flagged(compared(FIRE, right))

    assert finding.type is MentionType.QUOTE and finding.kind is FindingKind.LEFT_ONLY
    assert finding.reason == (
        "Only the left article has this quote of Fire chief Ron Mills. Nor does the right "
        "article give 'Monday' or 'eleven' from the same report."
    )
    assert [s.text for s in finding.left][2:] == ["Monday", "eleven"]


def test_a_figure_beside_a_dropped_quote_that_no_one_is_reported_saying_keeps_its_own_mark() -> (
    None
):
    left = FIRE.replace(
        "\n\nThe owner,",
        "\n\nCrews have guarded the site since March 3 to "
        '"keep looters and curious children away from the ruins."\n\nThe owner,',
    )

    flagged = _flagged(compared(left, FIRE))

    kinds = sorted((f.type.value, f.kind.value) for f in flagged)
    assert ("quote", "left_only") in kinds
    dates = [f for f in flagged if f.type is MentionType.DATE]
    assert [s.text for f in dates for s in f.left] == ["March 3"]


def test_the_editors_words_in_brackets_inside_a_quote_are_not_a_misquote(nlp: Any) -> None:
    left = '"We ask you to respect her and her family\'s privacy," said her agent, Jack Kent.'
    right = (
        '"We ask you to respect her (Tara Reid) and her family\'s privacy," said her agent, '
        "Jack Kent."
    )

    (verdict,) = _verdicts(nlp, left, right)

    assert verdict.kind is FindingKind.AGREE


def test_a_closing_mark_typed_the_wrong_way_round_still_closes_the_quote(nlp: Any) -> None:
    text = (
        "“It’s official: I’m hosting the show this year!\n"
        "I’d like to thank the academy and my wife, and there goes the orchestra “, the comedian "
        "said on Twitter."
    )

    (quote,) = _quotes(nlp, text)

    assert quote.text.endswith("there goes the orchestra")
    assert quote.speaker == "the comedian"


def test_she_said_never_points_back_to_a_name_inside_the_quote_before(nlp: Any) -> None:
    text = (
        "Ellen Marsh will host the awards again. In a message she wrote: “I would like to thank my "
        "wife Portia and the whole academy for this.” A second message followed. “I am so "
        "excited to be hosting for the second time,” she said."
    )

    second = _quotes(nlp, text)[-1]

    assert second.speaker == "Ellen Marsh"


def test_two_reports_of_one_witness_saying_different_things_are_not_called_the_same() -> None:
    story = "Gunfire at the Troy office\n\nA gunman opened fire in an office building in Troy.\n\n"
    left = story + (
        "Neighbour Luke Pigeon said he didn't hear a gunshot but saw a woman fleeing the "
        "building next door."
    )
    right = story + (
        "Neighbour Luke Pigeon said he didn't hear a gunshot but heard a commotion outside his "
        "window."
    )

    report = compared(left, right)

    assert not any(f.type is MentionType.QUOTE and "the same" in f.reason for f in report.findings)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will make no further payment on our loans," Karen Olson, head of Valley Dairy, '
            "notified the board on Aug. 1.",
            "Karen Olson",
        ),
        ('"The vote was rigged from the start," tweeted Senator Ray Burns.', "Senator Ray Burns"),
        ('"We will find whoever did this," vowed Police Chief Ann Berg.', "Police Chief Ann Berg"),
    ],
)
def test_less_common_verbs_of_saying_still_name_the_speaker(
    nlp: Any, text: str, speaker: str
) -> None:
    (quote,) = _quotes(nlp, text)

    assert quote.speaker == speaker


def test_a_reworded_quote_with_a_word_moved_is_one_change_not_a_word_left_out(nlp: Any) -> None:
    left = '"If I could give you more, I would," the judge told the court.'
    right = '"If there was any more I could give you, I would," the judge told the court.'

    (verdict,) = _verdicts(nlp, left, right)

    # The one change recasts the words in an existential frame: told differently, no misquote.
    assert verdict.kind is FindingKind.AGREE
    assert [
        (left[c.left.start : c.left.end], right[c.right.start : c.right.end])
        for c in verdict.changes
    ] == [("I could give you more", "there was any more I could give you")]


def test_he_said_points_back_past_a_mrs_and_a_possessive_to_the_man_who_spoke(nlp: Any) -> None:
    text = (
        "Mr Steele said the blaze was being treated as arson. Nobody knew whether Mrs Palin's "
        'ties to the church mattered. "It is hard to say at this point," he said.'
    )

    quote = _quotes(nlp, text)[-1]

    assert quote.direct and quote.speaker == "Mr Steele"


def test_one_source_named_more_fully_in_one_article_reports_the_same_in_one_voice() -> None:
    story = "Star enters rehab\n\nThe actress checked into a clinic in Malibu on Friday.\n\n"
    left = story + "TMZ reported that the actress had checked herself into the clinic on Friday."
    right = story + (
        "Celebrity website TMZ reported that the actress had checked herself into the clinic on "
        "Friday."
    )

    reasons = [f.reason for f in compared(left, right).findings if f.type is MentionType.QUOTE]

    assert reasons and all(r.startswith("Both report TMZ saying the same") for r in reasons)


def test_according_to_a_sergeant_reports_what_follows_the_name_not_the_name(nlp: Any) -> None:
    text = "According to Sgt. Mark Lee, the driver fled the scene on foot."

    (quote,) = extract_quotes(nlp(text))

    assert quote.speaker == "Sgt. Mark Lee"
    assert quote.text == "the driver fled the scene on foot"
