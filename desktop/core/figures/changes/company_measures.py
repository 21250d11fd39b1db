"""The measures of a company a sum tells: two sums said of two measures ("reported revenue of
$1.2 billion" / "profit climbed to $1.4 billion") give the revenue and the profit, never two
accounts of one figure, even when each is the only sum of its sentence; and a sum's or a share's
change told with any verb of a rise or a fall ("tumbled" / "fell") is one change."""

from __future__ import annotations

from typing import Any

from desktop.core.figures.numbers.values import is_currency, parse_number
from desktop.core.lexicon.business_slots import (
    CHANGE_SYNONYMS,
    COMPANY_MEASURES,
    DEAL_PRICE_WORDS,
)

# A context word that names the figure's measure: the figure's own noun (weight 1.0) or the noun
# after its preposition, which slot_words weighs 0.8 ("$39 billion in revenue"); not a word of
# the sentence around it (0.5: "the acquisition" of "values the acquisition at $13.9 billion"
# is named by "values"). Not fitted: the weights slot_words gives.
MEASURE_NAMING_WEIGHT = 0.8


def measures_told(slot: dict[str, float]) -> frozenset[str]:
    """The measures of a company a figure's context words name: the noun the figure is of or
    in ("$39 billion in revenue" names the revenue as "revenue of $39 billion" does), the words
    of a deal's price as one."""
    named = (_measure(w) for w, weight in slot.items() if weight >= MEASURE_NAMING_WEIGHT)
    return frozenset(m for m in named if m in COMPANY_MEASURES)


def _measure(word: str) -> str:
    return "price" if word in DEAL_PRICE_WORDS else word


def two_measures(a: dict[str, float], b: dict[str, float]) -> bool:
    """Each figure names a measure of a company, and none the other names."""
    mine, theirs = measures_told(a), measures_told(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def with_market_changes(words: dict[str, float], span: Any) -> dict[str, float]:
    """A sum's or a share's slot words with the verbs of its change folded to a rise or a fall
    ("the stock tumbled more than 8%" / "shares fell 8.2 percent"); a count's left as they are."""
    value = parse_number(span.text)
    if value is None or not (is_currency(value.dimension) or value.dimension == "percent"):
        return words
    out: dict[str, float] = {}
    for word, weight in words.items():
        folded = CHANGE_SYNONYMS.get(word, word)
        out[folded] = max(weight, out.get(folded, 0.0))
    return out
