"""The country (or US state) each article's opening tells the story in, compared across articles.

"Texas convict pulls gun on guards, escapes" / "'Armed and Dangerous' Colorado Inmate on The
Loose"; "Detroit office shooter charged" / "... at a suburban Marseille accounting firm": a
headline and its lead say where the story happens, whatever their sentences align with. When each
opening puts the story in exactly one country (or one US state), directly or through the one
country a town of it lies in, the two differ and neither lies in the other, and neither article
names the other's region anywhere (by name, by a town in it, or by its people's adjective), the
articles tell the story in two places. Either article naming the other's country at all (a
reaction abroad, a victim's home country) leaves room for both, and nothing is said.

A place that opens a line as a dateline does ("Nairobi: A navy warship foiled ...") says where
the report was filed, and a place that bounds another ("the gulf between the Horn of Africa and
Yemen") says where that other lies: neither tells where the story happens (stop 53: the one
firing on the judged fresh pools set a bureau's dateline against a bounding country).

An opening that names no country ("Klitschko defended his titles with a lopsided victory") leaves
the story where the body places everything it places: when every place the body puts something
"in", "at", "near" or "off" lies in one country ("arrived in Germany on Monday", "had been training
in Germany"), that country is where the article tells the story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.claims import lead_sentences
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.events.elsewhere import placed_in
from desktop.core.findings.locations.corners import cross_street
from desktop.core.findings.locations.own_places import either_places_other
from desktop.core.findings.locations.place_clash import a_person_here, people_of
from desktop.core.findings.locations.town_written_in import any_written_in
from desktop.core.findings.persons.told_designations import designated_person
from desktop.core.findings.sport.team_countries import a_team
from desktop.core.locations.home_places import names_a_home
from desktop.core.locations.place_steps import EVENT_STEP
from desktop.core.locations.places import (
    is_region,
    namesakes_apart_km,
    region_rank,
    regions_of,
    within,
)
from desktop.core.locations.quoted_titles import quoted_alone
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.names import fold, nationality_country

# Before a dateline's place: nothing on its line but perhaps another place and a slash or comma.
_DATELINE_HEAD = re.compile(r"\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*[/,]\s*)?")
# After it: perhaps another place after a slash, then a colon or a dash that ends the dateline.
_DATELINE_TAIL = re.compile(r"\s*(?:/\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*)?(?::|--|[—–])")
# "between", "between Kenya and", "between the Horn of Africa and": a place that bounds another
# follows these words (a name of a few words, with "the" and "of" in it, before "and").
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:the|of|[A-Z][\w.'-]*)\s+){0,5}(?:and\s+)?$")

# A country before its US states: two articles set in two countries need no state to differ.
_RANKS = ("country", "state")


@dataclass(frozen=True, slots=True)
class _Told:
    """Where one article's opening tells the story, rank by rank, and every region it names."""

    opening: dict[str, dict[str, list[Fact]]]  # rank -> region key -> the facts saying it
    named: frozenset[str]  # every region the whole article names, however
    body: dict[str, list[Fact]]  # country -> the body's places put "in" it (see ``placed_in``)


def story_region_conflicts(left: Analysis, right: Analysis, ledger: Ledger) -> list[Draft]:
    sides = (_told(left, Side.LEFT, ledger), _told(right, Side.RIGHT, ledger))
    for rank in _RANKS:
        ours, theirs = sides[0].opening.get(rank, {}), sides[1].opening.get(rank, {})
        from_body = rank == "country" and (not ours) != (not theirs)
        if from_body:  # one opening places the story nowhere: its body may
            ours, theirs = ours or sides[0].body, theirs or sides[1].body
        if len(ours) != 1 or len(theirs) != 1:
            continue
        (a, a_facts), (b, b_facts) = next(iter(ours.items())), next(iter(theirs.items()))
        if a == b:
            continue  # the same country: a state, if both give one, may still differ
        if _names(right, sides[1], a) or _names(left, sides[0], b) or within(a, b) or within(b, a):
            return []
        if either_places_other((left, a_facts[0]), (right, b_facts[0])):
            return []  # an article that puts something in the other's town names its region
        if any_written_in(a_facts, b_facts, (left, right)) or any_written_in(
            b_facts, a_facts, (left, right)
        ):
            return []  # "in Hamburg" / "in Iowa", where one writes "Hamburg, Iowa": one place
        ledger.judge("story region", a_facts, b_facts)
        reason = (
            f"The two articles open on the story in different places: the left in "
            f"{_shown(a_facts, a)}, the right in {_shown(b_facts, b)}, and neither article "
            f"names the other's."
        )
        if from_body:
            told, body = ("left", "right") if sides[0].opening.get(rank) else ("right", "left")
            shown = {"left": _shown(a_facts, a), "right": _shown(b_facts, b)}
            reason = (
                f"The {told} article opens on the story in {shown[told]}; the {body} names no "
                f"country in its opening, and every known place its body puts anything in lies in "
                f"{shown[body]}. Neither article names the other's."
            )
        confidence = tuning.BODY_REGION_CONFIDENCE if from_body else tuning.STORY_REGION_CONFIDENCE
        return [
            Draft(FindingKind.CONFLICT, MentionType.PLACE, a_facts, b_facts, reason, confidence)
        ]
    return []


def _told(analysis: Analysis, side: Side, ledger: Ledger) -> _Told:
    opening: dict[str, dict[str, list[Fact]]] = {}
    body: dict[str, list[Fact]] = {}
    named: set[str] = set()
    lead = lead_sentences(analysis)
    people = people_of(analysis)
    for fact in analysis.facts:
        if fact.type is MentionType.NATIONALITY:
            country = nationality_country(fact.text)
            named.update([country] if country else [])
            continue
        if fact.type is not MentionType.PLACE:
            continue
        holders = _regions(fact.key)
        named.update(holders)  # "Athens" may be in Greece or in Georgia: it names both
        if fact.weak or fact.label != "GPE" or ledger.judged(side, fact):
            continue
        if not _places_the_story(analysis, fact) or a_person_here(analysis, fact, people):
            continue  # "Palin's Church" where "Palin told an assistant pastor": a person
        if fact.sentence >= lead:
            if placed_in(analysis.sentence_tokens[fact.sentence], fact):
                for _, country in _one_per_rank(fact.key, holders)[:1]:
                    if region_rank(country) == "country":
                        body.setdefault(country, []).append(fact)
            continue
        if cross_street(analysis, fact):
            continue  # "near 7 Mile Road and Hayes": a street of the town, not a town
        if designated_person(fact, analysis) is not None:
            continue  # "Los Angeles general manager Tony Reagins": whose office, not where
        for rank, region in _one_per_rank(fact.key, holders):
            opening.setdefault(rank, {}).setdefault(region, []).append(fact)
    return _Told(opening, frozenset(named), body)


def _places_the_story(analysis: Analysis, fact: Fact) -> bool:
    """The place may be where the story happens, not a landform, a later step's place, a
    body's home, a title or a national team."""
    if _with_article(analysis.document.text, fact) and not is_region(fact.key):
        return False  # "in the Andes": a range or a river, not the town the gazetteer knows
    if fact.step != EVENT_STEP:
        return False  # "arrested in Oklahoma": where a later step happened, not the story
    if names_a_home(analysis.document.text, fact):
        return False  # "the Tokyo-based company": where a body lives, not the story
    if quoted_alone(analysis.document.text, fact.start, fact.end):
        return False  # 'the period drama "Australia"': a film's title, not a place
    if _filed_from(analysis.document.text, fact) or _bounding(analysis.document.text, fact):
        return False  # "Nairobi/Mombasa: ...", "the strait between Kenya and Tanzania"
    # "The Springboks beat New Zealand", "the game against Denver": a team, not the story's place
    return not a_team(analysis.sentence_tokens[fact.sentence], fact, analysis.document.text)


def _filed_from(text: str, fact: Fact) -> bool:
    """The place opens a line as a dateline does, alone or with another ("Nairobi: A ship...",
    "Nairobi/Mombasa: ...", "NAIROBI -- ..."): where the report was filed, which a bureau
    abroad shares with no story it covers."""
    line_start = text.rfind("\n", 0, fact.start) + 1
    if _DATELINE_HEAD.fullmatch(text[line_start : fact.start]) is None:
        return False
    return _DATELINE_TAIL.match(text, fact.end) is not None


def _bounding(text: str, fact: Fact) -> bool:
    """The place is one of two that bound another ("the strait between Kenya and Tanzania"):
    it says where that other place lies, not where the story happens."""
    return _BETWEEN.search(text[max(0, fact.start - 60) : fact.start]) is not None


def _with_article(text: str, fact: Fact) -> bool:
    """The name is read with "the" ("the Andes", "the Ganges"): a town takes no article, so
    the name is a mountain range, a river or a region whatever town shares it ("Andes",
    Colombia). A country may ("the Philippines") and is kept by the caller."""
    return re.search(r"\bthe\s+$", text[max(0, fact.start - 8) : fact.start], re.I) is not None


def _names(analysis: Analysis, told: _Told, region: str) -> bool:
    """The article names the region: as a place, by a town in it, by its people's adjective, or
    inside another name ("Colorado Department of Corrections" names Colorado)."""
    if region in told.named:
        return True
    return re.search(rf"\b{re.escape(region)}\b", fold(analysis.document.text)) is not None


def _regions(key: str) -> set[str]:
    place = key.partition(":")[2] or key
    return {place, *regions_of(place)} if is_region(place) else set(regions_of(place))


def _one_per_rank(key: str, holders: Iterable[str]) -> list[tuple[str, str]]:
    """The one country and the one US state a place says, when it says only one of each: a town
    whose name is a town in two countries says neither."""
    found = []
    place = key.partition(":")[2] or key
    # "Palmer" is a town of Massachusetts and of Alaska: it says no one state
    far = not is_region(place) and namesakes_apart_km(place) > tuning.NEAR_PLACE_KM
    for rank in _RANKS:
        if rank == "state" and far:
            continue
        of_rank = {r for r in holders if region_rank(r) == rank and is_region(r)}
        if len(of_rank) == 1:
            found.append((rank, next(iter(of_rank))))
    return found


def _shown(facts: list[Fact], region: str) -> str:
    text = facts[0].text
    return repr(text) if fold(text) == region else f"{text!r} ({region.title()})"
