"""A journalist reads a letter quoted in one article: '"He has the integrity ... world esteem,"
Harold L. Child Jr., legal attache to the embassy in Japan, told Nixon in an April 1973 letter.'
The parser hangs the name on a noun inside the quote, yet the name right after the closing mark
is who speaks: the quote finding names him, so his name is not dropped without a mark; a quote
followed by no name ('"...," he told Nixon') is not given one."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import FindingKind, MentionType
from desktop.core.quoting.quotes import extract_quotes
from tests.factories import compare_stories

_QUOTE = (
    '"He has the integrity, the ability, the experience and the image to insure that our FBI '
    'will continue to deserve and maintain world esteem,"'
)
_LETTER = (
    f"{_QUOTE} Harold L. Child Jr., legal attache to the embassy in Japan and a 30-year FBI "
    "veteran, told Nixon in an April 1973 letter."
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline().nlp


def test_the_name_after_the_closing_mark_speaks_the_quote(nlp: Any) -> None:
    (quote,) = extract_quotes(nlp(_LETTER))
    assert quote.speaker == "Harold L. Child Jr."


def test_a_pronoun_after_the_closing_mark_names_no_one(nlp: Any) -> None:
    (quote,) = extract_quotes(nlp(f"{_QUOTE} he told Nixon in an April 1973 letter."))
    assert quote.speaker is None


def test_the_letter_only_one_article_quotes_shows_who_wrote_it() -> None:
    report = compare_stories(
        f"Mark Felt, the FBI official, has died at 95. Supporters wrote to Nixon. {_LETTER}",
        "Mark Felt, the FBI official, has died at 95. Supporters wrote to Nixon.",
    )
    quotes = [
        f
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type is MentionType.QUOTE
    ]
    assert any(s.text == "Harold L. Child Jr." for f in quotes for s in f.left)
