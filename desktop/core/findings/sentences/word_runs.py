"""Words both articles write word for word, in sentences the alignment scores apart.

"The fire was started at the back door of the barn and spread to the hayloft" / investigators
believe the blaze "was started at the back door of the barn"; "No one was hurt in the fire,
which broke out after midnight" / "No one was hurt."

Two reporters do not write a run of RUN_WORDS words holding RUN_CONTENT_WORDS content words
alike by chance: one retells the other's words, or both retell one source's (a fire official
quoted by one and told in narration by the other). Nor does a whole sentence of one article of
at least MIN_STATEMENT_WORDS words stand inside a sentence of the other by chance. The alignment
may still score the two sentences low, when the rest of each tells other things; the run is then
a statement both make, shown as agreed, and its sentences are told there in part (only a clause
the other never tells may stay one-sided).

Names and figures are not what such a run says: "Mayor Ann Lee of Millbrook" names a person and
a place, which their own passes compare; a run's content words must say something besides them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import finding
from desktop.core.findings.sentences.scene_clauses import main_clause
from desktop.core.model import Finding, FindingKind, MentionType, Span


@dataclass(frozen=True, slots=True)
class WordRun:
    """Sentence ``left`` of the left article and ``right`` of the right one, writing ``words``
    alike at ``left_span`` and ``right_span``; ``whole``: the run is a whole sentence of one of
    them."""

    left: int
    right: int
    left_span: Span
    right_span: Span
    words: tuple[str, ...]
    whole: bool = False


def word_runs(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], links: dict[str, str]
) -> list[WordRun]:
    """The longest run each sentence pair writes alike, for the pairs not already shown as one
    statement (``pairs`` scoring STATEMENT_AGREE and up). ``links``: left name key -> the right
    key naming the same one (naming/link.py)."""
    whole = {(p.left, p.right) for p in pairs if p.score >= tuning.STATEMENT_AGREE}
    left_words = left.derived("word_runs.words", _sentence_words)
    right_words = right.derived("word_runs.words", _sentence_words)
    left_named = left.derived("word_runs.named", _named_offsets)
    # Each run holds a first gram of MIN_STATEMENT_WORDS words: the pairs sharing one are the
    # only candidates, found in one pass over an index instead of every pair of sentences.
    grams = left.derived("word_runs.grams", _gram_index)
    size = tuning.MIN_STATEMENT_WORDS
    found: dict[tuple[int, int], tuple[int, int, int]] = {}  # pair -> (length, left at, right at)
    for j, words in enumerate(right_words):
        for m in range(len(words) - size + 1):
            for i, k in grams.get(tuple(t.lower for t in words[m : m + size]), ()):
                if (i, j) in whole:
                    continue
                length = _run_length(left_words[i], k, words, m)
                if length > found.get((i, j), (0, 0, 0))[0]:
                    found[(i, j)] = (length, k, m)
    runs = []
    for (i, j), (length, k, m) in sorted(found.items()):
        mine, theirs = left_words[i][k : k + length], right_words[j][m : m + length]
        whole_sentence = length in (len(left_words[i]), len(right_words[j]))
        if whole_sentence:
            if not any(t.content for t in mine):
                continue  # "He said it was not." says nothing of the story
        else:
            # Function words at a run's edges say nothing: "the Endangered Species Act and"
            # is a name between two of them.
            k, m, mine, theirs = _trimmed(k, m, mine, theirs)
            if not _says_something(mine, left_named):
                continue
        if _said_of_two(left, i, k, right, j, m, links):
            continue
        if _written_twice(left, i, mine) or _written_twice(right, j, theirs):
            continue
        runs.append(
            WordRun(
                i,
                j,
                _span(left, mine),
                _span(right, theirs),
                tuple(t.lower for t in mine),
                whole_sentence,
            )
        )
    return runs


def run_partners(
    left: Analysis, right: Analysis, runs: Sequence[WordRun]
) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Per side, sentence -> the other side's sentences writing a run of it alike: partners
    that tell the sentence in part, as statements.py reads told_in_details. A whole sentence
    inside a longer one is left to contained_copies, which marks all the longer one adds; a run
    inside the clause that sets a sentence's scene ("as union members rallied on the eve of the
    vote on the pension reform") tells when it happened, not what its main clause says."""
    told: tuple[dict[int, set[int]], dict[int, set[int]]] = (defaultdict(set), defaultdict(set))
    for run in runs:
        if run.whole:
            continue
        if _in_main_clause(left, run.left, run.left_span):
            told[0][run.left].add(run.right)
        if _in_main_clause(right, run.right, run.right_span):
            told[1][run.right].add(run.left)
    return told


def _in_main_clause(analysis: Analysis, i: int, span: Span) -> bool:
    start, end = main_clause(analysis, i)
    return start <= span.start < end


def run_findings(runs: Sequence[WordRun], made: Sequence[Finding]) -> list[Finding]:
    """Each run, shown as one statement both articles make, unless an agreement ``made``
    holds it on both sides already (a sentence printed word for word inside a longer one). A
    few of its words shared as details ("'taken'") show less than the run does."""
    shown = [f for f in made if f.kind is FindingKind.AGREE and f.is_statement]
    return [
        finding(
            FindingKind.AGREE,
            MentionType.STATEMENT,
            [run.left_span],
            [run.right_span],
            f"Both articles write these words: {run.left_span.text!r}.",
            tuning.WORD_RUN_CONFIDENCE,
        )
        for run in runs
        if not any(_holds(f.left, run.left_span) and _holds(f.right, run.right_span) for f in shown)
    ]


def _holds(spans: Sequence[Span], span: Span) -> bool:
    return any(s.start <= span.start and span.end <= s.end for s in spans)


def _run_length(mine: list[Token], k: int, theirs: list[Token], m: int) -> int:
    length = 0
    while (
        k + length < len(mine)
        and m + length < len(theirs)
        and mine[k + length].lower == theirs[m + length].lower
    ):
        length += 1
    return length


def _trimmed(
    k: int, m: int, mine: list[Token], theirs: list[Token]
) -> tuple[int, int, list[Token], list[Token]]:
    """The run from its first content word to its last, with where it now starts."""
    content = [n for n, t in enumerate(mine) if t.content]
    if not content:
        return k, m, [], []
    first, last = content[0], content[-1] + 1
    return k + first, m + first, mine[first:last], theirs[first:last]


def _says_something(run: list[Token], named: frozenset[int]) -> bool:
    """RUN_WORDS words or more, RUN_CONTENT_WORDS of them content words outside any name or
    figure: "set at the entrance of the church", not "President Barack Obama said on"."""
    said = [t for t in run if t.content and t.start not in named]
    return len(run) >= tuning.RUN_WORDS and len(said) >= tuning.RUN_CONTENT_WORDS


def _written_twice(analysis: Analysis, own: int, run: list[Token]) -> bool:
    """The article writes the run in another of its sentences too: a phrase of the story's own
    ("the fire was started at the back door of the barn" said by the chief and again by the
    owner), which ties a sentence of the other article to none of the two. An article that
    drops one of two sentences sharing such a phrase would else have the dropped one told by
    the other's copy of the kept one."""
    words = [t.lower for t in run]
    size = tuning.MIN_STATEMENT_WORDS
    sentences = analysis.derived("word_runs.words", _sentence_words)
    # Every run is at least a first gram long: only the sentences holding that gram can hold it.
    return any(
        index != own and [t.lower for t in sentences[index][at : at + len(words)]] == words
        for index, at in analysis.derived("word_runs.grams", _gram_index).get(
            tuple(words[:size]), ()
        )
    )


def _gram_index(analysis: Analysis) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """Each run of MIN_STATEMENT_WORDS words the article writes -> (sentence, where it starts)."""
    grams: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    size = tuning.MIN_STATEMENT_WORDS
    for i, words in enumerate(analysis.derived("word_runs.words", _sentence_words)):
        for k in range(len(words) - size + 1):
            grams[tuple(t.lower for t in words[k : k + size])].append((i, k))
    return dict(grams)


def _said_of_two(
    left: Analysis,
    i: int,
    k: int,
    right: Analysis,
    j: int,
    m: int,
    links: dict[str, str],
) -> bool:
    """Each sentence says the run of its own named one, and the two are not one: "Smith was
    pronounced dead at the scene" / "Jones was pronounced dead at the scene" tell two deaths.
    The name is the one just before the run (its subject, as a rule)."""
    before = _named_before(left, i, k), _named_before(right, j, m)
    if before[0] is None or before[1] is None:
        return False
    return before[0] != before[1] and links.get(before[0]) != before[1]


def _named_before(analysis: Analysis, i: int, at: int) -> str | None:
    """The key of the name ending at most NAME_BEFORE_RUN words before word ``at`` of sentence
    ``i``, or None."""
    words = analysis.derived("word_runs.words", _sentence_words)[i]
    if at == 0:
        return None
    reach = words[max(0, at - NAME_BEFORE_RUN)].start
    start = words[at].start
    named = [
        f
        for f in analysis.facts
        if f.sentence == i
        and f.type in (MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)
        and reach <= f.end <= start
    ]
    return max(named, key=lambda f: f.end).key if named else None


# A name this many words before a run or nearer is who or what the run is said of: "Smith, 45,
# was ..." puts the age between the subject and its verb.
NAME_BEFORE_RUN = 3


def _sentence_words(analysis: Analysis) -> list[list[Token]]:
    """The words of each sentence, punctuation left out: a run may cross a comma or a quote
    mark one article writes and the other does not."""
    return [
        [t for t in tokens if any(c.isalnum() for c in t.lower)]
        for tokens in analysis.sentence_tokens
    ]


def _named_offsets(analysis: Analysis) -> frozenset[int]:
    """Where a word inside a name or a figure starts: their own passes compare them."""
    inside = bytearray(len(analysis.document.text) + 1)
    for fact in analysis.facts:
        inside[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
    return frozenset(
        t.start for tokens in analysis.sentence_tokens for t in tokens if inside[t.start]
    )


def _span(analysis: Analysis, run: list[Token]) -> Span:
    text = analysis.document.text
    start, end = run[0].start, run[-1].end
    return Span(start, end, text[start:end])
