"""One person's sex told two ways at one age, in two sentences that tell the same thing: "A
19-year-old woman was shot on Pine Street" / "A 19-year-old man was shot on Pine Street".

Each article must give that age to one sex only (two victims of one age, a man and a woman,
are two people), and the two sentences must align: a man and a woman of one age told in
sentences about different things, or about another shooting, may be two people."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon.lone_ages import KINDS_OF_PERSON
from desktop.core.model import FindingKind, MentionType

_SEXED = {w: k for w, k in KINDS_OF_PERSON.items() if k in ("male", "female")} | {
    "boy": "male",
    "girl": "female",
}
_AGED = re.compile(rf"\b(\d{{1,3}})-year-old\s+({'|'.join(sorted(_SEXED))})\b", re.I)
_Told = dict[str, list[tuple[str, Fact]]]  # age -> (sex, the noun's fact) for each mention


def aged_sexes(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    mine, theirs, drafts = _told(left), _told(right), []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        for age in sorted(mine.keys() & theirs.keys()):
            sexes = ({s for s, _ in mine[age]}, {s for s, _ in theirs[age]})
            if any(len(s) != 1 for s in sexes) or sexes[0] == sexes[1]:
                continue
            a = next((f for _, f in mine[age] if f.sentence == pair.left), None)
            b = next((f for _, f in theirs[age] if f.sentence == pair.right), None)
            if a is None or b is None or not ledger.take("aged sexes", a, b):
                continue
            why = (
                f"One {age}-year-old told as two sexes: the left says {a.value!r}, the right "
                f"{b.value!r}."
            )
            drafts.append(
                Draft(FindingKind.CONFLICT, MentionType.OTHER, [a], [b], why, tuning.AGED_SEX)
            )
    return drafts


def _told(analysis: Analysis) -> _Told:
    text, elsewhere = analysis.document.text, other_incident_sentences(analysis)
    told: _Told = defaultdict(list)
    for i, tokens in enumerate(analysis.sentence_tokens):
        if tokens and i not in elsewhere:
            for m in _AGED.finditer(text, tokens[0].start, tokens[-1].end):
                noun = m.group(2)
                fact = Fact(*m.span(2), noun, MentionType.OTHER, "", i)
                fact.value = m.group()
                told[m.group(1)].append((_SEXED[noun.lower()], fact))
    return told
