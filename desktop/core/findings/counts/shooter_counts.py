"""How many fired: "a lone gunman" / "two gunmen", "a man opened fire" / "two men opened fire".
Told by "a lone (single, sole) gunman", a count of those who fired, or one person opening fire
in an article that tells of no second one ("gunmen", "a second shooter"). An article that gives
two numbers, or gives one in a sentence about another shooting, tells none."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import NumberValue
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claimable import questions
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.persons.whom_told import other_incident_sentences
from desktop.core.lexicon import shooters as w
from desktop.core.lexicon.people import COUNT_WORDS
from desktop.core.model import FindingKind, MentionType

_ADJ = rf"(?:(?:[a-z-]+(?:ed|ing)|{'|'.join(w.FIRER_ADJECTIVES)})\s+)?"  # "two masked men"
_ONE, _MANY, _ALONE = "|".join(w.FIRER_NOUNS), "|".join(w.FIRER_PLURALS), "|".join(w.ALONE_WORDS)
_N, _WHO, _FIRE = rf"(?P<n>\d|{'|'.join(COUNT_WORDS)})", "|".join(w.FIRING_PEOPLE), r"opened\s+fire"
_TOLD = [  # (pattern, weak): a weak one counts only when the article tells of no second one
    (re.compile(rf"\b(?:a|the|one)\s+(?:{_ALONE})\s+{_ADJ}(?:{_ONE})\b", re.I), False),
    (re.compile(rf"\b{_N}\s+{_ADJ}(?:{_MANY})\b", re.I), False),
    (re.compile(rf"\b{_N}\s+{_ADJ}(?:{_WHO})\s+{_FIRE}", re.I), False),
    (re.compile(rf"\b(?:a|an)\s+{_ADJ}(?:{_WHO})\s+{_FIRE}", re.I), True),
]
_MORE = re.compile(
    rf"\b(?:{_MANY})\b|\b(?:{'|'.join(w.MORE_FIRER_WORDS)})\s+{_ADJ}(?:{_ONE}|man|woman)\b", re.I
)


def shooter_counts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    a, b = _told(left), _told(right)
    if a is None or b is None or a.number == b.number or not ledger.take("shooters", a, b):
        return []
    why = f"Different numbers of people who fired: the left says {a.text!r}, the right {b.text!r}."
    return [Draft(FindingKind.CONFLICT, MentionType.NUMBER, [a], [b], why, tuning.SHOOTER_COUNT)]


def _told(analysis: Analysis) -> Fact | None:
    """The one number of those who fired the article tells; None for none or two."""
    text, skipped = analysis.document.text, questions(analysis) | other_incident_sentences(analysis)
    spans = [
        (t[0].start, t[-1].end, i)
        for i, t in enumerate(analysis.sentence_tokens)
        if t and i not in skipped
    ]
    more = any(_MORE.search(text, start, end) for start, end, _ in spans)
    found = [
        (_fact(m, i), weak)
        for pattern, weak in _TOLD
        for start, end, i in spans
        for m in pattern.finditer(text, start, end)
    ]
    sure = [f for f, weak in found if not weak] or ([] if more else [f for f, _ in found])
    numbers = {f.number.low for f in sure if f.number is not None}
    return sure[0] if len(numbers) == 1 and not (more and 1.0 in numbers) else None


def _fact(match: re.Match[str], sentence: int) -> Fact:
    word = match.groupdict().get("n") or "1"
    n = float(word) if word.isdigit() else float(COUNT_WORDS.get(word.lower(), 1))
    fact = Fact(*match.span(), match.group(), MentionType.NUMBER, "CARDINAL", sentence)
    fact.number, fact.key, fact.value = NumberValue(n, n), f"shooters:{n:g}", f"shooters:{n:g}"
    return fact
