"""Where a person was born or died, as each article tells it.

A person is born in one place and dies in one place: "Born on April 22, 1923, in Nashville,
Tennessee, Page said ..." / "Page was born to a poor family in Colorado"; "Bettie Page ... died
yesterday in Los Angeles" / "Page died yesterday at a Melbourne hospital". The sentences need
not align. A place is where the birth or death happened when a locative ("in", "at", "near")
puts it within a clause's reach after the verb. When each article places the births (or the
deaths) it tells at one scene only (a town and its state are one; a story of two deaths in two
towns says nothing here), the two scenes differ, and neither article writes the other's place
anywhere, the articles place one birth or death differently.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.extraction.text_search import written_alone
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.locations.locative import finest, one_scene
from desktop.core.findings.locations.place_nouns import two_scenes
from desktop.core.lexicon.life_events import (
    BORN_AFTER_PLACE,
    LIFE_PLACE_FORMS,
    LIFE_PLACE_LOCATIVES,
    NATIVE_WORDS,
)
from desktop.core.locations.places import is_known_place
from desktop.core.model import FindingKind, MentionType, Side


def life_place_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    ours, theirs = _placed(left), _placed(right)
    drafts: list[Draft] = []
    for event, a_places in sorted(ours.items()):
        b_places = theirs.get(event, [])
        if not b_places or not (_one_scene(a_places) and _one_scene(b_places)):
            continue
        pairs = [
            (fa, fb)
            for fa in a_places
            for fb in b_places
            if not ledger.judged(Side.LEFT, fa)
            and not ledger.judged(Side.RIGHT, fb)
            and two_scenes((left, fa), (right, fb))
            and not written_alone(fa.text, right.document.text)
            and not written_alone(fb.text, left.document.text)
        ]
        # "born in Omaha, Nebraska" / "the Lincoln native": the state only says where the town
        # lies, and the towns are the two claims.
        if not pairs or any(
            one_scene(fa.key, fb.key) for fa in finest(a_places) for fb in finest(b_places)
        ):
            continue
        fa, fb = pairs[0]
        ledger.judge("life place", [fa], [fb])
        drafts.append(
            Draft(
                FindingKind.CONFLICT,
                MentionType.PLACE,
                [fa],
                [fb],
                f"Both articles say where the {event} happened, but the left says {fa.text!r} "
                f"and the right {fb.text!r}.",
                tuning.LIFE_PLACE_CONFIDENCE,
            )
        )
    return drafts


def _placed(analysis: Analysis) -> dict[str, list[Fact]]:
    """The known places the article puts a birth or a death at, judged or not: a death placed
    twice is placed twice whichever pass judged one of the places."""
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        by_sentence[fact.sentence].append(fact)
    out: dict[str, list[Fact]] = defaultdict(list)
    for i, tokens in enumerate(analysis.sentence_tokens):
        verbs = [t for t in tokens if t.lower in LIFE_PLACE_FORMS]
        places = [
            f
            for f in by_sentence.get(i, [])
            if f.type is MentionType.PLACE and is_known_place(f.key)
        ]
        for place in places:
            if native_of(tokens, place):
                out["birth"].append(place)
                continue
            for verb in verbs:
                if where_it_happened(tokens, verb, place):
                    out[LIFE_PLACE_FORMS[verb.lower]].append(place)
    return out


def native_of(tokens: Sequence[Token], place: Fact) -> bool:
    """A birthplace told with no verb of birth: "a native of Seville", "the Birmingham native",
    "the Detroit-born fighter"."""
    before = [t.lower for t in tokens if t.end <= place.start][-2:]
    after = [t.lower for t in tokens if t.start >= place.end and t.lower not in ("-", "\u2010")]
    return (len(before) == 2 and before[0] in NATIVE_WORDS and before[1] == "of") or (
        bool(after) and after[0] in BORN_AFTER_PLACE
    )


def where_it_happened(tokens: Sequence[Token], verb: Token, place: Fact) -> bool:
    """A locative puts the place a few words after the verb: "born ... in Colorado"."""
    between = [
        t for t in tokens if verb.end <= t.start and t.end <= place.start and t.lower[:1].isalnum()
    ]
    if len(between) > tuning.LIFE_PLACE_REACH:
        return False
    near = between[-tuning.LIFE_PLACE_LOCATIVE_REACH - 1 :]
    return any(t.lower in LIFE_PLACE_LOCATIVES for t in near)


def _one_scene(places: list[Fact]) -> bool:
    """The places are one scene at several precisions ("Nashville, Tennessee"), not two."""
    return all(a.key == b.key or one_scene(a.key, b.key) for a in places for b in places)
