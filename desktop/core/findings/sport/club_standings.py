"""One team's standing after the game, in sentences no alignment pairs: "Los Angeles improved to
30-25" / "The Lakers are now 31-24".

A game story closes on each team's record, naming the team by its city in one article and by
its nickname in the other; the two sentences share no word, so aligned_records.py never meets
them. The name a standing is told of is the one its sentence gives just before the verb of
standing. Two articles tell one team's standing when they give it under one name, or under the
city and the nickname of a club either article writes whole ("the Los Angeles Lakers",
club_halves.py). Each article telling that team one standing, two standings over the same
number of games contradict each other; a standing one game on may be told before or after the
game, and one over other games may count another stretch (aligned_records.py). A record either
article also gives elsewhere tells both stretches, no contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.sport.aligned_records import standings
from desktop.core.findings.sport.club_halves import written_together
from desktop.core.model import FindingKind, MentionType

# Words that open a sentence before a name without being one ("The Lakers are now 31-24") and
# pronouns that tell whose record without naming them.
_NOT_NAMES = frozenset(["the", "his", "her", "their", "its", "he", "she", "they", "it", "we"])
# How many words may stand between the name and the record: "Los Angeles improved to 30-25",
# "The Lakers are now 31-24".
_VERB_WORDS = 3

Told = dict[str, dict[tuple[int, ...], Fact]]


def club_standings(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _by_name(left), _by_name(right)
    told = (
        {wins for records in ours.values() for wins in records},
        {wins for records in theirs.values() for wins in records},
    )
    texts = left.document.text, right.document.text
    drafts = []
    for name_a, records_a in sorted(ours.items()):
        for name_b, records_b in sorted(theirs.items()):
            if len(records_a) != 1 or len(records_b) != 1 or not _one_club(name_a, name_b, texts):
                continue
            (wins_a, a), (wins_b, b) = next(iter(records_a.items())), next(iter(records_b.items()))
            if wins_a == wins_b:
                if ledger.take("club standings", a, b):
                    drafts.append(_draft(FindingKind.AGREE, a, b, "Both give"))
                continue
            if sum(wins_a) != sum(wins_b) or wins_a in told[1] or wins_b in told[0]:
                continue
            if ledger.take("club standings", a, b):
                drafts.append(_draft(FindingKind.CONFLICT, a, b, "The articles disagree on"))
    return drafts


def _draft(kind: FindingKind, a: Fact, b: Fact, opening: str) -> Draft:
    if kind is FindingKind.AGREE:
        reason = f"{opening} one team's standing as {a.text!r}."
    else:
        reason = f"{opening} one team's standing: {a.text!r} on the left, {b.text!r} on the right."
    return Draft(kind, MentionType.NUMBER, [a], [b], reason, tuning.CLUB_STANDING_CONFIDENCE)


def _one_club(a: str, b: str, texts: tuple[str, str]) -> bool:
    if a.casefold().split()[-1] == b.casefold().split()[-1]:
        return True  # "Pitcher Max Fried improved to 14-5" / "Max Fried is now 13-6"
    return any(
        written_together(first, second, text)
        for first, second in ((a, b), (b, a))
        for text in texts
    )


def _by_name(analysis: Analysis) -> Told:
    """The standings the article tells, by the name each is told of."""
    text = analysis.document.text
    out: Told = {}
    for sentence, records in standings(analysis).items():
        tokens = analysis.sentence_tokens[sentence]
        for wins, fact in records.items():
            name = _name_before(text, tokens, fact.start)
            if name:
                out.setdefault(name, {})[wins] = fact
    return out


def _name_before(text: str, tokens: Sequence[Token], start: int) -> str | None:
    """The capitalised words just before the verb of standing: "Los Angeles improved to"."""
    before = [t for t in tokens if t.end <= start]
    i = len(before) - 1
    while i >= 0 and len(before) - 1 - i < _VERB_WORDS and not _capital(text, before[i]):
        i -= 1
    words: list[str] = []
    while i >= 0 and _capital(text, before[i]):
        words.insert(0, text[before[i].start : before[i].end])
        i -= 1
    if words and words[0].casefold() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words) if words else None


def _capital(text: str, token: Token) -> bool:
    return text[token.start : token.start + 1].isupper()
