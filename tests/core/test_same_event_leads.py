"""Is it one event? What a report opens with weighs more than what it mentions in passing."""

from __future__ import annotations

import numpy as np

from desktop.core.alignment.embed import EmbeddingTable
from desktop.core.alignment.same_event import LEAD_SENTENCES, same_event_signals
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.facts import Fact
from desktop.core.model import Document, MentionType, Sentence

SHOOTING = [
    "Police said a gunman shot two.",
    "The gunman shot at police.",
    "Police shot the gunman.",
]
BAKERY = [
    "The bakery sold bread.",
    "Bread at the bakery sold out.",
    "The bakery said bread ran out.",
]
SAID = ["Police said so.", "They said more.", "Police said nothing else."]


def report(sentences: list[str], places: tuple[tuple[str, int], ...] = ()) -> Analysis:
    """An article of these sentences naming each (place, sentence number) given."""
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append(Sentence(start, start + len(sentence)))
        start += len(sentence) + 1
    facts = [
        Fact(0, 1, name, MentionType.PLACE, "GPE", at, key=f"place:{name.lower()}", value=name)
        for name, at in places
    ]
    return Analysis(
        document=Document(source="a.txt", text=text),
        sentences=spans,
        sentence_words=[[] for _ in spans],
        sentence_tokens=[[] for _ in spans],
        facts=facts,
        reference_date=None,
    )


def table() -> EmbeddingTable:
    """Three directions: shooting words, bakery words, and the words every story uses."""
    words = ["police", "shot", "gunman", "bakery", "bread", "sold", "said"]
    rows = np.array(
        [[100, 0, 0]] * 3 + [[0, 100, 0]] * 3 + [[0, 0, 100]],
        dtype=np.int8,
    )
    scales = np.full(len(words), 0.01, dtype=np.float32)
    return EmbeddingTable({w: i for i, w in enumerate(words)}, rows, scales)


def test_a_report_opening_with_the_same_shooting_is_closer_than_one_reusing_its_words_later() -> (
    None
):
    assert len(SHOOTING) == LEAD_SENTENCES  # the shooting is the whole lead
    shooting_then_bakery = report(SHOOTING + BAKERY)
    shooting_then_quotes = report(SHOOTING + SAID)
    bakery_then_shooting = report(BAKERY + SHOOTING)
    same_lead = same_event_signals(shooting_then_bakery, shooting_then_quotes, {}, [], table())
    same_words = same_event_signals(shooting_then_bakery, bakery_then_shooting, {}, [], table())
    # The bakery-first report uses exactly the same words, but tells a bakery story first.
    assert same_lead.meaning > same_words.meaning
