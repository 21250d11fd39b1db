"""Titles, ranks and courtesy words that stand before a person's name, in one place.

"Sgt. Whitlow", "President Obama", "Mrs Smith": the word before the name says who the person is
(their title attribute) and that what follows is a person's name; with the title stripped, "Mr
Smith" and "Smith" are one speaker. Lowercase, without a full stop unless a list says otherwise.
"""

from __future__ import annotations

# Honorifics and abbreviated ranks: a capitalised word after one is a person's name even when the
# model takes "Sgt. Whitlow" or "Det. Ruiz" for an organisation; alone ("Sgt said") one names no
# one.
HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "rev", "gen", "maj", "col", "lt", "capt", "cmdr",
     "adm", "sgt", "cpl", "pvt", "spc", "det", "insp", "gov", "sen", "rep", "officer",
     "detective", "trooper", "deputy", "sheriff", "sergeant", "lieutenant", "captain", "corporal",
     "const", "cst", "ofc", "tpr", "pte"]
)  # fmt: skip
# The ones written abbreviated with a full stop ("Lt. Ann Hale"): that full stop never ends a
# sentence before a capitalised word (pipeline.py). Not "St." (also a street, which can end one).
ABBREVIATED_TITLES = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "rev", "gen", "maj", "col", "lt", "capt", "cmdr", "adm",
     "sgt", "cpl", "pvt", "spc", "det", "insp", "gov", "sen", "rep", "supt", "brig",
     "const", "cst", "ofc", "tpr", "pte"]
)  # fmt: skip
# ... and the titles of offices that precede a person's name when capitalised ("President Obama",
# "Mayor Lee", "Coach Miller"), kept apart from NAME_TITLES, which also holds words of offices
# ("state", "police", "foreign") that precede organisations too.
PERSON_TITLES = HONORIFICS | frozenset(
    ["sir", "dame", "constable", "mayor", "judge", "president", "king", "queen", "prince",
     "princess", "pope", "sheikh", "chief", "coach", "colonel", "governor", "senator",
     "congressman", "congresswoman"]
)  # fmt: skip
# Courtesy titles dropped before two speakers' names are compared ("Mr Smith" is "Smith").
COURTESY_TITLES = ABBREVIATED_TITLES | frozenset(["miss", "sir", "dame", "professor"])
# Titles of social courtesy, no office: "Mr. John Lee" and "Mr. John Ford" say nothing of the part
# either plays in the story (findings/persons/people.py), unlike "Sgt." or "agent".
SOCIAL_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"])
# Titles that say the person is a woman, or a man: "Mrs Hale ... he said" is not her.
FEMALE_TITLES = frozenset(["mrs", "ms", "miss", "madam", "dame", "lady"])
MALE_TITLES = frozenset(["mr", "sir", "lord"])

# Abbreviations written with or without their full stop ("Gen." / "Gen").
_DOTTED = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "rev", "gen", "maj", "col", "lt", "capt", "sgt", "cpl", "pvt",
     "spc", "det", "insp", "supt", "gov", "sen", "rep", "cmdr", "adm", "brig", "st",
     # a constable, an officer, a trooper: "Const. Fanning said", "Tpr. Ann Lee"; a British
     # private: "Pte. Tom Hale"
     "const", "cst", "ofc", "tpr", "pte"]
)  # fmt: skip
# The full word each abbreviated rank or title stands for: "Lt. Ann Hale" and "Lieutenant Ann
# Hale" give one rank, so a People card shows it once and never as two standings.
TITLE_WORDS_IN_FULL = {
    "lt": "lieutenant", "capt": "captain", "sgt": "sergeant", "gen": "general", "maj": "major",
    "col": "colonel", "cmdr": "commander", "adm": "admiral", "brig": "brigadier",
    "cpl": "corporal", "pvt": "private", "pte": "private", "spc": "specialist",
    "det": "detective", "insp": "inspector", "supt": "superintendent", "gov": "governor",
    "sen": "senator", "rep": "representative", "prof": "professor", "rev": "reverend",
    "const": "constable", "cst": "constable", "ofc": "officer", "tpr": "trooper",
}  # fmt: skip
# Words that precede a name but are not part of it, kept as the person's title attribute (names.py):
# titles and ranks, and the office words that build them ("prime minister", "foreign secretary").
NAME_TITLES = (
    _DOTTED
    | frozenset(f"{word}." for word in _DOTTED)
    | frozenset(
        ["president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen",
         "prince", "princess", "pope", "sheikh", "miss", "professor", "sir", "dame", "lord", "lady",
         "reverend", "general", "admiral", "brigadier", "colonel", "major", "captain",
         "lieutenant", "commander", "sergeant", "corporal", "private", "officer", "detective",
         "inspector", "chief", "deputy", "superintendent", "sheriff", "marshal", "constable",
         "judge", "justice", "attorney", "prosecutor", "mayor", "governor", "senator",
         "representative", "congressman", "congresswoman", "ambassador", "secretary",
         "commissioner", "director", "chairman", "chairwoman", "ceo", "spokesman",
         "spokeswoman", "spokesperson", "coach", "saint", "father", "brother", "sister",
         "state", "foreign", "interior", "defence", "defense", "police",
         # a team's general manager, as the sports pages abbreviate it: "Assistant GM Tony Lee"
         "gm"]
    )
)  # fmt: skip
# Words an office's title is built from besides the ranks in NAME_TITLES: "Fire Marshal", "County
# Sheriff", "District Attorney"; such a run names an office, not a person (spelled_apart).
OFFICE_TITLE_WORDS = frozenset(
    ["fire", "county", "city", "town", "provincial", "federal", "district"]
)
# Occupations written before a name as a description, not a rank (the "false title" of style
# guides): "Comedian Ellen DeGeneres", "boxer Wladimir Klitschko". At the head of a sentence the
# word is capitalised and the parser takes it into the name; it is never the person's first name.
FALSE_TITLES = frozenset(
    ["comedian", "comedienne", "actress", "actor", "rapper", "boxer", "pitcher", "quarterback",
     "golfer", "novelist", "author", "filmmaker", "musician", "designer", "producer", "socialite",
     "heiress", "businessman", "businesswoman", "billionaire", "tycoon", "striker", "midfielder",
     "goalkeeper", "teen", "teenager", "gunman", "suspect", "victim", "witness", "singer",
     "songwriter", "star", "supermodel", "dancer", "journalist", "photographer", "activist",
     # the trades an obituary or a profile opens with: "Scientist Helen Marr died on Sunday"
     "scientist", "physicist", "chemist", "biologist", "economist", "historian", "philosopher",
     "poet", "playwright", "screenwriter", "writer", "lyricist", "columnist", "broadcaster",
     "presenter", "pianist", "guitarist", "drummer", "bassist", "violinist", "cellist",
     "saxophonist", "trumpeter", "composer", "conductor", "soprano", "tenor", "baritone",
     "ballerina", "choreographer", "painter", "sculptor", "architect", "chef", "astronaut",
     "footballer", "swimmer", "sprinter", "cyclist", "jockey", "wrestler", "entertainer"]
)  # fmt: skip

# Offices one person holds at a time in the body they are of: the team's president, the city's
# mayor, the province's governor, the department's chief. Two people given the same office in
# the same words ("Team president Ed Stefanski" / "Team president Billy King") are two answers to
# who holds it, even when each speaks for the story (findings/persons/offices.py). Not "spokesman",
# "officer" or "senator": many hold those at once; nor the offices a game or a meeting of two
# sides has one of on each side ("head coach", "team owner", "foreign minister"), nor an
# occupation said as a title ("film director"). "Executive" only as "chief executive".
ONE_HOLDER_OFFICES = frozenset(
    ["president", "chairman", "chairwoman", "chair", "ceo", "executive", "mayor", "governor",
     "gov", "premier", "chancellor", "commissioner", "superintendent", "sheriff", "principal",
     "chief", "coroner"]
)  # fmt: skip
# Words before an office that make it one of several or a past one: "deputy chief", "assistant
# coach", "vice president", "former president", "acting mayor".
SHARED_OFFICE_WORDS = frozenset(
    ["deputy", "assistant", "vice", "former", "ex", "acting", "associate", "interim", "senior",
     "regional", "district", "a", "an", "another", "one"]
)  # fmt: skip

# --- onesided13: the offices a place or a body before a name says whom a person serves ------------
# "Los Angeles general manager Tony Reagins", "Texas Gov. Rick Perry": the words between the place
# and the name are an office, so the place names the office's team, state or body (part of the
# person's designation). Nouns of residence or of kind ("a Texas man", "Chicago teen") are not
# here: there the place says where the person lives, a fact of its own.
OFFICE_WORDS = NAME_TITLES | frozenset(
    ["manager", "owner", "official", "executive", "spokesman", "spokeswoman", "spokesperson",
     "head", "assistant", "leader", "boss", "coordinator", "president", "chairman", "treasurer",
     "administrator", "councilman", "councilwoman", "councillor", "lawmaker", "legislator",
     "minister", "envoy", "commander", "agent", "trainer", "promoter", "member"]
)  # fmt: skip

# --- desc19: what a body or a place before a person noun and a name says of the person -----------
# "Hollywood marketing executive Cheryl Boone Isaacs", "Ukrainian boxer Wladimir Klitschko": a
# place or a nationality before an occupation says where the person works or comes from; with the
# name that follows, it designates the person (the occupation may take a trade word before it:
# "marketing executive"). Occupations only: nouns of kind or part ("teen", "suspect") are left out.
OCCUPATION_NOUNS = OFFICE_WORDS | (
    FALSE_TITLES - {"teen", "teenager", "gunman", "suspect", "victim", "witness"}
)
# "Navy man Billy Neal", "Army veteran Tom Hale": a body before any noun of a person says the body
# the person belongs to, not where the person lives ("Salem man" keeps its mark: a place).
MEMBER_NOUNS = OCCUPATION_NOUNS | frozenset(
    ["man", "woman", "veteran", "soldier", "sailor", "marine", "pilot", "employee", "worker",
     "staffer", "player", "officer", "engineer", "scientist", "researcher", "analyst"]
)  # fmt: skip
# "The Ukrainian champion dropped Thompson again", "the American southpaw": nouns a report calls
# a person it has named by, once that person is known (with the occupations above and
# people.DESCRIPTION_NOUNS). A nationality before one describes the person; it is no event's place.
PERSON_ROLE_NOUNS = frozenset(
    ["champion", "champ", "challenger", "contender", "fighter", "southpaw", "heavyweight",
     "titleholder", "veteran", "star", "legend", "icon", "great", "rookie", "winner",
     "loser", "opponent", "rival", "favourite", "favorite", "underdog", "holder"]
)  # fmt: skip
# Titles that name a part played in the story, not courtesy: "Detective Smith" and "Coach Smyth"
# are two people however alike the surnames look (link.py); "Mr." or "Dr." says no part.
ROLE_TITLES = (PERSON_TITLES | OCCUPATION_NOUNS) - SOCIAL_TITLES

# probenews36: offices news names a person by, as it names one by a trade ("The former
# president, 77,", "the governor, 61,"): a figure set off after one is the holder's age.
OFFICE_NOUNS = frozenset(
    ["president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "king",
     "queen", "prince", "princess", "pope", "judge", "ceo", "chairman", "chairwoman",
     "executive", "founder", "lawmaker", "politician", "leader", "candidate", "ambassador",
     "congressman", "congresswoman", "billionaire", "entrepreneur", "official"]
)  # fmt: skip

# probegov: titles of a post before a surname that the tagger takes with it for a body ("Justice
# Hale", "Judge Wu"): the two words name the person who holds the post.
POST_TITLES_BEFORE_SURNAMES = frozenset(["judge", "justice", "senator", "governor", "mayor"])
