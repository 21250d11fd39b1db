"""Who did what to whom: does argument structure find the retold statements the score leaves out?
(roles50; docs/embeddings.md, last section)

Labels50 found gold sentence pairs under today's score (below ``PAIR_THRESHOLD``) drowned among
same-story look-alikes. Read by hand, the missed pairs tell one doing of one participant in other
words: "apprehended the suspect" / "pulled the driver over"; "had been dismissed last week" /
"was fired a week ago". This bench reads each sentence's predicates off the parse the engine
already keeps (``Analysis.clause_parse``: heads, dependency labels, parts of speech, lemmas) and
asks whether "the main verbs are close in meaning AND they share a participant" ranks gold pairs
above the look-alikes. Nothing here changes the engine.

A predicate is a content verb with its participants by logical role: the subject (``nsubj``, the
``by`` phrase of a passive) and the object (``dobj``, the subject of a passive: "the suspect was
arrested" and "police arrested the suspect" both make the suspect the object). A verb joined by
"and" with no subject of its own takes its head verb's ("was arrested and charged"). A
participant is keyed by what can be found again in the other article: a name the linker joins
(its key, linked as ``bench.pair_features`` links names), else the head noun's lemma; a name
also stands for the nouns that describe it in its own article ("Smith, a former employee") and a
noun for the names it describes, so "the employee" meets "Smith". Pronouns are left out, or (the
``+pron`` columns) stand for the person ``desktop.core.naming.reference`` resolves them to.

``python -m bench.role_pairs collect --group G`` runs the engine once per compared pair
(``bench.pair_scorer.scored_pairs``) and writes the features, the shipped score and the gold
label of every sentence pair to ``/tmp/role_pairs/G.npz``; ``report --group G`` prints AUC and
top-1% figures among pairs under 0.3; ``examples --group G`` prints sentence pairs (read groups
only).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench import pair_scorer
from bench.gold_groups import GROUPS
from bench.oracle_alignment import refusal
from bench.pair_scorer import auc, scored_pairs
from desktop.core.alignment.align import PAIR_THRESHOLD
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.model import MentionType
from desktop.core.naming.reference import person_tokens

CACHE = Path("/tmp/role_pairs")
# Two verbs whose rows in the static table stand at least this close are taken for one doing
# told in other words. Set by hand on a few verb pairs: "kill" / "shoot" 0.41, "strike" / "hit"
# 0.40, "buy" / "acquire" 0.47 reach it; the table is weak on verbs ("arrest" / "apprehend" 0.12,
# "fire" / "dismiss" 0.09) and loose on opposites ("open" / "close" 0.46). The report gives the
# continuous cosine's AUC besides, which needs no cut.
VERB_CLOSE = 0.35
# Verbs that frame a statement or carry none of their own: the doing is in their complement.
FRAME_VERBS = frozenset(
    ["say", "tell", "report", "state", "add", "confirm", "announce", "explain", "note", "be",
     "have", "do", "according", "accord", "write", "describe", "believe", "think", "know"]
)  # fmt: skip
_NAMES = frozenset(
    {MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE, MentionType.NATIONALITY}
)
_SUBJECT = frozenset({"nsubj", "csubj"})
_OBJECT = frozenset({"dobj", "obj", "nsubjpass", "csubjpass"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Predicate:
    """One content verb of a sentence and its participants' keys by logical role."""

    lemma: str
    subjects: frozenset[str]
    objects: frozenset[str]

    @property
    def arguments(self) -> frozenset[str]:
        return self.subjects | self.objects


def role_features(
    left: Sequence[Predicate], right: Sequence[Predicate], close: Callable[[str, str], float]
) -> dict[str, float]:
    """The role features of one sentence pair from its two sentences' predicates; ``close``
    gives two verb lemmas' cosine. ``verb_cos``: the closest two verbs; ``shared_*``: some
    predicate on each side shares a participant in that role (``shared_any``: in any roles);
    ``role_cos``: the closest two verbs that share a participant (0 when none does);
    ``close_and_shared``: that cosine reaches ``VERB_CLOSE``."""
    verb_cos = role_cos = 0.0
    subj = obj = anyrole = False
    for a in left:
        for b in right:
            cos = close(a.lemma, b.lemma)
            verb_cos = max(verb_cos, cos)
            subj |= bool(a.subjects & b.subjects)
            obj |= bool(a.objects & b.objects)
            if a.arguments & b.arguments:
                anyrole = True
                role_cos = max(role_cos, cos)
    return {
        "verb_cos": verb_cos,
        "shared_subject": float(subj),
        "shared_object": float(obj),
        "shared_any": float(anyrole),
        "role_cos": role_cos,
        "close_and_shared": float(role_cos >= VERB_CLOSE),
    }


FEATURES: Sequence[str] = (
    "verb_cos",
    "shared_subject",
    "shared_object",
    "shared_any",
    "role_cos",
    "close_and_shared",
)
# Every column a collect writes: the features as read, and again with pronouns resolved.
COLUMNS: Sequence[str] = (*FEATURES, *(f"{name}+pron" for name in FEATURES[1:]))


# --- reading predicates off the parse ---------------------------------------------------------


def _name_keys(analysis: Analysis, key: Callable[[str], str]) -> dict[int, str]:
    """Per token index, the key of the name it stands in."""
    parse = analysis.clause_parse
    assert parse is not None
    out: dict[int, str] = {}
    starts = np.array(parse.starts)
    for a, b, k in _name_spans(analysis, key):
        for t in np.flatnonzero((starts >= a) & (starts < b)).tolist():
            out[t] = k
    return out


def _described(
    analysis: Analysis, name_at: Callable[[int, int], str | None]
) -> dict[str, set[str]]:
    """Both ways between a name's key and the head nouns describing it in this article."""
    links: dict[str, set[str]] = {}
    for d in analysis.descriptions:
        name = name_at(*d.name)
        if name is None or not d.head:
            continue
        noun = "W:" + d.head.lower()
        links.setdefault(name, set()).add(noun)
        links.setdefault(noun, set()).add(name)
    return links


@dataclass(frozen=True, slots=True)
class _Reader:
    """Reads one article's predicates: its parse, each token's name key, and the nouns and
    names that describe one another in it."""

    parse: ClauseParse
    names: dict[int, str]  # token -> key of the name (or, with pronouns, the antecedent)
    described: dict[str, set[str]]

    def keys(self, t: int, children: dict[int, list[int]]) -> set[str]:
        """A participant's keys: its head word's, and those of a name set beside it."""
        parse = self.parse
        found: set[str] = set()
        for u in (t, *(c for c in children.get(t, ()) if parse.labels[c] == "appos")):
            k = self.names.get(u)
            if k is None and parse.tags[u] in _NOUNS:
                k = "W:" + parse.lemmas[u].lower()
            if k is not None:
                found.add(k)
                found |= self.described.get(k, set())
        return found

    def roles(self, v: int, children: dict[int, list[int]]) -> tuple[set[str], set[str]]:
        """The verb's logical subjects and objects."""
        subjects: set[str] = set()
        objects: set[str] = set()
        for c in children.get(v, ()):
            label = self.parse.labels[c]
            if label in _SUBJECT:
                subjects |= self.keys(c, children)
            elif label in _OBJECT:
                objects |= self.keys(c, children)
            elif label == "agent":  # "arrested by police": police are the doers
                for p in children.get(c, ()):
                    if self.parse.labels[p] == "pobj":
                        subjects |= self.keys(p, children)
        return subjects, objects

    def predicates(self, first: int, last: int) -> list[Predicate]:
        parse = self.parse
        children: dict[int, list[int]] = {}
        for t in range(first, last):
            if parse.heads[t] != t:
                children.setdefault(parse.heads[t], []).append(t)
        out: list[Predicate] = []
        for v in range(first, last):
            lemma = parse.lemmas[v].lower()
            if parse.tags[v] != "VERB" or lemma in FRAME_VERBS:
                continue
            subjects, objects = self.roles(v, children)
            head = parse.heads[v]
            if parse.labels[v] == "conj" and head != v and not subjects:
                subjects = self.roles(head, children)[0]  # "was arrested and charged"
            out.append(Predicate(lemma, frozenset(subjects), frozenset(objects)))
        return out


def _name_spans(analysis: Analysis, key: Callable[[str], str]) -> list[tuple[int, int, str]]:
    return sorted(
        (f.start, f.end, "N:" + key(f.key))
        for f in analysis.facts
        if f.type in _NAMES and not f.weak and f.key
    )


def _antecedents(analysis: Analysis, key: Callable[[str], str]) -> dict[int, str]:
    """Each pronoun or definite description's person, resolved inside the article as a
    linguist states it (``desktop.core.naming.reference``; coref51 replaced roles50's "the last
    person named before it")."""
    return {t: "N:" + key(person) for t, person in person_tokens(analysis).items()}


def sentence_predicates(
    analysis: Analysis, key: Callable[[str], str], pronouns: bool = False
) -> list[list[Predicate]]:
    """Every kept sentence's content-verb predicates (empty when the parse is missing); with
    ``pronouns``, "he" / "she" and "the gunman" taken for the person they stand for."""
    parse = analysis.clause_parse
    if parse is None or len(parse.bounds) != len(analysis.sentences):
        return [[] for _ in analysis.sentences]
    names = _name_keys(analysis, key)
    if pronouns:
        names = {**_antecedents(analysis, key), **names}
    spans = _name_spans(analysis, key)

    def name_at(a: int, b: int) -> str | None:
        return next((k for s, e, k in spans if s < b and a < e), None)

    reader = _Reader(parse, names, _described(analysis, name_at))
    return [reader.predicates(first, last) for first, last in parse.bounds]


class VerbCloseness:
    """Two verb lemmas' cosine in the static table, each lemma's vector kept once."""

    def __init__(self, table: EmbeddingTable) -> None:
        self.table = table
        self.kept: dict[str, np.ndarray] = {}

    def vector(self, lemma: str) -> np.ndarray:
        found = self.kept.get(lemma)
        if found is None:
            found = self.kept[lemma] = self.table.text_vector(lemma)
        return found

    def __call__(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        return float(self.vector(a) @ self.vector(b))


def linker(links: dict[str, str]) -> Callable[[str], str]:
    """A left-side name key as the right side spells it when the linker joined the two, else
    kept apart (as ``bench.pair_features`` links names)."""
    return lambda k: links.get(k, "L:" + k)


def feature_matrices(
    left: Analysis, right: Analysis, links: dict[str, str], close: VerbCloseness
) -> dict[str, np.ndarray]:
    """Every role feature, left sentences x right sentences."""
    out: dict[str, np.ndarray] = {}
    for pronouns, suffix in ((False, ""), (True, "+pron")):
        preds_l = sentence_predicates(left, linker(links), pronouns)
        preds_r = sentence_predicates(right, lambda k: k, pronouns)
        for name in FEATURES:
            out[name + suffix] = np.zeros((len(preds_l), len(preds_r)), dtype=np.float32)
        for i, a in enumerate(preds_l):
            for j, b in enumerate(preds_r):
                for name, value in role_features(a, b, close).items():
                    out[name + suffix][i, j] = value
    return out


# --- collecting and reporting -----------------------------------------------------------------


def collect(group: str, table: EmbeddingTable) -> None:
    close = VerbCloseness(table)
    columns: dict[str, list[np.ndarray]] = {name: [] for name in (*COLUMNS, "score", "label")}
    which: list[np.ndarray] = []
    for n, run in enumerate(scored_pairs(group)):
        features = feature_matrices(run.left, run.right, run.links, close)
        for name in COLUMNS:
            columns[name].append(features[name].ravel())
        columns["score"].append(run.scores.astype(np.float32).ravel())
        columns["label"].append(run.label.ravel())
        which.append(np.full(run.scores.size, n, dtype=np.int32))
    save_columns(CACHE, group, columns, which)


def save_columns(
    cache: Path, group: str, columns: dict[str, list[np.ndarray]], which: list[np.ndarray]
) -> None:
    """One group's per-sentence-pair columns (and each row's compared pair) to ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    arrays = {name: np.concatenate(v) for name, v in columns.items()}
    arrays["pair"] = np.concatenate(which)
    np.savez_compressed(cache / f"{group}.npz", allow_pickle=False, **arrays)
    print(f"{group}: {len(which)} pairs, {int(arrays['label'].sum())} gold sentence pairs")


def load_columns(cache: Path, group: str) -> dict[str, np.ndarray]:
    with np.load(cache / f"{group}.npz") as data:
        return {k: data[k] for k in data.files}


def load(group: str) -> dict[str, np.ndarray]:
    return load_columns(CACHE, group)


def top_caught(values: np.ndarray, label: np.ndarray, share: float = 0.01) -> int:
    """Gold pairs among the ``share`` of pairs ranked highest by ``values`` (ties by order)."""
    top = max(1, int(share * len(values)))
    return int(label[np.argsort(-values, kind="stable")[:top]].sum())


def rankings(data: dict[str, np.ndarray]) -> Iterable[tuple[str, np.ndarray]]:
    """Each feature alone, and the shipped score with each: as a sum, and with the feature
    breaking the score's ties (lexicographic is close to that at this scale)."""
    score = data["score"].astype(np.float64)
    yield "shipped score", score
    for name in COLUMNS:
        feature = data[name].astype(np.float64)
        yield name, feature
        yield f"score + 0.1 {name}", score + 0.1 * feature
        yield f"score + 0.3 {name}", score + 0.3 * feature
    # The feature first, today's score within each feature value: how far the role signal
    # alone reorders what the score leaves out.
    for name in ("close_and_shared", "shared_any", "close_and_shared+pron"):
        yield f"{name}, then score", data[name] * 10.0 + score


def report(group: str) -> None:
    data = load(group)
    low = data["score"] < PAIR_THRESHOLD
    label = data["label"][low]
    n_gold = int(label.sum())
    top = max(1, int(0.01 * low.sum()))
    print(
        f"{group}: {int(data['label'].sum())} gold of {len(low)} sentence pairs; under "
        f"{PAIR_THRESHOLD}: {n_gold} gold of {int(low.sum())} (top 1% = {top} pairs)"
    )
    for name, values in rankings(data):
        v = values[low]
        print(f"  {name:34} AUC {auc(v, label):.3f}  top 1%: {top_caught(v, label):3d} / {n_gold}")
    for name in (
        "shared_subject",
        "shared_object",
        "shared_any",
        "close_and_shared",
        "shared_any+pron",
        "close_and_shared+pron",
    ):
        on = data[name][low] > 0
        print(
            f"  {name} true: gold {int((on & label).sum())} / {n_gold} "
            f"({(on & label).sum() / max(n_gold, 1):.0%}), non-gold {int((on & ~label).sum())} / "
            f"{int((~label).sum())} ({(on & ~label).sum() / max(int((~label).sum()), 1):.1%})"
        )


# The fitted scorer's signals (align49, bench/data/pair_scorer.json): a role feature is worth
# building only if it adds to these, not just to today's score.
FITTED = ("words", "soft", "anchor_words")
GROUP_ORDER = ("read", "check", "fresh-read", "fresh-check")


def combined(pair_cache: Path) -> None:
    """The fitted scorer's three signals with each role feature added: fitted on read (5-fold
    cross-validated there by compared pair), applied pooled to the other groups; AUC and gold
    in the top 1% among pairs under 0.3. ``pair_cache``: ``bench.pair_scorer collect`` of the
    same engine, so its rows line up with this bench's."""
    refit_with(pair_cache, load, COLUMNS, COLUMNS)


def refit_with(
    pair_cache: Path,
    load_columns: Callable[[str], dict[str, np.ndarray]],
    columns: Sequence[str],
    extras: Sequence[str],
) -> None:
    """align49's scorer refitted with each of ``extras`` added in turn (``load_columns`` reads a
    bench's own cache of ``columns`` per group, row for row with ``pair_cache``)."""
    merged = {}
    for group in GROUP_ORDER:
        own, alike = load_columns(group), pair_scorer.load(pair_cache, group)
        assert np.array_equal(own["label"], alike["label"]), f"{group}: caches differ"
        merged[group] = {**alike, **{k: v for k, v in own.items() if k in columns}}
    read = merged["read"]
    for extra in ("", *extras):
        names = [*FITTED, extra] if extra else list(FITTED)
        model = pair_scorer.fit(
            pair_scorer.matrix(read, names), read["label"].astype(np.float64), names
        )
        cells = []
        for group in GROUP_ORDER:
            data = merged[group]
            logit = (
                pair_scorer.cross_validated(data, names)
                if group == "read"
                else model.logit(pair_scorer.matrix(data, names))
            )
            low = data["score"] < PAIR_THRESHOLD
            lab = data["label"][low]
            cells.append(
                f"{auc(logit[low], lab):.3f} {top_caught(logit[low], lab):2d}/{int(lab.sum())}"
            )
        print(f"  {'+ ' + extra if extra else 'fitted scorer':28} " + " | ".join(cells))


def show_predicates(preds: Sequence[Predicate]) -> str:
    return "; ".join(f"{p.lemma}(S={sorted(p.subjects)}, O={sorted(p.objects)})" for p in preds)


def examples(group: str, close: VerbCloseness, limit: int) -> None:
    """Gold sentence pairs under 0.3 with both sentences' predicates, and the look-alikes the
    conjunction also holds (read groups only: this prints the articles' sentences)."""
    shown = 0
    alike: list[str] = []
    for run in scored_pairs(group):
        preds_l = sentence_predicates(run.left, linker(run.links))
        preds_r = sentence_predicates(run.right, lambda k: k)
        text_l, text_r = run.left.document.text, run.right.document.text
        for i, j in zip(*np.nonzero(run.scores < PAIR_THRESHOLD), strict=True):
            f = role_features(preds_l[i], preds_r[j], close)
            sl, sr = run.left.sentences[i], run.right.sentences[j]
            line = (
                f"score {run.scores[i, j]:.2f} verb_cos {f['verb_cos']:.2f} role_cos "
                f"{f['role_cos']:.2f} any {int(f['shared_any'])}\n"
                f"  L: {text_l[sl.start : sl.end]!r}\n     {show_predicates(preds_l[i])}\n"
                f"  R: {text_r[sr.start : sr.end]!r}\n     {show_predicates(preds_r[j])}"
            )
            if run.label[i, j] and shown < limit:
                print("GOLD " + line)
                shown += 1
            elif not run.label[i, j] and f["close_and_shared"]:
                alike.append("LOOK-ALIKE " + line)
    for line in alike[:limit]:
        print(line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.role_pairs", description=__doc__)
    parser.add_argument("step", choices=("collect", "report", "examples", "combined"))
    parser.add_argument("--group", action="append", default=[], choices=sorted(GROUPS))
    parser.add_argument("--pair-cache", type=Path, default=pair_scorer.CACHE)
    parser.add_argument("--limit", type=int, default=25, help="examples: gold pairs printed")
    args = parser.parse_args(argv)
    refused = refusal(args.group, args.step == "examples")
    if refused:
        print(refused)
        return 2
    if args.step == "combined":
        print("  features                     " + " | ".join(GROUP_ORDER))
        combined(args.pair_cache)
        return 0
    table = default_table()
    if table is None:
        print("no embedding table: nothing measured")
        return 0
    for group in args.group:
        if args.step == "collect":
            collect(group, table)
        elif args.step == "report":
            report(group)
        else:
            examples(group, VerbCloseness(table), args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
