"""A contract's length told by the year it runs to: "signed a five-year contract" / "agreed a
deal until 2029" on a 2024 page. A season runs across the turn of the year, so a contract of N
years signed this year ends N years on, or N - 1 when it ends at the close of a season that
began the year before ("a three-year deal" signed in July 2024 runs to June 2027).

Only with the page dated (the years are counted from it), and only in a sentence of the other
article aligned with this one, both naming a contract.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.figures.numbers.values import parse_number
from desktop.core.findings.alignment.statement_partners import Partners
from desktop.core.lexicon.games import CONTRACT_NOUNS

_TERM = re.compile(r"\b([\w.]+)[-\s]years?\b(?![-\s]+(?:old|ago)\b)", re.I)
_UNTIL = re.compile(
    r"\b(?:until|through|till|to)\s+(?:the\s+(?:end|summer)\s+of\s+)?(?:(?:june|july|may)\s+)?"
    r"((?:19|20)\d\d)\b",
    re.I,
)
_CONTRACT = re.compile(r"\b(?:" + "|".join(sorted(CONTRACT_NOUNS)) + r")\b", re.I)


def contract_end_told(fact: Fact, mine: Analysis, theirs: Analysis, partners: Partners) -> bool:
    reference = mine.reference_date or theirs.reference_date
    if reference is None:
        return False
    mine_text = mine.document.text
    sentence = mine.sentences[fact.sentence]
    said = mine_text[sentence.start : sentence.end]
    if not _CONTRACT.search(said):
        return False
    term = _TERM.match(mine_text, fact.start)
    until = _UNTIL.search(mine_text, max(sentence.start, fact.start - 24), fact.end)
    for j, _ in partners.get(fact.sentence, ()):
        other = theirs.sentences[j]
        told = theirs.document.text[other.start : other.end]
        if not _CONTRACT.search(told):
            continue
        if term is not None and any(
            _fits(term.group(1), int(m.group(1)) - reference.year) for m in _UNTIL.finditer(told)
        ):
            return True
        if (
            until is not None
            and until.end() == fact.end
            and any(
                _fits(m.group(1), int(until.group(1)) - reference.year)
                for m in _TERM.finditer(told)
            )
        ):
            return True
    return False


def _fits(count: str, years_left: int) -> bool:
    """A term of ``count`` years ends ``years_left`` years after the page's: N or N - 1."""
    value = parse_number(count)
    if value is None or not value.exact or value.low != value.high:
        return False
    return years_left in (int(value.low), int(value.low) - 1)
