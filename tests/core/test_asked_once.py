"""Stories: what many passes ask of one article is read once and kept: the rare words two related
sentences share (shared details, then shared phrases) and where each fact stands (page furniture,
questions, labels); the kept answers are the very ones a fresh reading gives."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from desktop.core.alignment.align import align, score_matrix
from desktop.core.findings.sentences import sentence_details
from tests.core.test_embeddings import analyses

_LEFT = (
    "The gunmen took the guards' weapons before dawn on Sunday, officials said.\n\n"
    "The mayor praised the firefighters who battled the blaze at the old warehouse."
)
_RIGHT = (
    "According to a spokesman for the interior ministry, the attackers also carried off radios, "
    "a truck and the weapons of two guards from the compound.\n\n"
    "Residents said smoke from the warehouse could be seen across the river long after the fire "
    "crews had left the scene."
)


def test_each_articles_index_of_rare_words_is_built_once_for_every_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left, right = analyses(_LEFT, _RIGHT)
    scores = score_matrix(left, right, {})
    pairs = align(scores)
    built: list[Any] = []
    index = sentence_details._content_index

    def counted(analysis: Any) -> Any:
        built.append(analysis)
        return index(analysis)

    monkeypatch.setattr(sentence_details, "_content_index", counted)
    first = sentence_details.detail_pairs(left, right, pairs, scores)
    again = sentence_details.detail_pairs(left, right, pairs, np.asarray(scores))
    assert first, "the guards' weapons are a detail both related sentences give"
    assert again == first
    assert len(built) == 2 and built[0] is left and built[1] is right


_PAGE = (
    "Four people were hurt in the fire at Apartment 204 on Monday, police said.\n\n"
    "Anyone with information can call 713-222-TIPS. Copyright 2016 The Associated Press."
)


def test_where_each_fact_stands_is_read_once_however_many_passes_ask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.core.findings.bookkeeping import claimable as claimable_module

    left, _ = analyses(_PAGE, _RIGHT)
    read: list[Any] = []
    stands = claimable_module._stands

    def counted(fact: Any, *rest: Any) -> Any:
        read.append(fact)
        return stands(fact, *rest)

    monkeypatch.setattr(claimable_module, "_stands", counted)
    first = claimable_module.claimable(left)
    assert len(read) == len(left.facts)
    assert claimable_module.claimable(left) == first
    assert len(read) == len(left.facts), "the second pass reads the kept places"
    kept = {f.text for f in first}
    assert "Four" in kept and "2016" not in kept, "a copyright year dates the page, not the fire"


def test_a_figure_a_pass_reads_anew_is_judged_by_its_new_number() -> None:
    from desktop.core.findings.bookkeeping.claimable import claimable

    left, _ = analyses(_PAGE, _RIGHT)
    label = next(f for f in left.facts if f.text == "204")
    number = label.number
    assert number is not None and label not in claimable(left), "Apartment 204 counts nothing"
    label.number = None  # as a pass that reads the numeral as no figure at all
    assert label in claimable(left)
    label.number = number
    assert label not in claimable(left)
