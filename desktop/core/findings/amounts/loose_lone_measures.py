"""A lone physical measure in two loosely aligned sentences: "the T7, with 10 cores and a top
speed of 4.8 gigahertz" / "the T7, has 10 cores and runs at up to 4.6 GHz".

Two reporters tell one thing's measure in their own words, so the sentences may align too
loosely for their claims to be compared one by one (``comparison``). But a sentence gives one
clock speed, one weight, one length of a thing: when each sentence gives exactly one figure in
that dimension, and the sentences share a figure besides it (the 10 cores both give), the two
measures are the one measure of the thing both speak of. A measure with no shared figure beside
it, or beside a second measure of its kind, is never read so.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.claims import Relation, relation, restated, specific

# The measures a sentence gives one of for one thing: a distance, an area, a weight, a speed, a
# clock frequency. Money, counts, shares and lengths of time are left to the other rules.
_MEASURES = frozenset({"length", "area", "mass", "speed", "frequency"})


def lone_measure_clash(
    fa: Fact,
    fb: Fact,
    analyses: tuple[Analysis, Analysis],
    sentence_figures: tuple[list[Fact], list[Fact]],
) -> Relation | None:
    """How the two figures clash when they are their sentences' one measure of one dimension,
    beside a figure both sentences give; None when they are not or do not clash."""
    if fa.number is None or fb.number is None or fa.number.dimension not in _MEASURES:
        return None
    dimension = fa.number.dimension
    if fb.number.dimension != dimension or not (specific(fa) or specific(fb)):
        return None
    for fact, figures, analysis in (
        (fa, sentence_figures[0], analyses[0]),
        (fb, sentence_figures[1], analyses[1]),
    ):
        kin = [
            f
            for f in figures
            if f.number is not None
            and f.number.dimension == dimension
            and not restated(f, analysis)
        ]
        if kin != [fact]:  # a second weight or speed in the sentence: which thing's?
            return None
    shared = {f.key for f in sentence_figures[0] if f is not fa} & {
        f.key for f in sentence_figures[1] if f is not fb
    }
    if not shared:
        return None
    refs = (analyses[0].reference_date, analyses[1].reference_date)
    rel = relation(fa, fb, refs)
    return rel if rel in (Relation.CLASH, Relation.BOUNDS) else None
