"""A body's one-word short form ("Brackenfield Recovery", then "she had left Brackenfield") is the
body's, in both articles: the journalist sees no person card for a clinic. A surname that opens a
company's name stays a person's where a first name, a title or "he" marks the person ("Harold
Venning founded Venning Motors"). A town that names its church is not made the church."""

from __future__ import annotations

from desktop.core.model import MentionType, Side
from tests.factories import compare_stories

_CLINIC = (
    "Singer leaves rehab after two days\n\nThe singer Dana Merrow checked into Brackenfield "
    "Recovery in Palm Springs on Monday, her lawyer said. By Wednesday she had left Brackenfield, "
    "and staff at Brackenfield declined to comment.\n"
)
_CLINIC_OTHER = (
    "Merrow quits clinic\n\nDana Merrow walked out of a California rehab clinic on Wednesday, two "
    "days after a judge ordered her to stay there for 90 days. Prosecutors said they would ask "
    "the judge to act.\n"
)
_FOUNDER = (
    "Carmaker founder dies\n\nThe carmaker Harold Venning died on Sunday at 94. Venning built a "
    "first car in 1949 and founded Venning Motors two years later. Friends said Venning loved "
    "fast cars.\n"
)
_FOUNDER_OTHER = (
    "Auto pioneer dead at 94\n\nThe founder of a car company died on Sunday. He was 94.\n"
)


def _types(side: Side, word: str, left: str, right: str) -> set[MentionType]:
    report = compare_stories(left, right)
    return {m.type for m in report.document(side).mentions if m.text == word}


def test_a_clinic_called_by_its_short_name_is_not_shown_as_a_person() -> None:
    found = _types(Side.LEFT, "Brackenfield", _CLINIC, _CLINIC_OTHER)
    assert found, "the clinic's short name is still marked"
    assert MentionType.PERSON not in found


def test_the_short_name_is_the_clinic_in_the_other_article_too() -> None:
    # The right article names the clinic bare only; the left one gives its full name.
    right = _CLINIC_OTHER.replace("a California rehab clinic", "Brackenfield")
    assert MentionType.PERSON not in _types(Side.RIGHT, "Brackenfield", _CLINIC, right)


def test_a_surname_that_opens_a_company_name_stays_a_person_after_a_first_name() -> None:
    assert _types(Side.LEFT, "Venning", _FOUNDER, _FOUNDER_OTHER) == {MentionType.PERSON}


def test_a_surname_after_a_title_stays_a_person_beside_the_company() -> None:
    # No first name anywhere: only the title marks the person.
    left = _FOUNDER.replace("The carmaker Harold Venning", "Mr. Venning, the carmaker,")
    assert MentionType.PERSON in _types(Side.LEFT, "Venning", left, _FOUNDER_OTHER)


def test_a_town_that_names_its_church_is_not_made_the_church() -> None:
    # Towns name their churches, schools and police: the bare town is no organisation, so it
    # cannot be shown agreeing with the church.
    left = (
        "Fire destroys church hall\n\nA fire destroyed the hall of Kelby Bible Church on Sunday "
        "night. Firefighters from Kelby and two nearby towns fought the blaze for four hours.\n"
    )
    right = (
        "Church hall lost to fire\n\nFlames gutted a church hall in Kelby late on Sunday, fire "
        "officials said. The cause is not known.\n"
    )
    assert MentionType.ORGANISATION not in _types(Side.RIGHT, "Kelby", left, right)
