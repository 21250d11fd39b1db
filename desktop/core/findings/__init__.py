"""The verdicts: which facts the two articles share, which they contradict, which only one reports.

The passes run from the strongest evidence to the weakest, and a ledger records which facts have
a verdict so that no fact gets two:

1. ``swaps``: swapped words in near-identical sentences; then ``comparison``: claims of one slot
   inside aligned sentence pairs (a weekday, a count, a person or place in a role: ``named``),
   figures in one frame of words in loosely aligned ones (``loose_frames``),
   the day and place each lead gives the event, the weekday each article gives one happening
   (``event_days``), places in the same frame of words, and the country or state each opening
   tells the story in (``story_regions``);
2. ``people``: differently named people in the same role anywhere in the articles; and
   ``ordinal_counts``: how many times one person did a thing ("married twice" / "her third
   marriage"); ``venues``: a game at home against a side, or at that side's ground;
   ``denied_tolls``: "No one was hurt" against the other article's count of the injured;
   ``role_fates``: two fates for one role that exclude each other ("arrested" / "shot dead");
   ``victim_harms``: where one victim was hit and how badly ("in the mouth" / "in the back");
3. ``across``: figures and dates of one slot across the article (headline and lead first);
   ``noun_counts``: one noun each article counts once, with two counts that cannot both hold;
   ``anchored``: the lone measure of a kind beside a distinctive figure both articles give;
4. ``one_sided``: names by identity, then facts the other article lacks anywhere;
5. ``statements``: whole sentences, corroborated or told by one side only.

A conflict needs strong evidence of the same slot: journalists stop trusting a tool that cries
wolf. When the articles look like two different events, every conflict is held back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.figures.owners.figure_parties import mark_shared_parties
from desktop.core.figures.owners.figure_subjects import mark_absent_subjects
from desktop.core.findings import tuning
from desktop.core.findings.alignment.copies import without_echoes
from desktop.core.findings.alignment.partner_events import mark_partner_events
from desktop.core.findings.alignment.stories_told_as_other import mark_stories_told_as_other
from desktop.core.findings.alignment.swaps import inline_conflicts
from desktop.core.findings.alignment.topic_partners import without_topic_partners
from desktop.core.findings.amounts.anchored import anchored_measures
from desktop.core.findings.amounts.change_ends import change_ends
from desktop.core.findings.amounts.contract_averages import contract_averages
from desktop.core.findings.amounts.fraction_pairs import fraction_pairs
from desktop.core.findings.amounts.model_sizes import without_other_models
from desktop.core.findings.amounts.paired_sums import paired_sums
from desktop.core.findings.amounts.same_sums import same_sums
from desktop.core.findings.amounts.shares_of_whole import share_conflicts
from desktop.core.findings.bookkeeping.agreed_repeats import agreed_repeats
from desktop.core.findings.bookkeeping.apart_facts import apart_facts
from desktop.core.findings.bookkeeping.assembly import finish, order, with_ids
from desktop.core.findings.bookkeeping.comparison import aligned_claims
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.repeats import toll_repeats
from desktop.core.findings.counts.aboard_sums import aboard_sums
from desktop.core.findings.counts.across import value_findings
from desktop.core.findings.counts.compound_counts import without_compound_counts
from desktop.core.findings.counts.deed_counts import deed_counts
from desktop.core.findings.counts.further_counts import further_counts
from desktop.core.findings.counts.kindred_counts import kindred_counts
from desktop.core.findings.counts.label_numbers import label_number_findings
from desktop.core.findings.counts.listed_counts import listed_counts
from desktop.core.findings.counts.loose_frames import loose_frames
from desktop.core.findings.counts.noun_counts import noun_counts
from desktop.core.findings.counts.numbered_events import numbered_event_conflicts
from desktop.core.findings.counts.ordinal_counts import ordinal_count_conflicts
from desktop.core.findings.counts.ordinal_victims import ordinal_victim_conflicts
from desktop.core.findings.counts.populations import population_pairs, without_foreign_populations
from desktop.core.findings.counts.prize_tallies import prize_tally_findings
from desktop.core.findings.counts.same_counts import same_counts
from desktop.core.findings.counts.shooter_counts import shooter_counts
from desktop.core.findings.counts.summed_parts import without_summed_parts
from desktop.core.findings.counts.toll_forms import tolls_told_both_ways
from desktop.core.findings.counts.vote_sides import vote_side_findings
from desktop.core.findings.counts.witness_counts import witness_accounts
from desktop.core.findings.datetimes.clocks.close_clocks import close_clocks
from desktop.core.findings.datetimes.clocks.event_moments import event_moments
from desktop.core.findings.datetimes.days.clock_days import clock_day_conflicts
from desktop.core.findings.datetimes.days.event_days import event_days
from desktop.core.findings.datetimes.days.event_weekday_dates import event_weekday_dates
from desktop.core.findings.datetimes.days.lead_days import lead_dates
from desktop.core.findings.datetimes.days.period_wordings import period_wordings
from desktop.core.findings.datetimes.days.same_event_days import same_event_days
from desktop.core.findings.datetimes.days_told.told_days import retold_days
from desktop.core.findings.datetimes.spans.deed_months import deed_month_conflicts
from desktop.core.findings.datetimes.spans.deed_years import deed_year_conflicts
from desktop.core.findings.datetimes.spans.labelled_years import labelled_year_conflicts
from desktop.core.findings.datetimes.spans.lapses import lapse_findings
from desktop.core.findings.datetimes.spans.relative_months import relative_month_conflicts
from desktop.core.findings.datetimes.spans.work_years import work_years
from desktop.core.findings.datetimes.spans.year_span_clashes import year_span_clashes
from desktop.core.findings.datetimes.spans_told.told_years import related_sentences
from desktop.core.findings.events.arrests_made import arrests_made
from desktop.core.findings.events.article_weapons import article_weapons
from desktop.core.findings.events.calibre_clashes import calibre_clashes
from desktop.core.findings.events.dated_measures import without_other_day_measures
from desktop.core.findings.events.denied_tolls import denied_tolls
from desktop.core.findings.events.elsewhere import mark_events_elsewhere
from desktop.core.findings.events.exclusive_deeds import exclusive_deeds
from desktop.core.findings.events.happening_details import without_detailed_happenings
from desktop.core.findings.events.outcome_polarity import outcome_polarity
from desktop.core.findings.events.round_ups import without_other_happenings
from desktop.core.findings.events.shooters import mark_shooters
from desktop.core.findings.events.shooting_kinds import shooting_kinds
from desktop.core.findings.events.state_moments import without_other_moments
from desktop.core.findings.events.summed_totals import totals_over_happenings
from desktop.core.findings.events.two_happenings import without_two_happenings
from desktop.core.findings.events.victim_harms import victim_harm_findings
from desktop.core.findings.events.victim_ties import victim_ties
from desktop.core.findings.locations.compass_sides import compass_side_conflicts
from desktop.core.findings.locations.death_places import death_place_conflicts
from desktop.core.findings.locations.distance_points import distance_point_conflicts
from desktop.core.findings.locations.lead_places import lead_places
from desktop.core.findings.locations.life_places import life_place_conflicts
from desktop.core.findings.locations.listed_places import listed_place_conflicts
from desktop.core.findings.locations.place_nouns import qualified_places
from desktop.core.findings.locations.story_cities import story_city_conflicts
from desktop.core.findings.locations.story_regions import story_region_conflicts
from desktop.core.findings.locations.street_spellings import street_spellings
from desktop.core.findings.locations.town_states import town_state_conflicts
from desktop.core.findings.names.acronym_names import without_acronym_people
from desktop.core.findings.names.given_spellings import given_spellings
from desktop.core.findings.names.named import framed_places
from desktop.core.findings.names.particle_names import particle_names
from desktop.core.findings.names.renamed_people import renamed_people
from desktop.core.findings.names.told_office_heads import office_heads
from desktop.core.findings.names.untyped_names import untyped_names
from desktop.core.findings.persons.aged_sexes import aged_sexes
from desktop.core.findings.persons.birth_years import birth_year_findings
from desktop.core.findings.persons.described_ages import described_ages
from desktop.core.findings.persons.introductions import introduced_together
from desktop.core.findings.persons.listed_age_clashes import listed_age_clashes
from desktop.core.findings.persons.lone_ages import lone_ages
from desktop.core.findings.persons.people import person_conflicts
from desktop.core.findings.persons.person_roles import person_roles
from desktop.core.findings.persons.residences import residence_conflicts
from desktop.core.findings.persons.role_fates import role_fates
from desktop.core.findings.persons.survivor_children import survivor_children
from desktop.core.findings.persons.suspect_age_agreements import suspect_age_agreements
from desktop.core.findings.persons.suspect_ages import suspect_ages
from desktop.core.findings.persons.whom_told import mark_other_incidents
from desktop.core.findings.persons.wound_ages import wound_ages
from desktop.core.findings.sentences.lone_circumstances import lone_circumstances
from desktop.core.findings.sentences.lone_clauses import lone_clauses
from desktop.core.findings.sentences.sentence_details import (
    detail_pairs,
    shared_details,
    told_in_details,
)
from desktop.core.findings.sentences.shared_phrases import shared_phrases
from desktop.core.findings.sentences.statements import statement_findings, told_sentences
from desktop.core.findings.sentences.word_runs import run_findings, run_partners, word_runs
from desktop.core.findings.sport.aligned_records import aligned_records
from desktop.core.findings.sport.aligned_scores import aligned_scores
from desktop.core.findings.sport.bracketed_records import bracketed_records
from desktop.core.findings.sport.club_halves import club_half_agreements
from desktop.core.findings.sport.club_standings import club_standings
from desktop.core.findings.sport.final_scores import final_scores
from desktop.core.findings.sport.opponent_names import opponent_agreements
from desktop.core.findings.sport.same_scores import same_scores
from desktop.core.findings.sport.sport_rates import sport_rate_findings
from desktop.core.findings.sport.tallies import tally_findings
from desktop.core.findings.sport.venues import venue_conflicts
from desktop.core.findings.untold.descriptions import untold_descriptions
from desktop.core.findings.untold.leftover_values import leftover_values
from desktop.core.findings.untold.one_sided import name_findings
from desktop.core.findings.untold.phrase_marks import phrase_marks
from desktop.core.findings.untold.told import partner_sentences
from desktop.core.findings.untold.told_span import narrowed_to_untold
from desktop.core.findings.untold.untold_causes import untold_causes
from desktop.core.findings.untold.untold_events import untold_events
from desktop.core.findings.untold.withheld_agreements import withheld_agreements
from desktop.core.model import Finding, FindingKind

__all__ = ["build_findings", "hold_back_conflicts"]


def build_findings(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
) -> list[Finding]:
    # A copied sentence pairs with its copy, not with the copy's look-alikes. Figures keep the
    # plain scores: "58-3 with 51 knockouts" is one record however the sentences pair.
    copies = without_echoes(left, right, pairs, scores)
    pairs = copies.pairs
    ledger = Ledger()
    mark_absent_subjects(left, right)
    mark_shared_parties(left, right)
    mark_shooters(left)  # "the suspect fired three shots" / "an officer fired five times"
    mark_shooters(right)
    # "In a separate shooting, a man was shot. He was 30.": the 30 is that shooting's.
    mark_other_incidents(left)
    mark_other_incidents(right)
    mark_events_elsewhere(left)
    mark_events_elsewhere(right)
    mark_partner_events(left, right, pairs)  # "In May, thieves stole ..." / "Thieves also stole"
    mark_stories_told_as_other(left, right)  # "a 5.6 quake on Sunday" / "Earlier on Sunday a 5.6"
    # "he heard 20 shots" / "she heard nine": two people's accounts, before any pass pairs them.
    drafts = witness_accounts(left, right, ledger)
    # One name spelt two ways is told as a slip of spelling before any pass reads it as another name
    # in the same sentence: "Katherine Gomes" / "Catherine Gomes", "Philip St." / "Phillips Rd."
    drafts += given_spellings(left, right, ledger)
    drafts += street_spellings(left, right, links, pairs, ledger)
    # "died two hours later" / "died the next day": read whole, before a pass sets their words
    # against each other as two times or two counts of days.
    drafts += lapse_findings(left, right, links, ledger)
    # A bore read as a bare figure is 0.38 in ".38-caliber" and 38 in "38 caliber": bores are
    # compared as bores before a pass sets the figures against each other.
    drafts += calibre_clashes(left, right, pairs, ledger)  # "a 9mm handgun" / "a .45-caliber"
    drafts += ordinal_victim_conflicts(left, right, ledger)  # "injuring a third" / "two others"
    drafts += listed_age_clashes(left, right, pairs, ledger)  # "ages 19 and 22" / "19 and 23"
    drafts += inline_conflicts(left, right, pairs, links, ledger)
    drafts += population_pairs(left, right, pairs, ledger)  # "home to 120,000" / "to 100,000"
    drafts += aligned_claims(left, right, pairs, links, ledger)
    drafts += fraction_pairs(left, right, pairs, ledger)  # "half of its sales" / "60 percent of"
    drafts += loose_frames(left, right, pairs, ledger)
    drafts += work_years(left, right, pairs, ledger)  # "released in 2005" / "the 2006 movie"
    drafts += lead_dates(left, right, ledger)
    drafts += event_days(left, right, ledger)
    drafts += same_event_days(left, right, ledger)  # "dead Thursday evening" / "late Thursday"
    drafts += event_weekday_dates(left, right, ledger)  # "shot Saturday" / "shot on Aug. 8"
    drafts += clock_day_conflicts(left, right, ledger)  # "at 06:00 on Sunday" / "6am Wednesday"
    drafts += event_moments(left, right, links, ledger)  # "struck at 10:30 a.m." / "hit at 11:15"
    drafts += labelled_year_conflicts(left, right, ledger)  # "the 2005 / March 2004 rampage"
    drafts += deed_year_conflicts(left, right, ledger)  # "In 1999, he stabbed his wife" / 2000
    drafts += deed_month_conflicts(left, right, ledger)  # "unveiled in August" / "proposed in May"
    drafts += relative_month_conflicts(left, right, pairs, ledger)  # "last month" / "in April 2007"
    drafts += lead_places(left, right, links, ledger)
    drafts += framed_places(left, right, links, ledger, scores)
    drafts += qualified_places(left, right, links, ledger, scores)  # "a Detroit hospital"
    drafts += story_region_conflicts(left, right, ledger)
    drafts += town_state_conflicts(left, right, ledger)  # "Huntsville, California" / Texas
    drafts += compass_side_conflicts(left, right, pairs, ledger)  # "south of Izmir" / "north of"
    drafts += distance_point_conflicts(left, right, ledger)  # "south of Tehran" / "of Lisbon"
    drafts += story_city_conflicts(left, right, ledger)  # "in Athens" x4 / "in Manchester" x5
    drafts += life_place_conflicts(left, right, ledger)  # "born in Nashville" / "in Colorado"
    # "LaSalle, 36, of Minneapolis" / "LaSalle, of Bloomington": one man's two home towns.
    drafts += residence_conflicts(left, right, links, ledger)
    drafts += listed_place_conflicts(left, right, pairs, ledger)  # "from Somalia and Yemen"
    drafts += person_conflicts(left, right, links, pairs, ledger)
    drafts += person_roles(left, right, links, pairs, ledger)  # "assistant coach Payton" / "coach"
    drafts += ordinal_count_conflicts(left, right, ledger)  # "married twice" / "third marriage"
    drafts += label_number_findings(left, right, pairs, ledger)  # "junction 23" / "junction 25"
    drafts += vote_side_findings(left, right, pairs, ledger)  # "301 to 150" / "310 in favor"
    drafts += numbered_event_conflicts(left, right, pairs, ledger)  # "Game 5" / "Game 6"
    drafts += venue_conflicts(left, right, ledger)  # "play at home" / "game at Washington"
    drafts += denied_tolls(left, right, pairs, ledger)  # "No one was hurt" / "three injured"
    drafts += role_fates(left, right, pairs, ledger)  # "the gunman was arrested" / "shot dead"
    drafts += aged_sexes(left, right, pairs, ledger)  # "a 19-year-old woman" / "19-year-old man"
    drafts += outcome_polarity(left, right, pairs, ledger)  # "was not injured" / "was injured"
    drafts += exclusive_deeds(left, right, pairs, ledger)  # "was arrested" / "remains at large"
    drafts += bracketed_records(left, right, links, ledger)  # "Bowe (45-1)" / "Bowe (43-1)"
    drafts += aligned_records(left, right, pairs, ledger)  # "finished 10-6" / "a 9-7 record"
    drafts += club_standings(left, right, ledger)  # "Los Angeles improved to 30-25" / "The Lakers"
    drafts += sport_rate_findings(left, right, ledger)  # "a 3.12 ERA" / "his ERA is 3.41"
    drafts += prize_tally_findings(left, right, ledger)  # "a three-time Oscar winner"
    drafts += survivor_children(left, right, ledger)  # "survived by a son" / "a daughter"
    drafts += listed_counts(left, right, ledger)  # "three others" / "a woman and a man were"
    drafts += shooter_counts(left, right, ledger)  # "a lone gunman" / "two gunmen"
    drafts += arrests_made(left, right, ledger)  # "No arrests have been made" / "was arrested"
    drafts += victim_ties(left, right, ledger)  # "shot his girlfriend" / "shot his own mother"
    drafts += club_half_agreements(left, right, links, ledger)  # "the Cowboys" / "Dallas"
    drafts += contract_averages(left, right, ledger)  # "$150 million" / "$30 million a season"
    drafts += suspect_ages(left, right, links, ledger)  # "a 60-year-old woman charged" / "61"
    drafts += suspect_age_agreements(left, right, links, ledger)  # "Smith, 61," / "a 61-year-old"
    drafts += lone_ages(left, right, ledger)  # "a 45-year-old clerk" / "the 44-year-old"
    drafts += wound_ages(left, right, ledger)  # "a 24-year-old shot in the chest" / "Ruiz, 22"
    drafts += victim_harm_findings(left, right, links, ledger)  # "in the mouth" / "in the back"
    drafts += shooting_kinds(left, right, ledger)  # "ruled accidental" / "accidentally shot"
    drafts += death_place_conflicts(left, right, links)  # "died at the scene" / "at a hospital"
    drafts += described_ages(left, right, ledger)  # "Jeffs, 55" / "the 55-year-old sect leader"
    drafts += birth_year_findings(left, right, ledger)  # "born in 1923" / "aged 85" in 2008
    drafts += year_span_clashes(left, right, ledger)  # "from 1974 to 1979" / "1974 and 1981"
    # A toll repeated in headline and body is one claim: its repeats join the verdicts given so
    # far before the figures across the article are paired, and again after.
    toll_repeats(drafts, left, right, ledger)
    drafts += aboard_sums(left, right, ledger)  # "157 people" / "149 passengers and eight crew"
    drafts += paired_sums(left, right, ledger)  # "between $1799 and $2199" / "$1, 799 and $2, 199"
    drafts += value_findings(left, right, scores, ledger)
    drafts += noun_counts(left, right, scores, ledger)  # "50 firefighters" / "Twenty firefighters"
    drafts += deed_counts(left, right, ledger)  # "four bombs were dropped" / "Five bombs were"
    drafts += same_counts(left, right, ledger)  # "about 10,000 followers" / "An estimated 10,000"
    drafts += same_sums(left, right, ledger)  # "a 110 billion bailout" / "a 110bn-euro package"
    drafts += share_conflicts(left, right, pairs, ledger)  # "half of the 300" / "200 of the 300"
    drafts += anchored_measures(left, right, ledger)  # "eight-year, $180 million"
    drafts += same_scores(left, right, scores, ledger)
    drafts += aligned_scores(left, right, pairs, ledger)  # "beat United 3-1" / "lost 4-1"
    drafts += final_scores(left, right, ledger)  # "beat City 3-1" / "saw United win 3-2"
    drafts += kindred_counts(left, right, pairs, ledger)  # "union members" / "people"
    drafts += further_counts(left, right, ledger)  # "another five people" / "20 more people"
    drafts += article_weapons(left, right, ledger)  # "a rifle" / "a shotgun"
    toll_repeats(drafts, left, right, ledger)
    # "three children" told three times: one agreement on it holds every mention.
    agreed_repeats(drafts, left, right, ledger)
    partners = (partner_sentences(pairs, left=True), partner_sentences(pairs, left=False))
    drafts += particle_names(left, right, links, ledger)  # "Calamita" / "LaCalamita"
    drafts += renamed_people(left, right, links, ledger)  # "Dan Mercer" / "Dan Holloway"
    drafts += office_heads(
        left, right, links, ledger
    )  # "X County Sheriff's Office" / "X County Sheriff"
    drafts += name_findings(left, right, links, ledger, partners)
    drafts += opponent_agreements(drafts, left, right, ledger)  # "Wizards" / "against Washington"
    related = (
        related_sentences(scores, partners[0], left=True),
        related_sentences(scores, partners[1], left=False),
    )
    # "at 10:48 p.m." / "just before 11 p.m.": one moment, in sentences that may tell nothing else
    # alike, so the two times tell neither sentence (told_sentences below).
    clocks = close_clocks(left, right, ledger)
    drafts += clocks
    # "later in the year" / "later this year": one part of the year, in sentences telling one thing.
    drafts += period_wordings(left, right, pairs, ledger)
    # "for 4,800 people" / "the valley's 4,800 residents": one fact in sentences apart, before
    # the same value on the other side merely keeps either from being one-sided.
    drafts += apart_facts(left, right, ledger)
    drafts += change_ends(left, right, ledger)  # "$399, down from $499" / "a price cut of $100"
    drafts += leftover_values(left, right, ledger, partners, related)
    drafts += untold_causes(left, right, ledger)  # "died of pneumonia" / no cause at all
    drafts += untyped_names(left, right, ledger)  # "the Marfin bank"
    # A round-up's paragraph about another of the night's shootings says nothing of this one.
    drafts = without_other_happenings(drafts, left, right)
    drafts = without_compound_counts(drafts, left, right)  # "the two-time champion" / "seven"
    drafts = without_acronym_people(drafts, left, right)  # "NRP KLT" / "NRP Northfield"
    drafts = without_other_models(drafts, left, right)  # "a 17-inch" / "the 15-inch MacBook"
    drafts = without_foreign_populations(drafts, left, right)  # "home to 120,000 people"
    drafts = without_other_day_measures(drafts, left, right)  # "3.8 on Monday" / "6.1 Sunday"
    drafts = tolls_told_both_ways(drafts, left, right)  # "Eleven" and "13" / "13"
    drafts = without_summed_parts(drafts, left, right)  # "14 Kenyan and 9 Somali" / "23"
    drafts = without_two_happenings(drafts, left, right)  # "left Thursday" / "checked in Friday"
    # "checked into Promises on Thursday" / "checked into Betty Ford on Friday": two check-ins.
    drafts = without_detailed_happenings(drafts, left, right)
    drafts = without_other_moments(drafts, left, right)  # "entered 30-1" / "improved to 31-1"
    # "a total of 14 rifles during the five operations" / "six rifles": a part, to check.
    drafts = totals_over_happenings(drafts, left, right)
    drafts = retold_days(
        drafts,
        (left.document.text, right.document.text),
        (left.reference_date, right.reference_date),
    )
    findings = [finish(d, left, right) for d in drafts if d.left or d.right]
    sentence_pairs, apart = copies.for_statements(drafts)
    # "Tomas Reyes was killed" does not retell "pronounced dead at Mercy Hospital of gunshot
    # wounds".
    statement_pairs, statement_scores = without_topic_partners(left, right, sentence_pairs, apart)
    told = told_sentences([d for d in drafts if not any(d is c for c in clocks)])
    introduced = introduced_together(drafts, apart)
    details = detail_pairs(left, right, sentence_pairs, apart)
    detailed = told_in_details(left, right, details)
    # "was set at the entrance of the church" in sentences the alignment scores apart.
    runs = word_runs(left, right, statement_pairs, links)
    told_ones = (told[0] | introduced[0], told[1] | introduced[1])
    findings += statement_findings(
        left,
        right,
        statement_pairs,
        statement_scores,
        told_ones,
        marked=findings,
        detailed=detailed,
        written_alike=run_partners(left, right, runs),
    )
    findings += shared_details(left, right, details, apart)
    findings += withheld_agreements(left, right, sentence_pairs)  # "cause unknown" / "too early"
    findings += shared_phrases(left, right, sentence_pairs, scores, apart)  # "damaging buildings"
    findings += run_findings(runs, findings)
    findings += untold_descriptions(left, right, findings)  # "Berdymukhamedov, a former dentist"
    findings += untold_events(left, right, findings)  # "held them hostage" / no hostages at all
    findings += tally_findings(left, right, scores)  # "lost eight of 10" / "eight of their last 10"
    # "as the flames were fanned by high winds" inside a sentence both tell.
    findings += lone_clauses(left, right, statement_pairs, statement_scores, told_ones, findings)
    # "after dragging her into the woods" of an arrest both tell.
    findings += lone_circumstances(
        left, right, statement_pairs, statement_scores, told_ones, findings
    )
    # "near the old station" of a sentence whose partner tells the rest.
    findings += phrase_marks(left, right, findings)
    # A sentence or clause mark leaves out the words its agree-statement partner tells.
    findings = narrowed_to_untold(findings, left, right)
    findings = hold_back_conflicts(findings, left, right, links, pairs)
    findings.sort(key=order)
    return with_ids(findings)


def hold_back_conflicts(
    findings: list[Finding],
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
) -> list[Finding]:
    """Articles about two different events do not contradict each other: say so in each conflict."""
    from desktop.core.results.summary import count_kinds, same_event_score

    score = same_event_score(left, right, links, pairs, count_kinds(findings))
    if score >= tuning.DIFFERENT_EVENTS:
        return findings
    return [
        replace(
            f,
            confidence=round(f.confidence * tuning.DIFFERENT_EVENTS_DAMPING, 3),
            reason=f.reason + " The two articles seem to describe different events, so this "
            "may not be a contradiction at all.",
        )
        if f.kind is FindingKind.CONFLICT
        else f
        for f in findings
    ]
