"""A whole sentence of the other article standing word for word inside a longer one: "The staff
all stayed late." / "The staff all stayed late after the manager resigned in the spring."

The longer sentence tells what the shorter one says, in its very words, and adds to it. A yellow
mark over all of it says "the other article does not report this" of a statement the other
prints verbatim; only the words around the copy are what it adds. The copy must be a whole
sentence of the other article, of at least MIN_STATEMENT_WORDS words: a few words two reports
share by chance ("the police said") are no statement.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import finding
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span


@dataclass(frozen=True, slots=True)
class ContainedCopy:
    """Sentence ``sentence`` of the other article, held word for word at ``copy``; ``rest``: the
    parts around it that hold a content word, what the longer sentence adds."""

    sentence: int
    copy: Span
    rest: list[Span]


def contained_copy(
    mine: Analysis, i: int, theirs: Analysis, candidates: Iterable[int]
) -> ContainedCopy | None:
    """A whole sentence of ``theirs`` (among ``candidates``) that sentence ``i`` holds word for
    word, or None."""
    words = mine.derived("contained_copies.words", _sentence_words)[i]
    lowers = mine.derived("contained_copies.lowered", _lowered)[i]
    joined = "\n" + "\n".join(lowers) + "\n"
    their_words = theirs.derived("contained_copies.lowered", _lowered)
    for j in candidates:
        copy = their_words[j]
        if len(copy) < tuning.MIN_STATEMENT_WORDS or len(copy) >= len(lowers):
            continue
        if "\n" + "\n".join(copy) + "\n" not in joined:
            continue  # one search of the string before the word-by-word one
        at = _find(lowers, copy)
        if at is None:
            continue
        start, end = words[at].start, words[at + len(copy) - 1].end
        sentence = mine.sentences[i]
        text = mine.document.text
        rest = _spans(mine, i, [(sentence.start, start), (end, sentence.end)])
        return ContainedCopy(j, Span(start, end, text[start:end]), rest)
    return None


def _words(tokens: list[Token]) -> list[Token]:
    """The words of a sentence, punctuation left out: a copy may end in a full stop where the
    longer sentence goes on."""
    return [t for t in tokens if t.lower.isalnum() or any(c.isalnum() for c in t.lower)]


def _sentence_words(analysis: Analysis) -> list[list[Token]]:
    return [_words(tokens) for tokens in analysis.sentence_tokens]


def _lowered(analysis: Analysis) -> list[list[str]]:
    """Per sentence, its words in lower case: each is a candidate copy many times over."""
    return [
        [t.lower for t in words]
        for words in analysis.derived("contained_copies.words", _sentence_words)
    ]


def _find(words: list[str], copy: list[str]) -> int | None:
    for k in range(len(words) - len(copy) + 1):
        if words[k : k + len(copy)] == copy:
            return k
    return None


def _spans(analysis: Analysis, i: int, pieces: list[tuple[int, int]]) -> list[Span]:
    """The pieces holding a content word, trimmed of the spaces and commas at their edges."""
    text = analysis.document.text
    spans = []
    for start, end in pieces:
        while start < end and text[start] in " ,;:\n":
            start += 1
        while end > start and text[end - 1] in " ,;:\n":
            end -= 1
        if any(t.content and start <= t.start < end for t in analysis.sentence_tokens[i]):
            spans.append(Span(start, end, text[start:end]))
    return spans


def copy_agreement(side: Side, copied: ContainedCopy, theirs: Analysis) -> Finding:
    """The other article's sentence and its word-for-word copy inside a longer sentence on
    ``side``, as one agreement."""
    sentence = theirs.sentences[copied.sentence]
    whole = Span(sentence.start, sentence.end, theirs.document.text[sentence.start : sentence.end])
    left, right = ([copied.copy], [whole]) if side is Side.LEFT else ([whole], [copied.copy])
    return finding(
        FindingKind.AGREE,
        MentionType.STATEMENT,
        left,
        right,
        f"The {side.other.value} article prints this sentence word for word.",
        tuning.CONTAINED_COPY_CONFIDENCE,
    )
