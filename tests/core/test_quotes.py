"""Quotes by speaker: who is quoted saying what, and whether the two articles agree on it."""

import dataclasses
from typing import Any

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import FindingKind, Quote, Side, TextRange
from desktop.core.quoting.quote_compare import (
    QuoteIssue,
    Sameness,
    compare_quotes,
    speaker_sameness,
)
from desktop.core.quoting.quotes import extract_quotes, quoted_stretches


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline().nlp


def _quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(nlp(text))


def _hand_quote(text: str, words: str, speaker: str | None) -> Quote:
    """A direct quote of ``words`` inside ``text``, as the extractor would return it."""
    start = text.index(words)
    piece = TextRange(start, start + len(words))
    where = text.index(speaker) if speaker else None
    return Quote(
        None,
        piece.start,
        piece.end,
        words,
        speaker,
        where,
        where + len(speaker) if speaker and where is not None else None,
        (piece,),
    )


# --- extraction -----------------------------------------------------------------------------


def test_a_quote_split_by_he_said_is_one_quote_in_two_pieces(nlp: Any) -> None:
    text = '"We will rebuild," the mayor said, "and we will do it fast."'
    (quote,) = _quotes(nlp, text)

    assert quote.text == "We will rebuild, and we will do it fast."
    assert len(quote.pieces) == 2
    assert quote.speaker == "the mayor"
    assert text[quote.speaker_start : quote.speaker_end] == "the mayor"


def test_curly_quotes_and_a_speaker_introduced_before_the_quote(nlp: Any) -> None:
    text = "A spokesman for the police told reporters: “We have arrested two men over the attack.”"
    (quote,) = _quotes(nlp, text)

    assert quote.text == "We have arrested two men over the attack."
    assert quote.speaker == "A spokesman for the police"


def test_he_resolves_to_the_named_person_before_him_and_carries_to_his_next_quote(nlp: Any) -> None:
    text = (
        'Mayor John Smith visited the site. "It was terrible, truly terrible," he said. '
        '"Nobody expected this to happen in our town."'
    )
    first, second = _quotes(nlp, text)

    assert first.speaker == "John Smith"
    assert text[first.speaker_start : first.speaker_end] == "John Smith"
    assert second.text == "Nobody expected this to happen in our town."
    assert second.speaker == "John Smith"
    assert first.inferred and second.inferred  # a guess, shown as such, never proof of a misquote


def test_titles_in_quotation_marks_are_not_quotes(nlp: Any) -> None:
    assert _quotes(nlp, 'She starred in "American Pie" and in "Scrubs" for years.') == []


def test_reported_speech_and_according_to_name_their_source(nlp: Any) -> None:
    text = (
        "A police spokesman said the suspect had fled the scene on foot.\n"
        "According to the fire department, three people died in the blaze."
    )
    said, according = _quotes(nlp, text)

    assert not said.direct and said.text == "the suspect had fled the scene on foot"
    assert said.speaker == "A police spokesman"
    assert according.text == "three people died in the blaze"
    assert according.speaker == "the fire department"


def test_a_stray_quotation_mark_does_not_swallow_the_paragraph() -> None:
    text = "He appeared on \"Scrubs, ' ' has entered a clinic in Malibu.\nShe said nothing more."
    assert quoted_stretches(text) == []


def test_a_quote_of_two_sentences_on_two_lines_is_one_stretch() -> None:
    text = (
        'Heller said: "She is in rehab right now.\nNothing bad is going to happen to her."\nNext.'
    )
    (stretch,) = quoted_stretches(text)
    assert text[stretch.start : stretch.end] == (
        "She is in rehab right now.\nNothing bad is going to happen to her."
    )


def test_a_quote_running_over_two_paragraphs_keeps_both() -> None:
    text = '"The first paragraph of the quote\n"and the second one," she said.'
    assert [text[r.start : r.end] for r in quoted_stretches(text)] == [
        "The first paragraph of the quote",
        "and the second one,",
    ]


# --- speakers -------------------------------------------------------------------------------


def test_the_same_surname_or_role_is_the_same_speaker() -> None:
    assert speaker_sameness("Mayor John Smith", "Smith") is Sameness.SAME
    assert speaker_sameness("a police spokesman", "the police spokesman") is Sameness.SAME
    assert speaker_sameness("the spokesman", "a police spokesman") is Sameness.SAME
    assert speaker_sameness("John Smith", "Mary Jones") is Sameness.DIFFERENT
    assert speaker_sameness("a police spokesman", "a fire chief") is Sameness.DIFFERENT
    assert speaker_sameness("John Smith", "a police spokesman") is Sameness.UNKNOWN
    assert speaker_sameness(None, "John Smith") is Sameness.UNKNOWN


# --- comparison -----------------------------------------------------------------------------

LEFT = 'Officials met on Monday. "We will rebuild every school by the spring," said John Smith.'


def _compare(right_text: str, right_words: str, right_speaker: str | None) -> list[Any]:
    left = [_hand_quote(LEFT, "We will rebuild every school by the spring,", "John Smith")]
    right = [_hand_quote(right_text, right_words, right_speaker)]
    return compare_quotes(left, right, LEFT, right_text)


def test_the_same_words_from_the_same_speaker_agree_despite_punctuation_and_case() -> None:
    right = '"we will rebuild every school by the spring" Mr Smith said.'
    (verdict,) = _compare(right, "we will rebuild every school by the spring", "Mr Smith")

    assert verdict.kind is FindingKind.AGREE
    assert verdict.changes == ()


def test_a_quote_cut_with_an_ellipsis_still_agrees() -> None:
    right = '"We will rebuild ... by the spring," Smith said.'
    (verdict,) = _compare(right, "We will rebuild ... by the spring,", "Smith")

    assert verdict.kind is FindingKind.AGREE


def test_a_quote_with_one_word_changed_is_a_misquote_with_the_word_marked() -> None:
    right = '"We will rebuild every hospital by the spring," Smith said.'
    (verdict,) = _compare(right, "We will rebuild every hospital by the spring,", "Smith")

    assert verdict.kind is FindingKind.CONFLICT
    assert verdict.issue is QuoteIssue.WORDING
    assert "differs" in verdict.reason
    (change,) = verdict.changes
    assert LEFT[change.left.start : change.left.end] == "school"
    assert right[change.right.start : change.right.end] == "hospital"


def test_a_dropped_word_inside_a_quote_is_a_misquote() -> None:
    right = '"We will rebuild school by the spring," Smith said.'
    (verdict,) = _compare(right, "We will rebuild school by the spring,", "Smith")

    assert verdict.kind is FindingKind.CONFLICT
    (change,) = verdict.changes
    assert LEFT[change.left.start : change.left.end] == "every"
    assert change.right.start == change.right.end  # nothing in its place on the right


def test_a_dropped_the_inside_a_quote_is_the_same_words_told_a_little_differently() -> None:
    right = '"We will rebuild every school by spring," Smith said.'
    (verdict,) = _compare(right, "We will rebuild every school by spring,", "Smith")

    assert verdict.kind is FindingKind.AGREE
    assert verdict.issue is QuoteIssue.RETOLD
    (change,) = verdict.changes
    assert LEFT[change.left.start : change.left.end] == "the"


def test_a_quote_in_another_tense_and_word_order_is_told_differently_not_misquoted() -> None:
    # One outlet transcribes the teenager's words as spoken, the other tidies them.
    left = '"I thought I was gonna probably die," said Dion Carver, 17.'
    right = 'Carver said: "I thought I am probably going to die."'
    verdicts = compare_quotes(
        [_hand_quote(left, "I thought I was gonna probably die,", "Dion Carver")],
        [_hand_quote(right, "I thought I am probably going to die.", "Carver")],
        left,
        right,
    )

    (verdict,) = verdicts
    assert verdict.kind is FindingKind.AGREE
    assert verdict.issue is QuoteIssue.RETOLD


def test_a_quote_that_loses_its_not_is_still_a_misquote() -> None:
    right = '"We will not rebuild every school by the spring," Smith said.'
    (verdict,) = _compare(right, "We will not rebuild every school by the spring,", "Smith")

    assert verdict.kind is FindingKind.CONFLICT
    assert verdict.issue is QuoteIssue.WORDING


def test_a_promise_turned_into_a_maybe_is_still_a_misquote() -> None:
    right = '"We would rebuild every school by the spring," Smith said.'
    (verdict,) = _compare(right, "We would rebuild every school by the spring,", "Smith")

    assert verdict.kind is FindingKind.CONFLICT


def test_the_same_words_from_another_speaker_is_a_misattribution() -> None:
    right = 'Mary Jones, the governor, said: "We will rebuild every school by the spring."'
    (verdict,) = _compare(right, "We will rebuild every school by the spring.", "Mary Jones")

    assert verdict.kind is FindingKind.CONFLICT
    assert verdict.issue is QuoteIssue.SPEAKER
    assert verdict.reason == "attributed to John Smith on the left and to Mary Jones on the right"


def test_a_quote_only_one_article_has_is_one_sided() -> None:
    right = '"The weather made the search slow and dangerous," a rescuer said.'
    verdicts = _compare(right, "The weather made the search slow and dangerous,", "a rescuer")

    assert [v.kind for v in verdicts] == [FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY]
    assert verdicts[0].left is not None and verdicts[1].right is not None


def test_reported_speech_matching_a_direct_quote_is_not_a_misquote() -> None:
    right = "Smith said they will rebuild every school by the spring."
    reported = _hand_quote(right, "they will rebuild every school by the spring", "Smith")
    left = [_hand_quote(LEFT, "We will rebuild every school by the spring,", "John Smith")]
    indirect = Quote(
        Side.RIGHT,
        reported.start,
        reported.end,
        reported.text,
        reported.speaker,
        reported.speaker_start,
        reported.speaker_end,
        reported.pieces,
        direct=False,
    )
    (verdict,) = compare_quotes(left, [indirect], LEFT, right)

    assert verdict.kind is FindingKind.AGREE


def test_a_speaker_only_guessed_from_a_pronoun_or_the_quote_before_never_makes_a_misattribution() -> (
    None
):
    right = 'Mary Jones spoke first. "We will rebuild every school by the spring."'
    guessed = dataclasses.replace(
        _hand_quote(right, "We will rebuild every school by the spring.", "Mary Jones"),
        inferred=True,
    )
    left = [_hand_quote(LEFT, "We will rebuild every school by the spring,", "John Smith")]
    (verdict,) = compare_quotes(left, [guessed], LEFT, right)

    assert verdict.kind is FindingKind.AGREE


def test_she_said_resolves_to_the_last_speaker_not_an_earlier_name(nlp: Any) -> None:
    text = (
        "Governor Tom Clark toured Springfield on Monday. Resident Anna Berg said she had lost "
        'her roof in the storm. "I have nothing left, nothing at all," she said.'
    )
    quote = next(q for q in _quotes(nlp, text) if q.direct)

    assert quote.speaker is not None and quote.speaker.endswith("Anna Berg")


def test_a_title_and_force_around_one_name_is_still_the_same_speaker() -> None:
    left = "Lt. Gregg Hastings of the Oregon State Police"
    assert speaker_sameness(left, "Oregon State Police Lt. Gregg Hastings") is Sameness.SAME
    assert speaker_sameness(left, "Capt. Tom Tennant") is Sameness.DIFFERENT


def test_two_sources_reporting_the_same_claim_corroborate_it_and_are_not_a_misattribution() -> None:
    left_text = "Chief Owen says the building is a total loss after the night's fire."
    right_text = "The building is a total loss, according to Mayor Ann Palmer."

    def reported(text: str, claim: str, speaker: str) -> Quote:
        return dataclasses.replace(_hand_quote(text, claim, speaker), direct=False)

    verdicts = compare_quotes(
        [reported(left_text, "the building is a total loss", "Chief Owen")],
        [reported(right_text, "The building is a total loss", "Mayor Ann Palmer")],
        left_text,
        right_text,
    )

    (verdict,) = verdicts
    assert verdict.kind is FindingKind.AGREE  # one claim, two sources: corroboration, no conflict
    assert verdict.issue is None


def test_a_word_changed_beside_an_ellipsis_both_quotes_keep_is_still_a_misquote() -> None:
    left_text = '"The store will be rebuilt ... we will know more soon," the owner said.'
    right_text = '"The store will be rebuilt ... they will know more soon," the owner said.'
    left = _hand_quote(
        left_text, "The store will be rebuilt ... we will know more soon,", "the owner"
    )
    right = _hand_quote(
        right_text, "The store will be rebuilt ... they will know more soon,", "the owner"
    )

    (verdict,) = compare_quotes([left], [right], left_text, right_text)

    assert verdict.issue is QuoteIssue.WORDING
    (change,) = verdict.changes
    assert right_text[change.right.start : change.right.end] == "they"


def test_the_speaker_is_never_a_word_inside_the_quotation_marks(nlp: Any) -> None:
    # A garbled quote (a verb lost in editing) can lead the parser to take its subject for the
    # speaker; the speaker is named outside the marks.
    text = (
        '"The suspect, a 61-year-old man, never the business, which had at least a dozen people '
        'inside enjoying a Christmas party," police said in a statement.'
    )
    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "police"


def test_a_rank_with_a_full_stop_keeps_the_name_that_follows_it_as_the_speaker(nlp: Any) -> None:
    text = '"He is dangerous," said Oregon State Police Lt. Ann Hale.'

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Oregon State Police Lt. Ann Hale"
    assert text[quote.speaker_start : quote.speaker_end] == quote.speaker


def test_a_role_too_long_to_quote_gives_way_to_the_name_it_gives(nlp: Any) -> None:
    text = (
        "The head of the million-member private sector union, Giannis Lakis, said: "
        '"Working people have been called to make sacrifices while the rich pay nothing."'
    )

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Giannis Lakis"


def test_a_speaker_saying_something_while_doing_another_is_the_subject_of_the_deed(
    nlp: Any,
) -> None:
    text = (
        "Prime minister George Andreou condemned the killings, saying: "
        '"A demonstration is one thing and murder is quite another."'
    )

    (quote,) = _quotes(nlp, text)

    assert quote.speaker == "Prime minister George Andreou"


def test_a_quote_transcribed_as_spoken_agrees_with_the_same_quote_spelled_out() -> None:
    left_text = '"Mya is gonna be fine, that is all we know," Smith said.'
    right_text = "\"Mya's going to be fine, that's all we know,\" Smith said."
    left = [_hand_quote(left_text, "Mya is gonna be fine, that is all we know,", "Smith")]
    right = [_hand_quote(right_text, "Mya's going to be fine, that's all we know,", "Smith")]

    (verdict,) = compare_quotes(left, right, left_text, right_text)

    assert verdict.kind is FindingKind.AGREE


def test_a_spoken_form_beside_a_changed_word_is_still_a_misquote_on_that_word() -> None:
    left_text = '"We are gonna rebuild every school," Smith said.'
    right_text = '"We are going to rebuild every hospital," Smith said.'
    left = [_hand_quote(left_text, "We are gonna rebuild every school,", "Smith")]
    right = [_hand_quote(right_text, "We are going to rebuild every hospital,", "Smith")]

    (verdict,) = compare_quotes(left, right, left_text, right_text)

    assert verdict.kind is FindingKind.CONFLICT
    (change,) = verdict.changes
    assert left_text[change.left.start : change.left.end] == "school"


def test_two_countries_defence_ministries_are_two_speakers_not_one() -> None:
    from desktop.core.quoting.quote_table import speaker_key

    russian, azeri = "The Russian Defense Ministry", "Azerbaijan's Defense Ministry"

    assert speaker_sameness(russian, azeri) is Sameness.DIFFERENT
    assert speaker_key(russian) != speaker_key(azeri)
    assert speaker_sameness(russian, "Russia's Defense Ministry") is Sameness.SAME
    assert speaker_key(russian) == speaker_key("Russia's Defense Ministry")
    assert speaker_sameness("the Oregon State Police", "State Police") is Sameness.SAME


def test_a_figure_in_digits_in_one_quote_and_in_words_in_the_other_is_the_same_quote() -> None:
    left = '"Three men walked in with rifles," said Ana Ruiz.'
    right = 'Ruiz said: "3 men walked in with rifles."'
    (verdict,) = compare_quotes(
        [_hand_quote(left, "Three men walked in with rifles,", "Ana Ruiz")],
        [_hand_quote(right, "3 men walked in with rifles.", "Ruiz")],
        left,
        right,
    )

    assert verdict.kind is FindingKind.AGREE
    assert verdict.issue is QuoteIssue.RETOLD
