"""Who "he", "she" and "the gunman" are inside one article: how right the resolution is, and
what it would add to the alignment's rare anchors (coref51; docs/embeddings.md, last section).

``desktop.core.naming.reference`` resolves third-person pronouns and definite descriptions to a
person the article names. Two measures, neither changing the engine:

- ``sample --pool FILE --seed N --n 40``: resolutions drawn at random from the ``work`` pairs of
  a fresh pool (``draw_pool49.py``), each printed with its sentence and the sentence before, for
  a reader to mark right / wrong / should have stayed unresolved.
- ``anchors --group G``: the rare-anchor lift (``alignment/align_anchors.py``) run again with
  each resolved word counted as a mention of its person's name (the name's words added to the
  word's sentence), against the lift as shipped: sentence pairs under ``PAIR_THRESHOLD`` it
  would lift, pairs it would stop lifting (the name is then used in two sentences, no longer
  rare), and gold pairs among each. Pooled counts only; ``--show`` prints the pairs (read
  groups only).
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench import pair_scorer
from bench.common import article_document, found_corpus
from bench.gold_articles import gold_articles
from bench.gold_groups import GROUPS
from bench.oracle_alignment import refusal
from desktop.core.alignment import align as align_module
from desktop.core.alignment.align import PAIR_THRESHOLD
from desktop.core.alignment.align_anchors import (
    Anchors,
    anchor_words,
    lift_anchored,
    shared_once,
)
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.lexicon.pronouns import PERSON_PRONOUN_SEXES
from desktop.core.model import MentionType
from desktop.core.naming.reference import references

_PRONOUN = re.compile(r"\b[A-Za-z]+\b")


def resolved_anchor_words(analysis: Analysis) -> list[list[str]]:
    """``anchor_words`` with each resolved pronoun or description's sentence also holding the
    anchor words of its person's name (as the name's own sentence holds them)."""
    rows = [list(row) for row in anchor_words(analysis)]
    name_words: dict[str, set[str]] = {}
    for fact in analysis.facts:
        if fact.type is not MentionType.PERSON or fact.weak or not fact.key:
            continue
        tokens = analysis.sentence_tokens[fact.sentence]
        inside = {t.content for t in tokens if fact.start <= t.start < fact.end and t.content}
        for word in rows[fact.sentence]:
            if set(word.split()) & inside:
                name_words.setdefault(fact.key, set()).add(word)
    for ref in references(analysis):
        for word in sorted(name_words.get(ref.person, ())):
            if word not in rows[ref.sentence]:
                rows[ref.sentence].append(word)
    return rows


def shared_once_resolved(left: Analysis, right: Analysis) -> Anchors:
    """Rare words as shipped (used in one sentence of the article, counting names as written),
    each also held by the sentences whose pronoun or description resolves to its person: a name
    written once and told again as "he" anchors both sentences. Counting the resolved mentions
    as uses would make every resolved name common, and lift nothing."""
    rows_l, rows_r = anchor_words(left), anchor_words(right)
    more_l, more_r = resolved_anchor_words(left), resolved_anchor_words(right)
    once_l, once_r = _once(rows_l), _once(rows_r)
    shape = (len(rows_l), len(rows_r))
    words = np.zeros(shape, dtype=np.int32)
    figures = np.zeros(shape, dtype=np.int32)
    base = shared_once(rows_l, rows_r)
    figures += base.figures
    for word in once_l.keys() & once_r.keys():
        lefts = {once_l[word]} | {i for i, row in enumerate(more_l) if word in row}
        rights = {once_r[word]} | {j for j, row in enumerate(more_r) if word in row}
        for i in lefts:
            for j in rights:
                words[i, j] += 1
    return Anchors(words, figures)


def _once(rows: Sequence[Sequence[str]]) -> dict[str, int]:
    """Word -> its one sentence, for the words written in a single sentence (as the lift)."""
    where: dict[str, set[int]] = {}
    for index, row in enumerate(rows):
        for word in row:
            where.setdefault(word, set()).add(index)
    return {w: next(iter(s)) for w, s in where.items() if len(s) == 1}


def _capture() -> tuple[list[tuple[np.ndarray, Anchors, Anchors]], Any]:
    """Patch the alignment so each score matrix's pre-lift scores and both anchor counts are
    kept; the engine still lifts as shipped."""
    seen: list[tuple[np.ndarray, Anchors, Anchors]] = []
    original_lift = align_module.lift_anchored
    original_anchors = align_module.rare_anchors
    pending: list[tuple[Anchors, Anchors]] = []

    def anchors(left: Analysis, right: Analysis) -> Anchors:
        base = original_anchors(left, right)
        resolved = shared_once_resolved(left, right)
        pending.append((base, resolved))
        return base

    def lift(scores: np.ndarray, found: Anchors, threshold: float, partners: int = 2) -> np.ndarray:
        base, resolved = pending.pop()
        seen.append((scores, base, resolved))
        return original_lift(scores, found, threshold, partners)

    align_module.rare_anchors = anchors
    align_module.lift_anchored = lift  # type: ignore[assignment]

    def undo() -> None:
        align_module.rare_anchors = original_anchors
        align_module.lift_anchored = original_lift

    return seen, undo


def anchors_report(group: str, show: bool) -> None:
    seen, undo = _capture()
    gained = lost = gained_gold = lost_gold = gold_low = low = 0
    shared_more = shared_more_gold = 0
    try:
        for run in pair_scorer.scored_pairs(group):
            match = [s for s in seen if s[0].shape == run.scores.shape]
            seen.clear()
            if not match:
                continue
            raw, base, resolved = match[-1]
            before = lift_anchored(raw, base, PAIR_THRESHOLD)
            after = lift_anchored(raw, resolved, PAIR_THRESHOLD)
            under = raw < PAIR_THRESHOLD
            low += int(under.sum())
            gold_low += int((under & run.label).sum())
            more = under & (resolved.words > base.words)
            shared_more += int(more.sum())
            shared_more_gold += int((more & run.label).sum())
            up = under & (after >= PAIR_THRESHOLD) & (before < PAIR_THRESHOLD)
            down = under & (before >= PAIR_THRESHOLD) & (after < PAIR_THRESHOLD)
            gained += int(up.sum())
            lost += int(down.sum())
            gained_gold += int((up & run.label).sum())
            lost_gold += int((down & run.label).sum())
            if show:
                _show(run.left, run.right, run.label, up, "LIFTED")
                _show(run.left, run.right, run.label, down, "NO LONGER LIFTED")
    finally:
        undo()
    print(
        f"{group}: under {PAIR_THRESHOLD} before the lift: {low} sentence pairs, {gold_low} gold; "
        f"sharing more rare words once names are resolved: {shared_more} ({shared_more_gold} "
        f"gold); lifted only with resolution: {gained} ({gained_gold} gold); lifted only "
        f"without: {lost} ({lost_gold} gold)"
    )


def _show(left: Analysis, right: Analysis, label: np.ndarray, mask: np.ndarray, what: str) -> None:
    for i, j in zip(*np.nonzero(mask), strict=True):
        sl, sr = left.sentences[i], right.sentences[j]
        print(f"{what} gold={bool(label[i, j])}")
        print(f"  L: {left.document.text[sl.start : sl.end]!r}")
        print(f"  R: {right.document.text[sr.start : sr.end]!r}")


def _pool_pairs(pool: Path, half: str) -> list[tuple[str, str]]:
    out = []
    for line in pool.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == half:
            out.append((parts[1], parts[2]))
    return out


def sample(pool: Path, seed: int, n: int, aside: bool) -> None:
    """``n`` resolutions drawn from the pool's work pairs, each with its context; ``aside``:
    the counts alone on the pool's aside pairs, none printed."""
    corpus = found_corpus()
    if corpus is None:
        return
    articles = gold_articles(corpus)
    pairs = _pool_pairs(pool, "aside" if aside else "work")
    nlp = load_pipeline().nlp
    found: list[tuple[str, str]] = []
    kinds: dict[str, int] = {}
    done: set[str] = set()
    pronouns = 0
    for pair in pairs:
        if set(pair) <= done:
            continue
        docs = [article_document(articles[i]) for i in pair]
        parsed = list(nlp.pipe([nlp_view(d.text) for d in docs]))
        for analysis in analyse(docs, parsed):
            if analysis.document.source in done:
                continue
            done.add(analysis.document.source)
            text = analysis.document.text
            names = {f.key: f.text for f in analysis.facts if f.type is MentionType.PERSON}
            pronouns += sum(
                1 for m in _PRONOUN.finditer(text) if m.group(0).lower() in PERSON_PRONOUN_SEXES
            )
            for ref in references(analysis):
                kinds[ref.kind] = kinds.get(ref.kind, 0) + 1
                s = analysis.sentences[ref.sentence]
                before = analysis.sentences[ref.sentence - 1] if ref.sentence else s
                context = text[before.start : ref.start] + "[[" + text[ref.start : ref.end]
                context += "]]" + text[ref.end : s.end]
                found.append(
                    (f"{ref.kind} {text[ref.start : ref.end]!r} -> {names[ref.person]!r}", context)
                )
    print(f"{len(done)} articles, {pronouns} he/him/his/she/her, {len(found)} resolutions: {kinds}")
    if aside:
        return
    for k, (head, context) in enumerate(random.Random(seed).sample(found, min(n, len(found)))):
        print(f"{k + 1}. {head}\n   {' '.join(context.split())}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reference_pairs", description=__doc__)
    parser.add_argument("step", choices=("sample", "anchors"))
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--pool", type=Path)
    parser.add_argument("--seed", type=int, default=5151)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--show", action="store_true", help="anchors: print the pairs")
    parser.add_argument("--aside", action="store_true", help="sample: counts on the aside half")
    args = parser.parse_args(argv)
    if args.step == "sample":
        if args.pool is None:
            print("sample needs --pool")
            return 2
        sample(args.pool, args.seed, args.n, args.aside)
        return 0
    refused = refusal(args.group, args.show)
    if refused:
        print(refused)
        return 2
    for group in args.group:
        anchors_report(group, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
