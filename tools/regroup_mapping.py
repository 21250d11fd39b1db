"""The mapping tools/regroup.py applies: which flat engine module goes into which subpackage.

Data only. For each package, its subpackages by kind, each with the one-line docstring its
``__init__.py`` gets and the modules it holds. A module added later on a branch goes into the
subpackage of its kind here (or stays flat, and the script leaves it where it is).

The mapping names where each module stands at the end. A dotted subpackage (``figures.numbers``)
splits a subpackage grown large by job, its parent keeping only its docstring; a module moved
from one subpackage's entry to another's moves there on the next run.
"""

from __future__ import annotations

# package -> subpackage -> (docstring of its __init__.py, the modules it holds, by name, separated
# by white space). Public entry points stay where they are: desktop.core.compare, .model and
# .report; so do desktop.core.lexicon and desktop.core.findings.tuning (later_rules.py), which
# many branches append to.

GROUPS: dict[str, dict[str, tuple[str, str]]] = {
    "desktop.core": {
        "alignment": (
            "Which sentences tell the same thing: alignment, sentence vectors, same event, word diffs.",
            """
            align align_anchors embed news_verbs same_event token_set wording
            """,
        ),
        "datetimes": (
            "Days, dates, clock times, spans and lapses as reporters write them, and the timeline.",
            """
            clause_dates clock coming_steps counted_days dated_happenings dates deadlines decades
            durations hedged_clocks lapses led_zones missed_days ongoing_days small_hours
            time_frames timeline trailing_attributions vague_lapses weekday_parts when_text
            year_labels year_spans
            past_days
            """,
        ),
        "events": (
            "The story's happenings: which event a fact belongs to, tolls, victims, harms, case steps.",
            """
            case_wording condition_grades earlier_incidents event_ties generic_claims phrasal_deeds
            police_wording recaps taken_away toll_phases verdicts victim_harms wound_places
            """,
        ),
        "export": (
            "Reports for people outside the app: self-contained HTML and CSV.",
            """
            export_kinds
            """,
        ),
        "extraction": (
            "From text to facts: the spaCy parse, page furniture, sentence repairs, missed entities.",
            """
            author_notes continuations credits extract facts kickers mentions missed_entities
            parse_cache patterns pipeline slot_words split_decimals street_stops text_search
            truecase
            parse_clauses
            """,
        ),
        "figures": (
            "Figures read off the text: counts, amounts, units, bounds, and what and whose they count.",
            "",
        ),
        "figures.numbers": (
            "Numbers as written: digits and words, orders of magnitude, units, scales, rounding.",
            """
            digit_leeway feet_and_inches fraction_scales group_counts million_counts nested_orders
            number_words scale_figures set_phrases single_units speeds spelled_numbers
            storm_categories unit_factors values word_quantities
            """,
        ),
        "figures.ranges": (
            "A figure's bounds and ranges: a bound outside it or negated, a range's ends, an over.",
            """
            figure_bounds negated_bounds range_scales range_starts stretch_overs worded_range_starts
            """,
        ),
        "figures.changes": (
            "Shares and changes: parts of a whole, ratios, points, multiples, a company's measures.",
            """
            company_measures fraction_shares multiples partitive_wholes point_changes share_ratios
            """,
        ),
        "figures.owners": (
            "Whose figure it is: the person, body, place, season or population it belongs to.",
            """
            figure_asides figure_parties figure_places figure_seasons figure_subjects
            population_owners
            """,
        ),
        "figures.counted": (
            "What a count counts: which group, the toll it is in, wounds, kin, job cuts, more.",
            """
            counted_also counted_group figure_tolls figure_wounds first_groups job_cuts kin_counts
            linked_states named_kinds set_apart_counts times_counted
            """,
        ),
        "figures.facts": (
            "A figure as a fact: its value and shape, and the words that name what it is about.",
            """
            figure_facts figure_shapes having_verbs product_sums
            """,
        ),
        "locations": (
            "Places: the gazetteer and which place lies in which, streets, roads and addresses.",
            """
            cut_places distance_from home_places joined_places place_parts place_steps places
            road_numbers settlement_names street_addresses street_forms
            """,
        ),
        "naming": (
            "Names: what kind of name a span is, forms and spellings of one name, links across articles.",
            """
            body_forms body_initials club_names codes common_nouns descriptions entity_types
            headline_names initials_words label_votes life_subjects link made_names name_numerals
            name_spellings name_tail_figures names nicknamed_names opening_words party_bodies
            publication_names rank_tokens
            """,
        ),
        "persistence": (
            "What is written to disk: the .crosscheck file, the report's people, atomic writes.",
            """
            atomic persist report_people
            """,
        ),
        "persons": (
            "The people of an article: their mentions, ages, states and fates, one card per person.",
            """
            age_doers age_shapes borrowed_surnames event_age_owners event_ages mention_finder
            namesake_ages people person_ages person_anchor person_antecedents person_appositions
            person_counts person_fates person_groups person_ledes person_mentions person_nouns
            person_outcomes person_past person_references person_sole_referent person_states
            person_status person_surnames person_verbs person_victims pronoun_parts
            """,
        ),
        "quoting": (
            "Who says what: quotes and speakers, quotes compared, attribution, shared agency copy.",
            """
            attribution counted_source quote_compare quote_findings quote_folding quote_reframed
            quote_runs quote_speakers quote_table quote_tenses quote_told quote_words quotes
            shared_copy single_quotes sourcing speaker_phrase speaking_surnames
            """,
        ),
        "results": (
            "What a journalist sees: counts, the pair's verdict, notices, labels, colours, the review.",
            """
            counts labels notices palette people_report review summary
            """,
        ),
        "runtime": (
            "Running the engine: its own process, the garbage collector held off, errors for the user.",
            """
            collector engine_process errors
            """,
        ),
        "sport": (
            "Games and seasons: scores and records, teams by city or nickname, streaks, missed games.",
            """
            missed_games missed_scores scores streak_lengths streak_ordinals team_names team_plurals
            """,
        ),
    },
    "desktop.core.findings": {
        "alignment": (
            "Sentences paired across the articles: copies, swapped words, look-alikes, topic partners.",
            """
            alike_but contained_copies copies named_alike partner_events stand_in statement_partners
            swaps topic_partners
            """,
        ),
        "amounts": (
            "Verdicts on amounts: sums and currencies, measures and units, shares, ranges, precision.",
            """
            anchored contract_averages currency_sums fraction_pairs lone_amounts measured_nouns
            model_sizes paired_sums same_sums scaled_rounding shares_of_whole told_amounts
            told_currencies told_dimensions told_figures told_fractions told_glued_units
            told_measures told_price_ranges told_same_figure told_seconds told_shares told_terms
            told_unit_counts told_unscaled_degrees ton_units
            """,
        ),
        "bookkeeping": (
            "What every pass shares: the ledger, how claims relate, assembly, the reasons' wording.",
            """
            agreed_repeats apart_facts assembly claim_dates claimable claims comparison figures
            ledger lone_claims page_values related repeats sentence_facts
            wording
            """,
        ),
        "counts": (
            "Verdicts on counts: how many people or things, in one frame, across articles, by ordinal.",
            """
            aboard aboard_sums across care_parts compound_counts contents count_frames deed_counts
            further_counts how_often kindred_counts label_numbers listed_counts loose_frames
            named_beside named_numbers noun_counts numbered numbered_events ordinal_counts
            ordinal_pairs other_groups populations prize_tallies same_counts second_figures
            told_by_listing told_multiples told_named_parties told_of told_ordinal_others
            told_ordinals told_plural_bounds told_tallies vote_sides whole_counts witness_counts
            """,
        ),
        "datetimes": (
            "Verdicts on days, dates, clock times, spans and lapses, and those told in another form.",
            "",
        ),
        "datetimes.days": (
            "Verdicts on days: weekdays and dates, the leads' days, steps, one date at two precisions.",
            """
            calendar_weekdays clock_days coarse_dates day_parts event_days event_weekday_dates
            history_dates lead_days partner_days_taken set_apart_days stamp_lag steps written_days
            """,
        ),
        "datetimes.clocks": (
            "Verdicts on clock times: one moment on two dials or rounded, a happening's time.",
            """
            clock_dials close_clocks event_moments kind_times lone_clocks
            """,
        ),
        "datetimes.spans": (
            "Verdicts on years, months and spans: a deed's year, labels, tenures, terms, lapses.",
            """
            decade_years deed_months deed_years labelled_years lapses served_terms tenure_starts
            work_years year_span_clashes
            """,
        ),
        "datetimes.days_told": (
            "Days and clock times told in another form: relative days, weekdays, parts of a day.",
            """
            told_apposed_weekdays told_clock_days told_counted_back told_dated_relative_days
            told_day_part_words told_days told_lapse_days told_lead_days told_moments
            told_narrow_parts told_recent_days told_relative_days told_weeks
            """,
        ),
        "datetimes.spans_told": (
            "Spans and years told in another form: durations, seasons, a span's ends, years ago.",
            """
            told_bare_units told_contract_ends told_durations told_lapsed_dates told_lapses
            told_periods told_seasons told_span_ends told_span_units told_spans told_vague_spans
            told_year_rests told_year_spans told_years
            """,
        ),
        "events": (
            "Verdicts on what happened: deeds, tolls, causes, weapons, harms, outcomes told or denied.",
            """
            article_weapons calibre_clashes causes coming_steps denied_tolls elsewhere happenings
            harm_counts outcome_polarity retold_deeds round_ups shooters told_admissions
            told_phrasal_verbs told_place_events told_resignations told_surrenders tolls
            vehicle_colours victim_harms victim_ties weapons
            dated_measures shooting_kinds
            """,
        ),
        "locations": (
            "Verdicts on places: the story's city and region, streets, sites, directions, distances.",
            """
            city_parts compass_sides corners death_places distance_points lead_places life_places
            listed_places locative named_as_places own_places place_lists place_nouns
            place_part_counts regions sites stand_in_places story_cities story_regions street_names
            street_spellings told_by_distance told_demonyms told_hospitals told_places told_regions
            town_states
            """,
        ),
        "names": (
            "Verdicts on names: one name spelled or formed two ways, bodies, names told in other forms.",
            """
            acronym_names both_named city_services given_spellings name_runs named named_bodies
            particle_names spelled_apart told_bodies told_body_description told_body_forms
            told_body_nationalities told_body_shortenings told_bracketed_initials told_by_name
            told_city_bodies told_clippings told_common_words told_country_prefixes
            told_court_judges told_forms told_headline_words told_letters told_lowercase_names
            told_name_runs told_names told_nicknames told_order told_short_bodies told_slips
            told_town_services told_trade_names told_university_initials untyped_names
            renamed_people surname_bearers
            """,
        ),
        "persons": (
            "Verdicts on people: who is who, their ages, roles, offices and fates.",
            """
            age_conflict age_drift aged_others aged_people birth_years compared_ages deed_people
            described_ages introductions life_steps lone_ages named_ages offices origin_roles people
            person_claims person_roles role_fates roles survivor_children suspect_age_agreements
            suspect_ages told_age_ranges told_by_listed_ages told_by_naming told_descriptors
            told_designations whom_told wound_ages
            """,
        ),
        "quoting": (
            "Who tells a sentence: its named source, a speaker set aside, speakers named another way.",
            """
            sources speaker_aside told_joint_speakers told_speakers
            """,
        ),
        "sentences": (
            "Whole sentences and their clauses: corroborated, retold, or told by one side only.",
            """
            asked clauses decks retold_names scene_clauses sentence_details shared_phrases
            statements told_with_neighbour
            lone_clauses
            """,
        ),
        "sport": (
            "Verdicts on games: scores, records, standings, clubs, venues, tallies, streaks, rates.",
            """
            aligned_records aligned_scores bracketed_records club_halves club_standings final_scores
            finishing_places game_minutes goal_times opponent_names same_scores sport_rates tallies
            team_countries told_city_codes told_clubs told_game_periods told_numbered_ranks
            told_streaks venues won_and_lost
            """,
        ),
        "untold": (
            "What only one article tells: the one-sided pass, facts told in another form, withheld.",
            """
            descriptions one_sided told told_values untold_causes untold_events withheld
            withheld_agreements
            """,
        ),
    },
}

# Modules that stay in place whatever the mapping says (entry points and append-only modules).
KEEP = frozenset(
    {
        "desktop.core.compare",
        "desktop.core.model",
        "desktop.core.report",
        "desktop.core.findings.tuning.later_rules",
    }
)
KEEP_PACKAGES = ("desktop.core.lexicon", "desktop.core.findings.tuning")

# Where references are rewritten (relative to the repository root).
