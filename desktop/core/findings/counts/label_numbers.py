"""One numbered thing told with two numbers: "near junction 23" / "at junction 25", "Gate 12" /
"Gate 14", "on the 14th floor" / "on the 15th floor".

A numeral after a noun that numbers its members ("junction 23", lexicon ``NUMBERED_NOUNS``) and an
ordinal before a storey ("the 14th floor", "the fourteenth floor") say which one, not how many
(numbered.py keeps them out of the counts). Two aligned sentences that name the same kind of thing
each with one number tell the same fact: the same number agrees, another conflicts. A sentence
that names two of that kind ("moved from Gate 12 to Gate 14") is left alone, and so is one whose
article names the other's number elsewhere (two floors of one story), and so is a storey
joined to a noun it describes ("a second-floor office": which room, not where the event was).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.mentions import sentence_at
from desktop.core.extraction.text_search import any_of, iter_case_blind
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.lone_claims import Claim, lone_partners
from desktop.core.lexicon import ORDINAL_WORDS
from desktop.core.lexicon.labels import NUMBERED_NOUNS, STOREY_NOUNS
from desktop.core.model import FindingKind, MentionType

_AFTER_NOUN = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\.?\s+(?:no\.?\s*|#\s*)?(?P<num>\d{1,4})\b(?![.,]\d)"
)
_ORDINAL_STOREY = re.compile(
    rf"\b(?P<num>\d{{1,3}}(?:st|nd|rd|th)|{any_of(ORDINAL_WORDS)})\s+"
    rf"(?P<noun>{any_of(STOREY_NOUNS)})\b(?!-)",
    re.I,
)


def label_number_findings(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    ours, theirs = _labels(left), _labels(right)
    if not ours or not theirs:
        return []
    drafts: list[Draft] = []
    told = (_told(ours), _told(theirs))
    for a, b in lone_partners(ours, theirs, pairs, tuning.LABEL_PAIR):
        if a.value != b.value and ((b.thing, b.value) in told[0] or (a.thing, a.value) in told[1]):
            continue  # the article names the other's one too: two floors, two gates
        if not ledger.take("label numbers", a.fact, b.fact):
            continue
        drafts.append(_draft(a.fact, b.fact, a.value == b.value))
    return drafts


def _draft(a: Fact, b: Fact, same: bool) -> Draft:
    if same:
        reason = f"Both give the same one: {a.text!r} / {b.text!r}."
        return Draft(
            FindingKind.AGREE, MentionType.PLACE, [a], [b], reason, tuning.LABEL_NUMBER_CONFIDENCE
        )
    reason = f"The left says {a.text!r}, the right {b.text!r}: two numbers for the one both name."
    return Draft(
        FindingKind.CONFLICT, MentionType.PLACE, [a], [b], reason, tuning.LABEL_NUMBER_CONFIDENCE
    )


def _told(labels: dict[int, list[Claim[int]]]) -> set[tuple[str, int]]:
    """Each numbered thing the article names anywhere: "worked on the third floor" and, later,
    "holed up in an office on the second floor" tell of two floors, so the other article's
    "headed up to the third floor" is one of them, not a clash with the second."""
    return {(c.thing, c.value) for claims in labels.values() for c in claims}


def _labels(analysis: Analysis) -> dict[int, list[Claim[int]]]:
    """Each sentence's numbered things, read once per article."""
    text = analysis.document.text
    out: dict[int, list[Claim[int]]] = {}
    found: list[tuple[int, int, str, int]] = []
    for match in _AFTER_NOUN.finditer(text):
        noun = match.group("noun").lower()
        if noun in NUMBERED_NOUNS and noun not in _NOT_PLACES:
            found.append((match.start(), match.end(), noun, int(match.group("num"))))
    for match in iter_case_blind(_ORDINAL_STOREY, text):
        word = match.group("num").lower()
        number = ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
        found.append((match.start(), match.end(), "floor", number))
    starts = [s.start for s in analysis.sentences]
    for start, end, noun, number in found:
        sentence = sentence_at(starts, start)
        fact = Fact(start, end, text[start:end], MentionType.PLACE, "", sentence)
        fact.key = f"label:{noun} {number}"
        out.setdefault(sentence, []).append(Claim(fact, noun, number))
    return out


# Numbered nouns that name no spot (an article of a law, a channel, a flight): left to other
# passes.
_NOT_PLACES = frozenset({"article", "amendment", "chapter", "channel", "fox", "no", "number",
                         "flight", "phase", "section", "box"})  # fmt: skip
