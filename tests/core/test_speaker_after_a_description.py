"""A quote's speaker named after it, with who she is set off by commas before the verb of
saying: the description, however long, does not push "told" out of the attribution's reach."""

from typing import Any

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.quoting.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline().nlp


def test_a_long_description_of_the_speaker_keeps_her_the_speaker(nlp: Any) -> None:
    text = (
        '"I attach hopes for the better to these elections, especially for our children," '
        "Valentina Redzhepova, an official at one of the capital's busy voting precincts, told AFP."
    )
    [quote] = extract_quotes(nlp(text))
    assert quote.speaker == "Valentina Redzhepova"


def test_a_verb_of_saying_in_the_next_clause_is_not_the_attribution(nlp: Any) -> None:
    text = (
        '"We will rebuild the school before the winter comes," the mayor of the small mountain '
        "town in the north of the country promised, and the governor later said so too."
    )
    [quote] = extract_quotes(nlp(text))
    assert quote.speaker is None or "governor" not in quote.speaker


def test_a_long_subject_before_told_keeps_its_name_the_speaker(nlp: Any) -> None:
    text = (
        '"By nightfall all those who need tents will be provided with one," the head of the '
        "provincial natural disaster service, Massoud Dalman, told the television."
    )
    [quote] = extract_quotes(nlp(text))
    assert quote.speaker == "Massoud Dalman"
