"""One outcome said of someone in one article and denied in the other, in two sentences telling the
same thing: "The driver was not injured" / "The driver was injured", "Smith survived the attack" /
"Smith died in the attack".

A negation turns a sentence into its opposite while leaving nearly every word in place, so two
such sentences align well and their figures, names and days all agree; what parts is the one
"not" (or "survived" against "died"; "no" before the subject denies as "not" does: "No officers
were hurt" / "The officers were not injured" agree). The subject must be the same word on both
sides (a role noun or a name): "no one else", "no other officers", "the others" and a pronoun
leave room for someone else. A denial
of a degree or a moment ("was not seriously injured", "was not immediately arrested") is no
denial of the outcome, and an article that somewhere says the outcome both ways of the subject
tells a sequence ("was not hurt at first ...") and sets neither against the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import SentencePair, strongest_first
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.extraction.text_search import any_of
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.outcomes import (
    DEGREE_ADVERBS,
    LOOSE_SUBJECTS,
    OUTCOME_PARTICIPLES,
    OUTCOME_WORDS,
)
from desktop.core.model import FindingKind, MentionType

_NOT = r"(?:n't| not| never)"
# "was", "was not", "has been", "has not been": the negation stands after the first auxiliary.
_BE = rf"(?:(?:was|were|is|are|remains|remained)(?P<neg>{_NOT})?|(?:has|have|had)(?P<perfneg>{_NOT})? been)"
_SUBJECT = r"\b(?P<subject>[a-z][a-z'-]*)(?:,? who)?"
# The subject opens its clause: after the start of the sentence, a comma, a conjunction or a verb
# of saying, with a determiner and two words of its phrase at most ("police said the 19-year-old
# driver was not hurt"). "The man who shot the officer was not hurt" says nothing of the officer,
# though the article is still read as saying it of someone of that name (``_both_ways``).
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|that|said|says|while|although|though|when|after|because)\s+)"
    r"(?:(?:the|a|an|his|her|their|its|[a-z]+'s)\s+)?(?:[a-z0-9'-]+\s+){0,2}$"
)
# "the driver was not injured", "Smith, who was unhurt": a subject, "to be", a "not" or none, an
# adverb or none, and the outcome.
_AFTER_BE = re.compile(
    rf"{_SUBJECT} {_BE} (?:(?P<adverb>[a-z]+ly|yet) )?"
    rf"(?P<word>{any_of(OUTCOME_PARTICIPLES)}|{any_of(OUTCOME_WORDS)})\b"
)
# "Smith died", "the driver survived", "the boy did not survive".
_VERB = re.compile(
    rf"{_SUBJECT} (?:(?P<neg>did not|didn't|did n't|never) )?(?P<word>died|die|survived|survive)\b"
)
_BASE_FORMS = {"die": "died", "survive": "survived"}
# "No officers were hurt", "no other students were injured": "no" before the subject's noun
# denies the outcome as "not" after "to be" does.
_NO_BEFORE = re.compile(r"\bno (?:(?P<other>[a-z'-]+) )?$")
_SET_APART = frozenset({"other", "more", "further", "additional"})
# Every match above holds one of its words (or "die", "survive"); a word that holds another
# ("uninjured", "died") is found by the shorter. A sentence with none of these letters is passed
# over before the patterns, whose open subject is tried at every word.
_WORDS = {*OUTCOME_PARTICIPLES, *OUTCOME_WORDS, *_BASE_FORMS}
_TRIGGERS = tuple(sorted(w for w in _WORDS if not any(o != w and o in w for o in _WORDS)))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one clause says befell its subject: the outcome, whether said or denied, and where."""

    subject: str
    outcome: str
    said: bool
    start: int
    end: int
    sentence: int
    opens_clause: bool


def outcome_polarity(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    everywhere = (_outcomes(left), _outcomes(right))
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        mine = [o for o in everywhere[0] if o.sentence == pair.left and o.opens_clause]
        theirs = [o for o in everywhere[1] if o.sentence == pair.right and o.opens_clause]
        for a in mine:
            for b in theirs:
                if (a.subject, a.outcome) != (b.subject, b.outcome) or a.said == b.said:
                    continue
                if _both_ways(everywhere[0], a) or _both_ways(everywhere[1], b):
                    continue
                fa, fb = _fact(left, a), _fact(right, b)
                if not ledger.take("outcome polarity", fa, fb):
                    continue
                drafts.append(
                    Draft(
                        FindingKind.CONFLICT,
                        MentionType.PERSON,
                        [fa],
                        [fb],
                        f"One article says it of the {a.subject} and the other denies it: the "
                        f"left says {fa.text!r}, the right {fb.text!r}.",
                        tuning.OUTCOME_POLARITY_CONFIDENCE,
                    )
                )
    return drafts


def _both_ways(outcomes: list[Outcome], one: Outcome) -> bool:
    """The article says the outcome of the subject and denies it too: a sequence, or a doubt."""
    return any(
        (o.subject, o.outcome) == (one.subject, one.outcome) and o.said != one.said
        for o in outcomes
    )


def _outcomes(analysis: Analysis) -> list[Outcome]:
    return analysis.derived("outcome_polarity", _read)


def _read(analysis: Analysis) -> list[Outcome]:
    found: list[Outcome] = []
    text = analysis.document.text
    for n, sentence in enumerate(analysis.sentences):
        lower = text[sentence.start : sentence.end].lower()
        if not any(t in lower for t in _TRIGGERS):
            continue
        for match in _AFTER_BE.finditer(lower):
            subject, word, adverb = match["subject"], match["word"], match["adverb"]
            negated = match["neg"] or match["perfneg"]
            if negated and adverb in DEGREE_ADVERBS:
                continue  # "was not seriously injured": a degree denied, not the harm
            outcome, said = (
                (OUTCOME_PARTICIPLES[word], True)
                if word in OUTCOME_PARTICIPLES
                else OUTCOME_WORDS[word]
            )
            found += _outcome(
                subject, outcome, said != bool(negated), match, lower, (sentence.start, n)
            )
        for match in _VERB.finditer(lower):
            subject, negated, word = match["subject"], match["neg"], match["word"]
            outcome, said = OUTCOME_WORDS[_BASE_FORMS.get(word, word)]
            found += _outcome(
                subject, outcome, said != bool(negated), match, lower, (sentence.start, n)
            )
    return found


def _outcome(
    subject: str,
    outcome: str,
    said: bool,
    match: re.Match[str],
    lower: str,
    where: tuple[int, int],
) -> list[Outcome]:
    """The outcome one match reads, unless its subject leaves room for someone else; ``where``
    is the sentence's offset in the text and its number."""
    if subject in LOOSE_SUBJECTS:
        return []
    denied = _NO_BEFORE.search(lower, 0, match.start("subject"))
    if denied and denied["other"] in _SET_APART:
        return []  # "No other officers were hurt": someone else may have been
    opens = _OPENS_CLAUSE.search(lower, 0, match.start("subject")) is not None
    offset, sentence = where
    start, end = (
        offset + (denied.start() if denied else match.start("subject")),
        offset + match.end(),
    )
    said = said != bool(denied)  # "No officers were hurt": the determiner denies it
    return [Outcome(subject, outcome, said, start, end, sentence, opens)]


def _fact(analysis: Analysis, outcome: Outcome) -> Fact:
    text = analysis.document.text[outcome.start : outcome.end]
    fact = Fact(outcome.start, outcome.end, text, MentionType.PERSON, "", outcome.sentence)
    fact.key, fact.value = f"outcome:{outcome.subject}:{outcome.outcome}", text
    return fact
