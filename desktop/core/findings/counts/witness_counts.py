"""Two witnesses' accounts are two figures, never one clashing with the other.

"He said he heard about 20 shots" / "One witness said she heard as many as nine shots": each
figure is what one person perceived, and the two articles quote two people (he and she, or two
names). Both can be true, so they are no conflict: each is an account only its article gives. A
figure no one is said to have perceived ("nine shots were fired") still meets the other
article's count in the passes that follow.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, only_draft, report_type
from desktop.core.findings.bookkeeping.claims import is_value
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.titles import NAME_TITLES
from desktop.core.lexicon.witnesses import (
    COORDINATORS,
    PERCEPTION_VERBS,
    SEXED_PRONOUNS,
    SPEAKER_PRONOUNS,
)
from desktop.core.model import Side


def perceiver(fact: Fact, analysis: Analysis) -> tuple[str, str]:
    """Who the sentence says perceived the figure ("he", "she" or a capitalised name as
    written) and the verb that says so ("heard"); ("", "") when no perception verb with such a
    subject stands just before the figure."""
    tokens = analysis.sentence_tokens[fact.sentence]
    before = [t for t in tokens if t.end <= fact.start]
    reach = max(-1, len(before) - 1 - tuning.PERCEPTION_VERB_REACH)
    text = analysis.document.text
    for at in range(len(before) - 1, reach, -1):
        verb = before[at]
        if verb.lower not in PERCEPTION_VERBS:
            continue
        if at == 0:
            break
        subject = _coordinated_subject(before[:at]) or before[at - 1]
        said = text[verb.start : verb.end]
        if subject.lower in SEXED_PRONOUNS:
            return SEXED_PRONOUNS[subject.lower], said
        if subject.lower in SPEAKER_PRONOUNS:
            return _speaker(analysis, fact.sentence), said  # '"I heard five shots," Ruiz said'
        word = text[subject.start : subject.end]
        return (word, said) if subject.noun and word[:1].isupper() else ("", "")
    return "", ""


def _coordinated_subject(before: list[Token]) -> Token | None:
    """ "I looked out the window and saw two men": the verb after "and" shares the subject of
    the clause it joins, the pronoun that opens it (no comma or quote mark between)."""
    if not before or before[-1].lower not in COORDINATORS:
        return None
    for token in reversed(before[-tuning.PERCEPTION_VERB_REACH :]):
        if token.lower in SEXED_PRONOUNS or token.lower in SPEAKER_PRONOUNS:
            return token
        if not token.lower[:1].isalpha():
            return None
    return None


def _speaker(analysis: Analysis, index: int) -> str:
    """The surname of the person the sentence quotes ("Ruiz" for '..., said neighbor Ana Ruiz'),
    who is the "I" of the quote; "" when the sentence names no one as its source."""
    source = analysis.sentences[index].attribution if index < len(analysis.sentences) else None
    run: list[str] = []
    for word in (source or "").split():
        word = word.strip(",;:")
        if word[:1].isupper() and word.rstrip(".") not in NAME_TITLES:
            run.append(word)
        elif run:
            break
    return run[-1] if run else ""


def _perceived(analysis: Analysis) -> list[tuple[Fact, str, str]]:
    found = []
    for fact in analysis.facts:
        if fact.number is not None and is_value(fact):
            who, verb = perceiver(fact, analysis)
            if who:
                found.append((fact, who, verb))
    return found


def witness_accounts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    """Figures of one thing that each article tells as a different person's perception: each
    is an account its article alone gives."""
    lefts, rights = _perceived(left), _perceived(right)
    drafts: list[Draft] = []
    for fa, who_a, verb_a in lefts:
        for fb, who_b, verb_b in rights:
            shared = {w for w, v in fa.slot.items() if v >= 1.0 and fb.slot.get(w, 0.0) >= 1.0}
            if who_a.lower() == who_b.lower() or not shared:
                continue
            for side, fact, who, verb in (
                (Side.LEFT, fa, who_a, verb_a),
                (Side.RIGHT, fb, who_b, verb_b),
            ):
                if ledger.judged(side, fact):
                    continue
                ledger.judge(
                    "witness account", *(([fact], []) if side is Side.LEFT else ([], [fact]))
                )
                reason = (
                    f"Only the {side.value} article tells what {who} {verb}: {fact.text!r}; "
                    f"the {side.other.value} article gives another person's account."
                )
                confidence = tuning.WITNESS_ACCOUNT_CONFIDENCE
                drafts.append(only_draft(side, [fact], report_type(fact), reason, confidence))
    return drafts
