"""Two sentences telling one fact in other words, sharing only a figure or words rare in both
articles, are paired, so the fact inside them is compared rather than marked one-sided twice."""

from __future__ import annotations

import numpy as np

from desktop.core.alignment.align import (
    PAIR_THRESHOLD,
    align,
    blend,
    lexical_scores,
    meaning_scores,
    score_matrix,
)
from desktop.core.alignment.align_anchors import lift_anchored, rare_anchors, shared_once
from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document
from tests.factories import agreed_texts, compare_stories, untold_sentences

MARCH = (
    "Ferry services were halted and the harbour stood empty as tens of thousands of dock "
    "workers marched on the eve of a vote on the new port law. "
    "The minister said the law would pass easily."
)
WALKOUT = (
    "Police clashed with strikers in the capital as tens of thousands of people joined a "
    "one-day walkout. "
    "Parliament is expected to approve the bill."
)
FLOOD = (
    "A new doctor has opened a clinic in the fishing village of Port Elnor. "
    "The storm surge reached 4.7 metres at the old harbour wall, higher than the sea wall itself. "
    "The clinic will open on weekdays."
)
GAUGE = (
    "Port Elnor finally has a doctor of its own after a new clinic opened this week. "
    "Readings taken by the coastguard peaked at 4.7 metres before dawn. "
    "It is open from Monday to Friday."
)


def analyses(left: str, right: str) -> tuple[Analysis, Analysis]:
    docs = [Document(source="left.txt", text=left), Document(source="right.txt", text=right)]
    parsed = list(load_pipeline().nlp.pipe([nlp_view(d.text) for d in docs]))
    first, second = analyse(docs, parsed)
    return first, second


def words_and_meaning(left: Analysis, right: Analysis) -> np.ndarray:
    table = default_table()
    assert table is not None
    return blend(lexical_scores(left, right, {}), meaning_scores(left, right, table))


def test_a_crowd_counted_alike_in_two_differently_worded_sentences_is_agreed() -> None:
    report = compare_stories(MARCH, WALKOUT)
    assert ({"tens of thousands"}, {"tens of thousands"}) in agreed_texts(report)
    untold = untold_sentences(report)
    assert not any("tens of thousands" in sentence for sentence in untold)


def test_a_figure_each_article_gives_once_pairs_a_sentence_with_its_closest_partner() -> None:
    left, right = analyses(FLOOD, GAUGE)
    assert words_and_meaning(left, right)[1, 1] < PAIR_THRESHOLD
    scores = score_matrix(left, right, {})
    # The loosest kind of pair: whatever asks for a close pair does not read it as one.
    assert scores[1, 1] == np.float32(PAIR_THRESHOLD)
    assert (1, 1) in {(p.left, p.right) for p in align(scores)}


def test_one_rare_word_in_common_pairs_no_sentences() -> None:
    # "thousands" instead of "tens of thousands": one rare word shared, no figure.
    left, right = analyses(
        MARCH.replace("tens of thousands", "thousands"),
        WALKOUT.replace("tens of thousands", "thousands"),
    )
    assert rare_anchors(left, right).words[0, 0] == 1
    assert (0, 0) not in {(p.left, p.right) for p in align(score_matrix(left, right, {}))}


def test_a_figure_one_article_gives_twice_anchors_nothing() -> None:
    # The left gives 4.7 metres for last year's storm too: the figure no longer tells which
    # sentence the right's reading retells.
    again = FLOOD + " Last winter the water also reached 4.7 metres."
    left, right = analyses(again, GAUGE)
    assert rare_anchors(left, right).figures.sum() == 0
    assert (1, 1) not in {(p.left, p.right) for p in align(score_matrix(left, right, {}))}


def test_a_shared_figure_pairs_only_sentences_among_each_others_two_closest() -> None:
    left = [["flood", "4.7"], ["clinic", "open"], ["storm", "wall"]]
    anchors = shared_once(left, [["clinic", "open", "4.7"], ["flood", "wall"], ["storm"]])
    alone = np.array([[0.2, 0.1, 0.1], [0.8, 0.1, 0.1], [0.1, 0.1, 0.1]], dtype=np.float32)
    assert lift_anchored(alone, anchors, PAIR_THRESHOLD)[0, 0] == np.float32(PAIR_THRESHOLD)
    # Each sentence has two closer partners: the figure alone pairs nothing.
    elsewhere = np.array([[0.2, 0.25, 0.22], [0.8, 0.1, 0.1], [0.5, 0.1, 0.1]], dtype=np.float32)
    assert lift_anchored(elsewhere, anchors, PAIR_THRESHOLD)[0, 0] == np.float32(0.2)


def test_a_bare_whole_number_alone_anchors_nothing() -> None:
    # A week, a score, a day or a year: two articles give "17" about different things.
    left, right = analyses(
        "The team's best running back also sat out in Week 17. The coach was upset.",
        "He scored 17 points in the win. Fans cheered the coach.",
    )
    anchors = rare_anchors(left, right)
    assert (anchors.figures[0, 0], anchors.words[0, 0]) == (0, 1)


def test_a_name_of_two_words_is_one_anchor() -> None:
    left, right = analyses(
        "Fans in New Orleans waited for news of the quarterback.",
        "A reporter from New Orleans asked about the injury.",
    )
    assert rare_anchors(left, right).words[0, 0] == 1


def test_a_record_written_in_two_numbers_is_one_bare_figure() -> None:
    # "7-4" is one record, and a record is no precise figure: two clubs may share it.
    left, right = analyses(
        "The visitors, now 7-4 on the season, flew home on Monday.",
        "The Comets (7-4) play again on Friday.",
    )
    anchors = rare_anchors(left, right)
    assert (anchors.figures[0, 0], anchors.words[0, 0]) == (0, 1)
