"""Thresholds of the rules added one bench at a time since: one section a rule module, each named by
the work that added it. Benches as in stage.py; a comment's figures are those of the run that set
the value.
"""

from __future__ import annotations

from desktop.core.findings.tuning.stage import (
    DETAIL_MIN_SCORE,
    EVENT_DAY_CONFIDENCE,
    LEAD_DATE_CONFIDENCE,
    LEAD_PLACE_CONFIDENCE,
)

# --- ecb8: one-sided marks ---------------------------------------------------------------------
# A first line of at most this many words, with no full stop, is a headline (never reported alone
# as a whole when the other article's headline or lead shares a word with it). News headlines run
# 5-15 words; not fitted. Tune proxy (ECB+ chains, 79 tune-topic pairs): see the commit.
HEADLINE_WORDS = 20

# --- gvc8: what is told differently, not contradicted ------------------------------------------
# Confidence of a relative day ("last night") shown beside a named day it may not fall on: a
# note that the two are told differently, below any agreement on the same day. Not fitted. GVC
# tune (why the rule): of 4 uses of "this morning", "tonight", "yesterday" for the shooting, 3
# resolved through the page's date fell a day off the incident's date (pages dated the next day).
RELATIVE_DAY_AGREE = 0.4
# Two towns at most this far apart (km, nearest namesakes of similar size) may be one scene told
# at two precisions: a suburb and the city beside it ("Cicero" / "Chicago" 8 km, "Horn Lake" /
# "Memphis" 21 km, where a story says "near Memphis"). A metro core's inner suburbs lie within it;
# two cities a story tells apart ("Leeds" / "York" 36 km, "Dallas" / "Houston") lie beyond. Not
# fitted to a bench pair: GVC tune has no place conflict; edits and paraphrase place swaps keep.
NEAR_PLACE_KM = 25.0
# lead18: a district within NEAR_PLACE_KM of a city this many times its people is told at the
# city's precision (Tottenham 1/70 of London, Hollywood 1/23 of Los Angeles); Oakland, half San
# Francisco, stays a city of its own. Not fitted.
CITY_PART_SHARE = 20
# Confidence of a suburb and its city shown as one scene: below a place lying in the other (0.7),
# since the two may also be two scenes of one story. Not fitted.
SUBURB_AGREE = 0.55
# Two clock times at most this many minutes apart, one of them hedged ("around 1 a.m." /
# "shortly after midnight"), are one time told differently: "around" a full hour reaches half an
# hour either way, and two such reckonings can stand an hour apart. Not fitted.
HEDGED_CLOCK_MINUTES = 60
# ... and two plain clock times this close ("10:32 p.m." / "10:40 p.m."): the time of the shots
# and of the call to police. Not fitted.
CLOCK_MINUTES = 15
# A body's or a place's name in another accepted spelling ("Advisers" / "Advisors"): agreed, a
# little below a word-for-word match. ECB+ tune audit: the one such pair seen was a false conflict.
SPELLED_ALIKE_CONFIDENCE = 0.8
# A swap changes a name, a figure or a date: at most this many words in a row ("Major Ivan
# Petrov", "at least 5,000 people"). A longer changed run is the sentence going on differently.
# ECB+ tune audit: a 7-word run ("hosted by Seth MacFarlane, who drew") made a false swap;
# edits (tune, 40 articles): no planted swap is longer than 5 words.
SWAP_RUN_TOKENS = 6

# --- edits8: copied sentences and their look-alikes ---------------------------------------------
# A sentence with no copy on the other side is told by another sentence's copy (a sentence the
# other article prints nearly word for word) only from this score: then it restates the sentence
# copied. edits tune (82 articles, each deleted sentence against the copies of the rest): other
# statements of the story reach 0.61 ("Last month, INS Tabar had sunk a mother ship" / "The Navy
# rushed INS Tabar ... sunk a pirate mother ship"); restatements 0.74, 0.77 and 0.95 ("Fox's
# option would trump Lionsgate's hold on Lawrence" / "Fox might upset Lionsgate's plan by
# exercising its option on Lawrence").
ECHO_RESTATES = 0.7

# --- conf9: conflicts a journalist can trust ----------------------------------------------------
# A day whose year lies more than this many years before its page's, against a day with no year,
# is the story's history against its news ("joined June 27, 2001" / "fired March 2" on a page of
# 2008). One year, not zero: a day with no year on a January page may be last December's. Not
# fitted; ECB+ tune audit (same-subtopic pairs, seeds 41-61): the one such pair seen was false.
HISTORY_YEARS = 1

# --- quotes a partner sentence does not tell ----------------------------------------------------
# Two words are one word, when a quote's words are looked for in the other article's sentence, if
# they share this many first letters ("killings"/"killed", "demonstrators"/"demonstration"). A
# linguist's crude stem, not fitted: shorter joins unrelated words ("cold"/"colour" at 3), longer
# splits inflections. Fresh tune gold (FA01-FA06): the one quote it frees is a true one-sided
# quote ("... condemned the killings, saying: ..." paired with "... insistence that the measures").
SHARED_STEM = 4
# A year right before this many capitalised words, the same on both sides, labels one named thing
# ("his 2013 Toyota Camry" / "a grey 2012 Toyota Camry"): one word ("2012 Olympics" / "2008
# Olympics" of two games) may be a kind, two make a name. paraphrase (widened tune): one year
# change caught; no new conflict on the unedited tune pairs (tune_conflicts seeds 1-3).
YEAR_NAME_WORDS = 2

# How many years apart two ages may lie and still be one person's (a birthday between two reports:
# "Hardmon, 24" / "the 25-year-old" on a GVC tune pair); further apart, two people differently
# named and aged are two people, never one renamed (aged_people.py; GVC tune conflicts unchanged,
# the hand-built "Smith, 31" / "Jones, 27" story no longer a person conflict).
BIRTHDAY_SLACK = 1

# --- onesided11: names told with a slip of the pen (findings/names/told_slips.py) -----------------
# A one-letter slip is read only in words at least this long: "Iran" / "Iraq", "Sudan" / "Sedan"
# are two names one letter apart. Not fitted: the slips seen in random ECB+ tune pairs
# ("Ethopian") are longer; no other mark moved on 60 of them.
SLIP_MIN_LETTERS = 6
# ... and never in a word's last this many letters, where English makes one word another
# ("Indian" / "Indiana", "Caroline" / "Carolina"). Not fitted: a suffix is one or two letters.
SLIP_ENDING_LETTERS = 2

# --- details12: details told at another precision or in another form ----------------------------
# A clipped name ("the Heff" of "Heffner") is read only in clippings at least this long: shorter
# ones ("Bo", "Al", "Ed") begin too many names. Not fitted: an English clipping keeps a first
# syllable with its closing consonant; fresh tune gold (FA01) has the one mark it frees.
CLIPPED_NAME_MIN_LETTERS = 4

# --- conflict12: an ordinal above a count of the same act (findings/counts/ordinal_counts.py) -----
# "her third marriage" against "married twice": the words say it outright, but the person behind
# a possessive is read as the one named last before it, which a story of two women may get wrong,
# so it is shown as a likely, not a certain, conflict. Not fitted: fresh tune gold FA01 has the
# one such pair; tune conflicts seeds 1-3 add none.
ORDINAL_COUNT_CONFIDENCE = 0.6

# --- conflict12: home or away (findings/sport/venues.py) ------------------------------------------
# "play at home ... against Washington" / "game at Washington": the idiom is plain, but a team
# may meet one opponent twice in a season, and only the tense and the days named tell the two
# games apart, so the conflict is shown as likely, not certain. Not fitted: fresh tune gold FA02
# has the one such pair; tune conflicts seeds 1-3 add none.
VENUE_CONFIDENCE = 0.6

# --- conflict12: two ordinals of one noun in matching sentences (findings/counts/ordinal_pairs.py) -----
# How many content words after an ordinal may name what it ranks: "the fifth NBA coach", "the
# third-largest city". Not fitted: a noun and one word before it; a third word reaches the verb
# ("sixth NBA coach fired") and lets two sentences share a word the ordinals do not rank.
ORDINAL_NOUN_WORDS = 2

# --- placenouns: two places before one noun (findings/locations/place_nouns.py) -------------------
# How far from its centre "suburban Detroit" or "metro Atlanta" reaches: a town closer than this
# may lie in that area ("a suburban Detroit office building" / "a Troy office building", 32 km).
# Not fitted: the large US metro areas reach 60-80 km from their centres.
METRO_AREA_KM = 100.0

# --- para13: a happening labelled with a year in each article (findings/datetimes/spans/labelled_years.py) ------
# "the 2005 rampage" / "the March 2004 rampage": the noun says outright which happening, but the
# sentences need not align and a story may look back on an earlier happening of the same kind,
# so the conflict is shown as likely, not certain. Not fitted (= LEAD_DATE_CONFIDENCE).
LABELLED_YEAR_CONFIDENCE = LEAD_DATE_CONFIDENCE

# --- para13: a town written with a state it does not lie in (findings/locations/town_states.py) ---
# "Huntsville, California" / "Huntsville" under "Texas prisoner": the gazetteer says no such
# town, but a small namesake may be missing from it, so the conflict is shown as likely, not
# certain. Not fitted (= LEAD_PLACE_CONFIDENCE's level of a place read off the text).
TOWN_STATE_CONFIDENCE = LEAD_PLACE_CONFIDENCE

# --- conflict13: a toll one article denies and the other counts (findings/events/denied_tolls.py) -----
# "No one was hurt" / "Three people were injured": the words leave no room, but a denial is
# often the first word from the scene and the count a later one, so the conflict is shown as
# likely, not certain (as BOUNDS_CONFIDENCE shows tolls that may have risen). Not fitted: the
# tune gold has no denied toll; tune conflicts seeds 1-4 were audited before and after.
DENIED_TOLL_CONFIDENCE = 0.6

# --- conflict13: one count of one noun in each article (findings/counts/noun_counts.py) -----------
# "More than 50 firefighters tackled the blaze" / "Twenty firefighters fought the flames": the
# same noun counted once by each article is one figure however the verbs differ, but the verbs
# may still count two groups ("were at the scene" / "went inside"), so the conflict is shown as
# likely, not certain. Not fitted: tune conflicts seeds 1-4 were audited before and after.
NOUN_COUNT_CONFIDENCE = 0.6

# --- conflict13: measures beside an agreed figure (findings/amounts/anchored.py) ------------------
# The smallest plain count that ties two sentences to one thing when both give it: "2" or "12"
# turn up in any two sentences of one story, "160" or "5,000" rarely by chance. Not fitted: a
# round order of magnitude; measures and sums anchor whatever their size.
ANCHOR_COUNT = 100
# "an eight-year, $180 million contract" / "$180 million over seven years": the shared sum ties
# the sentences, but the measure beside it may still be of another part of the story, so the
# verdict is shown as likely, not certain. Not fitted: tune conflicts seeds 1-4 were audited.
ANCHORED_CONFIDENCE = 0.6

# --- conflict13: two fates for one role (findings/persons/role_fates.py) --------------------------
# "The gunman was arrested" / "The gunman was shot dead": the fates exclude each other, but a
# story may have two people of one role (two drivers in a crash), so the conflict is shown as
# likely, not certain. Not fitted: tune conflicts seeds 1-6 were audited before and after.
ROLE_FATE_CONFIDENCE = 0.55

# --- conflict14: shares of one whole (findings/amounts/shares_of_whole.py) ------------------------
# How far, as a share of the whole, a count may lie from a fraction word and still be that
# fraction: "half of the 300 homes" holds 140 or 160 of them, not 200. A twentieth: the rounding
# a reporter's "half" or "a third" allows. Not fitted (no tune pair tells a fraction against a
# count); fresh tune gold, ECB audits seeds 1-4 x 40 unchanged by it.
FRACTION_SLACK = 0.05
# A conflict on two shares of one whole in sentences telling the same thing: as sure as a noun
# counted once in each article (NOUN_COUNT_CONFIDENCE), the whole both give says it is one group.
SHARE_CONFIDENCE = 0.6

# --- recall14: what one article says a name is (findings/untold/descriptions.py) ------------------
# "Smith, a physician" / "Dr Smith, the family doctor": two nouns this close in the sentence
# model's table (doctor/physician 0.83, worker/employee 0.78, village/town 0.67, successor/heir
# 0.57) name one role, and the other article tells it in its own word; dentist/doctor (0.39) or
# leader/governor (0.39) are two roles. Set between those pairs, not fitted to the gold.
DESCRIPTION_SYNONYM = 0.5
# A description the other article lacks is a plain one-sided fact, as sure as an untyped name.
DESCRIPTION_CONFIDENCE = 0.6
# A happening the other article never speaks of is a plain one-sided fact, as sure as a
# description the other lacks.
EVENT_CONFIDENCE = 0.6

# --- recall14: a tally, how many of a run (findings/sport/tallies.py) -----------------------------
# "have lost eight of 10" / "eight losses in their last 10 games": the same part of the same whole
# in two sentences this related (the detail pairs' own floor, DETAIL_MIN_SCORE) is one tally;
# "two of three" in unrelated sentences may be anything. Not fitted: DETAIL_MIN_SCORE reused.
TALLY_RELATED = DETAIL_MIN_SCORE
# Two numbers in one frame agree as surely as a figure told in other words.
TALLY_CONFIDENCE = 0.7

# --- onesided14: a weekday told as a relative day (findings/datetimes/days_told/told_relative_days.py) -------------
# "Yesterday, the police explained that ...": a verb of saying this few words after a relative
# day makes it the day of the statement, not of what happened. Not fitted: a subject of up to
# three words between the day and the verb ("the police", "a navy spokesman"); random tune
# pairs seeds 1-2 x 40 showed one such day, kept one-sided at 4.
SAYING_DAY_REACH = 4

# --- para15: one distance from two points (findings/locations/distance_points.py) -----------------
# "1,500 kilometers south of Tehran" / "about 940 miles south of Lisbon": a point read off the
# text as surely as a lead's place, and neither article names the other's point. Not fitted
# (= LEAD_PLACE_CONFIDENCE).
DISTANCE_POINT_CONFIDENCE = LEAD_PLACE_CONFIDENCE

# --- para15: the year each article gives one deed (findings/datetimes/spans/deed_years.py) --------
# "In 1999, he stabbed his wife" / "a 2000 incident where he stabbed his wife": one verb, one
# year in each article, sentences sharing a noun but not aligned. Read off the words as surely
# as a place from a lead; not fitted (= LEAD_PLACE_CONFIDENCE).
DEED_YEAR_CONFIDENCE = LEAD_PLACE_CONFIDENCE

# --- conflict15: counts of one kind told in other words (findings/counts/kindred_counts.py) -------
# Two counted nouns this close in the sentence model's table name one kind of thing: house/home
# 0.70, car/vehicle 0.82, plane/aircraft 0.81, worker/employee 0.78, gun/rifle 0.75; below it
# lie troop/soldier 0.66, rifle/shotgun 0.63, year/month 0.57, dollar/euro 0.51, boy/girl 0.48.
# Set between those word pairs, not fitted to the gold. (Verbs are not compared by the table:
# buy/sell 0.70 and win/lose 0.57 score above arrest/detain 0.10.)
KINDRED_NOUN = 0.7
# A conflict on two counts of one kind in aligned sentences: as sure as a noun counted once in
# each article (NOUN_COUNT_CONFIDENCE); the nouns differ, so no surer.
KINDRED_CONFIDENCE = NOUN_COUNT_CONFIDENCE
# A conflict on the one batch each article adds to a count ("another five" / "20 more"): the
# sentences need not align, so no surer than a noun counted once in each article.
FURTHER_CONFIDENCE = NOUN_COUNT_CONFIDENCE
# Counts of one kind are compared in any aligned pair (align.PAIR_THRESHOLD), not only in the
# pairs other claims need (CLAIM_PAIR 0.45): the nouns' kind and the counts' part are the
# evidence, and a sentence telling a crowd in other words scores low on words ("union members
# rallied" / "people took to the streets", 0.34). ECB tune audits seeds 1-8 (220 pairs): one
# more conflict than at 0.45, a real one.
KINDRED_PAIR = 0.3
# A surname one article writes with a particle the other leaves out ("Calamita" / "LaCalamita"),
# under one given name: one person, one name wrongly spelt. As sure as a plain name conflict is
# not: the particle may be the paper's house style. Not fitted (one tune pair tells it).
PARTICLE_NAME_CONFIDENCE = 0.6
# Two particular weapons, one in each article, told in sentences that need not align ("a rifle" /
# "a shotgun"): likely one attack told wrongly, but either may be a second weapon found later.
# Below the aligned sentences' own weapon conflicts (assembly.aligned_confidence). Not fitted.
ARTICLE_WEAPON_CONFIDENCE = 0.5

# --- quotes15: part of a quote the other article writes word for word (quote_runs.py) ----------
# "our facility is closed until further notice" / "the plant would be closed until further
# notice": this many consecutive words the same on both sides ...
QUOTE_RUN_WORDS = 4
# ... of which this many are content words, not names, report part of what was said. Not fitted:
# a phrase of two content words ("fired in self defense", "has common sense") says something;
# set before looking at the tune figures.
QUOTE_RUN_CONTENT = 2

# A span counted in whole years ("three years") from a first year ("since 2005") to the
# article's date: a year either way, as the first and the last year may each be partly counted.
# A count in decades holds the years that round to it ("a decade" / "since 1996" in a story of
# 2008). Rounding rules, not fitted; told_year_spans.py (yellow16): tune agreements shown as
# only-one, FG04 "first fight since 2005" and "third fight in a decade".
YEAR_COUNT_SLACK = 1
DECADE_SLACK_YEARS = 5


# --- witness accounts (gvc16: witness_counts.py) ---------------------------------------------
# How many words before a figure its perception verb may stand: "heard as many as nine shots",
# "saw what looked like three men". Not fitted: the reach of one clause's object.
PERCEPTION_VERB_REACH = 6
# The confidence of a figure shown as one witness's account only its article gives. Not fitted:
# that of any other figure one article alone gives (one_sided.only).
WITNESS_ACCOUNT_CONFIDENCE = 0.8


# --- conflict16: a record bracketed after a name (bracketed_records.py) -------------------------
# "Bowe (45-1, 33 KOs)" / "Riddick Bowe (43-1)": two standings of one named side given as the
# story's own, in sentences that need not align. As sure as a count of one noun told once in each
# article (NOUN_COUNT_CONFIDENCE): the name and the bracket tie both records to one side. Not
# fitted (one tune pair, fresh_g FG04, shows the kind).
BRACKETED_RECORD_CONFIDENCE = NOUN_COUNT_CONFIDENCE


# --- conflict16: the age of the one suspect (suspect_ages.py) -----------------------------------
# "A 60-year-old woman charged with killing" / "61-year-old Sharron Smith was arrested": the one
# suspect's one age in each article, in sentences that need not align. The part comes from the
# clause, not from a shared name, so no surer than a noun counted once in each article
# (NOUN_COUNT_CONFIDENCE). Not fitted (one tune pair, fresh_h FH04, shows the kind).
SUSPECT_AGE_CONFIDENCE = NOUN_COUNT_CONFIDENCE


# --- conflict16: the clock time and month of one happening (event_moments.py) -------------------
# "The quake struck at 10:30 a.m." / "The tremor hit at 11:15 a.m.": one happening timed once in
# each article, in sentences that need not align. As sure as the weekday of one happening
# (EVENT_DAY_CONFIDENCE): the same evidence at another precision. Not fitted.
EVENT_MOMENT_CONFIDENCE = EVENT_DAY_CONFIDENCE


# --- para16: the country a body places a story in (story_regions.py) ---------------------------
# Confidence of a conflict between one opening's country and the one country the other article's
# body puts everything in, when its opening names none: weaker than two openings' countries
# (STORY_REGION_CONFIDENCE), since a body also tells where people came from and went. Not fitted.
BODY_REGION_CONFIDENCE = 0.45


# --- confidence of a clash in aligned sentences (assembly.aligned_confidence) ---------------
# Two values of one kind that clash inside two aligned sentences (places, names, weapons, causes,
# bodies) are as sure as the sentences are alike, from a floor for a clash that any pair of
# matching sentences shows, up to the cap every verdict short of a repeated name keeps. Not
# fitted: the formula the aligned-value conflicts have always used, now written once.
ALIGNED_CLASH_FLOOR = 0.4
ALIGNED_CLASH_CAP = 0.9


# --- stop 28: a clock against a part of the day named in words (day_parts.py) ----------------
# How far a reporter's clock may stray from the hours of "the early hours" or "the evening" and
# still be told of them: "about 5 a.m." meets "the early hours" (to 5), "9 p.m." does not. One
# hour, the rounding of "about 9"; common usage, not fitted (no gold pair sets a clock against a
# named part of the day).
CLOCK_ROUNDING_HOURS = 1.0


# --- chains17: "N weeks ago" counted from the page (told_counted_back.py) ----------------------
# "two weeks ago" names the week two weeks back, not one day: the days this far either side of
# the page's date less 14 are the span it holds. Not fitted: half a week, the week centred on
# the day counted back.
WEEKS_AGO_SLACK_DAYS = 3


# --- para17: the city each article tells the story in (story_cities.py) ------------------------
# How often an article must name one town, more than any other, for that town to be where it tells
# the story: once may be an aside ("a native of Boston"); twice, once as where something is, makes
# it the article's scene. Not fitted (the least count that is a habit, not a mention).
STORY_CITY_MENTIONS = 2
# Confidence of a conflict between two such towns, neither named by the other article: read off
# the whole article rather than a lead, as the country a body places a story in. Not fitted
# (= BODY_REGION_CONFIDENCE).
STORY_CITY_CONFIDENCE = BODY_REGION_CONFIDENCE


# --- para18: the place of a person's birth or death (life_places.py) ---------------------------
# How many words after "born" or "died" a locative's place may stand and still say where it
# happened: "born to a poor family in Colorado", "Born on April 22, 1923, in Nashville". Not
# fitted: about a clause's length, so the place of the next clause's happening stays out.
LIFE_PLACE_REACH = 8
# How many words before the place its locative may stand: "at a Melbourne hospital".
LIFE_PLACE_LOCATIVE_REACH = 2
# Confidence of a conflict on where a person was born or died, each article giving one place
# beside the verb: read off words, not a parse. Not fitted (= LEAD_PLACE_CONFIDENCE).
LIFE_PLACE_CONFIDENCE = LEAD_PLACE_CONFIDENCE


# --- para18: the weekday of one moment both articles time alike (clock_days.py) --------------
# Confidence of a conflict on the weekday of one moment both articles time alike ("called at
# 06:00 BST on Sunday" / "raised at about 6am on Wednesday"): as sure as two articles' days of
# one happening. Not fitted (= EVENT_DAY_CONFIDENCE).
CLOCK_DAY_CONFIDENCE = EVENT_DAY_CONFIDENCE


# --- gvc18: numbers dialled, and people set apart (named_numbers.py, aged_others.py) ------------
# How many words before an emergency number a verb of calling may stand and still dial it: "call
# police at 911" (the verb, its object, a preposition). Not fitted: no bench pair has one; the
# hand-made tests of named_numbers set it.
CALL_REACH_WORDS = 3
# How many words before an age "other", "another" or "a second" may stand and still set its person
# apart from one told before: "the other victim, 31", "a second man, 24". Not fitted: a determiner,
# the word itself and a noun, one spare; the hand-made tests of aged_others set it.
OTHER_PERSON_REACH_WORDS = 4


# --- stmt19: information held back, told in other words (withheld.py) ----------------------------
# How many tokens a negation, a verb of making known and a noun of information may span and still
# be one phrase saying information was held back: a noun with its "of" phrase ("the details of the
# Boston bid", five tokens) before a verb group ("have not been reported", four). Not fitted: the
# linguist's longest subject-and-verb shape; the hand-made tests of withheld set it.
WITHHELD_SPAN = 9


# --- conf19: one deed dated to two months (findings/datetimes/spans/deed_months.py) ---------------
# "which was unveiled in August" / "proposed the new regulations in May": one verb (or two of one
# deed), one month in each article, sentences sharing a noun; read off the words as surely as a
# deed's year (= DEED_YEAR_CONFIDENCE); not fitted.
DEED_MONTH_CONFIDENCE = DEED_YEAR_CONFIDENCE


# --- time19: days of the recent past (told_recent_days.py) --------------------------------------
# How many days before a page's date a count of recent days ("two days ago", "days earlier") may
# reach to hold a day the other article names for the same happening. Not fitted: a fortnight,
# the reach "last week" has from a page of a Sunday; the hand-made tests of told_recent_days set
# it, and no tune pair's figure moves with it.
RECENT_DAYS_REACH = 14
# How many words after an adverb of the recent past ("recently") the verb it modifies may stand
# ("had recently been let go"), and how many before it ("was fired recently"). Not fitted: an
# auxiliary, the verb and its particle; the hand-made tests of told_recent_days set it.
RECENT_VERB_AFTER_WORDS = 3
RECENT_VERB_BEFORE_WORDS = 2


# --- yellow19: facts the other article tells in another form (told_university_initials.py, -------
# told_speakers.py, told_body_shortenings.py)
# How many words a place must have for "U" and its initials to name its university: "North
# Carolina" gives "UNC"; a one-word place gives one letter ("UV"), which could be anything. Not
# fitted: the linguist's shortest initialism; the hand-made tests of told_university_initials set
# it.
PLACE_INITIALS_MIN_WORDS = 2
# How many words the name after a speaker's description must have for the other article writing it
# to name the same person: a given name and a surname ("spokesman Budi Santoso"). A surname alone
# may be anyone's. Not fitted: the linguist's full name; the hand-made tests of told_speakers set
# it.
SPEAKER_NAME_MIN_WORDS = 2
# How many of a body's words a lower-case description must keep, its first word and its kind noun
# among them, to stand for the body: "national flood agency" for "National Flood Relief Agency";
# "national agency" could be any. Not fitted: the field, the kind and one more; the
# hand-made tests of told_body_shortenings set it.
SHORTENED_BODY_MIN_WORDS = 3


# --- para19: a list of places told with one place changed (listed_places.py) -------------------
# Confidence of a conflict on the one place two aligned lists of places differ in ("from Somalia
# and Yemen" / "from Lisbon and Yemen"): the shared place ties the lists to one question, as sure
# as two articles' places of one happening. Not fitted (= LEAD_PLACE_CONFIDENCE).
LISTED_PLACE_CONFIDENCE = LEAD_PLACE_CONFIDENCE
