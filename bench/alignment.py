"""Sentence alignment with and without the embedding signal, on ECB+ event chains and gold findings.

ECB+ annotates which mentions of actions ("fired", "dismissal") refer to the same event across
articles. Two sentences of two articles about one event that mention the same event (share a
cross-document ACTION chain) should be paired; their wording often differs, by the corpus's design.
For pairs of articles about the same event (up to 4 per sub-topic), among annotated sentences:

* recall: some sentence sharing an event is among a left sentence's aligned partners (``align``);
  "reworded": the same, counted only where words and names alone score under PAIR_THRESHOLD;
* precision: aligned pairs whose sentences share any cross-document chain (event, person, place,
  time); event precision: those that share an event;
* same-event AUC of the aligned coverage (``summary``'s input) against articles about the other,
  similar event of the topic, and aligned pairs per sentence between such look-alike articles:
  the embedding must not make look-alike events align.

Plus, on ``dev_findings.jsonl``: the share of gold agree/conflict lines whose two sentences align.
Weights are tuned on the odd topics and reported on the even ones; both are printed. Articles are
analysed one at a time (labels voted within an article), which the alignment does not depend on.
Run from the repository root:
``python -m bench.alignment [--weights 0.2,0.3] [--floors 0.35,0.4] [--fulls 0.8] [--meaning soft]
[--exclude 12_ecb,13_ecbplus]`` (``--meaning soft``: BERTScore-style soft word matching,
``bench/soft_match.py``, instead of the app's mean-vector cosine; measured in docs/embeddings.md,
not shipped; ``--exclude``: leave sub-topics out, as the team keeps those of its check sets unread
by every tuner; the odd topics hold some of them).
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from bench.common import found_corpus, load_pipeline, read_jsonl
from bench.soft_match import candidate_pairs, soft_match_scores
from desktop.core.alignment.align import (
    EMBEDDING_FLOOR,
    EMBEDDING_FULL,
    EMBEDDING_WEIGHT,
    PAIR_THRESHOLD,
    align,
    blend,
    coverage,
    lexical_scores,
    sentence_texts,
)
from desktop.core.alignment.align_anchors import Anchors, lift_anchored, rare_anchors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.model import Document
from desktop.core.naming.link import link_names

PAIRS_PER_SUBTOPIC = 4
CROSS_PAIRS_PER_TOPIC = 4
COVERAGE_FLOOR = 0.35  # summary.same_event_score's floor
SHIPPED = (EMBEDDING_WEIGHT, EMBEDDING_FLOOR, EMBEDDING_FULL)
Scoring = Callable[[np.ndarray, np.ndarray], np.ndarray]


@dataclass
class PairScores:
    topic: int
    same_event: bool
    lexical: np.ndarray
    meaning: np.ndarray
    gold_event: set[tuple[int, int]]  # sentence pairs sharing a cross-document ACTION chain
    gold_any: set[tuple[int, int]]  # sentence pairs sharing any cross-document chain
    annotated: tuple[set[int], set[int]]
    n: tuple[int, int]
    anchors: Anchors  # rare words and figures each sentence pair shares (align_anchors)


MEANINGS = ("mean", "soft")


def meaning_of(left: Analysis, right: Analysis, table: EmbeddingTable, kind: str) -> np.ndarray:
    """The meaning matrix: the app's mean-vector cosine, or soft word matching (bench only)."""
    a, b = sentence_texts(left), sentence_texts(right)
    if kind == "soft":
        return soft_match_scores(a, b, table, candidate_pairs(a, b, table))
    return table.sentence_vectors(a) @ table.sentence_vectors(b).T


def sentence_chains(article: dict[str, Any], analysis: Analysis) -> dict[int, set[tuple[str, str]]]:
    """Analysis sentence index -> {(class, chain)} of the cross-document mentions inside it."""
    starts = [s.start for s in analysis.sentences]
    out: dict[int, set[tuple[str, str]]] = defaultdict(set)
    coref = set(article["coref_sentences"])
    for entity in article["entities"]:
        if entity["chain_scope"] != "cross_doc" or entity["sentence"] not in coref:
            continue
        index = bisect.bisect_right(starts, entity["start"]) - 1
        if index >= 0:
            kind = "event" if entity["class"] in ("ACTION", "NEG_ACTION") else "other"
            out[index].add((kind, entity["chain"]))
    return out


def annotated_sentences(article: dict[str, Any], analysis: Analysis) -> set[int]:
    starts = [s.start for s in analysis.sentences]
    spans = {n: (a, b) for a, b, n in article["sentences"]}
    out: set[int] = set()
    for n in article["coref_sentences"]:
        a, b = spans[n]
        first = max(0, bisect.bisect_right(starts, a) - 1)
        last = bisect.bisect_left(starts, b)
        out.update(range(first, max(first + 1, last)))
    return out


def pair_scores(
    left: tuple[dict[str, Any], Analysis],
    right: tuple[dict[str, Any], Analysis],
    same: bool,
    meaning_kind: str = "mean",
) -> PairScores:
    (la, lan), (ra, ran) = left, right
    links = link_names(lan.facts, ran.facts)
    lexical = lexical_scores(lan, ran, links)
    table = default_table()
    assert table is not None, "the embedding table is missing: run tools/distill_embeddings.py"
    meaning = meaning_of(lan, ran, table, meaning_kind)
    lc, rc = sentence_chains(la, lan), sentence_chains(ra, ran)
    gold_event, gold_any = set(), set()
    for i, j in itertools.product(lc, rc):
        shared = lc[i] & rc[j]
        if shared:
            gold_any.add((i, j))
        if any(kind == "event" for kind, _ in shared):
            gold_event.add((i, j))
    return PairScores(
        int(la["topic"]),
        same,
        lexical,
        meaning,
        gold_event,
        gold_any,
        (annotated_sentences(la, lan), annotated_sentences(ra, ran)),
        (len(lan.sentences), len(ran.sentences)),
        rare_anchors(lan, ran),
    )


def kept_articles(
    articles: Iterable[dict[str, Any]], exclude: frozenset[str]
) -> list[dict[str, Any]]:
    """The articles outside the excluded sub-topics."""
    return [a for a in articles if a["subtopic"] not in exclude]


def build_pairs(articles: list[dict[str, Any]], meaning_kind: str = "mean") -> list[PairScores]:
    by_subtopic: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        by_subtopic[article["subtopic"]].append(article)
    for group in by_subtopic.values():
        group.sort(key=lambda a: a["id"])
    wanted: list[tuple[dict[str, Any], dict[str, Any], bool]] = []
    topics: dict[str, list[list[dict[str, Any]]]] = defaultdict(list)
    for name, group in sorted(by_subtopic.items()):
        topics[name.split("_")[0]].append(group)
        for a, b in itertools.pairwise(group[: PAIRS_PER_SUBTOPIC + 1]):
            wanted.append((a, b, True))
    for groups in topics.values():
        if len(groups) == 2:
            wanted.extend((a, b, False) for a, b in zip(*groups, strict=False))
    needed = {a["id"]: a for a, b, _ in wanted} | {b["id"]: b for a, b, _ in wanted}
    nlp = load_pipeline()
    ids = sorted(needed)
    docs = [Document(source=i, text=needed[i]["text"], title=None, date=None) for i in ids]
    analyses: dict[str, Analysis] = {}
    texts = (nlp_view(d.text) for d in docs)
    for doc, parsed in zip(docs, nlp.pipe(texts, batch_size=32), strict=True):
        analyses[doc.source] = analyse([doc], [parsed])[0]
    counts: dict[str, int] = defaultdict(int)
    out = []
    for a, b, same in wanted:
        if not same:
            counts[a["topic"]] += 1
            if counts[a["topic"]] > CROSS_PAIRS_PER_TOPIC:
                continue
        left, right = (a, analyses[a["id"]]), (b, analyses[b["id"]])
        out.append(pair_scores(left, right, same, meaning_kind))
    return out


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def evaluate(pairs: Sequence[PairScores], scoring: Scoring) -> dict[str, float]:
    rows = recalled = hard = hard_recalled = aligned = precise = event_precise = 0
    same_cov: list[float] = []
    diff_cov: list[float] = []
    cross_pairs: list[float] = []
    for pair in pairs:
        scores = lift_anchored(scoring(pair.lexical, pair.meaning), pair.anchors, PAIR_THRESHOLD)
        found = align(scores)
        cov = coverage(found, *pair.n, floor=COVERAGE_FLOOR)
        (same_cov if pair.same_event else diff_cov).append(cov)
        if not pair.same_event:
            cross_pairs.append(len(found) / max(1, min(pair.n)))
            continue
        left_rows, right_rows = pair.annotated
        partners = {(p.left, p.right) for p in found}
        for i in left_rows:
            gold = {j for j in right_rows if (i, j) in pair.gold_event}
            if not gold:
                continue
            rows += 1
            hit = any((i, j) in partners for j in gold)
            recalled += hit
            if max(pair.lexical[i, j] for j in gold) < PAIR_THRESHOLD:
                hard += 1
                hard_recalled += hit
        for i, j in partners:
            if i in left_rows and j in right_rows:
                aligned += 1
                precise += (i, j) in pair.gold_any
                event_precise += (i, j) in pair.gold_event
    return {
        "recall": recalled / max(rows, 1),
        "reworded": hard_recalled / max(hard, 1),
        "precision": precise / max(aligned, 1),
        "event prec": event_precise / max(aligned, 1),
        "AUC": auc(same_cov, diff_cov),
        "x-pairs": float(np.mean(cross_pairs)) if cross_pairs else float("nan"),
    }


FindingsLine = tuple[np.ndarray, np.ndarray, Anchors, int, int]


def findings_lines(corpus: Any, meaning_kind: str = "mean") -> list[FindingsLine]:
    """(lexical, meaning, rare anchors, left sentence, right sentence) of each gold agree/conflict
    line of dev_findings.jsonl whose quotes are found."""
    lines = [
        g
        for g in read_jsonl(corpus / "dev_findings.jsonl")
        if g["kind"] in ("agree", "conflict") and g["left_text"] and g["right_text"]
    ]
    articles = {a["id"]: a for a in read_jsonl(corpus / "ecbplus" / "articles.jsonl")}
    nlp = load_pipeline()
    table = default_table()
    assert table is not None, "the embedding table is missing: run tools/distill_embeddings.py"
    cache: dict[tuple[str, str], tuple[Analysis, Analysis, np.ndarray, np.ndarray, Anchors]] = {}
    out = []
    for line in lines:
        key = (line["left"], line["right"])
        if key not in cache:
            docs = [
                Document(source=k, text=articles[k]["text"], title=None, date=None) for k in key
            ]
            lan, ran = analyse(docs, list(nlp.pipe([nlp_view(d.text) for d in docs])))
            lexical = lexical_scores(lan, ran, link_names(lan.facts, ran.facts))
            meaning = meaning_of(lan, ran, table, meaning_kind)
            anchors = rare_anchors(lan, ran)
            cache[key] = (lan, ran, lexical, meaning, anchors)
        lan, ran, lexical, meaning, anchors = cache[key]
        i, j = _sentence_of(lan, line["left_text"]), _sentence_of(ran, line["right_text"])
        if i is not None and j is not None:
            out.append((lexical, meaning, anchors, i, j))
    return out


def findings_aligned(lines: Sequence[FindingsLine], scoring: Scoring) -> int:
    return sum(
        any(
            p.left == i and p.right == j
            for p in align(lift_anchored(scoring(lexical, meaning), anchors, PAIR_THRESHOLD))
        )
        for lexical, meaning, anchors, i, j in lines
    )


def _sentence_of(analysis: Analysis, quote: str) -> int | None:
    at = analysis.document.text.find(quote)
    if at < 0:
        return None
    return max(0, bisect.bisect_right([s.start for s in analysis.sentences], at) - 1)


def percentiles(pairs: Sequence[PairScores]) -> str:
    """Where the embedding cosine sits for sentences telling one event and for look-alike events."""
    same = [p.meaning[i, j] for p in pairs if p.same_event for i, j in p.gold_event]
    cross = [float(v) for p in pairs if not p.same_event for v in p.meaning.ravel()]
    q = (50, 90)
    return (
        f"cosine percentiles {q}: same-event sentence pairs {np.percentile(same, q).round(2)}, "
        f"all sentence pairs of different-event articles {np.percentile(cross, q).round(2)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.alignment", description=__doc__)
    parser.add_argument("--weights", default=f"0,0.2,{EMBEDDING_WEIGHT},0.4")
    parser.add_argument("--floors", default=f"0.35,{EMBEDDING_FLOOR},0.45")
    parser.add_argument("--fulls", default=f"0.7,{EMBEDDING_FULL},0.9")
    parser.add_argument("--meaning", choices=MEANINGS, default="mean")
    parser.add_argument("--exclude", default="", help="comma-separated sub-topics to leave out")
    args = parser.parse_args(argv)
    exclude = frozenset(s for s in args.exclude.split(",") if s)
    corpus = found_corpus()
    if corpus is None:
        return 0
    lines = findings_lines(corpus, args.meaning)
    articles = read_jsonl(corpus / "ecbplus" / "articles.jsonl")
    pairs = build_pairs(kept_articles(articles, exclude), args.meaning)
    tune = [p for p in pairs if p.topic % 2 == 1]
    report = [p for p in pairs if p.topic % 2 == 0]
    print(f"article pairs: tune (odd topics) {len(tune)}, report (even topics) {len(report)}")
    print(f"meaning: {args.meaning}")
    print("tune: " + percentiles(tune))
    print("report: " + percentiles(report))
    print(
        "recall: annotated left sentences paired with a sentence of the same event; reworded: the "
        "same where words alone score < PAIR_THRESHOLD; event prec: aligned annotated pairs that "
        "share an event; AUC: coverage, same vs look-alike events; x-pairs: aligned pairs per "
        "sentence between look-alike events; findings: gold agree/conflict lines aligned"
    )
    keys = ("recall", "reworded", "precision", "event prec", "AUC", "x-pairs")
    print(f"{'weight floor full':18}| tune: " + " ".join(keys) + " | report: same | findings")
    grid = [(0.0, EMBEDDING_FLOOR, EMBEDDING_FULL)] + [
        (float(w), float(f), float(c))
        for w in args.weights.split(",")
        for f in args.floors.split(",")
        for c in args.fulls.split(",")
        if float(w) > 0
    ]
    for weight, floor, full in grid:
        scoring = functools.partial(blend, weight=weight, floor=floor, full=full)
        t, r = evaluate(tune, scoring), evaluate(report, scoring)
        shipped = (weight, floor, full) == SHIPPED and args.meaning == "mean"
        chosen = " <- shipped" if shipped else ""
        print(
            f"{weight:5.2f} {floor:5.2f} {full:5.2f} | "
            + " ".join(f"{t[k]:.3f}" for k in keys)
            + " | "
            + " ".join(f"{r[k]:.3f}" for k in keys)
            + f" | {findings_aligned(lines, scoring)}/{len(lines)}{chosen}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
