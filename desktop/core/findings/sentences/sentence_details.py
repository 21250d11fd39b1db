"""Details two related sentences share in other words ("took the officers' weapons" / "stole
their weapons"): the related sentence pairs and the rare words they share (detail_pairs), shown
as agreements (shared_details), and read as partners that tell a sentence in part
(told_in_details), which statements.py weighs before marking a sentence one-sided."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import finding
from desktop.core.findings.sentences.scene_clauses import main_clause
from desktop.core.lexicon import DETAIL_IGNORE, GENERIC_SLOT_WORDS
from desktop.core.model import Finding, FindingKind, MentionType, Span

_ContentIndex = dict[str, list[tuple[int, Token]]]  # content word -> (sentence, token)


def shared_details(
    left: Analysis, right: Analysis, details: Sequence[Detail], scores: np.ndarray
) -> list[Finding]:
    """Details two related sentences share in other words: "took the officers' weapons" and
    "stole their weapons" both speak of the guards' weapons.

    Only rare words count (a word in many sentences says little), names are left to the name
    findings, and sentence pairs already shown as one corroborated statement are skipped.
    ``details``: detail_pairs of the comparison, read once for this and told_in_details.
    """
    findings = []
    for (i, j), words in details:
        score = float(scores[i, j])
        left_spans = word_spans(left, i, words)
        right_spans = word_spans(right, j, words)
        if not left_spans or not right_spans:
            continue
        findings.append(
            detail_finding(
                left_spans, right_spans, "Related sentences share these words", score, len(words)
            )
        )
    return findings


def detail_finding(
    left_spans: list[Span], right_spans: list[Span], opening: str, score: float, words: int
) -> Finding:
    """Words two related sentences share, shown as one agreement: the surer, the more alike the
    sentences and the more words they share."""
    shown = ", ".join(repr(s.text) for s in left_spans[:4])
    return finding(
        FindingKind.AGREE,
        MentionType.STATEMENT,
        left_spans,
        right_spans,
        f"{opening}: {shown}.",
        min(0.9, score + 0.1 * words),
    )


def told_in_details(
    left: Analysis, right: Analysis, details: Sequence[Detail]
) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Per side, sentence -> the other side's sentences sharing DETAIL_TOLD_WORDS rare words with
    it ("hurled petrol bombs" / "threw a petrol bomb"; "tweaked the same left ankle" / "his left
    ankle"). Such a partner tells the sentence in part, as a close one does: only a clause it
    never tells may stay one-sided. ``details``: detail_pairs of the comparison."""
    told: tuple[dict[int, set[int]], dict[int, set[int]]] = (defaultdict(set), defaultdict(set))
    for (i, j), words in details:
        if sum(len(word.split()) for word in words) >= tuning.DETAIL_TOLD_WORDS:
            # Words shared only in the adjunct that sets a sentence's scene tell the scene,
            # not what its main clause says (scene_clauses).
            if _in_main_clause(left, i, words):
                told[0][i].add(j)
            if _in_main_clause(right, j, words):
                told[1][j].add(i)
    return told


def _in_main_clause(analysis: Analysis, i: int, words: set[str]) -> bool:
    start, end = main_clause(analysis, i)
    return any(t.content in words and start <= t.start < end for t in analysis.sentence_tokens[i])


# A related sentence pair (left, right) and the rare words the two share.
Detail = tuple[tuple[int, int], set[str]]


def detail_pairs(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], scores: np.ndarray
) -> list[Detail]:
    """Related sentence pairs (not shown as one statement) and the rare words they share."""
    # Asked twice per pair (shared details, shared phrases): each article's index is built once.
    left_index = left.derived("sentence_details.content_index", _content_index)
    right_index = right.derived("sentence_details.content_index", _content_index)
    shared = {
        word
        for word in left_index.keys() & right_index.keys()
        if len({i for i, _ in left_index[word]}) <= 3
        and len({j for j, _ in right_index[word]}) <= 3
    }
    whole = {(p.left, p.right) for p in pairs if p.score >= tuning.STATEMENT_AGREE}
    per_pair: dict[tuple[int, int], set[str]] = defaultdict(set)
    for word in shared:
        for i, _ in left_index[word]:
            for j, _ in right_index[word]:
                per_pair[(i, j)].add(word)
    out = []
    for (i, j), words in sorted(per_pair.items()):
        score = float(scores[i, j]) if scores.size else 0.0
        if (
            (i, j) in whole
            or score < tuning.DETAIL_MIN_SCORE
            or (len(words) < 2 and score < tuning.DETAIL_ONE_WORD)
        ):
            continue
        out.append(((i, j), words))
    return out


def _content_index(analysis: Analysis) -> _ContentIndex:
    """Content word -> (sentence, token) for words outside any name or figure (the facts' places
    and the tokens never change after analyse: kept by ``Analysis.derived``)."""
    inside = bytearray(len(analysis.document.text) + 1)
    for fact in analysis.facts:
        inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    index: _ContentIndex = defaultdict(list)
    for i, tokens in enumerate(analysis.sentence_tokens):
        for token in tokens:
            word = token.content
            if len(word) < 4 or word in DETAIL_IGNORE or word in GENERIC_SLOT_WORDS:
                continue
            if inside[token.start]:
                continue
            index[word].append((i, token))
    return index


def word_spans(analysis: Analysis, sentence: int, words: set[str]) -> list[Span]:
    """The shared words of one sentence, neighbours merged into phrases ("life sentence")."""
    text = analysis.document.text
    spans: list[Span] = []
    for token in analysis.sentence_tokens[sentence]:
        if token.content not in words:
            continue
        if spans and text[spans[-1].end : token.start].strip() == "":
            start = spans[-1].start
            spans[-1] = Span(start, token.end, text[start : token.end])
        else:
            spans.append(Span(token.start, token.end, text[token.start : token.end]))
    return spans
