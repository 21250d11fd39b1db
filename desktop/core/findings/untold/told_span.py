"""The words of a sentence that an aligned sentence of the other article tells: the told span,
and the sentence marks narrowed to leave it out.

An agree statement says two sentences report the same thing, but a sentence often tells more
than its partner does: "In the hills above Pine Lake, he shot and killed forest ranger Tom Bell"
/ "he shot and killed a forest ranger". The told span is where the partner's words land: the
same lemma, the same figure or date value, or a content word with a close neighbour in the
partner (the static word table of ``alignment/embed.py``), grown into runs that cross glue
words, or inside one clause of the parse a few words the partner does not give. A run needs
``tuning.TOLD_SPAN_MIN_ANCHORS`` told words and a word of sense: a shared name tells no clause.

Studied on the read group before it was built (``bench.told_span_study``, docs/yellow-causes.md):
the gold's one-sided lines under whole-sentence marks lie outside the told span (26 of 28), so a
sentence mark is narrowed to leave it out; facts inside it are gold one-sided lines more often
than details of a gold agreement (51 to 34), so facts keep their marks."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from desktop.core.alignment.embed import default_table
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.sentences.scene_clauses import main_clause
from desktop.core.model import Finding, FindingKind, Side, Span
from desktop.core.quoting.attribution import REPORTING_VERBS

# A side's sentence -> the other side's sentences an agree statement pairs with it, in order.
StatementPartners = dict[int, list[int]]

# Parts of speech that carry what a clause says; the rest (determiners, prepositions,
# auxiliaries, pronouns, punctuation) are the glue a run may hold without being told.
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
# Words whose sense a close neighbour may tell: names and figures must be the very ones.
_SENSE_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def is_content(parse: ClauseParse, k: int) -> bool:
    """A word that says something: not glue, and not a verb of saying ("police said"), which
    tells who speaks, not what both articles report."""
    return parse.tags[k] in CONTENT_TAGS and parse.lemmas[k].lower() not in REPORTING_VERBS


@dataclass(frozen=True, slots=True)
class ToldSpan:
    """Runs of a sentence's words, (start, end) offsets in its article, that a partner tells."""

    runs: tuple[tuple[int, int], ...]

    def share(self, start: int, end: int) -> float:
        """How much of ``[start, end)`` the runs cover, 0..1."""
        if end <= start:
            return 0.0
        inside = sum(max(0, min(b, end) - max(a, start)) for a, b in self.runs)
        return inside / (end - start)

    def outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of ``[start, end)`` no run covers, in order."""
        parts, at = [], start
        for a, b in sorted(self.runs):
            if b <= at or a >= end:
                continue
            if a > at:
                parts.append((at, a))
            at = max(at, b)
        if at < end:
            parts.append((at, end))
        return parts


NOTHING_TOLD = ToldSpan(())


def told_words(
    mine: Analysis, i: int, theirs: Analysis, partners: Sequence[int]
) -> tuple[int, list[bool]]:
    """Per word of ``mine``'s sentence ``i``, whether ``theirs``' sentences ``partners`` tell it,
    with the index of the sentence's first word: ``(first, flags)``; no flags without a parse."""
    parse, their_parse = mine.clause_parse, theirs.clause_parse
    if parse is None or their_parse is None or not partners:
        return 0, []
    first, last = parse.bounds[i]
    text, their_text = mine.document.text, theirs.document.text
    lemmas: set[str] = set()
    sense_words: set[str] = set()
    for j in partners:
        a, b = their_parse.bounds[j]
        for k in range(a, b):
            if their_parse.tags[k] in CONTENT_TAGS:
                lemmas.add(their_parse.lemmas[k].lower())
                lemmas.add(their_text[their_parse.starts[k] : their_parse.ends[k]].lower())
                if their_parse.tags[k] in _SENSE_TAGS:
                    sense_words.add(their_parse.lemmas[k].lower())
    values = {f.value for j in partners for f in facts_of(theirs, j) if f.value}
    valued = [(f.start, f.end) for f in facts_of(mine, i) if f.value and f.value in values]
    told = [False] * (last - first)
    unknown: list[int] = []
    for k in range(first, last):
        tag = parse.tags[k]
        if not is_content(parse, k):
            continue
        start, end = parse.starts[k], parse.ends[k]
        lemma, lower = parse.lemmas[k].lower(), text[start:end].lower()
        if lemma in lemmas or lower in lemmas or any(a <= start and end <= b for a, b in valued):
            told[k - first] = True
        elif tag in _SENSE_TAGS:
            unknown.append(k)
    if unknown and sense_words:
        near = _near([parse.lemmas[k].lower() for k in unknown], sorted(sense_words))
        for k, close in zip(unknown, near, strict=True):
            told[k - first] = told[k - first] or close
    return first, told


def told_span(mine: Analysis, i: int, theirs: Analysis, partners: Sequence[int]) -> ToldSpan:
    """The words of ``mine``'s sentence ``i`` that ``theirs``' sentences ``partners`` tell, as
    runs (``_runs``)."""
    first, told = told_words(mine, i, theirs, partners)
    parse = mine.clause_parse
    if parse is None or not told:
        return NOTHING_TOLD
    return ToldSpan(tuple(_runs(parse, first, first + len(told), told)))


def _near(words: list[str], theirs: list[str]) -> list[bool]:
    """Per word, whether some word of ``theirs`` is its close neighbour in the word table."""
    table = default_table()
    if table is None or not theirs:
        return [False] * len(words)
    mine = table.sentence_vectors(words)
    other = table.sentence_vectors(theirs)
    best = (mine @ other.T).max(axis=1)
    return [bool(v >= tuning.TOLD_WORD_COSINE) for v in np.asarray(best)]


def _runs(parse: ClauseParse, first: int, last: int, told: list[bool]) -> list[tuple[int, int]]:
    """Told words grown into runs, in the sentence's order. Two told words join across glue
    alone ("shot and killed", though the parse makes "killed" a clause of its own), or inside
    one clause across at most ``TOLD_SPAN_GAP`` content words the partner does not give; a word
    of another clause between them ends the run. A run of fewer than
    ``TOLD_SPAN_MIN_ANCHORS`` told words is dropped."""
    runs: list[tuple[int, int]] = []
    group: list[int] = []
    for k in range(first, last):
        if not told[k - first]:
            continue
        if group and _joins(parse, group[-1], k):
            group.append(k)
            continue
        runs.extend(_run(parse, group))
        group = [k]
    runs.extend(_run(parse, group))
    return runs


def _joins(parse: ClauseParse, before: int, k: int) -> bool:
    between = [m for m in range(before + 1, k) if is_content(parse, m)]
    if not between:
        return True
    clause = parse.owner[k]
    return (
        parse.owner[before] == clause
        and all(parse.owner[m] == clause for m in between)
        and len(between) <= tuning.TOLD_SPAN_GAP
    )


def _run(parse: ClauseParse, group: list[int]) -> list[tuple[int, int]]:
    if not group:
        return []
    # A name shared ("Lindsay Lohan") tells who, not what was told of them: a run holds a word
    # of sense (a noun, a verb) as well.
    if len(group) < tuning.TOLD_SPAN_MIN_ANCHORS or all(
        parse.tags[k] not in _SENSE_TAGS for k in group
    ):
        return []
    return [(parse.starts[group[0]], parse.ends[group[-1]])]


def narrowed_to_untold(findings: list[Finding], left: Analysis, right: Analysis) -> list[Finding]:
    """A whole-sentence or clause mark in a sentence an agree statement pairs, narrowed to leave
    out the words the partner tells: "Nothing in the left article reports this sentence" over
    "Later that day, as he fled police, he shot and killed a customs agent", beside "he shot and
    killed federal agent David Wilhelm", keeps "Later that day, as he fled police" only. A part
    left with fewer than ``tuning.NARROWED_PART_WORDS`` content words goes, and a mark left
    with none goes. Facts keep their marks (the module's text says why)."""
    statements = [f for f in findings if f.kind is FindingKind.AGREE and f.is_statement]
    if not statements:
        return findings
    out = []
    partners_of: dict[Side, StatementPartners] = {}
    for f in findings:
        side = _marked_side(f)
        if side is None or not f.is_statement:
            out.append(f)
            continue
        mine, theirs = (left, right) if side is Side.LEFT else (right, left)
        if side not in partners_of:
            partners_of[side] = _partners(statements, mine, theirs, side)
        spans: list[Span] = []
        for span in f.spans(side):
            i = _sentence_of(mine, span.start)
            partners = [] if i is None else partners_of[side].get(i, [])
            told = (
                NOTHING_TOLD
                if i is None
                else _in_main_clause(told_span(mine, i, theirs, partners), mine, i)
            )
            if told.share(span.start, span.end) == 0:
                spans.append(span)  # the partner tells none of its words: the mark stands
                continue
            spans.extend(
                part
                for a, b in told.outside(span.start, span.end)
                if (part := _worded(mine, a, b)) is not None
            )
        if not spans:
            continue
        if spans == list(f.spans(side)):
            out.append(f)
        else:
            # What is left is part of the sentence: the reason says so.
            whole = f"Nothing in the {side.other.value} article reports this sentence."
            reason = f.reason.replace(whole, whole.replace("this sentence", "this part of it"))
            kept = tuple(spans)
            out.append(
                replace(f, reason=reason, left=kept)
                if side is Side.LEFT
                else replace(f, reason=reason, right=kept)
            )
    return out


def _in_main_clause(told: ToldSpan, analysis: Analysis, i: int) -> ToldSpan:
    """The told runs inside the sentence's main clause: words told only in the adjunct that
    sets its scene ("as union members rallied on the eve of the vote on the pension reform")
    tell when it happened, not what it says (scene_clauses), so they leave the mark whole."""
    start, end = main_clause(analysis, i)
    runs = tuple((max(a, start), min(b, end)) for a, b in told.runs if a < end and start < b)
    return ToldSpan(runs)


def _marked_side(finding: Finding) -> Side | None:
    if finding.kind is FindingKind.LEFT_ONLY:
        return Side.LEFT
    if finding.kind is FindingKind.RIGHT_ONLY:
        return Side.RIGHT
    return None


def _sentence_of(analysis: Analysis, offset: int) -> int | None:
    starts = analysis.derived("told_span.starts", lambda a: [s.start for s in a.sentences])
    n = bisect_right(starts, offset) - 1
    if n >= 0 and offset < analysis.sentences[n].end:
        return n
    return None


def _partners(
    statements: list[Finding], mine: Analysis, theirs: Analysis, side: Side
) -> StatementPartners:
    """Each of this side's sentences -> the other side's sentences an agree statement pairs with
    it. Read once per side, not once per marked sentence: a long pair has hundreds of marks and
    of statements, and each mark scanned every statement's spans."""
    index: dict[int, set[int]] = {}
    for f in statements:
        found = {j for t in f.spans(side.other) if (j := _sentence_of(theirs, t.start)) is not None}
        if found:
            for t in f.spans(side):
                for n in _overlapped(mine, t.start, t.end):
                    index.setdefault(n, set()).update(found)
    return {i: sorted(js) for i, js in index.items()}


def _overlapped(analysis: Analysis, start: int, end: int) -> range:
    """The sentences that share a character with ``start:end``. Sentences follow one another
    without overlapping, so their starts and their ends both rise."""
    starts = analysis.derived("told_span.starts", lambda a: [s.start for s in a.sentences])
    ends = analysis.derived("told_span.ends", lambda a: [s.end for s in a.sentences])
    return range(bisect_right(ends, start), bisect_left(starts, end))


def _worded(analysis: Analysis, start: int, end: int) -> Span | None:
    """The part from its first content word to its last ("he shot and" keeps "shot"), or None
    when it holds fewer than ``tuning.NARROWED_PART_WORDS`` of them: a leftover "he shot and"
    between two told runs says nothing a reader can check."""
    parse = analysis.clause_parse
    text = analysis.document.text
    if parse is None:
        return Span(start, end, text[start:end])
    k = bisect_left(parse.starts, start)
    content = []
    while k < len(parse.starts) and parse.ends[k] <= end:
        if is_content(parse, k):
            content.append(k)
        k += 1
    if len(content) < tuning.NARROWED_PART_WORDS:
        return None
    a, b = parse.starts[content[0]], parse.ends[content[-1]]
    return Span(a, b, text[a:b])
