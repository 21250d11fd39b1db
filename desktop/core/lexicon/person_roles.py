"""What a named person is, as the words around the name give it
(``findings/persons/person_roles.py``): "assistant coach Sean Payton", "Smith, a 19-year-old
student", "Lt. Ann Cole".

Roles are paths from the general to the particular, as weapons are (``lexicon/weapons.py``): an
official may be the mayor, an officer a sergeant, so two paths of which one leads on from the other
are one role told at two precisions; a student is no teacher, a sergeant no lieutenant, a mayor no
governor. Only roles a person holds one at a time are listed: a president may also chair the
board and a firefighter be a paramedic, so "president", "chairman" and "paramedic" have no path.
General words for people ("man", "worker", "resident", "employee") are no role. Lowercase words
as written, abbreviated ranks without their full stop.
"""

from __future__ import annotations

ROLE_KINDS: dict[str, tuple[str, ...]] = {
    # Public office: "an official" / "the mayor" is one person told at two precisions.
    **dict.fromkeys(["official", "politician"], ("official",)),
    "mayor": ("official", "mayor"),
    **dict.fromkeys(["governor", "gov"], ("official", "governor")),
    **dict.fromkeys(["lawmaker", "legislator"], ("official", "legislator")),
    **dict.fromkeys(["senator", "sen"], ("official", "legislator", "senator")),
    # Not "representative": a sales or union representative holds no seat.
    **dict.fromkeys(["congressman", "congresswoman"], ("official", "legislator", "congress")),
    # Police ranks: "an officer" may be of any rank; a sergeant is no lieutenant.
    **dict.fromkeys(["officer", "policeman", "policewoman", "cop"], ("officer",)),
    **dict.fromkeys(["sergeant", "sgt"], ("officer", "sergeant")),
    **dict.fromkeys(["lieutenant", "lt"], ("officer", "lieutenant")),
    **dict.fromkeys(["corporal", "cpl"], ("officer", "corporal")),
    # Schools and hospitals: a teacher is no student, a nurse no doctor.
    **dict.fromkeys(["student", "pupil", "schoolboy", "schoolgirl"], ("student",)),
    **dict.fromkeys(["educator"], ("educator",)),
    "teacher": ("educator", "teacher"),
    "professor": ("educator", "professor"),
    "principal": ("educator", "principal"),
    # Not "Dr.": a doctorate is no trade, and a professor or a nurse may hold one.
    **dict.fromkeys(["doctor", "physician"], ("medic", "doctor")),
    "surgeon": ("medic", "doctor", "surgeon"),
    "nurse": ("medic", "nurse"),
    # Out of work, told as a description: "an unemployed man", "a retired teacher" (a retired
    # teacher names two paths and so no one role).
    **dict.fromkeys(["unemployed", "jobless"], ("out of work", "unemployed")),
    **dict.fromkeys(["retired", "retiree", "pensioner"], ("out of work", "retired")),
    # Sport: the coach of a side, told without a prefix, is its head coach ("Saints coach Sean
    # Payton"); an assistant coach is another post (``DEPUTY_PREFIXES``).
    "coach": ("coach",),
}
# Words before an office that make it a deputy's post: "assistant coach" is not the coach, "vice
# president" not the president, "deputy mayor" not the mayor. "Deputy" alone is a sheriff's
# deputy, an officer; it is a prefix only before another role word.
DEPUTY_PREFIXES = frozenset(["assistant", "deputy", "vice", "associate", "asst"])
# Offices a deputy's prefix may stand before even though they have no path of their own: a vice
# president and a president are two posts, though a president may chair the board too.
DEPUTY_OFFICES = frozenset(
    ["president", "chairman", "chairwoman", "chair", "director", "chief", "secretary", "minister",
     "manager", "editor", "commissioner", "superintendent", "sheriff", "principal", "coach",
     "mayor", "governor", "head", "dean", "treasurer"]
)  # fmt: skip
# Words that stand inside the name of an office, between a deputy's prefix and its noun:
# "assistant general manager", "deputy police chief", "assistant football coach". Read over,
# never a role of their own.
OFFICE_INNER_WORDS = frozenset(
    ["general", "executive", "senior", "managing", "athletic", "team", "football", "basketball",
     "baseball", "hockey", "soccer", "offensive", "defensive", "police", "fire", "school",
     "county", "city", "state", "district", "national", "regional", "special", "press"]
)  # fmt: skip
# Words before an office that say it is the office itself, not a deputy's: "head coach" is "coach".
HEAD_PREFIXES = frozenset(["head", "chief"])
# Words that put a role in another time or make it a stand-in's: "former teacher", "acting
# mayor", "interim coach", "student teacher", "would-be officer". A phrase with one says nothing
# of the role the person holds in the story.
OTHER_TIME_WORDS = frozenset(
    ["former", "ex", "late", "then", "acting", "interim", "future", "aspiring",
     "would-be", "trainee", "incoming", "outgoing", "onetime", "one-time"]
)  # fmt: skip
