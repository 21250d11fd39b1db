"""A circumstance of a told happening that only one article gives.

"The suspect was arrested on Monday after dragging her into the woods": the other article tells
the arrest, so the sentence is shown as told, yet nothing it says speaks of the woods. What a
verb's adjunct adds (a prepositional phrase, an adverbial clause, an infinitive or participle
hanging off the verb: where, how, why, after what) is a detail of its own. When every content
word of it (two at least) is one the other article never uses anywhere, when it names or gives
nothing the other writes and holds no fact the other states in words of its own ("Tuesday
morning" / "today"), and when no sentence and no clause of the other article comes close in
meaning (static vectors), the other article does not give it: its words are marked, the rest of
the sentence keeps its agreement.

Only adjuncts of a full verb: the phrase after a copula ("was in stable condition") is the
statement itself, which the other may make in words of its own ("is expected to recover"). A
detail told in other words ("after pulling her into a wooded area") shares a word or comes close
in meaning, and stays unmarked.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import SentencePair, sentence_vectors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.alignment.similarity import similarities
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import only_finding
from desktop.core.findings.sentences.lone_parts import clause_sides, writes_any
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.quoting.attribution import REPORTING_VERBS

# The parse labels of a verb's adjuncts and of the verbs it takes as complements (spaCy's
# English scheme): "in the woods" (prep), "by the police" (agent), "after he left" (advcl),
# "to record video" (xcomp), "this morning" (npadvmod).
_ADJUNCTS = frozenset({"prep", "agent", "advcl", "xcomp", "npadvmod"})
# The head must be a full verb: "be" (AUX) holds the statement itself in what follows it.
_FULL_VERB = "VERB"
_EDGE_PUNCTUATION = " \t\n,;:.—–-\"'“”‘’()"


def lone_circumstances(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
    told: tuple[set[int], set[int]],
    findings: Sequence[Finding],
) -> list[Finding]:
    """The marks of adjuncts only one article gives, inside sentences shown as told: those with
    a partner scoring at least STATEMENT_ALONE (``scores``, ``pairs``) or holding a fact the
    other article also states (``told``). ``findings``: those made so far, whose one-sided
    spans a mark does not repeat."""
    table = default_table()
    if table is None or not scores.size:
        return []
    out = []
    for side, mine, theirs, matrix, shared in clause_sides(left, right, scores, told):
        told_ones = _told(matrix >= tuning.STATEMENT_ALONE, pairs, side) | shared
        candidates = _circumstances(mine, theirs, sorted(told_ones), findings, side)
        if not candidates:
            continue
        text = mine.document.text
        vectors = table.sentence_vectors([text[a:b] for a, b in candidates])
        near_sentence = similarities(vectors, sentence_vectors(theirs, table)).max(axis=1)
        # No sentence of theirs comes close: then no clause of theirs may either (the vectors of
        # every clause of an article are built only when a candidate is left to try).
        kept = [
            n
            for n, (vector, near) in enumerate(zip(vectors, near_sentence.tolist(), strict=True))
            if vector.any() and near < tuning.LONE_CLAUSE_MEANING
        ]
        if not kept:
            continue
        their_clauses = clause_vectors(theirs, table)
        near_clause = (
            similarities(vectors[kept], their_clauses).max(axis=1)
            if len(their_clauses)
            else np.zeros(len(kept))
        )
        for n, clause_near in zip(kept, near_clause.tolist(), strict=True):
            if clause_near >= tuning.LONE_CLAUSE_PARTNER_MEANING:
                continue  # told in other words in a clause of the other article
            start, end = candidates[n]
            said = text[start:end]
            reason = (
                f"The {side.other.value} article tells the rest of this sentence, but "
                f"nothing it says gives this: {said!r}."
            )
            confidence = float(1.0 - max(float(near_sentence[n]), clause_near, 0.0))
            out.append(
                only_finding(
                    side, [Span(start, end, said)], MentionType.STATEMENT, reason, confidence
                )
            )
    return out


def _told(close: np.ndarray, pairs: Sequence[SentencePair], side: Side) -> set[int]:
    """The sentences with a partner of the other article: aligned with one, or scoring at
    least STATEMENT_ALONE with one."""
    found = set(np.flatnonzero(close.any(axis=1)).tolist())
    found.update(p.left if side is Side.LEFT else p.right for p in pairs)
    return found


def _circumstances(
    mine: Analysis,
    theirs: Analysis,
    told: Sequence[int],
    findings: Sequence[Finding],
    side: Side,
) -> list[tuple[int, int]]:
    """The (start, end) of each told sentence's widest adjuncts made only of words the other
    article never uses, naming and giving nothing it writes, holding no fact it also states and
    outside every one-sided mark made so far."""
    parse = mine.clause_parse
    assert parse is not None
    vocabulary = theirs.derived("lone_circumstances.vocabulary", _vocabulary)
    their_lower = theirs.document.text.lower()
    text = mine.document.text
    # One-sided marks made so far, and the facts the other article also states ("today" /
    # "Friday morning"): an adjunct holding one is told there in part, or already marked.
    shown = bytearray(len(text) + 1)
    for f in findings:
        if f.kind is FindingKind.only(side) or (
            f.kind in (FindingKind.AGREE, FindingKind.CONFLICT) and not f.is_statement
        ):
            for s in f.spans(side):
                shown[s.start : s.end] = b"\x01" * (s.end - s.start)
    found = []
    for i in told:
        if i >= len(mine.sentences):
            continue
        words = {
            t.start: t.content
            for t in mine.sentence_tokens[i]
            if t.content and t.content not in REPORTING_VERBS
        }
        # No adjunct can be made of unused words when the sentence holds too few of them.
        if len({w for w in words.values() if w not in vocabulary}) < tuning.LONE_CIRCUMSTANCE_WORDS:
            continue
        widest: list[tuple[int, int]] = []
        for start, end in _adjuncts(parse, i):
            own = {w for at, w in words.items() if start <= at < end}
            if len(own) < tuning.LONE_CIRCUMSTANCE_WORDS or own & vocabulary:
                continue
            if any(a <= start and end <= b for a, b in widest):
                continue  # inside a wider adjunct already kept
            widest = [(a, b) for a, b in widest if not (start <= a and b <= end)]
            widest.append((start, end))
        for start, end in widest:
            start, end = _trimmed(text, start, end)
            if start >= end or shown.find(1, start, end) >= 0:
                continue
            if writes_any(mine, i, range(start, end).__contains__, their_lower):
                continue
            found.append((start, end))
    return found


def _adjuncts(parse: ClauseParse, i: int) -> list[tuple[int, int]]:
    """The (start, end) of each adjunct of a full verb in sentence ``i``: the word the verb
    governs (``_ADJUNCTS``) and every word below it, in text order."""
    first, last = parse.bounds[i]
    below: dict[int, list[int]] = {}
    for k in range(first, last):
        head = parse.heads[k]
        if head != k and first <= head < last:
            below.setdefault(head, []).append(k)
    spans = []
    for k in range(first, last):
        head = parse.heads[k]
        if head == k or parse.labels[k] not in _ADJUNCTS or parse.tags[head] != _FULL_VERB:
            continue
        start, end = parse.starts[k], parse.ends[k]
        stack = list(below.get(k, ()))
        while stack:
            j = stack.pop()
            start, end = min(start, parse.starts[j]), max(end, parse.ends[j])
            stack.extend(below.get(j, ()))
        spans.append((start, end))
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` less the punctuation at its ends."""
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while start < end and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


def _vocabulary(analysis: Analysis) -> frozenset[str]:
    """Every content word of the article."""
    return frozenset(w for words in analysis.sentence_words for w in words)


def clause_vectors(analysis: Analysis, table: EmbeddingTable) -> np.ndarray:
    """The static vector of every clause of the article, built once per comparison (phrase
    marks read the same vectors)."""
    parse = analysis.clause_parse
    assert parse is not None
    text = analysis.document.text
    return analysis.derived_with(
        "lone_circumstances.clauses",
        (table,),
        lambda: table.sentence_vectors(
            [c.words(text) for i in range(len(analysis.sentences)) for c in parse.clauses(i)]
        ),
    )
