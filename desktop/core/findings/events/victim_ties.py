"""Who the victim was to the one who shot them: "shot his girlfriend in a hand" / "He's alleged to
have shot his own mother".

A story of a shooting at home names the victim by their tie to the gunman, and one person has
one such tie: a girlfriend is no mother, a son no daughter. When every harm an article tells
done to someone by their tie ("shot his ...", "killed her ...") names one tie, and the other
article's name one tie too, told from a gunman of the same sex ("his" / "his"), two ties that
cannot be one person's are two accounts of the victim. Ties of one kind and no parting sex
("his wife" / "his girlfriend", "his son" / "his stepson") are a reporter's looser word, not a
contradiction. An article telling two ties ("shot his daughter and killed her mother", "killed his
wife, 34, and son", or a tie later in the sentence of the harm, "in front of her mother"), or a
tie of a tie ("shot his girlfriend's mother"), tells of two people, or of someone the other
article may not name, and is set against nothing.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import may_hold_case_blind_in
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import questions
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon.victim_ties import DENIALS, HARM_VERBS, TIE_WORDS
from desktop.core.model import FindingKind, MentionType

Tie = tuple[str, str | None]  # (kind of tie, sex)

_TIE_ALTERNATION = "|".join(re.escape(w) for w in sorted(TIE_WORDS, key=len, reverse=True))
# "shot his girlfriend", "shot and killed his 25-year-old girlfriend", "shot his own mother":
# the verb, the gunman's possessive, at most two words that describe the victim, the tie word.
_HARMED_TIE = re.compile(
    rf"\b(?P<verb>{'|'.join(sorted(HARM_VERBS))})"
    r"(?:\s+and\s+(?:killed|wounded|injured|fatally\s+wounded))?"
    r"\s+(?P<owner>his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?P<tie>{_TIE_ALTERNATION})\b(?P<of>['’]s\b)?",
    re.I,
)
# Any tie word: one later in the sentence than the harm ("killed his wife, 34, and son", "shot his
# girlfriend in front of her mother") may be a second person harmed or there.
_ANY_TIE = re.compile(rf"\b(?:{_TIE_ALTERNATION})\b", re.I)
# The gunman's possessive between spaces, which every harm told by a tie holds: a sentence
# without it is not searched.
_OWNER_CUE = re.compile(r"\s(?:his|her)\s")


def victim_ties(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _one_tie(left), _one_tie(right)
    if ours is None or theirs is None:
        return []
    (tie_a, owner_a, facts_a), (tie_b, owner_b, facts_b) = ours, theirs
    if owner_a != owner_b or _one_person(tie_a, tie_b):
        return []
    if not ledger.take("victim ties", facts_a[0], facts_b[0]):
        return []
    return [
        Draft(
            FindingKind.CONFLICT,
            MentionType.OTHER,
            facts_a,
            facts_b,
            f"The articles name the victim by two ties to the one who shot: the left says "
            f"{owner_a} {facts_a[0].text!r}, the right {owner_b} {facts_b[0].text!r}, and one "
            "person cannot be both.",
            tuning.VICTIM_TIE_CONFIDENCE,
        )
    ]


def _one_person(a: Tie, b: Tie) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _one_tie(analysis: Analysis) -> tuple[Tie, str, list[Fact]] | None:
    """The one tie every harm the article tells by a tie names, the gunman's possessive and the
    tie's mentions; None when it tells none, two, or a tie of a tie."""
    text = analysis.document.text
    skipped = questions(analysis) | other_incident_sentences(analysis)
    ties: set[Tie] = set()
    owners: set[str] = set()
    facts: list[Fact] = []
    for sentence, tokens in enumerate(analysis.sentence_tokens):
        if not tokens or sentence in skipped:
            continue
        end = tokens[-1].end
        if not may_hold_case_blind_in(_OWNER_CUE, text, tokens[0].start, end):
            continue
        for match in _HARMED_TIE.finditer(text, tokens[0].start, end):
            if _denied(text[tokens[0].start : match.start()]):
                continue
            if match.group("of"):
                return None  # "his girlfriend's mother": a tie of a tie
            ties.add(TIE_WORDS[match.group("tie").lower()])
            owners.add(match.group("owner").lower())
            facts.append(_fact(match, sentence))
            ties |= {
                TIE_WORDS[m.group().lower()] for m in _ANY_TIE.finditer(text, match.end(), end)
            }
    if len(ties) != 1 or len(owners) != 1:
        return None
    return next(iter(ties)), next(iter(owners)), facts


def _denied(before: str) -> bool:
    words = re.findall(r"[\w']+", before.lower().replace("n't", " n't"))
    return bool(set(words[-3:]) & DENIALS)


def _fact(match: re.Match[str], sentence: int) -> Fact:
    start, end = match.span("tie")
    word = match.group("tie")
    fact = Fact(start, end, word, MentionType.OTHER, "", sentence)
    kind, sex = TIE_WORDS[word.lower()]
    fact.key = fact.value = f"tie:{kind}:{sex or ''}"
    return fact
