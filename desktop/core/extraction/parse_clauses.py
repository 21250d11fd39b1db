"""The clauses of each sentence, read off the dependency parse.

"Police said the gunman, who had been fired a week earlier, opened fire in the break room" holds
three statements: who said it, that the gunman opened fire, and that he had been fired. The other
article may tell any one of them in a sentence of its own ("He had been dismissed last week"),
where the whole sentences look little alike. A clause is a verb's own words: the main clause, a
verb joined by "and" or "but" (``conj``), an adverbial clause (``advcl``: "after he was fired"), a
clause said or thought (``ccomp``), a relative clause (``relcl``), a clause set beside it
(``parataxis``), and a long apposition ("Smith, a former dentist who ran the clinic"). Each word
belongs to the nearest clause above it in the parse; a clause's words need not run unbroken (the
relative clause sits inside its main clause), so a clause keeps its runs of words.

Which clause owns each word is worked out for the whole article at once, on the arrays of one
``Doc.to_array`` call (a Token object per word would cost a Python call per attribute on every
word of two long articles); a sentence's clauses are built from them when first asked for.

The one-sided part of a sentence joining two statements ("..., and his strength was evident") is
cut by punctuation instead (``findings/sentences/clauses.py``, which says why both stay).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop.core.extraction.parse_cache import token_rows

# Dependency labels that open a clause of their own (spaCy's English scheme, ClearNLP labels).
_CLAUSE_LABELS = ("advcl", "ccomp", "relcl", "parataxis")
# A conjunct is a clause only when it is a verb: "the mayor and the governor" joins two nouns.
_VERB_TAGS = ("VERB", "AUX")
# An apposition of at least this many words says something of its own ("Smith, a former dentist
# who ran the clinic"); a short one only names ("Smith, 45", "the capital, Athens").
APPOSITION_WORDS = 4


@dataclass(frozen=True, slots=True)
class ParseClause:
    """One clause of a sentence: its runs of words as (start, end) offsets in the article, and
    its head word's dependency label ("ROOT", "advcl", "appos", ...), part of speech and lemma,
    which say what kind of statement the clause makes."""

    runs: tuple[tuple[int, int], ...]
    label: str = ""
    tag: str = ""
    lemma: str = ""

    @property
    def start(self) -> int:
        return self.runs[0][0]

    @property
    def end(self) -> int:
        return self.runs[-1][1]

    def holds(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.runs)

    def words(self, text: str) -> str:
        """The clause's own words, its runs joined by a space."""
        return " ".join(text[a:b] for a, b in self.runs)


@dataclass(slots=True)
class ClauseParse:
    """Which clause head owns each word of an article, and each sentence's token range; a
    sentence's clauses are built on the first ``clauses`` call for it and kept."""

    owner: list[int]  # per token: the token heading its clause
    heads: list[int]  # per token: its head in the parse (a sentence's root: itself)
    bounds: list[tuple[int, int]]  # per kept sentence: its tokens [first, last)
    counts: list[int]  # per kept sentence: how many clauses it holds
    roots: list[bool]  # per token: it heads its sentence
    labels: list[str]  # per token: its dependency label
    tags: list[str]  # per token: its part of speech
    lemmas: list[str]
    starts: list[int]  # per token: its offset in the text
    ends: list[int]
    _built: dict[int, list[ParseClause]] = field(default_factory=dict)

    def head_of(self, start: int, end: int) -> int | None:
        """The token heading the words from ``start`` to ``end``: the first whose head lies
        outside them (a value's head, to walk up the parse from)."""
        inside = range(bisect_left(self.starts, start), bisect_left(self.starts, end))
        for t in inside:
            if not start <= self.starts[self.heads[t]] < end or self.heads[t] == t:
                return t
        return inside[-1] if len(inside) else None

    def clauses(self, i: int) -> list[ParseClause]:
        """The clauses of sentence ``i``, in text order."""
        found = self._built.get(i)
        if found is None:
            found = self._built[i] = self._build(i)
        return found

    def _build(self, i: int) -> list[ParseClause]:
        first, last = self.bounds[i]
        members: dict[int, list[int]] = {}
        for k in range(first, last):
            members.setdefault(self.owner[k], []).append(k)
        clauses = []
        for head, ks in members.items():
            runs: list[tuple[int, int]] = []
            previous = -2
            for k in ks:
                if k == previous + 1:
                    runs[-1] = (runs[-1][0], self.ends[k])
                else:
                    runs.append((self.starts[k], self.ends[k]))
                previous = k
            label = "ROOT" if self.roots[head] else self.labels[head]
            clauses.append(ParseClause(tuple(runs), label, self.tags[head], self.lemmas[head]))
        clauses.sort(key=lambda c: c.start)
        return clauses


def read_clauses(spacy_doc: Any, sentences: list[Any]) -> ClauseParse:
    """The clause owners of every word of ``spacy_doc``, for its kept ``sentences``."""
    from spacy.attrs import DEP, HEAD, POS

    array = spacy_doc.to_array([HEAD, DEP, POS])
    # HEAD is a signed offset to the head, stored unsigned: read back as int64.
    offsets = array[:, 0].astype(np.int64)
    deps, pos = array[:, 1], array[:, 2]
    strings = spacy_doc.vocab.strings
    index = np.arange(len(offsets), dtype=np.int64)
    heads = index + offsets
    roots = offsets == 0
    clause = (
        roots
        | np.isin(deps, [strings[label] for label in _CLAUSE_LABELS])
        | ((deps == strings["conj"]) & np.isin(pos, [strings[tag] for tag in _VERB_TAGS]))
    )
    apposition = (deps == strings["appos"]) & ~clause
    owner = _owners(heads, index, clause | apposition)
    # A short apposition ("Smith, 45") stays with the clause it names something in.
    sizes = np.bincount(owner, minlength=len(owner))
    short = apposition & (sizes < APPOSITION_WORDS)
    kept = clause | (apposition & ~short)
    if short.any():
        owner = _owners(heads, index, kept)
    bounds = [(s.start, s.end) for s in sentences]
    # Every word of a sentence hangs below a head inside it: its heads are its clauses.
    heads_before = np.concatenate(([0], np.cumsum(kept))).tolist()
    counts = [heads_before[b] - heads_before[a] for a, b in bounds]
    rows = token_rows(spacy_doc)
    deps_list = deps.tolist()
    names = {d: strings[d] for d in set(deps_list)}
    return ClauseParse(
        owner=owner.tolist(),
        heads=heads.tolist(),
        bounds=bounds,
        counts=counts,
        roots=roots.tolist(),
        labels=[names[d] for d in deps_list],
        tags=rows.pos,
        lemmas=rows.lemma,
        starts=rows.idx,
        ends=rows.end,
    )


def _owners(heads: np.ndarray, index: np.ndarray, is_head: np.ndarray) -> np.ndarray:
    """Per token, the nearest token above it (itself included) that ``is_head``: each token
    points at its parse head until a clause head points at itself; pointer jumping halves the
    remaining path on each step."""
    up = np.where(is_head, index, heads)
    while True:
        nxt = up[up]
        if np.array_equal(nxt, up):
            return up
        up = nxt
