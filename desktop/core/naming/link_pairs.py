"""Name keys paired across the two articles the same way whichever article is on the left.

Walking the left article's names in turn, each taking the best right name, pairs from the left:
two left names may take one right name, and the right name's own best partner is never asked,
so swapping the articles changes which names agree ("CEC" / "Central Election Commission" agreed
in one order and yellow in the other, stop 57). Here every left x right candidate is scored once,
the candidates are taken best first, and a name once paired is not paired again: the same rule
read from either side, so the swapped articles give the same pairs, mirrored.
"""

from __future__ import annotations

from collections.abc import Iterable

# Scores are rounded to this many digits before ranking, as in bookkeeping/pair_order: a score
# summed or divided in another order may differ in its last bits with the sides swapped, and a
# tie must stay a tie. Not fitted (bench.symmetry counts it, stop 58).
SCORE_DIGITS = 9

Candidate = tuple[str, str, float]  # left key, right key, score


def pair_best_first(candidates: Iterable[Candidate]) -> dict[str, str]:
    """Left key -> right key, one partner each, taking the candidates best score first. Equal
    scores are ranked by the two keys in alphabetical order, which name no side."""
    ranked = sorted(
        candidates,
        key=lambda c: (-round(c[2], SCORE_DIGITS), min(c[0], c[1]), max(c[0], c[1])),
    )
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for left, right, _ in ranked:
        if left in pairs or right in taken:
            continue
        pairs[left] = right
        taken.add(right)
    return pairs


def second_forms(
    pairs: dict[str, str], candidates: Iterable[Candidate]
) -> tuple[dict[str, str], dict[str, str]]:
    """The names one-to-one pairing leaves over that are a second form of a paired name of their
    own article ("CSB" beside "Coastal Shipping Board", "Marcheti" beside "Marchetti"): a name
    left without a partner whose best match on the other side is already paired is that partner's
    name written another way. Read alike from both sides: left key -> the left key it is a form
    of, and right key -> the right key it is a form of. Ties are broken by key, as in
    ``pair_best_first``."""
    right_partner = {right: left for left, right in pairs.items()}
    best: tuple[dict[str, tuple[float, str]], dict[str, tuple[float, str]]] = ({}, {})
    for left, right, score in candidates:
        rounded = round(score, SCORE_DIGITS)
        for mine, other, side in ((left, right, best[0]), (right, left, best[1])):
            held = side.get(mine)
            if held is None or (-rounded, other) < (-held[0], held[1]):
                side[mine] = (rounded, other)
    left_forms = {
        key: right_partner[other]
        for key, (_, other) in best[0].items()
        if key not in pairs and other in right_partner
    }
    right_forms = {
        key: pairs[other]
        for key, (_, other) in best[1].items()
        if key not in right_partner and other in pairs
    }
    return left_forms, right_forms
