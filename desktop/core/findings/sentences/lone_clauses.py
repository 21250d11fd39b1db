"""A clause of a sentence both articles tell that reports a happening only one of them reports.

"The blaze spread quickly through the store as the flames were fanned by high winds": the other
article tells the blaze spreading through the store, so the sentence is aligned with one of its
sentences and shown as told, yet it never speaks of the wind. A clause that reports its own
happening (a verb of its own, not a verb of saying: "police said" tells who speaks), sharing no
content word with the partner sentences that tell the rest, no name or figure with anything the
other article writes, and close in meaning neither to a sentence of the other article nor to a
clause of the partners (static vectors), is one-sided even inside an aligned sentence: its words
are marked, the rest of the sentence keeps its agreement.

The clauses come from the parse (``parse_clauses``): the main clause, a verb joined by "and", an
adverbial, reported or relative clause. A clause told in other words ("while a storm raged
outside", "The wind was blowing hard all evening") shares a word with the partner or comes close
in meaning, and stays unmarked.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from desktop.core.alignment.align import SentencePair, sentence_vectors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.alignment.similarity import similarities
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ParseClause
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import only_finding
from desktop.core.findings.sentences.lone_parts import clause_sides, writes_any
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.quoting.attribution import REPORTING_VERBS

# The head of a clause that reports a happening: a verb. A noun apposition ("Smith, a former
# dentist") describes someone (descriptions.py weighs those); it reports nothing that happened.
_VERB_TAGS = frozenset({"VERB", "AUX"})
# What a marked clause's ends lose: the comma and "and" that join it to the rest of the
# sentence belong to neither clause.
_EDGE_WORDS = frozenset({"and", "but", "or", "yet"})
_EDGE_PUNCTUATION = " \t\n,;:.—–-"


def lone_clauses(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
    told: tuple[set[int], set[int]],
    findings: Sequence[Finding],
) -> list[Finding]:
    """The marks of clauses only one article reports, inside sentences shown as told: those
    with a partner scoring at least STATEMENT_ALONE (``scores``, ``pairs``) or holding a fact the
    other article also states (``told``). ``findings``: those made so far, whose one-sided spans
    a clause's mark does not repeat."""
    table = default_table()
    if table is None or not scores.size:
        return []
    out = []
    for side, mine, theirs, matrix, shared in clause_sides(left, right, scores, told):
        partners = _Partners(matrix >= tuning.STATEMENT_ALONE, pairs, side)
        candidates = _happenings(mine, theirs, partners, shared, findings, side)
        if not candidates:
            continue
        text = mine.document.text
        vectors = table.sentence_vectors([c.words(text) for _, c in candidates])
        closest = similarities(vectors, sentence_vectors(theirs, table)).max(axis=1)
        for (i, clause), vector, near in zip(candidates, vectors, closest.tolist(), strict=True):
            if not vector.any() or near >= tuning.LONE_CLAUSE_MEANING:
                continue  # no word the table knows, or a sentence of theirs comes close
            if _partner_clause_near(vector, theirs, partners.of(i), table):
                continue
            spans = _clause_spans(text, clause)
            if not spans:
                continue
            said = " ".join(s.text for s in spans)
            reason = (
                f"The {side.other.value} article tells the rest of this sentence, but "
                f"nothing it says reports this: {said!r}."
            )
            confidence = float(1.0 - max(near, 0.0))
            out.append(only_finding(side, spans, MentionType.STATEMENT, reason, confidence))
    return out


def _happenings(
    mine: Analysis,
    theirs: Analysis,
    partners: _Partners,
    shared: set[int],
    findings: Sequence[Finding],
    side: Side,
) -> list[tuple[int, ParseClause]]:
    """The clauses of told sentences that report a happening of their own (``_own_happening``)
    and lie outside every one-sided mark made so far."""
    assert mine.clause_parse is not None
    shown = bytearray(len(mine.document.text) + 1)
    for f in findings:
        if f.kind is FindingKind.only(side):
            for s in f.spans(side):
                shown[s.start : s.end] = b"\x01" * (s.end - s.start)
    their_lower = theirs.document.text.lower()
    found = []
    for i, words in enumerate(mine.sentence_words):
        if mine.clause_parse.counts[i] < 2 or not (partners.of(i) or i in shared):
            continue
        partner_words = {w for j in partners.of(i) for w in theirs.sentence_words[j]}
        # No clause can hold enough words of its own when the whole sentence does not.
        if len(set(words) - partner_words - REPORTING_VERBS) < tuning.LONE_CLAUSE_WORDS:
            continue
        contents = [
            t for t in mine.sentence_tokens[i] if t.content and t.content not in REPORTING_VERBS
        ]
        starts = [t.start for t in contents]
        for clause in mine.clause_parse.clauses(i):
            if clause.tag not in _VERB_TAGS or clause.lemma in REPORTING_VERBS:
                continue  # a description, or who speaks: no happening of its own
            if any(shown.find(1, a, b) >= 0 for a, b in clause.runs):
                continue
            own = {
                contents[k].content
                for a, b in clause.runs
                for k in range(bisect_left(starts, a), bisect_left(starts, b))
            }
            if _own_happening(mine, i, clause, own, partner_words, their_lower):
                found.append((i, clause))
    return found


class _Partners:
    """Per sentence, the other article's sentences that tell it in part: those scoring at least
    STATEMENT_ALONE with it (``close``), and its aligned partners; read off the matrix for the
    sentences asked about only."""

    def __init__(self, close: np.ndarray, pairs: Sequence[SentencePair], side: Side) -> None:
        self._close = close
        self._aligned: dict[int, set[int]] = {}
        for pair in pairs:
            i, j = (pair.left, pair.right) if side is Side.LEFT else (pair.right, pair.left)
            self._aligned.setdefault(i, set()).add(j)
        self._found: dict[int, set[int]] = {}

    def of(self, i: int) -> set[int]:
        found = self._found.get(i)
        if found is None:
            found = set(np.flatnonzero(self._close[i]).tolist()) | self._aligned.get(i, set())
            self._found[i] = found
        return found


def _own_happening(
    analysis: Analysis,
    i: int,
    clause: ParseClause,
    words: set[str],
    partner_words: set[str],
    their_lower: str,
) -> bool:
    """The clause (a verb's, its content ``words``) says something of its own in
    LONE_CLAUSE_WORDS content words or more, none of them in the partner sentences, and names or
    gives nothing the other article writes (a name or figure it writes ties the clause to what
    it tells)."""
    if len(words) < tuning.LONE_CLAUSE_WORDS or words & partner_words:
        return False
    return not writes_any(analysis, i, clause.holds, their_lower)


def _partner_clause_near(
    vector: np.ndarray, theirs: Analysis, partners: set[int], table: EmbeddingTable
) -> bool:
    """A clause of the partner sentences comes within LONE_CLAUSE_PARTNER_MEANING: the partner
    that tells the rest of the sentence tells this part too, in other words."""
    assert theirs.clause_parse is not None
    text = theirs.document.text
    kept: dict[int, np.ndarray] = theirs.derived_with("lone_clauses.vectors", (table,), dict)
    for j in partners:
        if j not in kept:
            kept[j] = table.sentence_vectors(
                [c.words(text) for c in theirs.clause_parse.clauses(j)]
            )
        if (
            len(kept[j])
            and float(similarities(kept[j], vector[None]).max())
            >= tuning.LONE_CLAUSE_PARTNER_MEANING
        ):
            return True
    return False


def _clause_spans(text: str, clause: ParseClause) -> list[Span]:
    """The clause's runs of words, less the punctuation and the "and" that join it to the
    rest of the sentence."""
    spans = []
    runs = list(clause.runs)
    for n, (start, end) in enumerate(runs):
        while start < end and text[start] in _EDGE_PUNCTUATION:
            start += 1
        while start < end and text[end - 1] in _EDGE_PUNCTUATION:
            end -= 1
        if n == 0:
            first = text[start:end].split(" ", 1)[0]
            if first.lower() in _EDGE_WORDS and " " in text[start:end]:
                start += len(first) + 1
        if n == len(runs) - 1:
            last = text[start:end].rsplit(" ", 1)[-1]
            if last.lower() in _EDGE_WORDS and " " in text[start:end]:
                end -= len(last) + 1
            while start < end and text[end - 1] in _EDGE_PUNCTUATION:
                end -= 1
        if start < end:
            spans.append(Span(start, end, text[start:end]))
    return spans
