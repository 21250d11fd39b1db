"""The indexes that spare passes a walk over every fact or every sentence give the very answers
the walks gave: a faster comparison must never be a different one."""

from __future__ import annotations

import mmap
import re

import numpy as np

from desktop.core.alignment import embed
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.model import Document

_TEXT = (
    "Quake kills 12 in Peru\n\n"
    "A magnitude 6.1 earthquake struck southern Peru on Sunday, killing 12 people, officials "
    "said. Rescuers in Arequipa searched for 30 missing residents until Monday night. "
    "President Pedro Castillo visited the town of Chala on Tuesday."
)


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def test_each_sentence_has_its_own_facts_in_the_order_the_article_gives_them() -> None:
    analysis = _analysis(_TEXT)
    assert len(analysis.sentences) >= 3
    for i in range(len(analysis.sentences)):
        assert facts_of(analysis, i) == [f for f in analysis.facts if f.sentence == i]
    assert {f.text for f in facts_of(analysis, 1)} >= {"6.1", "Sunday", "12"}
    assert facts_of(analysis, len(analysis.sentences) + 5) == []


def test_the_embedding_table_stays_mapped_from_disk_without_memmaps_lookup_cost() -> None:
    table = embed.default_table()
    assert table is not None
    assert type(table.vectors) is np.ndarray  # a row lookup is numpy's own, no Python hook
    base = table.vectors
    while isinstance(base, np.ndarray) and base.base is not None:
        base = base.base
    assert isinstance(base, mmap.mmap)  # still read from the file, page by page
    assert not table.vectors.flags.writeable


def test_close_partners_are_the_columns_each_row_would_find_itself() -> None:
    from desktop.core.findings import tuning
    from desktop.core.findings.sentences.statements import _close_partners

    floor = tuning.STATEMENT_ALONE
    scores = np.array(
        [[floor, floor - 0.01, 0.9], [0.0, 0.0, 0.0], [1.0, floor, 0.1]], dtype=np.float32
    )
    assert _close_partners(scores) == [[0, 2], [], [0, 1]]
    assert _close_partners(scores.T) == [[0, 2], [2], [0]]
    for matrix in (scores, scores.T):
        assert _close_partners(matrix) == [
            [int(j) for j in np.flatnonzero(row >= floor)] for row in matrix
        ]


def test_counts_of_times_read_once_per_sentence_are_never_shared_lists() -> None:
    from desktop.core.findings.counts.how_often import _counts_of_times, counts_of_times

    analysis = _analysis("The gunman shot him three times.\n\nPolice fired twice at the car.")
    for i in range(len(analysis.sentences)):
        first = counts_of_times(analysis, i)
        assert first == _counts_of_times(analysis, i)
        first.clear()  # a caller's own list: the next caller still gets every count
        assert counts_of_times(analysis, i) == _counts_of_times(analysis, i)
    # "fired twice at the car" is read as shooting, as "shot him" is
    # (core/events/police_wording.py).
    assert [t.verb for i in range(2) for t in counts_of_times(analysis, i)] == ["shoot", "shoot"]


def test_the_other_articles_sentences_sharing_a_word_are_found_in_their_order() -> None:
    from desktop.core.findings.sentences.statements import _Vocabularies

    sets = [
        frozenset({"police", "arrest", "driver"}),
        frozenset({"storm", "flood"}),
        frozenset({"driver", "flee", "scene"}),
        frozenset(),
        frozenset({"flee", "scene", "arrest", "nearby"}),
    ]
    theirs = _Vocabularies.of(sets)
    for words in ({"flee", "arrest"}, {"storm"}, {"nothing"}, set(), {"scene", "driver"}):
        assert theirs.sharing(words) == [j for j, v in enumerate(sets) if not v.isdisjoint(words)]
        assert theirs.any_holds_all(words) == any(words <= v for v in sets)
    assert theirs.sharing({"driver"}) == [0, 2]
    assert theirs.any_holds_all({"flee", "nearby"})
    assert not theirs.any_holds_all({"flee", "police"})


def test_a_month_opening_a_sentence_is_read_once_for_all_its_values() -> None:
    from datetime import date

    from desktop.core.datetimes.time_frames import _FRAMES_KEY, in_another_month

    nlp = load_pipeline().nlp
    doc = nlp("In March, a quake measuring 6.6 hit Varna, killing 300 people. It rained today.")
    figures = [doc.char_span(m.start(), m.end()) for m in re.finditer(r"6\.6|300", doc.text)]
    may = date(2024, 5, 2)
    assert [in_another_month(span, may) for span in figures] == [True, True]
    assert len(doc.user_data[_FRAMES_KEY]) == 1  # the second value found the frame read
    today = doc.char_span(doc.text.index("today"), doc.text.index("today") + 5)
    assert not in_another_month(today, may)
    assert not in_another_month(figures[0], date(2024, 3, 9))  # the page's own month
