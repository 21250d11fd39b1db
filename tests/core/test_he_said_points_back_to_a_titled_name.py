"""'"...," he said' points back to the person who spoke last: a name after a title ("Qeshm island
governor Heydar Alishbandi told AFP") is a person's even when the tagger types it a building,
so "he" is the governor, not the speaker of an earlier quote. A body that spoke ("the Red
Crescent told AFP") is no "he"."""

from typing import Any

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.quoting.quotes import extract_quotes

EARLIER = (
    '"All those who need tents will be provided with one," the head of the disaster service, '
    "Massoud Dalman, told the television.\n"
)
LATER = '"Around 1,000 people are housed temporarily in tents," he said.\n'


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline().nlp


def test_he_said_after_a_titled_governor_is_the_governor(nlp: Any) -> None:
    text = (
        EARLIER + "Qeshm island governor Heydar Alishbandi told AFP that a total of 10 people "
        "had been killed.\n" + LATER
    )
    quote = next(q for q in extract_quotes(nlp(text)) if q.text.startswith("Around"))
    assert quote.speaker is not None and "Alishbandi" in quote.speaker


def test_he_said_after_a_body_is_not_the_body(nlp: Any) -> None:
    text = (
        EARLIER + "The Red Crescent told AFP that a total of 10 people had been killed.\n" + LATER
    )
    quote = next(q for q in extract_quotes(nlp(text)) if q.text.startswith("Around"))
    assert quote.speaker is None or "Crescent" not in quote.speaker
