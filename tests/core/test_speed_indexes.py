"""The indexes that spare passes a walk over every fact or every sentence give the very answers
the walks gave: a faster comparison must never be a different one."""

from __future__ import annotations

import mmap

import numpy as np

from desktop.core import embed
from desktop.core.extract import Analysis, analyse, nlp_view
from desktop.core.findings.sentence_facts import facts_of
from desktop.core.model import Document
from desktop.core.pipeline import load_pipeline

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
