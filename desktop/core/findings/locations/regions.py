"""The country (or US state) two matching sentences put the event in.

"stopped Rahman at the SAP Arena in Germany" / "stopped the former champion in Mannheim, China":
the finer places may agree or be missing on one side, but a sentence that tells the same thing
cannot lie in two countries. Each sentence says where with exactly one country (or one US state):
after a locative preposition ("in Germany") or after the town it holds ("Mannheim, China"); the
other article never names it, and neither lies in the other: a conflict on where it happened.
"Petrenko of Ukraine" says where a person is from, not where the event was.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash, report_type
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.datetimes.days.steps import places_of_one_step
from desktop.core.findings.locations.locative import locates
from desktop.core.locations.places import is_region, nested, region_rank
from desktop.core.model import MentionType, Side

# Nationality words ("Iranian rescue workers", "American Hasim Rahman") tell who, not where.
_WHERE_LABELS = frozenset({"GPE"})


def regions_in_pair(
    mine: list[Fact],
    theirs: list[Fact],
    links: dict[str, str],
    linked_right: set[str],
    analyses: tuple[Analysis, Analysis],
    pair: SentencePair,
    ledger: Ledger,
) -> list[Draft]:
    if pair.score < tuning.REGION_PAIR:
        return []
    tokens = (analyses[0].sentence_tokens[pair.left], analyses[1].sentence_tokens[pair.right])
    a_side = _regions(ledger.free(Side.LEFT, mine), set(links), tokens[0], mine)
    b_side = _regions(ledger.free(Side.RIGHT, theirs), linked_right, tokens[1], theirs)
    a_side, b_side = places_of_one_step(a_side, b_side)  # "arrested in Oklahoma" / "shot in Texas"
    if len({f.key for f in a_side}) != 1 or len({f.key for f in b_side}) != 1:
        return []
    fa, fb = a_side[0], b_side[0]
    if fa.key == fb.key or nested(fa.key, fb.key) or region_rank(fa.key) != region_rank(fb.key):
        return []
    ledger.judge("regions", a_side, b_side)
    return [
        aligned_clash(
            report_type(fa),
            a_side,
            b_side,
            f"the left places it in {fa.text!r} and the right in {fb.text!r}.",
            pair.score,
        )
    ]


def _regions(
    facts: list[Fact], linked: set[str], tokens: Sequence[Token], sentence: list[Fact]
) -> list[Fact]:
    """The countries and US states that say where in the sentence, which the other article
    never names."""
    return [
        f
        for f in facts
        if f.type is MentionType.PLACE
        and f.label in _WHERE_LABELS
        and f.key not in linked
        and not f.weak
        and is_region(f.key)
        and (locates(tokens, f) or _after_its_town(tokens, f, sentence))
    ]


def _after_its_town(tokens: Sequence[Token], fact: Fact, sentence: list[Fact]) -> bool:
    """ "Mannheim, China": the region follows a place and a comma, the place it holds."""
    commas = [t for t in tokens if t.end <= fact.start][-1:]
    return (
        bool(commas)
        and commas[0].lower == ","
        and any(p.end == commas[0].start and p.type is MentionType.PLACE for p in sentence)
    )
