"""Where one named person lives, told by each article beside the name: "Anthony LaSalle, 36, of
Minneapolis" / "Police stopped LaSalle, of Bloomington".

"NAME, of PLACE" (an age may stand between) is the press's way of giving someone's home town, and a
person has one home. When both articles give the same person (the same name, linked across the
articles) a home town this way, each article's homes are one place, and the two are two towns
(neither in the other), the articles disagree on where the person lives. A suburb against the city
beside it is still two homes: the appositive names the town, not the scene of a story. Two people,
each of their own town, say nothing here.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.locations.locative import may_hold
from desktop.core.findings.locations.place_clash import two_places
from desktop.core.locations.places import is_known_place, is_region, nested
from desktop.core.model import FindingKind, MentionType, Side

# What stands between a name and its home town: ", of ", ", 36, of ", ", a 36-year-old of ".
_BEFORE_HOME = re.compile(r",\s*(?:(?:an?\s+)?\d{1,3}(?:-year-old)?\s*,\s*)?of\s+")


def residence_conflicts(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    ours, theirs = _homes(left), _homes(right)
    drafts: list[Draft] = []
    for person, a_homes in sorted(ours.items()):
        b_homes = theirs.get(links.get(person, ""), [])
        if not b_homes or not (_one_home(a_homes) and _one_home(b_homes)):
            continue
        fa, fb = a_homes[0], b_homes[0]
        if not _two_towns(fa.key, fb.key) or not two_places((left, fa), (right, fb)):
            continue  # "of Queens" / "of College Point": a district and its borough, one home
        if ledger.judged(Side.LEFT, fa) or ledger.judged(Side.RIGHT, fb):
            continue
        ledger.judge("residence", [fa], [fb])
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PLACE,
                [fa],
                [fb],
                f"Both articles say where {_name(left, person)} lives, but the left says "
                f"{fa.text!r} and the right {fb.text!r}.",
                tuning.RESIDENCE_CLASH_CONFIDENCE,
            )
        )
    return drafts


def _homes(analysis: Analysis) -> dict[str, list[Fact]]:
    """Each named person's home towns, as the article writes them beside the name."""
    text = analysis.document.text
    places = {f.start: f for f in analysis.facts if f.type is MentionType.PLACE}
    out: dict[str, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        if fact.type is not MentionType.PERSON or not fact.key:
            continue
        joint = _BEFORE_HOME.match(text, fact.end)
        home = places.get(joint.end()) if joint else None
        if home is not None and is_known_place(home.key) and not is_region(home.key):
            out[fact.key].append(home)
    return out


def _one_home(homes: list[Fact]) -> bool:
    return all(a.key == b.key for a in homes for b in homes)


def _two_towns(a: str, b: str) -> bool:
    return a != b and not nested(a, b) and not may_hold(a, b)


def _name(analysis: Analysis, key: str) -> str:
    named = [f.text for f in analysis.facts if f.key == key]
    return max(named, key=len) if named else "the person"
