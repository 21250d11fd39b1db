"""The kind of shooting both articles tell, each in its own words: "They are calling the
shooting accidental" / "the 3-year-old accidentally shot himself"; "died of a self-inflicted
gunshot wound" / "turned the gun on himself" (``lexicon/shooting_kinds.py``).

That the shooting was an accident, or that someone shot himself, is a fact of the story as much
as its toll, and a reader of both is told it twice. The sentences that tell it often tell
nothing else alike (a family's account, a sheriff's statement), so no sentence agreement shows
it. A sentence that denies or doubts the kind ("could not have accidentally discharged",
"whether it was an accident") tells no kind, and neither does one that goes on telling another
incident. Only an agreement is made here: a kind one article alone tells is told or not by its
sentence, as any other clause.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon.shooting_kinds import KIND_DOUBTS, SHOOTING_KINDS
from desktop.core.model import FindingKind, MentionType, Side

_BY = "shooting_kinds"
_KINDS = {
    kind: re.compile(r"\b(?:" + "|".join(words) + r")\b") for kind, words in SHOOTING_KINDS.items()
}
_WORDS = re.compile(r"[a-z']+|n't")


def shooting_kinds(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    mine, theirs = _told_kinds(left), _told_kinds(right)
    drafts: list[Draft] = []
    for kind, lefts in mine.items():
        rights = theirs.get(kind, [])
        lefts, rights = ledger.free(Side.LEFT, lefts), ledger.free(Side.RIGHT, rights)
        if not lefts or not rights:
            continue
        ledger.judge(_BY, lefts, rights)
        drafts.append(
            Draft(
                FindingKind.AGREE,
                MentionType.OTHER,
                lefts,
                rights,
                f"Both articles tell the shooting was {kind}: {lefts[0].text!r} / "
                f"{rights[0].text!r}.",
                tuning.SHOOTING_KIND_CONFIDENCE,
            )
        )
    return drafts


def _told_kinds(analysis: Analysis) -> dict[str, list[Fact]]:
    """The words of each kind the article tells, in sentences that neither doubt it nor tell
    another incident."""
    text = analysis.document.text
    elsewhere = other_incident_sentences(analysis)
    found: dict[str, list[Fact]] = {}
    for index, sentence in enumerate(analysis.sentences):
        lowered = text[sentence.start : sentence.end].lower()
        if index in elsewhere or KIND_DOUBTS.intersection(_WORDS.findall(lowered)):
            continue
        for kind, pattern in _KINDS.items():
            for match in pattern.finditer(lowered):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                words = Fact(start, end, text[start:end], MentionType.OTHER, "", index)
                found.setdefault(kind, []).append(words)
    return found
