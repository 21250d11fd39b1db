"""One vehicle in two colours, in two matching sentences: "fled in a silver Honda Accord" /
"drove away in a black Honda Accord". A witness's description of the getaway car is a fact a
reader acts on, and two sentences telling one flight that each give one colour, two colours no
witness would give for one paint (lexicon/vehicles.py: "gray" and "silver" are one finish, a
"dark" car may be black or blue), tell two cars. A sentence that colours two vehicles sets none
against the other's, nor does an article that gives the other's colour to a vehicle anywhere:
the suspects may have had two cars.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings.bookkeeping.assembly import Draft, taken_clash
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.not_names import VEHICLE_NOUNS
from desktop.core.lexicon.vehicles import COLOUR_REACH, VEHICLE_COLOURS, VEHICLE_MAKES
from desktop.core.model import MentionType


@dataclass(frozen=True, slots=True)
class Colour:
    """The colour a sentence gives a vehicle, and where."""

    name: str
    start: int
    end: int


def colours_in_pair(
    analyses: tuple[Analysis, Analysis], pair: SentencePair, ledger: Ledger
) -> list[Draft]:
    """Two matching sentences that give one vehicle two colours."""
    a = _colour(analyses[0].sentence_tokens[pair.left], analyses[0].document.text)
    b = _colour(analyses[1].sentence_tokens[pair.right], analyses[1].document.text)
    if a is None or b is None or b.name in VEHICLE_COLOURS[a.name]:
        return []
    if (
        _named(analyses[0]) & VEHICLE_COLOURS[b.name]
        or _named(analyses[1]) & VEHICLE_COLOURS[a.name]
    ):
        return []  # each article gives a vehicle of the other's colour somewhere
    facts = _fact(analyses[0], pair.left, a), _fact(analyses[1], pair.right, b)
    return taken_clash(ledger, *facts, "give the vehicle two colours", pair.score)


def _colours(tokens: Sequence[Token], text: str) -> list[Colour]:
    """Each colour that stands before a vehicle, with nothing between them but the vehicle's
    year, make and model ("a black 2015 Ford F-150 pickup"): "a black hoodie and a car" colours
    the hoodie."""
    found = []
    for i, token in enumerate(tokens):
        if token.lower not in VEHICLE_COLOURS:
            continue
        for ahead in tokens[i + 1 : i + 1 + COLOUR_REACH]:
            if ahead.lower in VEHICLE_NOUNS or ahead.lower in VEHICLE_MAKES:
                found.append(Colour(token.lower, token.start, token.end))
                break
            if not (text[ahead.start].isupper() or text[ahead.start].isdigit()):
                break

    return found


def _colour(tokens: Sequence[Token], text: str) -> Colour | None:
    found = _colours(tokens, text)
    if len({c.name for c in found}) != 1:
        return None  # none, or two vehicles: "a white car and a black SUV"
    return found[0]


def _named(analysis: Analysis) -> set[str]:
    """Every colour the article gives a vehicle anywhere."""
    return analysis.derived(
        "vehicle_colours",
        lambda a: {
            c.name for tokens in a.sentence_tokens for c in _colours(tokens, a.document.text)
        },
    )


def _fact(analysis: Analysis, sentence: int, found: Colour) -> Fact:
    text = analysis.document.text[found.start : found.end]
    fact = Fact(found.start, found.end, text, MentionType.OTHER, "", sentence)
    fact.key, fact.value = f"colour:{found.name}", text
    fact.slot = {"vehicle": 1.0}
    return fact
