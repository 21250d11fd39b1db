"""Words of people cards and the timeline (people.py, person_*.py, timeline.py): what happened to
a person, how old they are, what stands for them, and when. Lemmas, lowercase, as a linguist
states the cues; titles before names are in ``titles``, the engine's other lists in ``__init__``."""

from __future__ import annotations

# What happened to a person and how old they are, as a linguist states the cues; lemmas, lowercase.

# A person as the passive subject of these verbs had it done to them ("was killed", "was arrested",
# "was arraigned": the stages of a prosecution after the charge count as charged).
PASSIVE_STATUS: dict[str, str] = {
    "kill": "killed",
    "slay": "killed",
    "murder": "killed",
    "wound": "injured",
    "injure": "injured",
    "hurt": "injured",
    "hospitalize": "injured",
    "hospitalise": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "apprehend": "arrested",
    "book": "arrested",
    "jail": "arrested",
    "charge": "charged",
    "indict": "charged",
    "capture": "arrested",
    "treat": "injured",
    "arraign": "charged",
    "convict": "charged",
    "sentence": "charged",
}

# A person as the subject of these verbs: "Smith died", "Smith told reporters", "Smith surrendered".
SUBJECT_STATUS: dict[str, str] = {
    "die": "killed",
    "succumb": "killed",
    "surrender": "arrested",
    "plead": "charged",
    "say": "quoted",
    "tell": "quoted",
    "add": "quoted",
    "explain": "quoted",
    "recall": "quoted",
}

# A person as the object of these verbs: "police arrested Smith", "killing Smith"; with a reflexive
# object the subject had it done: "Smith killed himself".
OBJECT_STATUS: dict[str, str] = {
    "kill": "killed",
    "murder": "killed",
    "slay": "killed",
    "wound": "injured",
    "injure": "injured",
    "arrest": "arrested",
    "detain": "arrested",
    "charge": "charged",
    "book": "arrested",
    "capture": "arrested",
    "apprehend": "arrested",
}

# Nouns naming what was done to a person, who is their possessor or "of" object: "Smith's death",
# "the murder of Ann Lee", "Smith's killer", "the arrest of Smith", "Smith's body was found",
# "the funeral of Ann Lee". "Shooting" is not here: a
# person shot may live.
FATE_NOUNS: dict[str, str] = {
    "death": "killed",
    "murder": "killed",
    "killing": "killed",
    "slaying": "killed",
    "homicide": "killed",
    "killer": "killed",
    "murderer": "killed",
    "arrest": "arrested",
    "body": "killed",
    "funeral": "killed",
    "autopsy": "killed",
}

# Verbs that take a life: "the shooting claimed the life of Ann Lee", "took the lives of".
LIFE_TAKING_VERBS = frozenset({"claim", "take", "end", "cost"})

# A fate put before the copula: "Killed were Ann Lee and Bob Ray", "Also injured was Ann Lee".
FRONTED_FATES: dict[str, str] = {
    "killed": "killed",
    "dead": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "shot": "injured",  # "Shot were Ann Lee and Bob Ray": hit (killed where the article says so)
    "arrested": "arrested",
    "charged": "charged",
}

# "a warrant for Smith's arrest", "a search for Smith's killer": a fate sought, not yet had.
SOUGHT_WORDS = frozenset({"warrant", "search", "call", "reward", "hunt", "manhunt"})
# "the attempted murder of Smith": the fate noun did not happen.
ATTEMPT_WORDS = frozenset({"attempted", "attempt", "attempts"})

# Words beside "was shot" that make the shooting fatal ("shot dead", "fatally shot").
FATAL_WORDS = frozenset({"dead", "fatally", "death", "killed", "mortally"})
# Adjectives that make a wound or a shooting a death: "fatal injuries", "the fatal shooting of
# Ann Lee", "a deadly shooting"; the nouns they make so ("shooting" alone: a person shot may live).
FATAL_ADJECTIVES = frozenset({"fatal", "mortal", "deadly"})
DEADLY_NOUNS = frozenset({"shooting", "stabbing"})

# Verbs of being hit by a shot: "was shot and killed", "was shot but survived", "was grazed".
SHOT_VERBS = frozenset({"shoot", "gun", "wound", "injure", "strike", "hit", "graze"})
# A person as the passive subject of these verbs was hit ("Ann Lee was shot in the back", "was
# struck in the leg"): hurt,
# unless the article says the shot killed (one fate, killed: ``people._final_fate``).
HIT_VERBS = frozenset({"shoot", "hit", "strike"})
# Verbs of a blow that, in a sentence of gunfire, say the people they hit were shot: "shooting
# into a crowd, hitting five people", "bullets struck two bystanders" (figure_tolls).
GUNFIRE_HIT_VERBS = frozenset({"hit", "strike"})
# Words that make a sentence one of gunfire.
GUNFIRE_WORDS = frozenset(
    {"shoot", "shooting", "gunfire", "gunman", "gunmen", "shooter", "gunshot", "bullet", "gun"}
)
# "was shot at": fired at, perhaps missed.
MISSED_WORDS = frozenset({"at"})
# What hits a person hurt by gunfire: "was struck by a bullet", "was grazed by gunfire".
BULLET_WORDS = frozenset({"bullet", "gunfire", "shot", "round", "shrapnel", "pellet"})
# A verb and particle that say a death: "passed away".
DEATH_PHRASES = frozenset({("pass", "away")})

# Verbs whose small clause says the state a person was found in: "found Smith dead", "left Ann Lee
# wounded", "found Ann Lee shot in the chest" (the state is said of the name as a passive).
SMALL_CLAUSE_VERBS = frozenset({"find", "leave", "discover"})

# "was shot but survived": a person hit who lived is injured.
SURVIVE_VERBS = frozenset({"survive"})
# "is recovering", "is expected to survive / recover": someone hurt (with no object: "recovered
# the gun" is the police's work).
RECOVERY_VERBS = frozenset({"recover", "survive"})

# "was found dead", "was pronounced dead", "is missing": an adjective complement that is a status.
COMPLEMENT_STATUS: dict[str, str] = {
    "dead": "killed",
    "missing": "missing",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "wounded": "injured",  # "the shooting left Smith wounded"
    "injured": "injured",
}

# A person carried to a hospital by these verbs was hurt: "was rushed / flown / taken to a
# hospital" (unless the article says they died: one fate, killed); lemmas.
CARRIED_VERBS = frozenset(
    ["take", "rush", "transport", "fly", "flight", "airlift", "carry", "drive", "bring", "transfer"]
)
HOSPITAL_WORDS = frozenset({"hospital", "hospitals"})  # fmt: skip
# "remains in the hospital": kept there, so hurt ("stayed in the hospital with her son" is not).
STAYING_VERBS = frozenset({"remain"})
# "remains in critical condition", "was flown to a hospital in critical condition", "is in a
# coma": the state of someone hurt and alive.
CONDITION_WORDS = frozenset({"condition", "coma"})

# "suffered a gunshot wound", "was taken to a hospital with injuries": what a hurt person has.
INJURY_NOUNS = frozenset({"wound", "injury", "injuries", "wounds"})
# Determiners that deny the noun they go with: "suffered no injuries".
NO_WORDS = frozenset({"no"})
# Verbs whose subject has the injury noun they take: "suffered / sustained / received a wound",
# "has non-life-threatening injuries".
INJURY_VERBS = frozenset({"suffer", "sustain", "receive", "have"})
# Prepositions tying an injury noun to a person's clause: "with a gunshot wound", "treated for".
INJURY_PREPOSITIONS = frozenset({"with", "for"})
# Care given for an injury: "flown to a hospital for treatment of a gunshot wound".
TREATMENT_NOUNS = frozenset({"treatment", "surgery", "care"})
# Verbs whose subject had that care: "underwent surgery".
TREATED_VERBS = frozenset({"undergo"})

# Nouns for a group by its fate: "the deceased was identified as Smith", "Smith was among the
# dead", "Among the injured was Smith".
GROUP_FATES: dict[str, str] = {
    "dead": "killed",
    "deceased": "killed",
    "injured": "injured",
    "wounded": "injured",
}

# Custody said without the verbs above: "was taken into custody", "remains in jail", "is being
# held without bond".
CUSTODY_WORDS = frozenset({"custody", "jail"})
# "was placed under arrest", "remains under arrest": what a person under it is in.
ARREST_STATES = frozenset({"arrest"})
HELD_WORDS = frozenset({"custody", "jail", "bond", "bail"})

# "committed suicide", "took his own life", "turned the gun on himself": a person's own death.
SUICIDE_NOUNS = frozenset({"suicide"})

# "gave himself up", "turned himself in", "handed himself over": a surrender (verb lemma,
# particle), with a reflexive between them.
SURRENDER_PHRASES = frozenset(
    {("give", "up"), ("turn", "in"), ("hand", "in"), ("turn", "over"), ("hand", "over")}
)
# Past forms the lemma does not begin ("gave"): ``findings/events/told_surrenders.py`` reads the
# words.
IRREGULAR_PASTS = {"give": ("gave",)}

# Suffixes telling a father and a son of one name apart: "John Smith Sr." and "John Smith Jr.".
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Reflexive pronouns: "Smith turned himself in", "Smith killed himself".
REFLEXIVES = frozenset({"himself", "herself", "themselves"})

# Reflexives that give the sex of the subject they stand for: "Moss shot himself".
REFLEXIVE_SEXES = {"himself": "m", "herself": "f"}
# Kin a person has, owned by a possessive that gives the owner's sex ("after killing his wife,
# Moss ...": Moss is a man); lemmas.
KIN_NOUNS = frozenset(
    ["wife", "husband", "girlfriend", "boyfriend", "fiance", "fiancee", "partner", "son",
     "daughter", "child", "mother", "father", "brother", "sister", "stepson", "stepdaughter",
     "family", "parent", "grandson", "granddaughter"]
)  # fmt: skip
# Pronouns that stand for one named person as a clause's subject: "She was pronounced dead",
# with the sex each names.
PERSON_PRONOUNS = {"he": "m", "she": "f"}
# Possessive pronouns that stand for one named person owning a fate: "Police are investigating
# her death", "His body was found Sunday"; with the sex each names.
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}
# Nouns and titles that give a person's sex ("her husband, Bo Lee", "Mrs. Lee"): a "she" is
# never a person the article calls a husband.
GENDERED_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["man", "boy", "husband", "father", "son", "brother", "boyfriend", "grandfather",
         "grandson", "uncle", "nephew", "gunman", "mr", "stepfather", "stepson"],
        "m",
    ),
    **dict.fromkeys(
        ["woman", "girl", "wife", "mother", "daughter", "sister", "girlfriend", "grandmother",
         "granddaughter", "aunt", "niece", "mrs", "ms", "miss", "stepmother", "stepdaughter"],
        "f",
    ),
}  # fmt: skip

# Adjectives that give a description its sex: "the female victim", "a male suspect".
SEXED_ADJECTIVES: dict[str, str] = {"male": "m", "female": "f"}

# Nouns a news report describes one person by, once it has tied the noun to a name ("the
# suspect, Earnest Fells ... The suspect was pronounced dead"); singular, lemmas.
DESCRIPTION_NOUNS = frozenset(
    ["victim", "suspect", "gunman", "shooter", "man", "woman", "boy", "girl", "teen", "teenager",
     "child", "toddler", "infant", "baby", "driver", "passenger", "student", "resident",
     "homeowner", "mother", "father", "son", "daughter", "wife", "husband", "boyfriend",
     "girlfriend", "brother", "sister", "officer", "deputy", "trooper", "youth", "juvenile"]
)  # fmt: skip
# Last words that make a "name" a street or a school, never a person: "Phillip Drive",
# "Seminole High" ("Lane" and "Way" are left out: they are surnames too).
NOT_NAME_ENDINGS = frozenset(
    ["street", "st", "avenue", "ave", "road", "rd", "drive", "boulevard", "blvd", "highway",
     "hwy", "parkway", "pkwy", "high", "middle", "elementary"]
)  # fmt: skip
# Words of what befell someone, never of a name: "Attempted Murder", "Gunfire" (with FATE_NOUNS).
NOT_NAME_WORDS = frozenset(["attempted", "gunfire", "shooting", "stabbing"])
# Nouns that with a nationality say where a person is from, not what they do: "a British
# national", "a Mexican citizen": the card shows the nationality, never a role.
NATIONALITY_NOUNS = frozenset({"national", "citizen", "native", "subject"})
# Descriptions of a victim that, as a main clause's subject, pick up the one person just named
# as "he" or "she" would: "Mya Vance was shot. The student was rushed to a hospital".
SALIENT_DESCRIPTIONS = frozenset(
    ["victim", "teen", "teenager", "boy", "girl", "child", "student", "toddler", "infant", "baby"]
)
# Determiners of a description that refers back ("the suspect", "his wife", "that man") and the
# articles of one that introduces ("a teenage girl").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "their"})
INDEFINITE_ARTICLES = frozenset({"a", "an"})

# Officials who identify the dead: "the coroner identified the victim as Smith".
DEATH_OFFICIALS = frozenset({"coroner", "examiner"})

# Pronouns a name identifies: "He was identified as Smith", "Police identified her as Ann Lee",
# "They were identified as Ann Lee and Bo Ray".
IDENTIFIED_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
PLURAL_PRONOUNS = frozenset({"they", "them"})

# Words standing for a part of a group: "one of the men who died", "Smith was one of those killed".
PART_OF_WORDS = frozenset({"one", "two", "three", "four", "five", "some", "each", "all", "both"})

# Verbs whose subject takes an age as complement: "Smith is 19 years old", "Smith turned 16".
AGE_VERBS = frozenset({"be", "turn"})

# A figure followed by these is no age in years: "Ann Lee, 2 months old".
SHORT_AGE_UNITS = frozenset(
    {"month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes"}
)

# Words before a date that put it ahead of the article ("will resume Sept. 9", "is scheduled
# for May 28", "won't resume until September"): a month named without a year is then the next.
FUTURE_CUES = frozenset(
    ["will", "won't", "shall", "scheduled", "slated", "due", "until", "upcoming", "next",
     "expected", "planned", "set"]
)  # fmt: skip
# Steps of a court case a date can belong to ("a preliminary hearing on April 4"), and words
# that move a case to a later date ("the case was continued to September"); lemmas.
COURT_STEPS = frozenset(["hearing", "trial", "sentencing", "arraignment", "court", "appearance"])
POSTPONED_WORDS = frozenset(["continue", "postpone", "reschedule", "adjourn", "delay"])
# Relative time phrases a date parser does not place: ordered after the entry before them.
RELATIVE_TIME = (
    "hours later",
    "minutes later",
    "days later",
    "moments later",
    "shortly after",
    "shortly before",
    "hours earlier",
    "earlier in the day",
    "later that day",
    "later that night",
    "the next day",
    "the following day",
    "last week",
    "last month",
    "earlier this week",
    "earlier this month",
    "this week",
)
# Words of an attack or a blow that alone do not say whether the victim lived ("was shot",
# "was hit by a car", "was stabbed"): set against a death, they are the story told in less.
OUTCOME_UNTOLD_WORDS = frozenset(["shot", "shooting", "hit", "struck", "stabbed", "stabbing"])

# Plural nouns an article calls its victims by, as one group wherever it names them ("All of the
# victims were found dead ... Ann Lee was one of the victims"); lemmas. The fates a group's
# member takes from what is told of the group: what the group is, never what one member said.
VICTIM_GROUPS = frozenset({"victim"})
GROUP_FATE_STATUSES = frozenset({"killed", "injured"})
# Quantifiers that take in a whole group: "all of the victims were found dead" says it of each.
WHOLE_GROUP_WORDS = frozenset({"all", "both", "each"})
# Number words that count a group of people: "killed four people", "the two victims".
COUNT_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Words that count a second group beside one of the same size: "killed two and wounded two others".
OTHER_GROUP_WORDS = frozenset({"other", "others", "more", "additional", "another"})
# Words that make a description someone else than the one already named: "a second deputy",
# "the other victim", "another man".
OTHER_ONE_WORDS = frozenset({"second", "third", "fourth", "other", "another", "fellow"})
# Words of care that say a victim was alive when taken away, not that they lived: "was
# hospitalized", "was taken to Regions Hospital", "airlifted to UCLA".
CARE_WORDS = frozenset(["hospitalized", "hospitalised", "taken", "transported", "rushed", "airlifted",
                        "flown", "transferred"])  # fmt: skip
# Words that say the victim lived: "treated and released", "in stable condition", "expected to
# survive", "non-life-threatening wounds".
SURVIVAL_PATTERN = (
    r"\b(?:stable|released|survived|survive|surviving|recover|recovering|recovered|minor|"
    r"non-life-threatening|not life-threatening|good condition|fair condition)\b"
)

# What tells the suspect among the people a shooting story ages (age_doers.py), as the verb of the
# clause the aged noun stands in. Lemmas, lowercase.
# Its active subject did the harm or answers for it: "a 22-year-old man opened fire", "... fled",
# "... turned himself in", "... faces murder charges". "Open" counts with "fire" as its object,
# "turn" with a reflexive one, "face" with a charge (see SUSPECT_CHARGES).
SUSPECT_SUBJECT_VERBS = frozenset(
    ["shoot", "kill", "murder", "slay", "stab", "fire", "flee", "surrender", "confess", "plead"]
)  # fmt: skip
# Its passive subject or its object is held or hunted: "was arrested", "is being held",
# "is accused of", "police are seeking", "police detained a 22-year-old man".
SUSPECT_HELD_VERBS = frozenset(
    ["arrest", "detain", "book", "jail", "charge", "indict", "arraign", "accuse", "hold", "seek",
     "want", "question", "apprehend", "capture", "convict", "sentence"]
)  # fmt: skip
# A past participle after the noun says the same: "a woman charged with killing", "a man
# arrested Friday", "a man wanted for questioning". Not "held" ("a woman held hostage") nor
# "captured" ("a soldier captured by rebels"): a captive is no suspect.
SUSPECT_HELD_AFTER = frozenset(
    ["arrest", "detain", "book", "jail", "charge", "indict", "arraign", "accuse", "want",
     "apprehend", "convict", "sentence"]
)  # fmt: skip
# "looking for a 22-year-old man", "searching for", "hunting for": the hunted one.
SUSPECT_HUNT_VERBS = frozenset(["look", "search", "hunt"])
# What a suspect faces: "faces murder charges", "faces two counts of ...".
SUSPECT_CHARGES = frozenset(["charge", "count"])
# Nouns that say who a person is, not the part they played ("a 22-year-old man"): only for these
# does the clause tell the part (age_doers.py); "the 31-year-old gunman" names it already.
PLAIN_PERSON_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "teen", "teenager", "youth", "juvenile", "male", "female",
     "person", "adult"]
)  # fmt: skip
# --- para20: nouns that say whom a person works with or lives among ---------------------------
# "arrested a 61-year-old former employee": like "a man", the noun says who the person is, not
# the part played in the story, so the clause tells the part (age_doers.py).
STANDING_PERSON_NOUNS = frozenset(
    ["employee", "worker", "co-worker", "coworker", "colleague", "resident", "neighbor",
     "neighbour", "student"]
)  # fmt: skip
# Words that put a person's role, not the person, in the past: "a 61-year-old former employee" is
# 61 now (figure_facts.age_fact); "an earlier quake" is another quake.
PAST_ROLE_WORDS = frozenset(["former", "ex"])
# A parent's noun, to the slot word of what a bare figure after its "of" counts: "a mother of 13"
# counts her children, "a grandfather of 12" his grandchildren (slot_words._offspring).
PARENT_OFFSPRING = {
    "mother": "child", "father": "child", "parent": "child", "mom": "child", "dad": "child",
    "grandmother": "grandchild", "grandfather": "grandchild", "grandparent": "grandchild",
}  # fmt: skip
# What a person is held for: "charged with killing", "arrested for stabbing", "accused of".
CHARGE_PREPOSITIONS = frozenset(["with", "for", "of", "in"])
# Words that date a deed in the past, which a charge for it makes the story's own deed, however
# long ago ("charged with killing two women 41 years ago": core/events/event_ties.py).
PAST_TIME_CUES = frozenset(["ago"])
# Determiners that add a person to those told before: "another 17-year-old man" (age_doers.py).
ANOTHER_WORDS = frozenset(["another"])
# --- gvcc: a count of someone's family ----------------------------------------------------------
# Kin counted as someone's family ("his two children", "leaves behind three sons"); lemmas.
COUNTED_KIN = frozenset(
    ["child", "kid", "son", "daughter", "grandchild", "sibling", "brother", "sister", "stepchild"]
)  # fmt: skip
# Verbs whose object counts the subject's family: "She had three kids", "raised five children"
# ("leaves behind", "survived by": kin_counts.py). Not "leave" alone: "leaving the three children
# alone" tells who was there.
FAMILY_VERBS = frozenset(["have", "raise", "father"])

# Nouns for people that say nothing of them: the words after them say what is counted ("the
# number of people killed" counts the dead; extraction/slot_words.py).
PLAIN_PEOPLE = frozenset({"people", "person"})

# --- ux54: words a name can be ------------------------------------------------------------------
# Surnames spelt in Latin letters without a vowel: every other word of a name written in Latin
# letters has one, so a vowelless word ("Ch" of "WCCO-TV, Ch. 4", "Pl", "Mr") is a truncated
# token or an abbreviation the tagger read as a name (naming/name_words.py).
VOWELLESS_SURNAMES = frozenset({"ng"})
# Quantifiers of a plural noun phrase: "several protests and riots" beside a name tells of a
# group of things or people, never one person's role (persons/card_roles.py).
GROUP_QUANTIFIERS = frozenset({"several", "many", "some", "numerous", "dozens", "hundreds"})
