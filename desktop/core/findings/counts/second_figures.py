"""A figure both articles give alike may still clash with a second figure the other article gives
for the same thing: "The seismological center said the magnitude was 5.9" / "Tehran's center put
it at 5.9 ... the U.S. Geological Survey said it was 6.1".

When one article reports two sources' figures for one thing and the other reports one, the one
agrees with its match and contradicts the other. Only a figure of the same thing as the agreed
partner counts (its slot, told in another sentence): "shooting three co-workers" agreed with "shot
three co-workers" says nothing against "killing two" in that sentence. Nor does a figure whose
clause names its own party (a team, a company) where the partner's names none or another: "City won
the title with 89 points. Arsenal finished on 87 points" gives Arsenal's points, not a second
account of City's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.core.extraction.extract import Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.claims import overlap


def second_figures(partners: Sequence[Fact], near: Iterable[Fact]) -> list[Fact]:
    """Of the other article's figures ``near`` a figure it gives alike in ``partners``, those of
    a partner's slot in another sentence than that partner's."""
    return [
        fb
        for fb in near
        if any(
            fb.sentence != p.sentence
            and overlap(fb.slot, p.slot) >= tuning.CONFLICT_SLOT
            and not (fb.party and fb.party != p.party)
            and fb.missed == p.missed  # "out for 14 games" is no second count of "30 games"
            for p in partners
        )
    ]
