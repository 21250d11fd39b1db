"""The steps a shooting story times, by the verb (lemma) a clock time hangs on: the shots, the call
that brought the police, the finding of the victim, the death, the arrest. Lowercase lemmas."""

from __future__ import annotations

CLOCK_STEPS: dict[str, str] = {
    **dict.fromkeys(
        ["shoot", "fire", "happen", "occur", "erupt", "wound", "injure", "hit", "strike", "kill",
         "shooting", "gunfire", "attack", "stab"],
        "event",
    ),
    **dict.fromkeys(
        ["call", "dispatch", "respond", "arrive", "summon", "report", "alert", "notify"],
        "call",
    ),
    # Coming upon the victim ("found shot at 10:30 p.m.") follows the shots by minutes or hours.
    **dict.fromkeys(["find", "discover", "locate"], "found"),
    **dict.fromkeys(["pronounce", "die", "declare", "succumb", "death"], "death"),
    **dict.fromkeys(
        ["arrest", "detain", "apprehend", "surrender", "capture", "book", "charge", "custody"],
        "arrest",
    ),
}  # fmt: skip

# Questioning a suspect and his court appearances come after the event too, as the later steps
# of the lexicon's LATER_STEP_VERBS do: "was being questioned Monday night", "denied bond
# during a court appearance on Wednesday" (later_steps.later_step).
CUSTODY_STEPS = frozenset(["question", "interrogate", "appearance"])
# Where police take someone, a step as "arrested" is: "was taken into custody Wednesday"
# (later_steps.later_step).
CUSTODY_PLACES = frozenset(["custody"])

# Aftershocks follow the quake: "jolted the island on Sunday, followed by several aftershocks on
# Monday" dates the quake Sunday; Monday is the aftershocks' day (later_steps.later_step).
QUAKE_STEPS = frozenset(["aftershock"])

# A toll counted again on a day is a later step too: "The death toll rose to 15 on Monday", "the
# toll stood at 40 Tuesday" date a count of the dead, never the crash or the quake itself
# (later_steps.later_step, by the verb's subject).
TOLL_STEPS = frozenset(["toll"])

# The steps a shooting story dates by the day (findings/datetimes/days/steps.py). The shots, the
# call, the finding of the victim and a death told as the killing fall on one day as a rule, so they
# are one step here ("shot and killed June 3" / "shot June 4" is a clash); the arrest and the
# charge, a court's hearing, a funeral or a vigil are happenings of their own days, each its own
# step.
DAY_STEPS: dict[str, str] = {
    **{word: "arrest" if step == "arrest" else "event" for word, step in CLOCK_STEPS.items()},
    **dict.fromkeys(
        ["arraign", "indict", "plead", "sentence", "convict", "acquit", "testify", "hearing",
         "trial", "judge", "jury", "juror", "prosecutor", "court", "appearance", "extradite"],
        "court",
    ),
    **dict.fromkeys(["release", "bail"], "release"),
    # weekdate: "mourned him at his funeral on Monday", "were mourning Sunday": a day of grief is
    # the mourners', never the day of the deed they mourn.
    **dict.fromkeys(["bury", "funeral", "vigil", "memorial", "mourn"], "mourning"),
    # "held a vigil Sunday", "held on $1 million bond Monday": what is held comes after the shots.
    "hold": "hold",
    # gvc20: a suspect is charged a day or more after his arrest as often as not ("arrested
    # Sunday" / "charged Monday with murder"): the charge is a step of its own days.
    "charge": "charge",
}  # fmt: skip

# Happenings of their own that "hold" names as a light verb: "a vote on the measures will be held
# Thursday", "elections were held Sunday", "unions will hold a rally Friday". The day is the
# happening's, compared with the other article's day of it; a vigil, funeral, hearing or trial
# held is a later step of the story, and a person held is in custody (later_steps.later_step).
HELD_HAPPENINGS = frozenset(["vote", "ballot", "election", "referendum", "poll", "primary",
                             "runoff", "meeting", "session", "summit", "talk", "debate",
                             "rally", "march", "protest", "demonstration", "strike",
                             "ceremony", "celebration", "parade", "festival", "concert",
                             "race", "match", "game"])  # fmt: skip

# conf18: "found guilty", "found not guilty", "found liable": a verdict. "find" names the finding
# of a victim as a step of the shooting, but beside one of these words it is the court's step,
# the day a conviction is told as well ("convicted on March 4").
VERDICT_WORDS = frozenset(["guilty", "innocent", "liable"])
VERDICT_STEP = "court"

# probe19: the one verb a verdict idiom means: "was found guilty" is "was convicted", "found not
# guilty" "acquitted" (findings' slot words, core/events/verdicts.py). A negated verdict means the
# opposite deed. Lowercase.
VERDICT_DEEDS: dict[str, tuple[str, str]] = {
    "guilty": ("convict", "acquit"),  # the deed as written, and as negated
    "innocent": ("acquit", "convict"),
}
# Verbs a court's verdict is found with: "the jury found him guilty", "was found guilty".
FINDING_VERBS = frozenset(["find"])
# probe20: verbs a verdict is given with as their object, which say not which way it went: "The
# jury returned its verdict on Wednesday", "reached a verdict" (core/events/verdicts.py).
VERDICT_GIVING_VERBS = frozenset(["return", "reach", "deliver", "hand", "announce", "render"])
VERDICT = "verdict"

# gvc20: nouns of a later step a place may hang on (core/locations/place_steps.py): "booked into the
# county jail in Fort Worth", "taken into custody in Dallas", "a funeral in Arlington". The town is
# where that step happened, which need not be where the shots were fired.
PLACE_STEP_NOUNS: dict[str, str] = {
    **dict.fromkeys(["custody", "jail", "prison", "lockup"], "arrest"),
    **dict.fromkeys(
        ["court", "courthouse", "courtroom", "hearing", "trial", "arraignment"], "court"
    ),
    **dict.fromkeys(["funeral", "vigil", "memorial", "burial", "service"], "mourning"),
}  # fmt: skip

# falsec40: verbs that tell an arrest only in the passive, of the person taken: "was caught in
# northeast Houston", "was nabbed in Dallas"; active, they tell something else ("caught fire").
CAUGHT_VERBS = frozenset(["catch", "nab"])

# The verbs that date one end of a process rather than the process itself (datetimes/
# process_ends.py): "voters began to cast their ballots on Sunday" dates the vote's start, "the
# election ended Sunday evening" its end, "polls opened at 7 a.m." / "polls closed at 8 p.m." the
# two ends of one day's voting. A start and an end are two moments of one happening, never two
# dates of one. Lemmas; "open" not with "fire" (opening fire is the shooting itself). Common
# usage, not fitted.
PROCESS_START_VERBS = frozenset(["begin", "start", "commence", "open"])
PROCESS_END_VERBS = frozenset(["end", "finish", "conclude", "close", "wrap"])

# Words of a move from one place to another ("is moving to a rehab facility in Malibu", "was
# transferred to a hospital in Denver"): the place after their "to" is where a later stage of the
# story goes, not where the event stands (place_clash.moved_to). Forms, not lemmas: tokens carry
# no lemma.
MOVE_WORDS = frozenset(
    {
        "move",
        "moves",
        "moved",
        "moving",
        "transfer",
        "transfers",
        "transferred",
        "transferring",
        "relocate",
        "relocated",
        "relocating",
    }
)

# follow58: words that tell a happening after another one in the same sentence. "The quake was
# followed by a magnitude 4.8 tremor", "struck ..., followed by a 4.8 tremor": the agent of
# "follow" is a later happening, whatever noun names it ("tremor" folds to the quake's own slot).
# "then", "later", "subsequently" on a clause joined to an earlier one, and "before" opening a
# clause, put that clause's happening after the first (events/later_happenings.py). Lemmas.
FOLLOWING_VERBS = frozenset(["follow"])
LATER_CLAUSE_ADVERBS = frozenset(["then", "later", "subsequently"])
BEFORE_MARKS = frozenset(["before"])
# Verbs a reading of a happening hangs on inside its phrase: "a tremor measuring 4.8".
MEASURING_VERBS = frozenset(["measure", "register"])
# Words that bring in one or more of the things just named: "more than 120 aftershocks,
# including a magnitude 5.1 tremor" (figures/numbers/scale_figures.py). Forms, lowercase.
LISTING_WORDS = frozenset(["including"])
# The ordinals of a happening after the first of a series: "a second blast", "the third quake"
# (events/later_happenings.py). "first" is left out: the first of a series may be the story's.
LATER_ORDINALS = frozenset(["second", "third", "fourth", "fifth", "sixth"])
