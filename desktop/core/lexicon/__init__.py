"""Every word list the engine consults, in one place, so a linguist can read and correct them.

The lists are small on purpose: each names a closed class a reporter's English draws on (the
verbs that say what a figure counts, the words that tie a value to another event), not strings
from any one article.
"""

from __future__ import annotations

# Words of time, the heads of names and the words of speakers live in their own modules;
# importable from here too.
from desktop.core.lexicon.business_slots import CUT_SYNONYMS, MEASURE_SYNONYMS
from desktop.core.lexicon.games import SPORT_SYNONYMS
from desktop.core.lexicon.name_heads import BUSINESS_HEADS as BUSINESS_HEADS
from desktop.core.lexicon.name_heads import FACILITY_HEADS as FACILITY_HEADS
from desktop.core.lexicon.name_heads import INTERNATIONAL_BODIES as INTERNATIONAL_BODIES
from desktop.core.lexicon.name_heads import SPELLING_VARIANTS as SPELLING_VARIANTS
from desktop.core.lexicon.name_heads import TOWN_HOLDING_AREAS as TOWN_HOLDING_AREAS
from desktop.core.lexicon.speakers import CLAUSE_AUXILIARIES as CLAUSE_AUXILIARIES
from desktop.core.lexicon.speakers import OFFICIAL_WORDS as OFFICIAL_WORDS
from desktop.core.lexicon.speakers import SPEAKING_FORMS as SPEAKING_FORMS
from desktop.core.lexicon.tech_slots import TECH_SYNONYMS
from desktop.core.lexicon.time_words import CLOCK_APPROXIMATORS as CLOCK_APPROXIMATORS
from desktop.core.lexicon.time_words import CLOCK_HEDGES as CLOCK_HEDGES
from desktop.core.lexicon.time_words import CLOCK_LEADS as CLOCK_LEADS
from desktop.core.lexicon.time_words import CLOCK_ZONES as CLOCK_ZONES
from desktop.core.lexicon.time_words import DAY_EDGES as DAY_EDGES
from desktop.core.lexicon.time_words import DAY_PARTS as DAY_PARTS
from desktop.core.lexicon.time_words import DEADLINE_MODALS as DEADLINE_MODALS
from desktop.core.lexicon.time_words import DEADLINE_PREPOSITIONS as DEADLINE_PREPOSITIONS
from desktop.core.lexicon.time_words import DEADLINE_WORDS as DEADLINE_WORDS
from desktop.core.lexicon.time_words import DEICTIC_WORDS as DEICTIC_WORDS
from desktop.core.lexicon.time_words import FRAME_OPENERS as FRAME_OPENERS
from desktop.core.lexicon.time_words import FUTURE_AUXILIARIES as FUTURE_AUXILIARIES
from desktop.core.lexicon.time_words import HOUR_WORDS as HOUR_WORDS
from desktop.core.lexicon.time_words import NARROW_PARTS_OF_DAY as NARROW_PARTS_OF_DAY
from desktop.core.lexicon.time_words import PARTS_OF_DAY as PARTS_OF_DAY
from desktop.core.lexicon.time_words import PROSPECT_VERBS as PROSPECT_VERBS
from desktop.core.lexicon.time_words import RELATIVE_DAYS as RELATIVE_DAYS
from desktop.core.lexicon.time_words import SCHEDULE_WORDS as SCHEDULE_WORDS
from desktop.core.lexicon.time_words import SERIES_UNITS as SERIES_UNITS
from desktop.core.lexicon.time_words import TIME_CLAUSE_WORDS as TIME_CLAUSE_WORDS
from desktop.core.lexicon.time_words import WEEKDAYS as WEEKDAYS
from desktop.core.lexicon.titles import ABBREVIATED_TITLES
from desktop.core.lexicon.war_roles import WAR_ROLE_SYNONYMS

# Words that say what a figure counts, folded to one slot name: "killed", "dead" and "death toll"
# all speak of deaths. Anything not listed stands for itself (its lemma). Verbs of falling are
# not here: "prices fell 5%" is no death toll. "Victims" counts everyone harmed, the
# wounded too ("four victims" of a shooting that killed two): it stands for itself.
SLOT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["kill", "killed", "dead", "death", "die", "died", "toll", "fatality", "fatalities", "lives", "body", "bodies", "perish", "murder", "fallen", "deceased", "slain", "slay", "slaying"], "death"),
    **dict.fromkeys(["injure", "injured", "hurt", "wound", "wounded", "injury", "casualty"], "injury"),
    **dict.fromkeys(["quake", "earthquake", "temblor", "tremor", "seism"], "quake"),
    **dict.fromkeys(["arrest", "detain", "custody"], "arrest"),
    **dict.fromkeys(["evacuate", "evacuation", "flee", "fled", "displace", "displaced"], "evacuate"),
    **dict.fromkeys(["aged", "age", "old", "year-old"], "age"),
    **dict.fromkeys(["house", "home", "building", "structure"], "building"),
    **dict.fromkeys(["sentence", "sentenced", "prison", "jail"], "sentence"),
    **dict.fromkeys(["resident", "inhabitant", "population"], "population"),
    **dict.fromkeys(["soldier", "troop", "peacekeeper", "serviceman"], "soldier"),
    **dict.fromkeys(["magnitude", "richter"], "magnitude"),
    # A building's floors, spelt the British or the American way ("an eight-storey building" /
    # "an eight-story building"). Whole-word spelling leaves "story" out (a news story); a
    # figure counting it is the floors.
    "storey": "story",
    **dict.fromkeys(["miss", "missing"], "missing"),
    # recall8: people treated or taken to hospital are the injured ("five people received
    # treatment", "six were hospitalized").
    **dict.fromkeys(["treat", "treatment", "hospitalize", "hospitalise"], "injury"),
    # recall8: "20 people remained unaccounted for" are the missing.
    **dict.fromkeys(["unaccounted"], "missing"),
    # conflict14: a vessel's or plane's passengers are the people on board it ("a ferry carrying
    # 40 passengers" / "52 people on board"): one group told with another noun.
    **dict.fromkeys(["passenger", "aboard", "onboard"], "board"),
    # conflict14: one trade told by its old and new word ("20 firemen" / "20 firefighters").
    **dict.fromkeys(["firefighter", "fireman"], "firefighter"),
    **dict.fromkeys(["crewman", "crewmember"], "crew"),
    # kinds15: a fire engine is an "appliance" in British fire-service usage ("an additional six
    # engines" / "a further four appliances").
    **dict.fromkeys(["engine", "appliance"], "engine"),
    # probe20: a dimension's adjective and its noun name one measure ("24 kilometres deep" / "at
    # a depth of 15 kilometres"). "high" and "long" are left out: they mostly say other things.
    **dict.fromkeys(["deep", "depth"], "depth"),
    **dict.fromkeys(["wide", "width"], "width"),
    **dict.fromkeys(["tall", "height"], "height"),
    # probe20: the verbs of a fire consuming land ("burned 12,000 acres" / "scorched 18,000
    # acres"): one measure of the land a fire has taken.
    **dict.fromkeys(["burn", "scorch", "char", "blacken"], "burn"),
    # probe20: a gust is a wind at its strongest ("gusts of up to 207 kilometres per hour" /
    # "winds reached 220 kilometres per hour"): one measure of a storm's wind.
    **dict.fromkeys(["wind", "gust"], "wind"),
    # probe20: the people who march, rally or demonstrate are the crowd ("About 20,000 people
    # marched" / "Police estimated the crowd at 35,000"): one count of the protest's size.
    **dict.fromkeys(["crowd", "march", "rally", "demonstrate"], "crowd"),
    # probecrime36: a police report counts the shots fired as rounds, bullets or gunshots ("fired
    # 14 rounds" / "fired 14 shots"): one count of the gunfire. Not "pellets", many to one
    # shotgun shot, nor "casings", which count what was found.
    **dict.fromkeys(["round", "bullet", "gunshot"], "shot"),
    # probenews36: a nation is a country ("runners from 130 countries" / "from 130 nations"):
    # one count of the states taking part.
    **dict.fromkeys(["country", "nation"], "country"),
    # probecourt: the counts of an indictment are its charges ("seven felony counts" / "7 felony
    # charges"): one tally of what a defendant is accused of.
    **dict.fromkeys(["charge", "count"], "charge"),
    # probecourt: a fine is the penalty a court or a regulator imposes ("was fined $2.5 million" /
    # "a penalty of $25 million"); the small model lemmatises "fined" to "fin".
    **dict.fromkeys(["fine", "fin", "penalty"], "fine"),
    # probecourt: a share of the vote is a share of the ballots cast ("52% of the vote" / "48
    # percent of the ballots cast"), and winning an election is being elected ("won re-election
    # with 58 percent" / "was re-elected with 53%"): one result told with the other word.
    **dict.fromkeys(["vote", "ballot"], "vote"),
    **dict.fromkeys(["elect", "election", "reelect", "reelection"], "election"),
    **WAR_ROLE_SYNONYMS, **CUT_SYNONYMS, **MEASURE_SYNONYMS, **SPORT_SYNONYMS, **TECH_SYNONYMS,
}  # fmt: skip

# The slots whose figures are the counts a news report is about: a clash there is a real conflict.
# "shoot" (the verb: "six people were shot") counts the dead and the wounded alike, a toll of its
# own; the noun "shots" counts bullets and is no toll.
COUNT_SLOTS = frozenset(
    ["death", "injury", "shoot", "arrest", "evacuate", "missing", "building", "soldier",
     "magnitude"]
)  # fmt: skip

# Words that add a count to people told of before: "Two women were also shot" (counted_also.py).
ADDING_WORDS = frozenset(["also", "too"])
# Nouns that name people by the harm they came to: "the three victims" counts a toll's people
# without a word of the toll.
VICTIM_NOUNS = frozenset(["victim", "casualty", "survivor", "patient"])

# Context words too common to say what a figure is about.
GENERIC_SLOT_WORDS = frozenset(
    ["be", "have", "say", "report", "tell", "state", "people", "person", "year", "time", "day",
     "also", "more", "other", "about", "least", "some", "number", "total", "include", "put",
     "give", "bring", "make"]
)  # fmt: skip

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
# Verbs that put a level on their subject: in "turnout reached 93.87 percent", "turnout was
# almost 90%", "the toll stood at 50" the figure is the subject's value (core/extraction/facts.py).
LEVEL_VERBS = frozenset(
    ["be", "reach", "stand", "total", "hit", "top", "exceed", "amount", "climb", "rise", "near"]
)
# probe20: verbs of a change whose "to" phrase gives the level their subject ends at: "profit fell
# to $412 million", "sales jumped to $8.9 billion" (the figure without "to" is the change).
CHANGE_VERBS = frozenset(
    ["fall", "drop", "decline", "slip", "dip", "sink", "slide", "tumble", "plunge", "shrink",
     "jump", "grow", "increase", "surge", "soar", "climb", "rise"]
)  # fmt: skip
# probe20: verbs that put a level on their object with "at": "Police estimated the crowd at
# 35,000", "put the damage at $2 million" (core/extraction/slot_words.py).
ESTIMATING_VERBS = frozenset(["estimate", "put", "place", "peg", "set"])
# "the hospital in Bandar Abbas": people are rarely "in" someone.
PLACE_CUES = frozenset({"in", "near", "outside", "across", "around", "of"})
# Common nouns the small model capitalises into places at the start of a phrase.
NOT_PLACES = frozenset({"island", "city", "town", "village", "state", "province", "region",
                        "county", "capital", "north", "south", "east", "west", "map"})  # fmt: skip
# "one of the...": a figure too vague to report on its own.
WEAK_NUMBER_WORDS = frozenset({"one", "a", "an", "once", "single", "first"})

# Capitalised words the model reads as a name at a sentence start: never a person.
NOT_NAMES = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "his", "her", "their", "this",
     "that", "these", "those", "there", "here", "police", "officials", "authorities", "mr", "mrs",
     "ms", "dr", "said", "says", "according", "euro", "euros", "dollar", "dollars", "yen",
     "rupee", "rupees", "yuan", "rouble", "roubles", "ruble", "rubles"]
)  # fmt: skip
# Companies the small model takes for people or places: services, not persons.
SERVICES = frozenset(
    ["facebook", "twitter", "instagram", "tiktok", "youtube", "whatsapp", "snapchat", "linkedin",
     "reddit", "telegram", "google", "wikipedia", "x"]
)  # fmt: skip
# Last words that make a name an institution: "Dallas Fire Department" is no person.
INSTITUTION_HEADS = frozenset(
    ["department", "police", "sheriff", "office", "ministry", "agency", "service", "services",
     "university", "college", "school", "hospital", "center", "centre", "council", "court",
     "company", "corporation", "inc", "ltd", "group", "association", "bureau", "commission",
     "committee", "authority", "fleet", "army", "navy", "force", "forces", "party", "church",
     "club", "team", "network", "news", "times", "post", "press", "radio", "tv"]
)  # fmt: skip

# Words that generic names carry and that say nothing about which body is meant.
GENERIC_NAME_WORDS = frozenset(
    ["city", "town", "village", "island", "province", "county", "state", "region", "district",
     "ministry", "department", "agency", "office", "police", "army", "navy", "force", "forces",
     "government", "council", "court", "university", "school", "hospital", "party", "group",
     "company", "news", "service", "center", "centre"]
)  # fmt: skip


# Modals of what may happen in general: "A magnitude 6 quake can cause severe damage"
# (core/events/generic_claims.py). "Will" and "must" are left out: they tell this story's next step.
GENERIC_MODALS = frozenset(["can", "may", "might", "could"])

# Verbs of loading a weapon or a box: "the gun was loaded with four bullets", "a magazine that
# contained 15 rounds". A figure on one counts contents, not what happened (findings/counts/contents.py).
# Verbs of carrying people are left out: "a ship carrying 3,000 passengers" counts those aboard,
# the very count another article gives as "4,000 aboard"; so is "hold" ("held three hostages").
CONTAINING_WORDS = frozenset(["load", "loaded", "contain"])

# Words for a win-loss record or a result: "a record of 9-14", "a 10-8 round" (core/sport/scores.py).
RECORD_WORDS = frozenset(["record", "mark", "win", "loss", "victory", "defeat", "round", "score",
                          "season", "lead", "tie", "draw"])  # fmt: skip

# Words that tie a value to another event than the one reported: "an earlier quake of 7.2",
# "the 2004 tsunami killed 230,000", "last season's record", or to an earlier telling ("police
# initially said five were hurt"). Such a value is compared only with
# values that carry the same tie.
OTHER_EVENT_CUES = frozenset(
    ["earlier", "previous", "prior", "last", "past", "former", "ago", "anniversary", "season",
     "compared", "similar", "initially", "originally"]
)  # fmt: skip


# Words too common in news to count as a shared detail of two sentences.
DETAIL_IGNORE = frozenset(
    ["say", "tell", "report", "state", "official", "police", "people", "year", "time", "day",
     "week", "also", "include", "told", "according", "accord", "news", "agency", "medium",
     "local", "city", "area", "place", "thing", "make", "take", "give", "come", "going", "know",
     "think", "want", "need", "call"]
) | frozenset(f"{rank}." for rank in ABBREVIATED_TITLES)  # fmt: skip
# ("Const.", "Sgt.": a rank before a name is part of the name; names have findings of their own)

# A figure hanging on one of these is part of an address or a page's furniture, not a count:
# "the 2300 block of Main Street", "Updated 5:12 p.m.".
ADDRESS_WORDS = frozenset(
    ["block", "street", "avenue", "road", "drive", "lane", "boulevard", "suite", "apartment",
     "unit", "highway", "route", "interstate", "phone", "zip"]
)  # fmt: skip
PAGE_WORDS = frozenset(
    ["update", "updated", "post", "posted", "publish", "published",
     # time zones stamp a page's clock time: "Nov 12, 2011, 05.51AM IST MUMBAI:"
     "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet", "ist"]
)  # fmt: skip
# Phrases by which a sentence dates its event a step away from the day it names: "the sixth
# aftershock struck on Monday as the toll from the quake a day before rose" tells two days.
STEP_BACK_PHRASES = (
    "a day before", "the day before", "a day earlier", "the previous day", "the night before",
    "the previous night", "a night earlier", "hours earlier",
)  # fmt: skip

# Words that only English uses this often (no "in", "is", "was": German and Dutch share them; no
# "a": French). A text where they make up a large share of the words is English without asking
# the language identifier (core/results/notices.py): loading its model costs half a second.
ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "of", "and", "to", "that", "for", "with", "said", "by", "from", "he", "his", "she",
     "her", "they", "their", "were", "has", "have", "it", "which", "who", "would", "this"]
)  # fmt: skip

# First words of a place's own name ("Fort Coffee", "Lake Placid", "Mount Vernon"): a name so
# shaped is a place, unless it ends in an institution's head ("Fort Worth Police").
PLACE_NAME_HEADS = frozenset(["fort", "ft", "mount", "mt", "lake", "port", "cape", "camp"])
# Prepositions that put what follows on the map: "shot in Jackson", "near Pine Bluff". ("of" is
# left out: "the death of Jackson" is a person's.)
LOCATING_WORDS = frozenset(["in", "near", "outside", "across", "around", "from"])
# Verbs of a later step of a story (an arrest, a charge, a hearing): a day that hangs on one dates
# that step, not the shooting or the quake, and is compared only with days of such steps.
LATER_STEP_VERBS = frozenset(
    ["arrest", "charge", "arraign", "indict", "plead", "sentence", "convict", "acquit", "book",
     "extradite", "release", "bail", "testify", "jail", "detain", "surrender", "bury", "funeral",
     "vigil", "memorial", "hearing", "trial", "hold", "face", "autopsy",
     # what a court's people do is a step of justice: "A judge on Thursday upheld ..."
     "judge", "jury", "juror", "prosecutor", "court",
     # naming the dead or the suspect comes after the event: "identified the man Monday as ..."
     "identify"]
)  # fmt: skip
# Nouns of a later step a verb's object may name: "filed charges Friday", "held a vigil Sunday"
# ("keep a comfortable hold on his titles Saturday" is no step).
LATER_STEP_NOUNS = frozenset(
    ["charge", "hearing", "trial", "vigil", "funeral", "memorial", "bail", "sentence",
     "indictment", "arraignment", "complaint", "warrant", "autopsy", "bond"]
)  # fmt: skip
# What a victim dies of days after the event: "died of his injuries", "succumbed to her wounds".
LATER_DEATH_CAUSES = frozenset(["injury", "wound", "injuries", "wounds", "complication"])
# Phrases that make a figure a running tally of many events, not a count of this one: "the 30th
# homicide this year", "412 people shot so far this year", "since January". A bare "so far" or
# "to date" names no period: "rescuers have pulled out 47 bodies so far" is this event's count,
# still rising (probeaccident).
TALLY_PHRASES = (
    r"\b(?:year to date|this (?:year|month|week|season)|since (?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|\d{4}))\b"
)
# --- probegov: a state held since a time ---------------------------------------------------------
# "a law in force since 2016", "in office since January": "since" after "in" and one of these
# nouns says how long a state has held, not the period a running tally counts over.
STANDING_STATES = frozenset(["force", "effect", "office", "power", "place", "operation"])
# Everyday forms of English given names: "Bill Smith" and "William Smith" are one person.
GIVEN_NAME_FORMS: dict[str, str] = {
    "bill": "william", "will": "william", "billy": "william", "willie": "william",
    "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
    "jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael",
    "dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard",
    "tom": "thomas", "tommy": "thomas", "joe": "joseph", "joey": "joseph", "jack": "john",
    "johnny": "john", "dave": "david", "davey": "david", "dan": "daniel", "danny": "daniel",
    "chris": "christopher", "steve": "steven", "tony": "anthony", "ted": "edward",
    "ed": "edward", "eddie": "edward", "ben": "benjamin", "sam": "samuel", "nick": "nicholas",
    "matt": "matthew", "pat": "patrick", "greg": "gregory", "jeff": "jeffrey",
    "larry": "lawrence", "andy": "andrew", "drew": "andrew", "alex": "alexander",
    "charlie": "charles", "chuck": "charles", "hank": "henry", "harry": "henry",
    "jon": "jonathan", "ken": "kenneth", "kenny": "kenneth", "ron": "ronald",
    "ronnie": "ronald", "don": "donald", "donnie": "donald", "gerry": "gerald",
    "jerry": "gerald", "terry": "terrence", "tim": "timothy", "timmy": "timothy",
    "fred": "frederick", "freddie": "frederick", "frank": "francis", "ray": "raymond",
    "vince": "vincent", "zach": "zachary", "josh": "joshua", "nate": "nathan",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "katherine",
    "katie": "katherine", "kathy": "katherine", "cathy": "catherine", "peggy": "margaret",
    "maggie": "margaret", "meg": "margaret", "sue": "susan", "susie": "susan",
    "jenny": "jennifer", "jen": "jennifer", "becky": "rebecca", "vicky": "victoria",
    "patty": "patricia", "trish": "patricia", "debbie": "deborah", "deb": "deborah",
    "mandy": "amanda", "abby": "abigail", "annie": "ann", "sandy": "sandra",
}  # fmt: skip
# Nouns for people that a bare figure between commas gives the age of: "a woman, 24, was shot",
# "two men, 25 and 30,". (A figure so placed after a name is an age too.)
PERSON_NOUNS = frozenset(
    ["man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager",
     "teenagers", "child", "children", "victim", "victims", "suspect", "suspects", "driver",
     "passenger", "officer", "resident", "student", "mother", "father", "son", "daughter",
     "brother", "sister", "wife", "husband", "girlfriend", "boyfriend", "friend", "cousin",
     "uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "gunman", "shooter",
     "person", "people", "owner", "employee", "worker", "guard", "neighbor", "neighbour", "male",
     "female", "youth", "juvenile", "infant", "baby", "toddler", "veteran", "soldier",
     # lead18: the trades news names people by ("The actress, 26,", "the singer, 53"), beyond
     # the people of a crime story.
     "actor", "actors", "actress", "actresses", "singer", "singers", "rapper", "musician",
     "musicians", "star", "stars", "player", "players", "coach", "athlete", "athletes", "boxer",
     "fighter", "champion", "host", "director", "author", "writer", "comedian", "model",
     "pilot", "pilots", "nurse", "nurses", "doctor", "doctors", "teacher", "teachers", "priest",
     "journalist", "journalists", "reporter", "photographer", "lawyer", "golfer", "striker",
     "goalkeeper", "quarterback", "pitcher",
     # paraphrase50: the people of a workplace, counted as its victims ("wounding two former
     # bosses" / "wounded two men").
     "boss", "bosses", "manager", "managers", "supervisor", "supervisors", "colleague",
     "colleagues", "coworker", "coworkers",
     # probewar: the doer of a bombing, a kidnapping or a hijacking, named by the agent noun as
     # a shooting's is by "gunman" ("The bomber, 19," / "a 19-year-old bomber"). Not "attacker":
     # as a role it set "The attacker, a 32-year-old student" apart from "carried out by a
     # 23-year-old student", one man (probe pairs).
     "bomber", "kidnapper", "hijacker"]
)  # fmt: skip
# Last words of a street's name: "N. Main St.", "Bever Avenue" are places (addresses), never a
# person or an organisation. ("Court" is left out: the Supreme Court is a body.)
STREET_WORDS = frozenset(
    ["st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln",
     "lane", "hwy", "highway", "pkwy", "parkway", "terrace", "circle", "way", "place", "pl"]
)  # fmt: skip
# Words that set an event noun apart from the story's own ("in a separate shooting", "an earlier
# incident", "a similar attack last month"): every value of that clause is about the other event.
OTHER_INCIDENT_MARKERS = frozenset(
    ["separate", "unrelated", "another", "earlier", "previous", "prior", "similar", "different"]
)
INCIDENT_NOUNS = frozenset(
    ["incident", "shooting", "attack", "case", "homicide", "killing", "murder", "crash",
     "robbery", "quake", "earthquake", "fire", "explosion", "event", "stabbing"]
)  # fmt: skip
# Sentence openers that turn to another happening: "Elsewhere, a boy was shot", "Separately, ...".
OTHER_STORY_OPENERS = frozenset(["elsewhere", "separately"])

# Words that join number words into one figure ("half a dozen", "two hundred and fifty"): a
# figure the parser missed is read whole (findings/bookkeeping/comparison.py).
NUMBER_PHRASE_WORDS = frozenset(
    ["a", "an", "and", "half", "dozen", "hundred", "thousand", "million", "billion", "one", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)  # fmt: skip

# How reporters name a place's police when they do not write its name: "Houston Police" is
# told by "authorities in Houston said" (findings/untold/told.py).
POLICE_WORDS = frozenset(
    ["police", "sheriff", "officers", "deputies", "detectives", "investigators", "authorities"]
)
# Institutions a country or a town has one of, named alike by their common noun: "in Parliament"
# is told by "stormed parliament" (findings/names/told_names.py). "Labour" / "labour" is not one.
INSTITUTION_NOUNS = frozenset(
    ["parliament", "senate", "congress", "cabinet", "government", "assembly", "navy", "army",
     "police", "judiciary", "legislature", "presidency", "council", "coastguard"]
)  # fmt: skip
# ... and the adjective English makes of each, which tells the institution as well: "a naval
# officer said" reports the navy, "a parliamentary vote" the parliament (findings/names/told_bodies.py).
INSTITUTION_ADJECTIVES = {
    "navy": "naval", "parliament": "parliamentary", "senate": "senatorial",
    "congress": "congressional", "judiciary": "judicial", "legislature": "legislative",
    "presidency": "presidential", "government": "governmental", "ministry": "ministerial",
}  # fmt: skip
# Words a name shortens in writing: "St. Louis", "Dallas Co." (findings/names/told_names.py).
NAME_ABBREVIATIONS = {"st": "Saint", "ft": "Fort", "mt": "Mount", "pt": "Point", "co": "County"}
# --- Conflicts a journalist can trust on unseen shootings (gvc8: findings/bookkeeping/claims.py, named.py) ---
# Nouns that name a person by their tie to someone in the story: "her 17-year-old daughter" is one
# person however the article words it, where "a 25-year-old man" may be any of several victims.
KINSHIP_NOUNS = frozenset(
    ["daughter", "son", "mother", "father", "wife", "husband", "brother", "sister", "girlfriend",
     "boyfriend", "grandmother", "grandfather", "grandson", "granddaughter", "stepfather",
     "stepmother", "stepson", "stepdaughter", "fiancee", "fiance", "mom", "dad", "ex-wife",
     "ex-husband", "ex-girlfriend", "ex-boyfriend"]
)  # fmt: skip
# Words a capitalised stand-in for a name can never be: a pronoun or a determiner opening the
# sentence ("He said" / "Smith said") replaces a name without naming anyone else.
NOT_STAND_IN_NAMES = NOT_NAMES | frozenset(
    ["him", "them", "its", "our", "my", "your", "one", "another", "both", "some", "all", "each",
     "officers", "investigators", "deputies", "witnesses", "neighbors", "family", "relatives"]
)  # fmt: skip
# Nouns for a report itself: a date they hang on ("in a story on Aug. 10", "a statement issued
# Monday") dates the telling, not the event told.
REPORT_NOUNS = frozenset(
    ["story", "article", "report", "statement", "release", "interview", "post", "tweet",
     "broadcast", "bulletin", "correction", "update", "conference", "briefing", "news"]
)  # fmt: skip
# Words that widen a city to the area around it ("metro Atlanta", "suburban Leeds", "the Houston
# area"): a town in that area is the same place at a coarser precision, never another place.
VICINITY_WORDS = frozenset(
    ["metro", "suburban", "greater", "outer", "near", "outside", "nearby", "area", "suburbs",
     "outskirts", "metropolitan", "region", "around"]
)  # fmt: skip
# Words of time that stand beside any place ("in Leeds early Sunday"): they frame nothing.
TIME_FRAME_WORDS = frozenset(
    ["early", "late", "morning", "afternoon", "evening", "night", "overnight", *WEEKDAYS,
     "today", "yesterday", "tonight", "week", "weekend", "month", "year"]
)  # fmt: skip
# Phrases that make a sentence's counts a round-up of many events ("six killed over the weekend
# across the city") or another event's ("last summer"), besides the running tallies of TALLY_PHRASES, which event_ties reads.
# A bare "so far" names no period ("47 bodies recovered so far" is this event's count); "so far
# this year" is a round-up by its "this year".
ROUNDUP_PHRASES = (
    ("over", "the", "weekend"), ("this", "weekend"), ("across", "the", "city"),
    ("this", "year"), ("last", "year"), ("in", "recent", "years"), ("last", "summer"),
    ("last", "winter"), ("last", "spring"), ("last", "fall"), ("last", "autumn"),
)  # fmt: skip
# Nouns of the places a victim or a suspect is taken to: a town named after them ("Christ
# Medical Center in Oak Lawn") places the building, not the shooting.
TAKEN_TO_NOUNS = frozenset(
    ["hospital", "center", "centre", "clinic", "infirmary", "jail", "prison", "morgue",
     "courthouse", "court", "station", "headquarters"]
)  # fmt: skip

# Ordinals spelled out, for "the 11th hour" / "the eleventh hour" told alike in a quote.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}  # fmt: skip
