"""Names corroborated by identity, and the names one article gives that the other lacks anywhere.

A yellow mark says: the other article does not report this fact anywhere. So a name is one-sided
only when no name of the other side is linked to it. Figures and dates are judged in
``leftover_values``; both mark a fact one-sided through ``only``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.amounts.told_same_figure import counted_slot
from desktop.core.findings.bookkeeping.assembly import Draft, only_draft, report_type
from desktop.core.findings.bookkeeping.comparison import by_key
from desktop.core.findings.bookkeeping.ledger import Ledger, fact_id
from desktop.core.findings.bookkeeping.wording import quoted, slot_phrase, what
from desktop.core.findings.datetimes.days_told.told_holidays import holiday_told_by_date
from desktop.core.findings.events.told_place_events import event_told_by_place_and_kind
from desktop.core.findings.locations.told_demonyms import country_told_by_demonym
from desktop.core.findings.locations.told_hospitals import hospital_told_by_its_kind
from desktop.core.findings.locations.told_places import town_in_partner_region
from desktop.core.findings.locations.told_regions import place_in_written_container, region_told
from desktop.core.findings.names.body_spellings import body_spelled_apart
from desktop.core.findings.names.spelled_apart import same_bearer, spelled_apart
from desktop.core.findings.names.surname_bearers import other_bearers, unheld
from desktop.core.findings.names.told_bodies import body_told_by_adjective
from desktop.core.findings.names.told_body_description import body_told_by_description
from desktop.core.findings.names.told_body_forms import body_told_in_another_form
from desktop.core.findings.names.told_body_nationalities import nationality_of_told_body
from desktop.core.findings.names.told_body_shortenings import body_told_shortened
from desktop.core.findings.names.told_bracketed_initials import initials_told_by_full_name
from desktop.core.findings.names.told_city_bodies import (
    body_as_opponent,
    body_by_its_city,
    body_listed_by_its_city,
    city_for_its_body,
)
from desktop.core.findings.names.told_clippings import (
    clippable,
    clipped_name_owner,
    diminutive_owner,
)
from desktop.core.findings.names.told_common_words import common_word_there
from desktop.core.findings.names.told_contained_names import contained_name_owner
from desktop.core.findings.names.told_country_prefixes import body_told_without_its_country
from desktop.core.findings.names.told_court_judges import court_told_by_its_judge
from desktop.core.findings.names.told_headline_words import headline_words_told
from desktop.core.findings.names.told_joined_names import joined_names_told
from desktop.core.findings.names.told_lowercase_names import name_written_in_lower_case
from desktop.core.findings.names.told_name_runs import name_before_common_words
from desktop.core.findings.names.told_names import initials_in_partner, name_told_otherwise
from desktop.core.findings.names.told_short_bodies import body_by_first_word_and_kind
from desktop.core.findings.names.told_town_services import service_told_in_its_town
from desktop.core.findings.names.told_trade_names import name_after_its_trade_told
from desktop.core.findings.names.told_university_initials import university_told_by_its_place
from desktop.core.findings.persons.told_descriptors import describes_told_person
from desktop.core.findings.persons.told_designations import designates_told_person
from desktop.core.findings.sport.told_city_codes import city_told_by_its_code
from desktop.core.findings.untold.told import told_elsewhere
from desktop.core.findings.untold.told_body_units import unit_told_by_its_body
from desktop.core.findings.untold.told_city_parts import city_part_in_written_city
from desktop.core.findings.untold.told_holiday_weekdays import weekday_told_by_holiday
from desktop.core.lexicon.not_names import PLACE_NAME_OPENERS
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import fold

AGREE, CONFLICT = FindingKind.AGREE, FindingKind.CONFLICT
Partners = dict[int, list[tuple[int, float]]]  # sentence -> aligned sentences of the other side


def name_findings(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    ledger: Ledger,
    partners: tuple[Partners, Partners] = ({}, {}),
) -> list[Draft]:
    left_keys = by_key(f for f in ledger.free(Side.LEFT, left.facts) if f.type in NAME_TYPES)
    left_groups, left_alias = _by_person(left_keys)
    right_groups, right_alias = _by_person(
        by_key(f for f in ledger.free(Side.RIGHT, right.facts) if f.type in NAME_TYPES)
    )
    links, spare = _through(links, left_alias, right_alias)
    linked_right = set(links.values())
    drafts: list[Draft] = []
    bearers: tuple[list[Fact], list[Fact]] = ([], [])  # of a surname, apart from the agreement
    matched_right: set[str] = set()
    for key, facts in left_groups.items():
        other = links.get(key)
        if other is not None and other in right_groups:
            matched_right.add(other)
            counterpart = right_groups[other]
            texts = (left.document.text, right.document.text)
            if misspelt := spelled_apart(facts, counterpart, texts) or body_spelled_apart(
                facts, counterpart, texts
            ):
                # The spelling is the one bearer's: a card's other members keep their verdicts.
                facts, counterpart = (
                    same_bearer(facts, counterpart),
                    same_bearer(counterpart, facts),
                )
                kind, reason, confidence = CONFLICT, misspelt, tuning.SPELLED_APART_CONFIDENCE
            else:
                # Another bearer of the surname is no part of it ("Rudy" beside "Christian").
                apart = other_bearers(facts, counterpart), other_bearers(counterpart, facts)
                facts = [f for f in facts if not any(f is a for a in apart[0])]
                counterpart = [f for f in counterpart if not any(f is a for a in apart[1])]
                bearers[0].extend(apart[0])
                bearers[1].extend(apart[1])
                kind, reason, confidence = AGREE, _both_name(facts, counterpart, *texts), 0.9
            drafts.append(
                Draft(kind, report_type(facts[0]), facts, counterpart, reason, confidence)
            )
        elif other is None:
            _one_sided_name(Side.LEFT, facts, (left, right), partners[0], drafts, ledger)
    _spare_links(spare, left_keys, right_groups, matched_right, drafts, (left, right))
    # Judged once every link has had its say: another link may name that bearer (spelt otherwise).
    for i, side in enumerate(Side):
        articles = (left, right) if side is Side.LEFT else (right, left)
        if rest := unheld(bearers[i], drafts, side):
            _one_sided_name(side, rest, articles, partners[i], drafts, ledger)
    for key, facts in right_groups.items():
        if key not in matched_right and key not in linked_right:
            _one_sided_name(Side.RIGHT, facts, (right, left), partners[1], drafts, ledger)
    for draft in drafts:
        ledger.judge("names", draft.left, draft.right)
    return drafts


def _one_sided_name(
    side: Side,
    facts: list[Fact],
    articles: tuple[Analysis, Analysis],
    aligned: Partners,
    drafts: list[Draft],
    ledger: Ledger,
) -> None:
    """A name no link reaches is one-sided, unless the other side writes it all the same, in
    these words or in another form (``articles``: this side's, the other side's; ``aligned``:
    this side's sentences -> the other side's aligned with them)."""
    mine, theirs = articles
    # "Los Angeles general manager Tony Reagins": the place there designates a person the other
    # article names; its other mentions are judged as they stand.
    # "The Ukrainian champion dropped Thompson again": so does a nationality in a description.
    # "Dallas Cowboys linebacker": and a city in the name of a body the other names; "in
    # Dallas" a few lines on is the place and judged as one.
    designations = [
        f
        for f in facts
        if designates_told_person(f, mine, theirs)
        or describes_told_person(f, mine, theirs, aligned)
        or city_for_its_body(f, mine, theirs)
    ]
    if designations:
        ledger.judge("names told", **{side.value: designations})
        facts = [f for f in facts if not any(f is d for d in designations)]
        if not facts:
            return
    if all(_no_place(f) for f in facts):
        ledger.judge("names told", **{side.value: facts})  # nothing is named: no mark at all
    elif any(
        told_elsewhere(f, theirs)
        or name_told_otherwise(f, mine, theirs)
        or initials_in_partner(f, mine, theirs, aligned)
        or town_in_partner_region(f, mine, theirs, aligned)
        or body_told_by_adjective(f, theirs)
        or body_by_first_word_and_kind(f, mine, theirs)
        or body_by_its_city(f, mine, theirs, aligned)
        or body_as_opponent(f, mine, theirs)  # "the Washington Wizards" / "against Washington"
        or body_listed_by_its_city(f, mine, theirs)  # "the Detroit Lions, Chicago and Tampa"
        or city_told_by_its_code(f, theirs)  # "the DAL game" / "at Dallas"
        or region_told(f, theirs)  # "Canadian" / "Vancouver"
        or place_in_written_container(f, mine, theirs, aligned)  # "East Flatbush, Brooklyn"
        or city_part_in_written_city(f, mine, theirs, aligned)  # "Bushwick area in Brooklyn"
        or common_word_there(f, theirs)  # "Vodka" / "vodka"
        or name_written_in_lower_case(f, theirs)  # "Data Center ..." / "data-center ..."
        or body_told_without_its_country(f, theirs)  # "U.S. Fish and Wildlife Service"
        or headline_words_told(f, mine, theirs)  # "Handcuffs Guards" / "handcuffed the guards"
        or body_told_in_another_form(f, theirs)  # "CEC" / "Central Election Commission"
        or unit_told_by_its_body(f, theirs)  # "DMPD Homicide Unit" / "DMPD"
        or body_told_by_description(f, theirs)  # "the weather service"
        or initials_told_by_full_name(f, mine, theirs)  # "... Latter-day Saints (FLDS)"
        or university_told_by_its_place(f, theirs)  # "UNC" / "North Carolina"
        or body_told_shortened(f, theirs)  # "Flood Relief Agency" / "flood agency"
        or name_after_its_trade_told(f, theirs)  # "Carmaker Voss" / "Voss Motors"
        or event_told_by_place_and_kind(f, theirs)  # "Boston Marathon" / "marathon in Boston"
        or service_told_in_its_town(f, theirs)  # "Phoenix Fire Department" / "fire department"
        or court_told_by_its_judge(f, theirs)  # "U.S. District Court" / "U.S. District Judge"
        or country_told_by_demonym(f, mine, theirs)  # "United States" / "American Kelly Moore"
        or nationality_of_told_body(f, mine, theirs)  # "France Telecom ... the French firm"
        or hospital_told_by_its_kind(f, mine, theirs, aligned)  # "the hospital"
        or name_before_common_words(f, theirs)  # "BBC sci-fi" (series) / "the BBC"
        or joined_names_told(f, theirs)  # "a Garmin Forerunner" / "the Forerunner"
        or holiday_told_by_date(f, theirs)  # "the New Year" / "January 1, 2020"
        or weekday_told_by_holiday(f, mine, theirs, aligned)  # "Thanksgiving" / "Thursday"
        for f in facts
    ):
        ledger.judge("names told", **{side.value: facts})
    else:
        shown = introductions(facts)
        ledger.judge("name repeated", **{side.value: [f for f in facts if f not in shown]})
        drafts.append(only(side, shown))


def introductions(facts: list[Fact]) -> list[Fact]:
    """Where the article gives the name in full ("His accused killer, Eric Kirkpatrick"): the
    fact the other article lacks. A later bare "Kirkpatrick" refers back to it and tells nothing
    new, and a yellow mark on every such mention would sit inside statements both articles make
    ("Kirkpatrick had been let go" / "a former employee recently let go")."""
    longest = max(len(f.text.split()) for f in facts)
    return [f for f in facts if len(f.text.split()) == longest]


def _no_place(fact: Fact) -> bool:
    """ "a Santa hat": the first word of place names ("Santa Fe"), alone, names no place."""
    return fact.type is MentionType.PLACE and fold(fact.text) in PLACE_NAME_OPENERS


def _by_person(groups: dict[str, list[Fact]]) -> tuple[dict[str, list[Fact]], dict[str, str]]:
    """A bare surname the parser typed as an organisation or a place ("Comeaux, 49" after
    "Arcade Joseph Comeaux Jr.") is the person the article named in full: one name, one mark.
    Only where a single person of the article bears that surname. Returns the groups and each
    key moved into a person's group."""
    surnames: dict[str, list[str]] = defaultdict(list)
    given: dict[str, set[str]] = defaultdict(set)
    for key, facts in groups.items():
        if key.startswith("person:") and facts[0].last:
            surnames[facts[0].last].append(key)
            for fact in facts:
                if fact.first:
                    given[fact.first].add(key)
    out: dict[str, list[Fact]] = {}
    alias: dict[str, str] = {}
    names = clippable(groups)
    # A name is held only by a longer one of its own kind: each key looks among those alone,
    # not through every key of the article (615 keys, each against all, on two long articles).
    by_kind: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        by_kind[key.partition(":")[0]].append(key)
    for key, facts in groups.items():
        owner = (
            _bare_surname_owner(key, facts, surnames)
            or _first_name_owner(key, facts, given)
            or clipped_name_owner(key, facts, names)
            or diminutive_owner(key, facts, names)
            or contained_name_owner(key, by_kind[key.partition(":")[0]])
        )
        if owner is not None:
            alias[key] = owner
        out.setdefault(owner or key, []).extend(facts)
    for facts in out.values():
        facts.sort(key=lambda f: (f.type is not MentionType.PERSON, f.start))
    return out, alias


def _through(
    links: dict[str, str], left: dict[str, str], right: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The links between groups: a person's own link first, then one of a name it took in. And
    the links of names taken in that lost to another: "Michael" taken into the card of "Michael
    Holzworth", whose surname links to the other article's "Jon Holzwarth", still names the
    other article's "Michael"."""
    out: dict[str, str] = {}
    spare: dict[str, str] = {}
    for key in sorted(links, key=lambda k: (not k.startswith("person:"), k in left)):
        group, other = left.get(key, key), right.get(links[key], links[key])
        if out.setdefault(group, other) != other:
            spare[key] = other
    return out, spare


def _spare_links(
    spare: dict[str, str],
    left_keys: dict[str, list[Fact]],
    right_groups: dict[str, list[Fact]],
    matched_right: set[str],
    drafts: list[Draft],
    articles: tuple[Analysis, Analysis],
) -> None:
    """An agreement for each spare link whose right group no draft reached, on the names taken in
    that no draft holds (a card split by its spellings leaves them out)."""
    held = {fact_id(Side.LEFT, f) for draft in drafts for f in draft.left}
    for key, other in spare.items():
        facts = [f for f in left_keys.get(key, []) if fact_id(Side.LEFT, f) not in held]
        if not facts or other not in right_groups or other in matched_right:
            continue
        matched_right.add(other)
        counterpart = right_groups[other]
        texts = (articles[0].document.text, articles[1].document.text)
        reason = _both_name(facts, counterpart, *texts)
        drafts.append(Draft(AGREE, report_type(facts[0]), facts, counterpart, reason, 0.9))


def _bare_surname_owner(key: str, facts: list[Fact], surnames: dict[str, list[str]]) -> str | None:
    if key.startswith("person:") or any(f.type not in _RETYPABLE for f in facts):
        return None
    words = {re.sub(r"['’]s$", "", fold(f.text)) for f in facts}
    if len(words) != 1:
        return None
    owners = surnames.get(words.pop(), [])
    return owners[0] if len(owners) == 1 else None


def _first_name_owner(key: str, facts: list[Fact], given: dict[str, set[str]]) -> str | None:
    """ "Alexandros was among the youths" after "Alexandros Grigoropoulos died": a person called
    by a first name alone is the one person of the article named in full with that first name
    (a teenager, a victim's family speaking of him). Two people sharing it leave it alone."""
    if not key.startswith("person:") or any(
        f.first or f.type is not MentionType.PERSON for f in facts
    ):
        return None
    owners = given.get(facts[0].last, set()) - {key}
    return next(iter(owners)) if len(owners) == 1 else None


_RETYPABLE = frozenset({MentionType.ORGANISATION, MentionType.PLACE})


def named(facts: list[Fact], text: str, *, article: bool = True) -> str:
    """The name in the article's own words, with the article it takes there: "the Kremlin",
    "the Gulf of Aden", but "Athens". A name takes "the" when most of its mentions carry it;
    "the Athens stock exchange" once does not make it "the Athens"."""
    written = max((f.text for f in facts), key=len)
    if not article:
        return written
    with_the = sum(
        re.search(r"\bthe\s+$", text[max(0, f.start - 5) : f.start], re.I) is not None
        for f in facts
    )
    return f"the {written}" if 2 * with_the > len(facts) else written


def _both_name(mine: list[Fact], theirs: list[Fact], left_text: str, right_text: str) -> str:
    """ "Both articles name the Kremlin"; "... Iran (the left as 'Iranian')": a nationality is
    named by its country, and each side's own words are quoted where they differ."""
    shown = named(mine, left_text)
    sides = [("left", mine, left_text), ("right", theirs, right_text)]
    if any(f.type is MentionType.NATIONALITY for f in mine + theirs):
        shown = max((f.value for f in mine), key=len)
    else:
        sides = sides[1:]
    notes = [
        (side, written)
        for side, facts, text in sides
        if not _same_words(written := named(facts, text, article=False), shown)
    ]
    if len(notes) == 2 and _same_words(notes[0][1], notes[1][1]):
        notes = [("both", notes[0][1])]
    worded = [f"{'both' if side == 'both' else 'the ' + side} as {w!r}" for side, w in notes]
    return f"Both articles name {shown}" + (f" ({'; '.join(worded)})" if worded else "") + "."


def _same_words(a: str, b: str) -> bool:
    def plain(text: str) -> str:
        return text.lower().removeprefix("the ").rstrip(".")

    return plain(a) == plain(b)


def _written_name(facts: list[Fact]) -> str:
    """ "'Thai' (Thailand)": the words as written, and the country they stand for when it
    differs."""
    written = max((f.text for f in facts), key=len)
    value = max((f.value for f in facts), key=len)
    # A surname's value is its family's first-named bearer: not the name of "Dennis Marlowe".
    given = {f.first for f in facts if f.type is MentionType.PERSON and f.first}
    if value.lower() == written.lower() or (given and not given & set(fold(value).split())):
        return repr(written)
    return f"{written!r} ({value})"


def only(side: Side, facts: list[Fact], apart: bool = False) -> Draft:
    """``apart``: the other article writes the same figure, for another count only."""
    shown = _written_name(facts) if facts[0].type in NAME_TYPES else quoted(facts)
    counted = counted_slot(facts[0]) if apart else ""
    reason = (
        f"Only the {side.value} article counts {slot_phrase(counted)}: {shown}; the "
        f"{side.other.value} gives that figure for something else."
        if counted
        else f"Only the {side.value} article mentions {what(facts[0])} {shown}; "
        f"the {side.other.value} does not."
    )
    return only_draft(side, facts, report_type(facts[0]), reason, 0.8)
