"""Where sentences end, as a reader sees it: a title's full stop is not the end of a sentence."""

from __future__ import annotations

import pytest

from desktop.core.extraction.pipeline import load_pipeline


@pytest.mark.parametrize(
    "text",
    [
        "According to Sgt. Mark Lee, the driver fled the scene.",
        '"He is dangerous," said Oregon State Police Lt. Ann Hale.',
        "Gov. Jerry Brown declared a state of emergency on Tuesday.",
    ],
)
def test_a_rank_or_title_with_a_full_stop_keeps_its_name_in_the_sentence(text: str) -> None:
    doc = load_pipeline().nlp(text)

    assert [s.text for s in doc.sents] == [text]


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    doc = load_pipeline().nlp("The suspect was shot by an officer. Police said he survived.")

    assert len(list(doc.sents)) == 2
