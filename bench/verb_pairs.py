"""Verbs that name one deed: does WordNet's verb table find the retold statements the score
leaves out, where the static table's verb cosine did not? (verbs51; docs/embeddings.md, last
section)

Roles50 (``bench.role_pairs``) read each sentence's predicates (content verbs with their
participants by logical role) and found "close verbs sharing a participant" precise but rare,
partly because the static table does not know verbs ("arrest" / "apprehend" 0.12). This bench
keeps roles50's predicates and participants and puts WordNet's verb relation
(``bench.wordnet_verbs``, Princeton WordNet 3.0 from Debian's ``wordnet-base``: one lemma, one
synset, one verb group, one hypernym step) in place of the cosine, counting only each verb's first ``k`` senses (k = 1, 2, 3, all).

Columns per sentence pair (``K`` the sense cut, ``+pron`` with "he" / "she" taken for the last
person named before it, as roles50):
  ``relK``   the closest relation between any two content verbs (0 none .. 4 one lemma);
  ``anyK``   the same among verb pairs sharing a participant in any role;
  ``roleK``  among verb pairs sharing the doer (subject with subject) or the undergoer;
  ``bothK``  among verb pairs sharing the doer AND the undergoer;
  ``mainK``  as ``any``, among each sentence's main verbs only (the root, verbs joined to it by
             "and", and the complement of a saying root: "police said they arrested him");
  ``contentK`` as ``any``, light verbs ("make", "take", "go") left out;
and roles50's ``verb_cos`` / ``close_and_shared`` for comparison.

    python -m bench.verb_pairs collect --group read --group check ...   # /tmp/verb_pairs/G.npz
    python -m bench.verb_pairs report --group read                       # AUC, top 1%, holds
    python -m bench.verb_pairs combined --pair-cache /tmp/role_pairs/ps  # over align49's scorer
    python -m bench.verb_pairs examples --group read                     # read groups only
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench import pair_scorer
from bench.gold_groups import GROUPS
from bench.oracle_alignment import refusal
from bench.pair_scorer import auc, scored_pairs
from bench.role_pairs import (
    FRAME_VERBS,
    GROUP_ORDER,
    Predicate,
    VerbCloseness,
    linker,
    load_columns,
    refit_with,
    role_features,
    save_columns,
    sentence_predicates,
    show_predicates,
    top_caught,
)
from bench.wordnet_verbs import Relation, VerbTable, debian_verbs, provenance
from desktop.core.alignment.align import PAIR_THRESHOLD
from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis

CACHE = Path("/tmp/verb_pairs")
SENSES = (1, 2, 3, 99)
KINDS = ("any", "role", "both", "main", "content")
# Light verbs: their meaning is in their object ("made calls", "took a walk", "went down a
# hallway"), so one lemma on both sides says little about one deed.
LIGHT_VERBS = frozenset(
    ["go", "make", "take", "get", "give", "come", "put", "set", "keep", "let", "seem", "become",
     "use", "help", "begin", "start", "continue", "try", "want", "need", "lead", "leave", "hold"]
)  # fmt: skip
COLUMNS: Sequence[str] = (
    *(f"rel{k}" for k in SENSES),
    *(f"{kind}{k}{p}" for kind in KINDS for k in SENSES for p in ("", "+pron")),
    "verb_cos",
    "close_and_shared",
    "close_and_shared+pron",
)
Relate = Callable[[str, str, int], int]


def relater(table: VerbTable) -> Relate:
    """``table.relation`` kept per lemma pair and sense cut (a few thousand verbs per group)."""
    kept: dict[tuple[str, str, int], int] = {}

    def relate(a: str, b: str, k: int) -> int:
        key = (a, b, k)
        found = kept.get(key)
        if found is None:
            found = kept[key] = int(table.relation(a, b, k))
        return found

    return relate


def wordnet_features(
    left: Sequence[Predicate],
    right: Sequence[Predicate],
    relate: Relate,
    suffix: str,
    main: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> dict[str, float]:
    """One sentence pair's closest verb relation, overall and among verb pairs that share a
    participant (any role / the same role / both roles / main verbs / no light verb), per sense
    cut; ``main`` holds the indices of each side's main-verb predicates."""
    out = {f"{kind}{k}{suffix}": 0.0 for kind in KINDS for k in SENSES}
    if not suffix:
        out |= {f"rel{k}": 0.0 for k in SENSES}
    for x, a in enumerate(left):
        for y, b in enumerate(right):
            anyrole = bool(a.arguments & b.arguments)
            shared = {
                "any": anyrole,
                "role": bool(a.subjects & b.subjects or a.objects & b.objects),
                "both": bool(a.subjects & b.subjects and a.objects & b.objects),
                "main": anyrole and x in main[0] and y in main[1],
                "content": anyrole and not {a.lemma, b.lemma} & LIGHT_VERBS,
            }
            for k in SENSES:
                rel = float(relate(a.lemma, b.lemma, k))
                if not suffix:
                    out[f"rel{k}"] = max(out[f"rel{k}"], rel)
                for kind in KINDS:
                    if shared[kind]:
                        name = f"{kind}{k}{suffix}"
                        out[name] = max(out[name], rel)
    return out


Read = tuple[list[list[Predicate]], list[frozenset[int]]]


def feature_matrices(
    left_preds: dict[str, Read],
    right_preds: dict[str, Read],
    relate: Relate,
    close: VerbCloseness,
) -> dict[str, np.ndarray]:
    """Every column, left sentences x right sentences; ``*_preds`` keyed by suffix, each the
    sentences' predicates and which of them are main verbs."""
    n, m = len(left_preds[""][0]), len(right_preds[""][0])
    out = {name: np.zeros((n, m), dtype=np.float32) for name in COLUMNS}
    for suffix in ("", "+pron"):
        (preds_l, main_l), (preds_r, main_r) = left_preds[suffix], right_preds[suffix]
        for i, a in enumerate(preds_l):
            for j, b in enumerate(preds_r):
                if not a or not b:
                    continue
                main = (main_l[i], main_r[j])
                for name, value in wordnet_features(a, b, relate, suffix, main).items():
                    out[name][i, j] = value
                roles = role_features(a, b, close)
                if not suffix:
                    out["verb_cos"][i, j] = roles["verb_cos"]
                out["close_and_shared" + suffix][i, j] = roles["close_and_shared"]
    return out


_MAIN_LABELS = frozenset({"ROOT", "conj"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def read_predicates(analysis: Analysis, key: Callable[[str], str], pronouns: bool) -> Read:
    """roles50's predicates of every sentence, and which of them are the sentence's main verbs:
    the root; a verb joined by "and" to a main verb; the complement of a saying or framing
    main verb ("police said they arrested him": "arrest")."""
    preds = sentence_predicates(analysis, key, pronouns)
    parse = analysis.clause_parse
    if parse is None or len(parse.bounds) != len(analysis.sentences):
        return preds, [frozenset() for _ in preds]
    mains: list[frozenset[int]] = []
    for (first, last), found in zip(parse.bounds, preds, strict=True):
        main: set[int] = set()
        for v in range(first, last):
            if parse.labels[v] == "ROOT":
                main.add(v)
        for _ in range(2):  # "said they arrested and charged him": two steps down
            for v in range(first, last):
                head, label = parse.heads[v], parse.labels[v]
                frame = parse.lemmas[head].lower() in FRAME_VERBS
                if head in main and (label == "conj" or (label in _COMPLEMENTS and frame)):
                    main.add(v)
        verbs = [
            v
            for v in range(first, last)
            if parse.tags[v] == "VERB" and parse.lemmas[v].lower() not in FRAME_VERBS
        ]
        # sentence_predicates keeps exactly these verbs, in this order
        assert len(verbs) == len(found)
        mains.append(frozenset(x for x, v in enumerate(verbs) if v in main))
    return preds, mains


def collect(group: str, relate: Relate, close: VerbCloseness) -> None:
    columns: dict[str, list[np.ndarray]] = {name: [] for name in (*COLUMNS, "score", "label")}
    which: list[np.ndarray] = []
    for n, run in enumerate(scored_pairs(group)):
        preds_l = {
            s: read_predicates(run.left, linker(run.links), p)
            for s, p in (("", False), ("+pron", True))
        }
        preds_r = {
            s: read_predicates(run.right, lambda k: k, p) for s, p in (("", False), ("+pron", True))
        }
        features = feature_matrices(preds_l, preds_r, relate, close)
        for name in COLUMNS:
            columns[name].append(features[name].ravel())
        columns["score"].append(run.scores.astype(np.float32).ravel())
        columns["label"].append(run.label.ravel())
        which.append(np.full(run.scores.size, n, dtype=np.int32))
    save_columns(CACHE, group, columns, which)


def load(group: str) -> dict[str, np.ndarray]:
    return load_columns(CACHE, group)


# The conjunctions reported as holds: a relation at least this close, and the participant kind.
HOLDS = (
    ("close_and_shared", None),
    ("close_and_shared+pron", None),
    *((f"{kind}{k}{p}", int(level)) for kind in KINDS for k in (1, 2, 99) for p in ("", "+pron")
      for level in (Relation.SYNONYM, Relation.HYPERNYM)),
)  # fmt: skip


def report(group: str) -> None:
    data = load(group)
    low = data["score"] < PAIR_THRESHOLD
    label = data["label"][low]
    n_gold, n_other = int(label.sum()), int((~label).sum())
    top = max(1, int(0.01 * low.sum()))
    print(f"{group}: under {PAIR_THRESHOLD}: {n_gold} gold of {int(low.sum())} (top 1% = {top})")
    score = data["score"][low].astype(np.float64)
    print(f"  {'shipped score':34} AUC {auc(score, label):.3f}  top 1%: {top_caught(score, label)}")
    for name in ("verb_cos", *(f"rel{k}" for k in SENSES), "any2", "any2+pron", "role2+pron"):
        v = data[name][low].astype(np.float64)
        scale = 1.0 if name == "verb_cos" else 0.25  # relation levels 0..4 onto 0..1
        for label_, values in ((name, v), (f"score + 0.1 {name}", score + 0.1 * scale * v)):
            print(
                f"  {label_:34} AUC {auc(values, label):.3f}  "
                f"top 1%: {top_caught(values, label):3d} / {n_gold}"
            )
    print("  holds (gold / other among pairs under the threshold; precision = gold share):")
    for name, level in HOLDS:
        v = data[name][low]
        on = v > 0 if level is None else v >= level
        gold, other = int((on & label).sum()), int((on & ~label).sum())
        tag = name if level is None else f"{name} >= {Relation(level).name}"
        print(
            f"    {tag:34} gold {gold:3d} ({gold / max(n_gold, 1):4.0%})  other {other:4d} "
            f"({other / max(n_other, 1):.2%})  precision {gold / max(gold + other, 1):.2f}"
        )


def combined(pair_cache: Path, extras: Sequence[str]) -> None:
    """align49's fitted scorer with each column added (as roles50's ``combined``)."""
    refit_with(pair_cache, load, COLUMNS, extras)


def examples(group: str, relate: Relate, column: str, level: int, limit: int) -> None:
    """Sentence pairs under the threshold that ``column`` >= ``level`` holds, gold first, then
    the others (read groups only: this prints the articles' sentences)."""
    pron = column.endswith("+pron")
    base = column.removesuffix("+pron")
    kind = base.rstrip("0123456789")
    k = int(base[len(kind) :])
    gold_lines: list[str] = []
    other_lines: list[str] = []
    for run in scored_pairs(group):
        preds_l, main_l = read_predicates(run.left, linker(run.links), pron)
        preds_r, main_r = read_predicates(run.right, lambda x: x, pron)
        text_l, text_r = run.left.document.text, run.right.document.text
        suffix = "+pron" if pron else ""
        for i, j in zip(*np.nonzero(run.scores < PAIR_THRESHOLD), strict=True):
            if not preds_l[i] or not preds_r[j]:
                continue
            f = wordnet_features(preds_l[i], preds_r[j], relate, suffix, (main_l[i], main_r[j]))
            if f[f"{kind}{k}{suffix}"] < level:
                continue
            sl, sr = run.left.sentences[i], run.right.sentences[j]
            line = (
                f"score {run.scores[i, j]:.2f} {column} {f[f'{kind}{k}{suffix}']:.0f}\n"
                f"  L: {text_l[sl.start : sl.end]!r}\n     {show_predicates(preds_l[i])}\n"
                f"  R: {text_r[sr.start : sr.end]!r}\n     {show_predicates(preds_r[j])}"
            )
            (gold_lines if run.label[i, j] else other_lines).append(line)
    for line in gold_lines[:limit]:
        print("GOLD " + line)
    for line in other_lines[:limit]:
        print("OTHER " + line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.verb_pairs", description=__doc__)
    parser.add_argument("step", choices=("collect", "report", "examples", "combined"))
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--pair-cache", type=Path, default=pair_scorer.CACHE)
    parser.add_argument("--column", default="role2+pron", help="examples: the conjunction")
    parser.add_argument("--level", type=int, default=int(Relation.SYNONYM))
    parser.add_argument("--limit", type=int, default=25, help="examples: pairs printed")
    args = parser.parse_args(argv)
    refused = refusal(args.group, args.step == "examples")
    if refused:
        print(refused)
        return 2
    table, verbs = default_table(), debian_verbs()
    if table is None or verbs is None:
        print("no embedding table, or WordNet not installed (apt-get install wordnet-base)")
        return 0
    print(provenance())
    if args.step == "combined":
        print("  features                     " + " | ".join(GROUP_ORDER))
        combined(args.pair_cache, ("rel2", "any2+pron", "role2+pron", "verb_cos"))
        return 0
    relate = relater(verbs)
    for group in args.group:
        if args.step == "collect":
            collect(group, relate, VerbCloseness(table))
        elif args.step == "report":
            report(group)
        else:
            examples(group, relate, args.column, args.level, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
