"""The other article writes the same figure: told, unless it plainly counts something else.

"Three people were killed" on both sides, and "three others were wounded" on one: the second
three counts the wounded, which the other article never counts, so it stays one-sided. Only
counts a report is about (the dead, the injured, the arrested, ...) are set apart so: where either
figure counts nothing of the kind, or "shot" counts the dead and the wounded alike, the figure
written on the other side still tells it. Nor does a figure that counts another kind of thing
there ("three title belts" / "three left hooks": nouns of no kind in common, ``same_kind``).
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.counts.kindred_counts import people_noun, same_kind
from desktop.core.lexicon import COUNT_SLOTS

_BOTH_HARMS = "shoot"  # "six people were shot" counts the dead and the wounded together


def counted_otherwise(fact: Fact, theirs: Analysis) -> bool:
    """Every fact of this key the other article gives counts something else than this one: the
    figure written there ("three", "Three") does not tell it."""
    same = theirs.derived("told_same_figure.by_key", _by_key).get(fact.key, ())
    return bool(same) and all(_counts_apart(fact, other) for other in same)


def _by_key(analysis: Analysis) -> dict[str, list[Fact]]:
    found: dict[str, list[Fact]] = {}
    for fact in analysis.facts:
        found.setdefault(fact.key, []).append(fact)
    return found


def _counts_apart(a: Fact, b: Fact) -> bool:
    first, second = _counted(a), _counted(b)
    if first and second:
        return not first & second
    # "retained three heavyweight title belts" / "fell from three consecutive left hooks": the
    # figure there counts another kind of thing. Not people: one group is counted by many
    # nouns of role ("three students" / "three victims"), which no table sets close.
    # Only whole counts of things: "a 5.6 quake" and "a magnitude of 5.6" measure one quake.
    nouns = a.counted, b.counted
    if not all(nouns) or not (_whole_count(a) and _whole_count(b)):
        return False
    if a.counted in b.slot or b.counted in a.slot:
        # "caught 29 passes" / "29 catches", "two touchdown rushing" / "two touchdowns": the
        # words around one figure name what the other counts, whatever noun the parser hung
        # each on.
        return False
    return not any(map(people_noun, nouns)) and not same_kind(*nouns)


def _whole_count(fact: Fact) -> bool:
    number = fact.number
    return (
        number is not None
        and not number.dimension
        and number.low == number.high
        and float(number.low).is_integer()
        and number.low > 1
    )


def _counted(fact: Fact) -> frozenset[str]:
    """The counts of the report the figure gives, by the words it hangs on with full weight;
    nothing when one of them is a harm that covers several."""
    if fact.number is None:
        return frozenset()
    heads = {w for w, weight in fact.slot.items() if weight >= 1.0}
    if _BOTH_HARMS in heads:
        return frozenset()
    return frozenset(heads & COUNT_SLOTS)


def counted_slot(fact: Fact) -> str:
    """What the figure counts, for a reason ("injury"), or "" when it is not one clear count."""
    counted = _counted(fact)
    return next(iter(counted)) if len(counted) == 1 else ""
