"""Two sums in two currencies ("almost $2 million" / "£910,000"), compared at a rate the writer
could have used: the lowest and the highest rate of each year the articles are dated
(``lexicon/exchange_rates.py``, the ECB's daily rates), widened by ``tuning.RATE_BAND_MARGIN``.

A sum the other converts into at some rate of that band may be the same sum, told in another
currency: the two agree, with low confidence, and never as the same figure. A sum outside the
other's conversion at every rate of the band is a conflict, and its reason names the band.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.core.extraction.extract import Fact
from desktop.core.figures.numbers.values import NumberValue, numbers_compatible
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.figures import Relation
from desktop.core.lexicon.exchange_rates import CURRENCY_NAMES, USD_PER_UNIT

Refs = tuple[date | None, date | None]


def two_currencies(a: NumberValue | None, b: NumberValue | None) -> bool:
    """Both sums name a currency the table converts, and not the same one."""
    if a is None or b is None or a.dimension == b.dimension:
        return False
    return all(v.dimension in CURRENCY_NAMES for v in (a, b))


def currency_relation(a: NumberValue, b: NumberValue, refs: Refs) -> Relation | None:
    """CONSISTENT when ``b``, converted into ``a``'s currency at some rate of the band, meets
    ``a``; CLASH when it meets it at none."""
    band = rate_band(a.dimension, b.dimension, _years(refs))
    if band is None:
        return None
    low, high = band
    converted = NumberValue(b.low * low, b.high * high, a.dimension, exact=False, bound="range")
    return Relation.CONSISTENT if numbers_compatible(a, converted) else Relation.CLASH


def rate_band(mine: str, theirs: str, years: Iterable[int]) -> tuple[float, float] | None:
    """How many units of ``mine`` one unit of ``theirs`` fetched, lowest and highest, in the
    given years (every year of the table when none is in it), widened by the margin."""
    per_mine, per_theirs = _usd_band(mine, years), _usd_band(theirs, years)
    if per_mine is None or per_theirs is None:
        return None
    margin = tuning.RATE_BAND_MARGIN
    return (
        per_theirs[0] / per_mine[1] * (1 - margin),
        per_theirs[1] / per_mine[0] * (1 + margin),
    )


def _usd_band(currency: str, years: Iterable[int]) -> tuple[float, float] | None:
    if currency == "usd":
        return (1.0, 1.0)
    table = USD_PER_UNIT.get(currency)
    if table is None:
        return None
    rates = [table[y] for y in years if y in table] or list(table.values())
    return min(r[0] for r in rates), max(r[1] for r in rates)


def _years(refs: Refs) -> set[int]:
    return {d.year for d in refs if d is not None}


def rate_note(a: Fact, b: Fact, rel: Relation, refs: Refs) -> str:
    """The sentence a reason adds when the two sums are in two currencies: the rate band they
    were compared at, and what it says."""
    if a.number is None or b.number is None or not two_currencies(a.number, b.number):
        return ""
    # Quote the band as dollars for one euro or one pound, the way rates are printed.
    base, other = sorted((a.number.dimension, b.number.dimension), key=lambda d: d != "usd")
    years = _years(refs)
    band = rate_band(base, other, years)
    if band is None:
        return ""
    when = (
        "in " + " and ".join(str(y) for y in sorted(years))
        if years & set(USD_PER_UNIT[other])
        else "since 1999"
    )
    rate = (
        f"{band[0]:.2f}-{band[1]:.2f} {CURRENCY_NAMES[base][1]} to the {CURRENCY_NAMES[other][0]}"
    )
    source = f"the ECB's daily rates {when}, give or take {tuning.RATE_BAND_MARGIN:.0%}"
    if rel is Relation.CLASH:
        return (
            f" The sums are in two currencies and differ at {rate} ({source}): both may be "
            "true only if one article converted at an unusual rate; check which sum is right."
        )
    return (
        f" The sums are in two currencies and may be one sum at {rate} ({source}); only the "
        "sum in its own currency says it exactly."
    )
