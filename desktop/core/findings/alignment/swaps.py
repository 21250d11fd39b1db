"""Swapped words in near-identical sentences: an edited copy shows itself here.

One name, place, figure or date replaced by another in a sentence otherwise the same is the
strongest evidence of a conflict there is; this pass runs first.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.alignment.align import Replacement, SentencePair, near_duplicates, replacements
from desktop.core.datetimes.dates import DateValue
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.figures.owners.population_owners import two_populations
from desktop.core.figures.ranges.bound_holds import bound_holds
from desktop.core.findings import tuning
from desktop.core.findings.alignment.alike_but import alike_but_for
from desktop.core.findings.alignment.stand_in import stand_in
from desktop.core.findings.alignment.unlabelled_swaps import days_swapped, figures_swapped
from desktop.core.findings.bookkeeping.assembly import Draft, report_type
from desktop.core.findings.bookkeeping.claims import (
    ONE_NIGHT_WHY,
    Relation,
    claimable,
    different_counts,
    different_things_counted,
    family,
    is_age,
    locates,
    one_night,
    relation,
    restated,
    slot_name,
)
from desktop.core.findings.bookkeeping.comparison import Refs, by_sentence, value_draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.page_values import (
    dialled,
    posted,
    stamped,
)
from desktop.core.findings.bookkeeping.wording import what
from desktop.core.findings.counts.aboard import parts_aboard
from desktop.core.findings.datetimes.clocks.clock_dials import two_dials
from desktop.core.findings.datetimes.days.day_parts import clock_within_part
from desktop.core.findings.datetimes.days.steps import days_of_two_steps, two_steps
from desktop.core.findings.datetimes.days.written_days import told_alike
from desktop.core.findings.datetimes.spans.decade_years import year_in_decade
from desktop.core.findings.datetimes.spans.tenure_starts import tenure_start_clash
from desktop.core.findings.events.damage_grades import damage_grades_apart
from desktop.core.findings.events.harm_counts import treated_among_hurt
from desktop.core.findings.locations.city_parts import part_and_city
from desktop.core.findings.locations.locative import landmark, may_hold, one_scene, part_of_city
from desktop.core.findings.locations.sites import site_and_town
from desktop.core.findings.locations.stand_in_places import stand_in_nested
from desktop.core.findings.locations.street_blocks import one_street_block
from desktop.core.findings.names.both_named import named_elsewhere
from desktop.core.findings.names.told_university_initials import named_by_initials
from desktop.core.findings.persons.aged_others import ages_of_others
from desktop.core.findings.persons.life_steps import two_life_steps
from desktop.core.findings.persons.origin_roles import origin_of_role
from desktop.core.findings.persons.told_age_ranges import age_in_decade_of, age_outside_decade_of
from desktop.core.findings.quoting.sources import official, speaks, two_sources
from desktop.core.findings.sport.club_halves import one_club
from desktop.core.findings.sport.game_minutes import loose_minute
from desktop.core.findings.sport.won_and_lost import won_and_lost
from desktop.core.locations.places import is_region, within
from desktop.core.locations.street_forms import one_street
from desktop.core.model import FindingKind, MentionType, Side
from desktop.core.naming.clipped_forms import told_clipped
from desktop.core.naming.link import NAME_TYPES
from desktop.core.naming.names import fold, name_within, spelled_alike


def inline_conflicts(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    links: dict[str, str],
    ledger: Ledger,
) -> list[Draft]:
    """An edited copy shows itself here: one name, place, figure or date swapped for another.

    When the model recognised the name on one side only (it knows "Hollywood" but not
    "Manchester"), the swapped words on the other side stand in for it.
    """
    refs = (left.reference_date, right.reference_date)
    # Weak figures too: "executed two of them" edited to "nine of them" is a swap all the same.
    left_facts = by_sentence(claimable(left), weak=True)
    right_facts = by_sentence(claimable(right), weak=True)
    drafts = []
    for pair in pairs:
        mine, theirs = left_facts.get(pair.left, []), right_facts.get(pair.right, [])
        a_tokens, b_tokens = left.sentence_tokens[pair.left], right.sentence_tokens[pair.right]
        # A sentence with no fact the model saw may still have a day or a figure changed.
        if not near_duplicates(a_tokens, b_tokens):
            continue
        # A name the other sentence also gives, elsewhere in it, moved rather than changed:
        # "said Oregon Police Lt. Ann Hale" / "said Lt. Ann Hale of the Oregon Police".
        there = {f.key for f in theirs if f.type in NAME_TYPES}
        here = {links.get(f.key, f.key) for f in mine if f.type in NAME_TYPES}
        mine = [f for f in mine if f.type not in NAME_TYPES or links.get(f.key, f.key) not in there]
        theirs = [f for f in theirs if f.type not in NAME_TYPES or f.key not in here]
        changes = replacements(a_tokens, b_tokens)
        # A sentence told in its own words elsewhere too ("was wounded ... late Sunday" / "was
        # shot ... on Sunday night") is a retelling, where a suburb may stand for its city; one
        # that differs in nothing but the place is the same copy with the place changed.
        retold = len(changes) > 1
        for rep in changes:
            if _rewritten(rep, a_tokens, b_tokens):
                continue
            a = [f for f in mine if f.start < rep.left_end and rep.left_start < f.end]
            b = [f for f in theirs if f.start < rep.right_end and rep.right_start < f.end]
            if not a and not b:
                a, b = figures_swapped(left, right, pair, rep)
                if not a:
                    a, b = days_swapped(left, right, pair, rep)
            elif a and not b:
                b = stand_in(right, pair.right, rep.right_start, rep.right_end, a[0])
            elif b and not a:
                a = stand_in(left, pair.left, rep.left_start, rep.left_end, b[0])
            for fa in a:
                if ledger.judged(Side.LEFT, fa):
                    continue
                fb = next(
                    (f for f in b if family(f) == family(fa) and not ledger.judged(Side.RIGHT, f)),
                    None,
                )
                if fb is None and b:
                    # "two Academy Awards" / "nine Academy Awards" read as an organisation.
                    found = stand_in(right, pair.right, rep.right_start, rep.right_end, fa)
                    fb = found[0] if found else None
                if (
                    fb is None
                    or _not_one_claim(left, fa, right, fb, rep)
                    # a retold sentence: one round-up victim's hospital beside another's
                    or (retold and named_elsewhere(fa, fb, (left, right), links))
                ):
                    continue
                copied = not retold and _in_passage(left, right, pair)
                people = fa.type is MentionType.PERSON and fb.type is MentionType.PERSON
                if people and not copied and two_sources((left, [fa]), (right, [fb])):
                    # "..., spokesman Charley Davidson said" / "..., Officer Paul Cruz said": a
                    # formula sentence each outlet gives the source it talked to. In a passage
                    # both print word for word, a changed speaker is a changed quote.
                    continue
                alike = alike_but_for(a_tokens, b_tokens, rep)
                block = one_street_block(a_tokens, fa, b_tokens, fb)  # "2300 block" / "2700 block"
                draft = (
                    tenure_start_clash(left, fa, right, fb)
                    or swap_draft(fa, fb, links, refs, retold, copied or block, alike)
                    or stand_in_nested(fa, fb, mine, theirs)
                )
                if draft is not None:
                    ledger.judge("inline", [fa], [fb])
                    drafts.append(draft)
    return drafts


def _rewritten(rep: Replacement, a_tokens: list[Token], b_tokens: list[Token]) -> bool:
    """ "..., hosted by Seth MacFarlane, who drew ..." / '...," trade magazine The Hollywood
    Reporter wrote': a long run of changed words is the sentence going on differently, not one
    name or figure swapped for another."""
    run_a = sum(rep.left_start <= t.start < rep.left_end for t in a_tokens)
    run_b = sum(rep.right_start <= t.start < rep.right_end for t in b_tokens)
    return max(run_a, run_b) > tuning.SWAP_RUN_TOKENS


def _not_one_claim(left: Analysis, fa: Fact, right: Analysis, fb: Fact, rep: Replacement) -> bool:
    """The changed words are not one claim told two ways: two outlets, a source and the actor
    (unless nothing but the names changed), two embedded posts' date stamps (two posts, not one
    event), one amount converted twice ("($158 billion)" / "($143 billion)"), or a landmark
    told with the rest of its phrase changed ("30 miles south of Portland" / "an hour from
    Salem"). A landmark alone swapped in a sentence told alike ("15 miles north of Detroit" /
    "... of Boston") is one claim: the same distance cannot lie from both."""
    return (
        _two_outlets(left, fa, right, fb)
        or (_source_for_actor(left, fa, right, fb) and not _names_only(left, right, rep))
        or posted(left, fa)
        or posted(right, fb)
        or dialled(left, fa)
        or dialled(right, fb)
        or stamped(left, fa)
        or stamped(right, fb)
        or _landmark_against_other(left, fa, right, fb, rep)
        or part_and_city((left, fa), (right, fb))
        or one_club(left, fa, right, fb)  # "the Dallas Cowboys" / "Dallas"
        or two_life_steps(left, fa, right, fb)  # "born in Detroit" / "grew up in Chicago"
        or site_and_town(fa, fb)
        or (restated(fa, left) and restated(fb, right))
        or ages_of_others(left, fa, right, fb)  # "the other victim, 31" / "one victim, 24"
        or origin_of_role(left, fa, right, fb)  # "Chancellor Olaf Brandt" / "the German chancellor"
    )


def _landmark_against_other(
    left: Analysis, fa: Fact, right: Analysis, fb: Fact, rep: Replacement
) -> bool:
    """One side's place is a landmark a distance is measured from and the other's is not the
    same landmark swapped alone: "in Woodburn, about 30 miles south of Portland" / "in the farming
    town of Woodburn" tell the scene once and a landmark once."""
    marks = landmark(left, fa), landmark(right, fb)
    if not any(marks):
        return False
    return not (all(marks) and _names_only(left, right, rep))


def swap_draft(
    fa: Fact,
    fb: Fact,
    links: dict[str, str],
    refs: Refs,
    retold: bool = False,
    copied: bool = False,
    alike: bool = False,
) -> Draft | None:
    if fa.type in NAME_TYPES or fb.type in NAME_TYPES:
        if links.get(fa.key) == fb.key or _nested_places(fa, fb, retold, copied):
            return None
        if name_within(fa.text, fb.text):
            return None  # "St. Francis" / "OSF St. Francis Medical Center": one name cut short
        if told_clipped(fold(fa.text), fold(fb.text)):
            # "The Heff" / "Hugh Hefner": one person told less fully, no swap of names.
            return Draft(
                FindingKind.AGREE,
                report_type(fb if len(fb.text) > len(fa.text) else fa),
                [fa],
                [fb],
                f"The left writes {fa.text!r}, the right {fb.text!r}: one name, told shorter on "
                "one side.",
                tuning.CLIPPED_NAME_CONFIDENCE,
            )
        both_people = fa.type is MentionType.PERSON and fb.type is MentionType.PERSON
        if not both_people and (
            spelled_alike(fa.text, fb.text)
            or named_by_initials(fa.text, fb.text)
            or one_street(fa.text, fb.text)  # "W. Madison St." / "West Madison Street"
        ):
            # A body's or a place's name in another accepted spelling, or by its initials
            # ("L.A."), is the same name; a person's name spelled two ways stays a difference a
            # fact-checker must see.
            return Draft(
                FindingKind.AGREE,
                report_type(fa),
                [fa],
                [fb],
                f"The left writes {fa.text!r}, the right {fb.text!r}: one name in two accepted "
                "spellings.",
                tuning.SPELLED_ALIKE_CONFIDENCE,
            )
        return Draft(
            FindingKind.CONFLICT,
            report_type(fa),
            [fa],
            [fb],
            f"The same sentence names {what(fa)} {fa.text!r} on the left but {fb.text!r} on the right.",
            0.9,
        )
    if loose_minute(fa, fb):
        return None  # "in the 90th minute" / "in the final minute": a minute told loosely
    if won_and_lost(fa, fb) or (fa.season and fb.season and fa.season != fb.season):
        return None  # "won 9 of its 12 games" / "lost three of its 12 games": two tallies
    rel = relation(fa, fb, refs)
    if age_in_decade_of(fa, fb):
        return Draft(
            FindingKind.AGREE,
            MentionType.NUMBER,
            [fa],
            [fb],
            f"Told differently, not contradicted: the same sentence gives the age as {fa.text!r} "
            f"on the left and {fb.text!r} on the right, one age at two precisions.",
            tuning.DECADE_AGE_AGREE_CONFIDENCE,
        )
    if age_outside_decade_of(fa, fb):
        return Draft(
            FindingKind.CONFLICT,
            MentionType.NUMBER,
            [fa],
            [fb],
            f"The same sentence gives the age as {fa.text!r} on the left but {fb.text!r} on the "
            "right, a decade of life that does not hold the other's age.",
            tuning.DECADE_AGE_CLASH_CONFIDENCE,
        )
    if rel is None and one_night(fa, fb, refs):
        return Draft(
            FindingKind.AGREE,
            report_type(fa),
            [fa],
            [fb],
            f"Told differently, not contradicted. {ONE_NIGHT_WHY}",
            tuning.RELATIVE_DAY_AGREE,
        )
    if (
        rel is None
        and fa.key != fb.key
        and fa.coming == fb.coming
        # One sentence worded alike but for the value tells one happening, whichever event the
        # rest of either article ties it to: "killed ... in Athens in 1985" / "in 1984".
        and (fa.other_event == fb.other_event or alike)
        and not any(is_age(f) for f in (fa, fb))
        and not _two_addresses(fa, fb, copied)
        and not different_counts(fa, fb)
        and not different_things_counted(fa, fb)
        and not parts_aboard(fa, fb)
        and not two_dials(fa, fb)  # "11:00 GMT" / "3 p.m.": the zone between is not known
        and not _other_precision(fa, fb)
        and not clock_within_part(fa, fb)  # "the early hours" / "about 1:30 a.m."
        and not year_in_decade(fa, fb)  # "in 1998" / "in the late 1990s"
        and not treated_among_hurt(fa, fb)  # "three were treated" / "five were injured"
        and not damage_grades_apart(fa, fb)  # "40 homes were damaged" / "12 were destroyed"
        and not two_populations(fa.population_of, fb.population_of)  # "the capital's 4.5 million"
        and not two_steps(fa, fb)
        and not days_of_two_steps(fa, fb)
        and not told_alike(fa, fb)
        # "Two women and a man were killed" / "Three people were killed": the changed words
        # count one share on one side and everyone on the other; the copy kept the toll.
        and fa.part == fb.part
    ):
        # Ages and addresses that relation() keeps apart stay apart: two victims' ages in a
        # sentence told alike are two people, not one swapped figure. So do counts of two
        # groups ("Six people were shot" / "Four people were wounded": the dead make the rest).
        # A share of a group ("two of them" / "nine of them") stays a swap.
        rel = Relation.CLASH if _different_values(fa, fb) else None
        if rel and _both_true(fa, fb):  # a bound and the figure it holds tell one count: agree
            return value_draft(Relation.CONSISTENT, fa, fb, slot_name(fa, fb), refs, 0.9)
    if rel is None or rel in (Relation.SAME, Relation.CONSISTENT):
        return None
    return value_draft(rel, fa, fb, slot_name(fa, fb), refs, 0.9)


def _other_precision(fa: Fact, fb: Fact) -> bool:
    """ "around 10 a.m. Monday" / "at about 10am today", "on Thursday" / "Thursday morning",
    "earlier this year" / "on Aug. 29": a day against a clock time or a vaguer time is the same
    moment told at another precision, never one day swapped for another."""
    if fa.number is not None or fb.number is not None:
        return False
    da, db = fa.date, fb.date
    if da is None and db is None:
        return False  # "Thursday morning" / "Thursday evening": two parts of a day
    if da is None or db is None:
        return True
    return _fields(da) != _fields(db)


def _fields(day: DateValue) -> tuple[bool, ...]:
    return (day.year is None, day.month is None, day.day is None, day.weekday is None)


def _two_addresses(fa: Fact, fb: Fact, copied: bool) -> bool:
    """ "a resident of the 2500 block" / "of the 8400 block" in two sentences told alike may be
    two addresses: two victims, or two shootings written up in one newsroom's formula. Inside a
    passage the two articles print word for word, a sentence that differs in nothing but the
    house number gives one address two numbers: that is a swap."""
    if not any(locates(f) for f in (fa, fb)):
        return False
    return not (copied and all(locates(f) for f in (fa, fb)))


def _in_passage(left: Analysis, right: Analysis, pair: SentencePair) -> bool:
    """The sentence before or after is worded almost alike on both sides too: the pair lies in
    a passage both articles print, not in a formula two stories share."""
    return any(
        0 <= pair.left + step < len(left.sentences)
        and 0 <= pair.right + step < len(right.sentences)
        and near_duplicates(
            left.sentence_tokens[pair.left + step], right.sentence_tokens[pair.right + step]
        )
        for step in (-1, 1)
    )


def _two_outlets(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """ "told WREG" / "told FOX13", "police said" / "the sheriff's office said": each outlet
    names the station or the agency it had the story from. Two sources of one sentence are not
    a contradiction about the event; nor is an agency and its spokesman. (Other people keep
    their swaps: a quote given to another speaker is a change a reader must see.)"""
    bodies = (fa.type, fb.type)
    if not (MentionType.ORGANISATION in bodies and speaks(left, fa) and speaks(right, fb)):
        return False
    # "The Chicago Police Department said" / "Police spokesman Tom Ahern said": the agency and
    # the official who speaks for it are one source, given two ways.
    people = [(side, f) for side, f in ((left, fa), (right, fb)) if f.type is MentionType.PERSON]
    return all(official(side, f) for side, f in people)


def _source_for_actor(left: Analysis, fa: Fact, right: Analysis, fb: Fact) -> bool:
    """ "..., Pickell said" / "..., but LaCalamita was subdued": one name tells the sentence, the
    other acts in it. Two roles, not one person swapped for another."""
    if MentionType.PERSON not in (fa.type, fb.type):
        return False
    return speaks(left, fa) != speaks(right, fb)


def _names_only(left: Analysis, right: Analysis, rep: Replacement) -> bool:
    """ "D.A. Will Now Seek" / "Melbourne Will Now Seek", "by Officer Jose Estrada" / "by Marco
    Whitaker": where nothing but a name (with its title) was swapped, the two names fill one
    part of one sentence, whatever title one of them carries."""
    runs = (
        left.document.text[rep.left_start : rep.left_end],
        right.document.text[rep.right_start : rep.right_end],
    )
    return all(w[:1].isupper() for run in runs for w in run.split())


def _different_values(fa: Fact, fb: Fact) -> bool:
    """Two values of one kind: a share ("40 percent") never stands in for a count ("five")."""
    if fa.number is not None and fb.number is not None:
        return fa.value != fb.value and fa.number.dimension == fb.number.dimension
    return fa.value != fb.value and fa.number is None and fb.number is None


def _both_true(fa: Fact, fb: Fact) -> bool:
    """ "Dozens of" / "About 40", "more than ten" / "12": a bound and a figure it holds, both true
    (bound_holds.py). Two floors ("at least three" / "at least ten") are two figures."""
    return fa.number is not None and fb.number is not None and bound_holds(fa.number, fb.number)


def _nested_places(a: Fact, b: Fact, retold: bool, copied: bool) -> bool:
    """One place lies in the other, or may: a county holds towns ("in Harris County" / "in
    Houston" tell one scene at two precisions, however alike the sentences); in a retold
    sentence also a suburb and its city ("Cicero" / "Chicago"): one scene, left to the aligned
    pass to show as such; outside copy reprinted word for word (where a changed town is an
    edit) a district the city dwarfs ("Tottenham" / "London")."""
    places = (MentionType.PLACE, MentionType.NATIONALITY)
    if a.type not in places or b.type not in places:
        return False
    if retold:
        return one_scene(a.key, b.key)
    return (
        _inside(a.key, b.key)
        or _inside(b.key, a.key)
        or may_hold(a.key, b.key)
        or (not copied and (part_of_city(a.key, b.key) or part_of_city(b.key, a.key)))
    )


def _inside(inner: str, outer: str) -> bool:
    """ "Washington" is a state and also a town in Illinois: a name that is itself a state or a
    country is read as one, and no state lies in another."""
    if is_region(inner) and is_region(outer) and within(outer, _STATES_OF):
        return False
    return within(inner, outer)


# The country whose states the gazetteer lists: a state lies in it, never in another state.
_STATES_OF = "United States"
