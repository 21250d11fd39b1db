"""Whether the other article tells a figure or date in some form: the same value anywhere, in
another unit or precision, by a relative day, a lapse, a span, a listing, a fraction... Each test
is a module of its own (``told_*``); this is the one place that asks them all, so that
``leftover_values.leftover_values`` marks a figure or date yellow only when none of them holds.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.amounts.told_amounts import amount_written
from desktop.core.findings.amounts.told_currencies import sum_told_in_another_currency
from desktop.core.findings.amounts.told_dimensions import dimensions_told
from desktop.core.findings.amounts.told_figures import (
    bounded_measure_told,
    converted_measure_told,
    hedged_count_told,
)
from desktop.core.findings.amounts.told_fractions import percent_told_by_fraction
from desktop.core.findings.amounts.told_glued_units import glued_unit_told
from desktop.core.findings.amounts.told_hedged_figures import hedged_figure_in_partner
from desktop.core.findings.amounts.told_measures import measure_written
from desktop.core.findings.amounts.told_price_ranges import price_told
from desktop.core.findings.amounts.told_seconds import seconds_told
from desktop.core.findings.amounts.told_shares import share_told_in_words
from desktop.core.findings.amounts.told_terms import term_of_told_thing
from desktop.core.findings.amounts.told_unit_counts import count_of_unit_told, stopwatch_time_told
from desktop.core.findings.amounts.told_unscaled_degrees import degrees_told_without_scale
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.counts.told_bounded_counts import at_least_one_told, bound_told_by_count
from desktop.core.findings.counts.told_by_listing import count_told_by_listing
from desktop.core.findings.counts.told_multiples import count_told_by_multiple
from desktop.core.findings.counts.told_named_parties import count_of_named_parties
from desktop.core.findings.counts.told_ordinal_others import others_told_by_ordinal
from desktop.core.findings.counts.told_ordinals import ordinal_told, spelled_alike
from desktop.core.findings.counts.told_plural_bounds import plural_bound_told
from desktop.core.findings.counts.told_tallies import tally_told_in_words, tally_written
from desktop.core.findings.datetimes.clocks.kind_times import names_a_kind
from desktop.core.findings.datetimes.days.coarse_dates import (
    day_told_by_its_month,
    month_told_by_its_day,
)
from desktop.core.findings.datetimes.days_told.told_apposed_weekdays import date_told_by_its_weekday
from desktop.core.findings.datetimes.days_told.told_clock_days import day_of_a_told_clock
from desktop.core.findings.datetimes.days_told.told_counted_back import counted_back_told
from desktop.core.findings.datetimes.days_told.told_dated_relative_days import (
    day_by_unplaced_relative_day,
    day_told_relatively,
)
from desktop.core.findings.datetimes.days_told.told_day_part_words import day_part_told_in_partner
from desktop.core.findings.datetimes.days_told.told_days import (
    close_clock_told,
    night_told,
    year_told,
)
from desktop.core.findings.datetimes.days_told.told_holidays import date_told_by_holiday
from desktop.core.findings.datetimes.days_told.told_lapse_days import lapse_told_by_its_day
from desktop.core.findings.datetimes.days_told.told_lead_days import (
    day_at_no_shared_precision,
    weekday_by_lead_relative_day,
)
from desktop.core.findings.datetimes.days_told.told_moments import (
    clock_in_dated_part,
    part_of_their_day,
    span_told_vaguely,
)
from desktop.core.findings.datetimes.days_told.told_narrow_parts import (
    clock_in_narrow_part,
    narrow_part_by_clock,
)
from desktop.core.findings.datetimes.days_told.told_recent_days import day_told_as_recent
from desktop.core.findings.datetimes.days_told.told_relative_days import weekday_by_relative_day
from desktop.core.findings.datetimes.days_told.told_weeks import week_told
from desktop.core.findings.datetimes.spans_told.told_bare_units import length_told_by_bare_unit
from desktop.core.findings.datetimes.spans_told.told_contract_ends import contract_end_told
from desktop.core.findings.datetimes.spans_told.told_durations import span_told_by_years
from desktop.core.findings.datetimes.spans_told.told_lapsed_dates import date_told_by_lapse
from desktop.core.findings.datetimes.spans_told.told_lapses import lapse_told_by_month_span
from desktop.core.findings.datetimes.spans_told.told_periods import period_told_otherwise
from desktop.core.findings.datetimes.spans_told.told_seasons import season_told
from desktop.core.findings.datetimes.spans_told.told_span_ends import span_told_by_an_end
from desktop.core.findings.datetimes.spans_told.told_span_units import (
    decades_told_in_years,
    span_told_in_another_unit,
)
from desktop.core.findings.datetimes.spans_told.told_spans import told_in_partner_span
from desktop.core.findings.datetimes.spans_told.told_vague_spans import span_told_by_bare_unit
from desktop.core.findings.datetimes.spans_told.told_year_rests import year_rest_told
from desktop.core.findings.datetimes.spans_told.told_year_spans import years_told_otherwise
from desktop.core.findings.datetimes.spans_told.told_years import counted_year_told
from desktop.core.findings.persons.told_age_ranges import age_told_by_range
from desktop.core.findings.persons.told_by_listed_ages import count_told_by_listed_ages
from desktop.core.findings.persons.told_by_naming import count_told_by_naming
from desktop.core.findings.sport.told_bare_minutes import minute_told_by_its_ordinal
from desktop.core.findings.sport.told_game_periods import game_period_told
from desktop.core.findings.sport.told_numbered_ranks import numbered_rank_told
from desktop.core.findings.sport.told_streaks import run_told
from desktop.core.findings.untold.told import told_elsewhere, told_in_partner
from desktop.core.findings.untold.told_holiday_weekdays import weekday_told_by_holiday
from desktop.core.findings.untold.told_relative_months import month_told_relatively

Partners = dict[int, list[tuple[int, float]]]


def value_told(
    fact: Fact,
    articles: tuple[Analysis, Analysis],
    aligned: Partners,
    near: dict[int, set[int]],
    apart: bool,
) -> bool:
    """``articles``: this side's and the other side's; ``aligned``: this side's sentences -> the
    other side's aligned with them; ``near``: those and the sentences related to them;
    ``apart``: the same figure on the other side counts something else."""
    mine, theirs = articles
    return (
        told_elsewhere(fact, theirs)
        or (
            not apart
            and told_in_partner(
                fact, theirs, aligned, mine.reference_date, facts_of(mine, fact.sentence)
            )
        )
        or week_told(fact, mine, theirs, aligned)
        or ordinal_told(fact, mine, theirs, aligned)
        or run_told(fact, mine, theirs, aligned)  # "three-game streak" / "third in a row"
        or close_clock_told(fact, mine, theirs)
        or night_told(fact, mine, theirs)
        or year_told(fact, mine, theirs)
        or counted_year_told(fact, mine, theirs, near)
        or season_told(fact, mine, theirs, near)  # "last year" / "last summer"
        or game_period_told(fact, mine, theirs, aligned)  # "later in the 2nd quarter"
        or minute_told_by_its_ordinal(fact, theirs.document.text)  # "51st minute" / "the 51st"
        or plural_bound_told(fact, theirs, aligned)  # "more than one" / "numerous"
        or at_least_one_told(fact, theirs, aligned)  # "fired at least one shot" / "fired it"
        or bound_told_by_count(fact, theirs, aligned)  # "more than ten bullets" / "13 bullets"
        or spelled_alike(fact, theirs)
        or bounded_measure_told(fact, theirs)
        or converted_measure_told(fact, theirs)  # "2 feet deep" / "60 cm deep"
        or hedged_count_told(fact, theirs)
        or clock_in_dated_part(fact, mine, theirs)
        or part_of_their_day(fact, mine, theirs)
        or span_told_vaguely(fact, theirs)
        or amount_written(fact, theirs.document.text)
        or measure_written(fact, theirs.document.text)  # "47-yard" / "a 47-yd kick"
        or share_told_in_words(fact, mine, theirs, aligned)
        or weekday_by_relative_day(fact, mine, theirs, aligned)
        or clock_in_narrow_part(fact, mine, theirs)  # "10:30 a.m." / "mid-morning"
        or narrow_part_by_clock(fact, mine, theirs)  # "early hours" / "3 a.m."
        or day_told_relatively(fact, mine, theirs)  # "July 21" / "this morning"
        or day_by_unplaced_relative_day(fact, theirs, aligned)  # "Dec. 11" / "yesterday"
        or told_in_partner_span(fact, mine, theirs, aligned)  # "Sunday" / "weekend"
        or span_told_by_years(fact, mine, theirs, aligned)  # "four years" / "1943 to 1947"
        or month_told_by_its_day(fact, theirs)  # "March 2005" / "March 11, 2005"
        or day_told_by_its_month(fact, mine, theirs)  # and the other way round
        or tally_told_in_words(fact, theirs, aligned)  # "9-3" / "nine ... and three"
        or tally_written(fact, theirs.document.text)  # "14 to 8" / "14-8"
        or years_told_otherwise(fact, mine, theirs, aligned)  # "3 years" / "since 2005"
        or names_a_kind(fact, mine)  # "her daytime talk show": no time at all
        or lapse_told_by_month_span(fact, mine, theirs, aligned)  # "nine days after"
        or lapse_told_by_its_day(fact, mine, theirs, aligned)  # "on Dec. 2"
        or year_rest_told(fact, mine, theirs)  # "later in the year" / "in the fall"
        or date_told_by_its_weekday(fact, mine, theirs)  # "Thursday, December 11"
        or date_told_by_holiday(fact, theirs)  # "January 1" / "New Year's Day"
        or weekday_told_by_holiday(fact, mine, theirs, aligned)  # "Thursday" / "Thanksgiving"
        or month_told_relatively(fact, theirs, aligned)  # "last month" (undated) / "December"
        or counted_back_told(fact, mine, theirs)  # "three days ago" / "on Tuesday"
        or count_told_by_naming(fact, theirs)  # "Two men" / "named as A and B"
        or count_told_by_listed_ages(fact, mine, theirs)  # "Two men, 22 and 24" / "a 22-year-old"
        or count_told_by_listing(fact, theirs)  # "five villages" / "A, B, ... and E"
        or term_of_told_thing(fact, mine, theirs, aligned)  # "four-year, $90 million deal"
        or weekday_by_lead_relative_day(fact, mine, theirs)  # "Thursday" / "yesterday"
        or span_told_by_an_end(fact, mine, theirs, aligned)  # "1943 to 1947" / "in 1947"
        or day_of_a_told_clock(fact, mine, theirs)  # "9pm on Friday" / "2045 GMT"
        or day_told_as_recent(fact, mine, theirs)  # "let go on Thursday" / "recently"
        or day_at_no_shared_precision(fact, mine, theirs)  # "Dec. 11" / "Thursday"
        or others_told_by_ordinal(fact, mine, theirs, aligned)  # "seven others" / "eighth"
        or span_told_by_bare_unit(fact, mine, theirs, aligned)  # "five decades" / "decades"
        or length_told_by_bare_unit(fact, theirs, aligned)  # "2 hours" / "Hours"
        or count_of_unit_told(fact, mine, theirs, aligned)  # "41 seconds later" / "behind"
        or stopwatch_time_told(fact, mine, theirs, aligned)  # "2:06:12"
        or span_told_in_another_unit(fact, mine, theirs, aligned)  # "30 days" / "a month"
        or decades_told_in_years(fact, mine, theirs)  # "a decade" / "ten years"
        or percent_told_by_fraction(fact, mine, theirs, aligned)  # "50 percent" / "half"
        or period_told_otherwise(fact, mine, theirs, aligned)  # "first-quarter" / "Q1"
        or date_told_by_lapse(fact, mine, theirs)  # "in 2016" / "(2015) a year later"
        or day_part_told_in_partner(fact, mine, theirs, aligned)  # "overnight" / "night"
        or sum_told_in_another_currency(fact, mine, theirs, aligned)  # "2m euros" / "£1.7m"
        or count_of_named_parties(fact, mine, theirs, aligned)  # "the two chains" / "A and B"
        or degrees_told_without_scale(fact, theirs)  # "118 degrees Fahrenheit" / "118 degrees"
        or glued_unit_told(fact, mine.document.text, theirs.document.text)  # "512-MHz" / "512MHz"
        or price_told(fact, mine.document.text, theirs.document.text)  # "$25" / "$24 to $26"
        or count_told_by_multiple(fact, theirs, aligned)  # "two counts of murder" / "double"
        or dimensions_told(fact, mine.document.text, theirs.document.text)  # "2880x1800"
        or age_told_by_range(fact, theirs)  # "62-year-old" / "in his early 60s"
        or contract_end_told(fact, mine, theirs, aligned)  # "five-year deal" / "until 2029"
        or seconds_told(fact, mine.document.text, theirs.document.text)  # "9.58 seconds" / "9.58s"
        or numbered_rank_told(fact, mine, theirs, aligned)  # "the No 3 seed" / "seeded third"
        or (not apart and hedged_figure_in_partner(fact, theirs, aligned, near))  # "about 420 m"
    )
