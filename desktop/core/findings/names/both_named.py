"""A name each article gives elsewhere: no clash in a look-alike sentence.

A round-up of a weekend's shootings tells each victim in the same words ("He was shot in the back
and pronounced dead at Mount Sinai Hospital" / "He was shot in the chest and died at Stroger
Hospital"), and the aligner may set one victim's sentence beside another's. When the article on
the other side names the first side's hospital, street or person itself, somewhere else, it does
not contradict that name: it tells of two. Only sentences retold in their own words are read so;
a sentence copied with nothing but the name changed is an edit, whatever the rest says.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.naming.link import NAME_TYPES


def named_elsewhere(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], links: dict[str, str]
) -> bool:
    """The right article gives the left's name, or the left the right's, outside the pair."""
    if fa.type not in NAME_TYPES or fb.type not in NAME_TYPES:
        return False
    left, right = analyses
    mine = links.get(fa.key)
    if mine is not None and any(f.key == mine and f.sentence != fb.sentence for f in right.facts):
        return True
    return any(links.get(f.key) == fb.key and f.sentence != fa.sentence for f in left.facts)
