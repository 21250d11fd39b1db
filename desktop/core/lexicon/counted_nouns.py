"""Nouns whose counts say which group, not how many of one thing
(``findings/counts/noun_counts.py``).

"Two men were arrested ... three men fled", "a man and two children": news names any group at the
scene by sex, age or a loose word for people, so two counts of such a noun are two groups more
often than two figures for one. Lemmas, folded like slot words ("residents" -> population).
"""

from __future__ import annotations

ANY_GROUP_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "child", "kid", "teen", "teenager", "person", "people",
     "male", "female", "youth", "juvenile", "adult", "individual", "victim", "suspect",
     "member", "other", "one", "population", "family", "friend", "relative"]
)  # fmt: skip

# The tolls that count people ("killing three", "20 were arrested"): a measure ("30 years behind
# bars for killing his wife") never tells one, whatever harm stands near it.
PEOPLE_TOLLS = frozenset(["death", "injury", "shoot", "arrest", "evacuate", "missing"])

# The folded slot word of the people on board a vessel or a plane ("passengers", "people on
# board", "aboard": ``SLOT_SYNONYMS``) and of its crew, the part of them that are no passengers.
ABOARD_WORD = "board"
CREW_WORD = "crew"

# Plural words of an order of magnitude that count what follows their "of": "dozens of homes",
# "tens of thousands of people" (values.py reads their range). They say how many, never what.
ORDER_WORDS = frozenset(
    ["dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions"]
)
# Words after "of" that name a whole a part is taken from: "dozens of the homes", "hundreds of
# them" count a part of a group the sentence has told of.
WHOLE_WORDS = frozenset(
    ["the", "them", "those", "these", "their", "its", "his", "her", "our", "us", "whom", "which"]
)

# The tolls whose verb, done by a counted subject to an object, is that group's deed, not its
# toll: "five officers shot the teenager", "two gunmen killed a clerk", "three deputies arrested
# him" (figure_tolls._without_deeds). Not "fled their homes" or "evacuated their homes": the
# subject is who fled, so an evacuation keeps its count.
HARM_DEEDS = frozenset(["death", "injury", "shoot", "arrest"])

# What a shooting leaves or fires, counted on one body or at one scene: "recovering from 3 gunshot
# wounds", "fired 12 shots", "six bullets", "shot four times". A figure counting one of these
# counts the wounds, shots or times, never people hurt (figure_wounds.py). Lemmas.
HIT_COUNT_NOUNS = frozenset(
    ["wound", "gunshot", "bullet", "shot", "round", "shell", "casing", "slug", "time"]
)

# gvcc: what gunfire strikes besides people, folded as slot words ("homes" -> building): a count
# of these never counts the people hit, whose count names no such noun ("Bullets struck two
# homes" / "Bullets struck three people"; "people" leaves a figure with no counted noun).
STRUCK_THINGS = frozenset(
    ["building", "car", "vehicle", "truck", "van", "bus", "window", "apartment", "wall", "door",
     "business", "store", "shop"]
)  # fmt: skip
# Nouns of a small group that count what their "of" opens, after "a": "a pair of left hooks",
# "a trio of uppercuts", "a couple of jabs", "a handful of fans" (group_counts.py). Each gives
# its count (low, high): a pair and a trio exactly, a couple and a handful roughly. As with
# ORDER_WORDS, the noun says how many, never what: the noun after "of" is what is counted.
GROUP_COUNTS: dict[str, tuple[int, int]] = {
    "pair": (2, 2),
    "trio": (3, 3),
    "couple": (2, 3),
    "handful": (2, 6),
}
# Things sold and worn as a pair, and nouns plural in form only: "a pair of shoes", "a pair of
# handcuffs" is one such thing, no count of two.
PAIRED_THINGS = frozenset(
    ["shoe", "boot", "glove", "sock", "earring", "trousers", "jeans", "pants", "shorts",
     "glasses", "spectacles", "sunglasses", "goggles", "binoculars", "scissors", "pliers",
     "handcuffs", "tights", "sneakers", "trainers", "skis"]
)  # fmt: skip

# gvcconf43: what a gun fires, counted when it hits someone ("was hit by seven bullets", "seven
# bullets struck him", "took seven rounds") against the count fired ("fired 11 shots"): two
# counts of one gunfire, the hits a part of the shots (bullets_hit.py). Lemmas; not "time":
# "shot seven times" is read apart already, and not "wound", which counts what a body shows.
FIRED_NOUNS = frozenset(["bullet", "shot", "round", "slug", "pellet", "gunshot"])
# Verbs whose doer is what hit: "struck by four bullets", "three bullets hit him".
STRIKING_VERBS = frozenset(["hit", "strike", "graze", "wound", "pierce", "riddle"])
# Verbs whose object is what hit the subject: "took seven bullets", "suffered two gunshots".
TAKING_VERBS = frozenset(["take", "suffer", "receive", "sustain"])

# reading56: a modifier that counts the plural noun it sits on, as a numeral would: "twin
# blasts" are two blasts (set_counts.py). Each gives its count (low, high). Not "both": it points
# back at a pair the text has set up, often a part of the group the other article counts, and
# read as two it added a wrong conflict on check's pooled figures (30/32 -> 30/33; stop 56).
SET_COUNTS: dict[str, tuple[int, int]] = {
    "twin": (2, 2),
}
