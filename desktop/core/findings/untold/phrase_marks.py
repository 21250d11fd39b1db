"""The phrase of a retold sentence that its partner does not tell: one-sided at a phrase's grain.

An agree statement says two sentences report the same thing, and the sentence marks are
narrowed to what the partner leaves out (``told_span``). But a sentence aligned as a retelling
("Police chased the car through the city centre before it crashed into a wall near the old
station" / "Police chased the car until it crashed into a wall") may still add a phrase its
partner never tells: "through the city centre", "near the old station". The gold marks such a
phrase one-sided; a sentence shown told whole hides it.

Read off the parse (spaCy's dependency subtrees): each phrase hanging off a word of the
sentence (a prepositional phrase, a relative or participle clause, an appositive, a coordinated
verb phrase, an adverbial) whose words all lack a counterpart in the partner sentences or their
neighbours (the same lemma, the same figure or date value, or a close neighbour in the static
word table: ``told_span.told_words``) is marked one-sided. Strict, because a phrase mark inside
a gold agreement is a yellow mark a journalist sees: the phrase needs ``PHRASE_MIN_WORDS``
content words and no fact (``PHRASE_WITH_FACTS``), no word of it may be one the other article
uses anywhere (``PHRASE_ARTICLE_WIDE``), it names or gives nothing the other article writes, no
sentence or clause of the other article comes close in meaning (``PHRASE_MEANING``), and it lies
outside every one-sided, fact agree and conflict mark made so far.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import sentence_vectors
from desktop.core.alignment.embed import EmbeddingTable, default_table
from desktop.core.alignment.similarity import similarities
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import only_finding
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.sentences.lone_circumstances import clause_vectors
from desktop.core.findings.sentences.lone_parts import writes_any
from desktop.core.findings.untold.told_span import is_content, told_words
from desktop.core.lexicon.phrase_edges import JOINING_WORDS
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span

# Whether the pass runs. Off: on every group it adds about as many yellow agreements as
# one-sided lines it finds (reader off, check pooled: left_only 305 -> 307, right_only 317 -> 320,
# yellow 201 -> 206; fresh-read yellow 89 -> 91 for no line), so it would hurt the reader-off
# figures (docs/yellow-causes.md, "Stop 54: phrase marks inside retold sentences").
PHRASE_MARKS = False
# The parse labels (spaCy's English scheme) of a phrase that adds something of its own to the
# sentence: "near the old station" (prep), "who had been drinking" (relcl), "hiding in a shed"
# (acl), "a retired nurse" (appos), "and fled on foot" (conj), "after the game" (advcl),
# "this morning" (npadvmod), "by a neighbour" (agent). A subject or object is what the
# statement is about, and the partner may name it in other words ("the man" / "Smith").
# Read, reader on, by label (gold one-sided line / gold agreement only): prep 19/9, conj 14/5,
# relcl 4/3, acl 3/0, appos 2/2, advcl 2/0. Only acl, conj and advcl: check pooled still adds
# 2 yellow for 2 lines (docs), so the labels are not narrowed.
PHRASE_LABELS = frozenset({"prep", "relcl", "acl", "appos", "conj", "advcl", "npadvmod", "agent"})
# Content words a phrase of sense needs: one untold verb or noun ("believed", "investigate") is
# the word-level detail issue 8 names as noise.
PHRASE_MIN_WORDS = 2
# Whether a phrase may hold a fact (a name, figure, date, time, place the extraction reads). Off:
# facts are judged by the fact passes, which read them against the whole other article in any
# form ("at 10am" / "in the morning", "in 2025" / "next year"); read, reader on: of the phrase
# marks holding a fact, 11 were gold one-sided lines and 20 lay in a gold agreement's quote.
PHRASE_WITH_FACTS = False
# Whether a phrase whose words come close in meaning to a sentence or a clause of the other
# article (static vectors, at lone_clauses' bars ``LONE_CLAUSE_MEANING`` and
# ``LONE_CLAUSE_PARTNER_MEANING``, not refitted) counts as told in other words.
# Read, reader on: with it left_only 360 -> 352, right_only 374 -> 362, yellow 212 -> 207; the
# sentence bar alone 357, 373, 210. Kept: strict about "not told" is what the brief asks.
PHRASE_MEANING = True
# How far around a partner sentence the told words are read: the partner's neighbours often
# tell the rest of a retold sentence ("He was 22." after the sentence that names him).
PHRASE_NEIGHBOURS = 1
# Strict "not told": no content word of the phrase is one the other article uses anywhere. With
# it the partner's words matter only through the word table's close neighbours and the values.
PHRASE_ARTICLE_WIDE = True
# How sure a phrase mark is: below a whole sentence no partner tells, for the partner tells the
# rest of the sentence and may tell the phrase in words no test here sees (the docs' 19 of 63).
PHRASE_CONFIDENCE = 0.6
# The words of the reason that tell a phrase mark from the other passes' (bench.phrase_marks_study).
REASON_MARK = "but not this part of it"
_FACT_TAGS = frozenset({"PROPN", "NUM"})
_EDGE_PUNCTUATION = " \t\n,;:.—–-\"'“”‘’()"


def phrase_marks(left: Analysis, right: Analysis, findings: Sequence[Finding]) -> list[Finding]:
    """The one-sided marks of phrases inside sentences an agree statement pairs, that the
    partner sentences (and their neighbours) do not tell."""
    if not PHRASE_MARKS:
        return []
    statements = [f for f in findings if f.kind is FindingKind.AGREE and f.is_statement]
    if not statements:
        return []
    table = default_table() if PHRASE_MEANING else None
    out: list[Finding] = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        parse = mine.clause_parse
        if parse is None or theirs.clause_parse is None:
            continue
        shown = _shown(mine, side, findings)
        vocabulary = _vocabulary(theirs) if PHRASE_ARTICLE_WIDE else frozenset()
        their_lower = theirs.document.text.lower()
        for i, partners in sorted(_paired(statements, mine, theirs, side).items()):
            near = sorted(
                {
                    n
                    for j in partners
                    for n in range(j - PHRASE_NEIGHBOURS, j + PHRASE_NEIGHBOURS + 1)
                    if 0 <= n < len(theirs.sentences)
                }
            )
            first, told = told_words(mine, i, theirs, near)
            if not told:
                continue
            facts = [(f.start, f.end) for f in facts_of(mine, i)]
            for start, end, _label in _untold_phrases(parse, i, first, told, vocabulary):
                start, end = _trimmed(mine.document.text, start, end)
                if start >= end or shown.find(1, start, end) >= 0:
                    continue
                if not PHRASE_WITH_FACTS and any(a < end and start < b for a, b in facts):
                    continue
                if writes_any(mine, i, range(start, end).__contains__, their_lower):
                    continue
                said = mine.document.text[start:end]
                if table is not None and _near_in_meaning(said, theirs, table):
                    continue
                reason = (
                    f"The {side.other.value} article tells the rest of this sentence, "
                    f"{REASON_MARK}: {said!r}."
                )
                out.append(
                    only_finding(
                        side,
                        [Span(start, end, said)],
                        MentionType.STATEMENT,
                        reason,
                        PHRASE_CONFIDENCE,
                    )
                )
                shown[start:end] = b"\x01" * (end - start)
    return out


def _near_in_meaning(said: str, theirs: Analysis, table: EmbeddingTable) -> bool:
    """Whether a sentence or a clause of ``theirs`` comes close in meaning to ``said``."""
    vector = table.sentence_vectors([said])
    if not vector.any():
        return False
    sentences = sentence_vectors(theirs, table)
    if len(sentences) and similarities(vector, sentences).max() >= tuning.LONE_CLAUSE_MEANING:
        return True
    clauses = clause_vectors(theirs, table)
    return bool(
        len(clauses) and similarities(vector, clauses).max() >= tuning.LONE_CLAUSE_PARTNER_MEANING
    )


def _paired(
    statements: Sequence[Finding], mine: Analysis, theirs: Analysis, side: Side
) -> dict[int, set[int]]:
    """Per sentence of ``mine`` an agree statement covers, the other side's sentences it pairs."""
    found: dict[int, set[int]] = {}
    for f in statements:
        own = {n for s in f.spans(side) for n in _sentences(mine, s)}
        other = {n for s in f.spans(side.other) for n in _sentences(theirs, s)}
        if not other:
            continue
        for n in own:
            found.setdefault(n, set()).update(other)
    return found


def _sentences(analysis: Analysis, span: Span) -> list[int]:
    return [
        n for n, s in enumerate(analysis.sentences) if s.start < span.end and span.start < s.end
    ]


def _untold_phrases(
    parse: ClauseParse, i: int, first: int, told: list[bool], vocabulary: frozenset[str]
) -> list[tuple[int, int, str]]:
    """The widest phrases (``PHRASE_LABELS`` subtrees) of sentence ``i`` none of whose content
    words is told or used anywhere in the other article (``vocabulary``), holding
    ``PHRASE_MIN_WORDS`` of them and not only names and figures, with their labels."""
    last = first + len(told)
    below: dict[int, list[int]] = {}
    for k in range(first, last):
        head = parse.heads[k]
        if head != k and first <= head < last:
            below.setdefault(head, []).append(k)
    spans: list[tuple[int, int, str]] = []
    for k in range(first, last):
        if parse.heads[k] == k or parse.labels[k] not in PHRASE_LABELS:
            continue
        members = [k]
        stack = list(below.get(k, ()))
        while stack:
            j = stack.pop()
            members.append(j)
            stack.extend(below.get(j, ()))
        content = [m for m in members if is_content(parse, m)]
        if not content or any(told[m - first] for m in content):
            continue
        if any(parse.lemmas[m].lower() in vocabulary for m in content):
            continue
        if len(content) < PHRASE_MIN_WORDS or all(parse.tags[m] in _FACT_TAGS for m in content):
            continue
        members.sort()
        if members[-1] - members[0] + 1 != len(members):
            continue  # a phrase the parse splits around other words is no phrase to mark
        spans.append((parse.starts[members[0]], parse.ends[members[-1]], parse.labels[k]))
    spans.sort(key=lambda s: (s[0], -s[1]))
    widest: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        if not any(x <= a and b <= y for x, y, _ in widest):
            widest.append((a, b, label))
    return widest


def _shown(analysis: Analysis, side: Side, findings: Sequence[Finding]) -> bytearray:
    """Per character of ``analysis``: already marked one-sided, or a fact both articles give."""
    shown = bytearray(len(analysis.document.text) + 1)
    for f in findings:
        if f.kind is FindingKind.only(side) or (
            f.kind in (FindingKind.AGREE, FindingKind.CONFLICT) and not f.is_statement
        ):
            for s in f.spans(side):
                shown[s.start : s.end] = b"\x01" * (s.end - s.start)
    return shown


def _vocabulary(analysis: Analysis) -> frozenset[str]:
    """Every content word of the article."""
    return analysis.derived(
        "phrase_marks.vocabulary",
        lambda a: frozenset(w for words in a.sentence_words for w in words),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``..``end`` less the punctuation and joining words at its ends."""
    while True:
        while start < end and text[start] in _EDGE_PUNCTUATION:
            start += 1
        while start < end and text[end - 1] in _EDGE_PUNCTUATION:
            end -= 1
        word = text[start:end].split(" ", 1)[0].lower()
        if word in JOINING_WORDS and start + len(word) < end:
            start += len(word)
            continue
        return start, end
