"""Claims read off a person's sentences by pattern, each of one kind and told of the names its
sentence may be about: a player's earned run average, a star's count of Oscars won. Two
articles' claims meet when they are of one kind and share a name (``told_of``); what each pass
then makes of the pair (the same figure agrees, one figure each conflicts) is its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from desktop.core.extraction.extract import Analysis, Fact

# The claim's kind ("career earned run average", "oscar wins"), the names it may be told of,
# and its figure.
Claim = tuple[str, frozenset[str], Fact]


def sentence_matches(
    analysis: Analysis, patterns: Sequence[re.Pattern[str]], cue: re.Pattern[str] | None = None
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """Each pattern's matches inside each sentence, as (sentence, pattern's index, match), in
    the article's order: a match never runs from one sentence into the next.

    ``cue``: a pattern of plain words (no lookaround, no ``\\b``) every match a pass keeps holds
    inside its sentence. A sentence without it is not searched: the patterns, tried at every
    character, cost some 20 ms per long article, the cue a tenth of that."""
    text = analysis.document.text
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        if not tokens:
            continue
        if cue is not None and cue.search(text, tokens[0].start, tokens[-1].end) is None:
            continue
        for index, pattern in enumerate(patterns):
            for match in pattern.finditer(text, tokens[0].start, tokens[-1].end):
                yield sentence, index, match


def claims_alike(
    ours: Sequence[Claim], theirs: Sequence[Claim]
) -> Iterator[tuple[str, Fact, list[Fact], list[Fact]]]:
    """Each of our claims with the other article's claims of its kind told of a name it shares
    (``found``), and ours of that kind and name, itself among them (``mine``)."""
    for kind, names, a in ours:
        found = [b for k, other, b in theirs if k == kind and names & other]
        mine = [x for k, other, x in ours if k == kind and names & other]
        yield kind, a, found, mine
