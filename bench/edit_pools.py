"""Word lists and patterns the edit benches draw on: common, unambiguous names so an edited text
still reads like news, and the written forms of dates and numbers they recognise."""

from __future__ import annotations

import calendar
import re


def _names(listing: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in listing.split(","))


# Replacement pools: common, unambiguous names so the edited text still reads like news.
SURNAMES = _names("Hartley, Brennan, Okafor, Lindqvist, Moreau, Castillo, Whitaker, Nakamura")
COUNTRIES = _names(
    "France, Germany, Brazil, Canada, Japan, Kenya, Spain, Australia, India, Mexico, Italy, "
    "Egypt, Turkey, Iran, China, Russia, Pakistan, Indonesia, Greece, Chile, Peru, Norway, "
    "Poland, Nigeria"
)
US_STATES = _names(
    "Texas, California, Ohio, Florida, Oregon, Georgia, Arizona, Nevada, Michigan, Virginia, "
    "Colorado, Utah, Kansas, Iowa, Maine, Alabama, New York, New Jersey, Washington, "
    "Illinois, Indiana, Tennessee"
)
# Recognised as places without further checks (a superset of the pools above).
EXTRA_PLACES = _names(
    "London, Paris, Berlin, Rome, Madrid, Moscow, Beijing, Tokyo, Delhi, Mumbai, Cairo, "
    "Tehran, Baghdad, Kabul, Islamabad, Jakarta, Sydney, Los Angeles, Chicago, Houston, "
    "Miami, Atlanta, San Francisco, Hollywood, Dubai, Somalia, Yemen, Iraq, Afghanistan, "
    "Israel, England, Britain, Ireland, Scotland, Philippines, Vietnam, Thailand, Malaysia, "
    "Sri Lanka, Bangladesh, Saudi Arabia, Syria, Libya, Sudan, Ethiopia, Uganda, Ghana, "
    "South Africa, Argentina, Colombia, Cuba, Haiti, Venezuela, Ukraine, Sweden, Finland, "
    "Denmark, Netherlands, Belgium, Switzerland, Austria, Portugal, New Zealand, Oman, "
    "Qatar, Kuwait, Jordan, Lebanon, Turkmenistan, Kazakhstan, Uzbekistan, Mumbai, Karachi, "
    "Lagos, Nairobi, Seoul, Hong Kong, Singapore"
)
CITIES = _names(
    "Denver, Lisbon, Toronto, Marseille, Osaka, Melbourne, Seattle, Hamburg, Dallas, "
    "Manchester, Boston, Phoenix"
)
KNOWN_PLACES = {*COUNTRIES, *US_STATES, *CITIES, *EXTRA_PLACES}
PLACE_WORDS = set(
    _names(
        "Springs, City, County, Valley, Lake, Beach, Park, Island, Bay, "
        "Hills, Falls, Heights, Street, Road, River, Mountain"
    )
)
NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
NUMBER_WORDS = _names(
    "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, "
    "thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty"
)
MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = tuple(calendar.day_name)

_MONTH_RE = "|".join(sorted([*MONTHS, *MONTH_ABBR], key=len, reverse=True))
DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH_RE})(?P<dot>\.?) (?P<day>\d{{1,2}})(?P<sfx>st|nd|rd|th)?\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTH_RE})(?P<dot>\.?)"),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<day>\d{1,2})/(?P<y>\d{2,4})\b"),
    re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\b"),
)
NUMBER_RE = re.compile(
    rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{'|'.join(NUMBER_WORDS[2:])}))\b"
)

# Words that make a nearby number a count of people or things an article reports (paraphrase bench):
# the noun counted, or the verb of the event it counts ("killing four", "four were injured").
COUNT_WORDS = set(
    _names(
        "people, persons, person, men, man, women, woman, children, child, boys, boy, girls, "
        "girl, dead, killed, killing, died, injured, injuring, wounded, wounding, hurt, missing, "
        "victims, victim, passengers, soldiers, officers, students, homes, houses, buildings, "
        "bodies, survivors, suspects, arrested, evacuated, rescued, crew, sailors, villagers, "
        "residents, fatalities, casualties, deaths, players, games, points, goals, years, days"
    )
)
# Singular nouns after "one" that a larger count must pluralise: "one man" -> "four men".
PLURALS = {
    "man": "men",
    "woman": "women",
    "person": "people",
    "child": "children",
    "boy": "boys",
    "girl": "girls",
    "victim": "victims",
    "passenger": "passengers",
    "soldier": "soldiers",
    "officer": "officers",
    "student": "students",
    "home": "homes",
    "house": "houses",
    "body": "bodies",
    "suspect": "suspects",
    "year": "years",
    "day": "days",
}
