"""Whether the other article reports part of a quote word for word.

A quote one article prints is not "only in one article" when the other writes a run of its words
in what it reports someone said, quoted or in reported speech: "our facility is closed until
further notice" against "Kraft said the plant would be closed until further notice", "We fired
in self-defense and ..." against "saying it had fired in self-defense". The other article reports
what was said, in part; a yellow mark would say it does not report it anywhere. The same words in
its own narrative ("the teen killed by police" in a headline) describe, and report no speech.
Reported speech shifts the tense back ("The store will be rebuilt" / "said the store would be
rebuilt"): the shifted forms meet the forms they stand for.

A run counts when it carries what was said, not only how it was put: enough of its words are
content words ("closed", "notice"), and names do not count ("the Endangered Species Act" is what
the words speak of, not what they say).
"""

from __future__ import annotations

import re

from desktop.core.findings import tuning
from desktop.core.lexicon.speech import BACKSHIFTED
from desktop.core.model import TextRange
from desktop.core.quoting.quote_told import sentence_pieces
from desktop.core.quoting.quote_words import is_content_word

_WORD = re.compile(r"\w+")


def run_reported(quoted: str, runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether the other article (``runs``: ``spoken_runs`` of its quotes and reported speech)
    reports a run of ``tuning.QUOTE_RUN_WORDS`` consecutive words of the quote (case and
    punctuation aside) with at least ``tuning.QUOTE_RUN_CONTENT`` content words, not names."""
    n = tuning.QUOTE_RUN_WORDS
    found = list(_WORD.finditer(quoted))
    words = [_unshifted(m.group()) for m in found]
    if len(words) < n:
        return False
    shared = [k for k in range(len(words) - n + 1) if tuple(words[k : k + n]) in runs]
    if not shared:
        return False  # most quotes share no run: their words' weight is never read
    said = [_said(quoted, m) for m in found]
    return any(sum(said[k : k + n]) >= tuning.QUOTE_RUN_CONTENT for k in shared)


def _unshifted(word: str) -> str:
    """The word lower case, a tense reported speech shifts back in the form it stands for:
    "would be rebuilt" meets "will be rebuilt"."""
    lower = word.lower()
    return BACKSHIFTED.get(lower, lower)


def _said(quoted: str, m: re.Match[str]) -> bool:
    """A content word that is not part of a name: lower case, or opening a sentence."""
    word = m.group()
    if not is_content_word(word.lower()):
        return False
    before = quoted[: m.start()].rstrip(" \t\n\"'“”‘’")
    return not word[:1].isupper() or before == "" or before[-1] in ".!?"


def spoken_runs(text: str, spoken: tuple[TextRange, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of ``tuning.QUOTE_RUN_WORDS`` consecutive words inside one of the ranges: read
    once per article, for all the other's quotes (a cache keyed by the ranges hashed every one
    of them again for each quote)."""
    n = tuning.QUOTE_RUN_WORDS
    runs: set[tuple[str, ...]] = set()
    for r in spoken:
        words = [_unshifted(w) for w in _WORD.findall(text, r.start, r.end)]
        runs.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    return frozenset(runs)


def reported_sentences(
    pieces: tuple[TextRange, ...], text: str, runs: frozenset[tuple[str, ...]]
) -> list[tuple[TextRange, str]]:
    """The sentences of a quote (its ``pieces`` in ``text``, cut by ``sentence_pieces``) of
    which the other article reports a run (``run_reported``; ``runs``: ``spoken_runs`` of the
    other article), each with its words: a quote of
    three sentences whose first the other reports ('to start a new life there') is
    reported there in that sentence only, and the two it never gives stay one-sided."""
    return [
        (r, text[r.start : r.end])
        for r in sentence_pieces(pieces, text)
        if run_reported(text[r.start : r.end], runs)
    ]
