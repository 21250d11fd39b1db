"""What a user reads in the People and Timeline views of two made-up reports of one stabbing:
a dateline is no event, a rank in capitals is no first name, a nickname keeps its card, and a
nationality is no job."""

from __future__ import annotations

import pytest

from desktop.core.datetimes.timeline import timeline
from desktop.core.model import PersonCard, TimelineEntry
from desktop.core.persons.people import person_cards
from tests.core.people_texts import ParsedPair, parse_pair

LEFT = (
    "Man charged after Harlow stabbing\n\n"
    "HARLOW, May 6 (Reuters) - A British national was charged on Tuesday after a man was stabbed "
    "in Harlow on Sunday, police said.\n\n"
    "Detective Inspector Laura Grant said the victim, Earnest (Scoop) Fells, 41, died at the "
    "scene. DI Laura Grant said officers arrested Tom Baker, 29, a British national, on Monday."
)
RIGHT = (
    "Harlow stabbing: man charged\n\n"
    "A man has been charged with murder after Earnest Fells, 41, was stabbed to death in Harlow "
    "on Sunday.\n\n"
    "Laura Grant, the detective leading the inquiry, said Tom Baker, 29, was arrested on Monday."
)


@pytest.fixture(scope="module")
def pair() -> ParsedPair:
    return parse_pair(LEFT, RIGHT, day=None)


@pytest.fixture(scope="module")
def cards(pair: ParsedPair) -> list[PersonCard]:
    return list(person_cards(pair.left, pair.right, pair.links, *pair.docs))


def _card(cards: list[PersonCard], surname: str) -> list[PersonCard]:
    return [c for c in cards if any(surname in n for n in c.left.names + c.right.names)]


def test_the_dateline_date_is_when_the_story_was_filed_not_a_row_of_the_timeline(
    pair: ParsedPair,
) -> None:
    rows: tuple[TimelineEntry, ...] = timeline(pair.left, pair.right, pair.pairs)
    texts = [LEFT[s.start : s.end] for row in rows for s in row.left]
    assert "May 6" not in texts
    assert {"Sunday", "Monday"} <= set(texts)


def test_laura_grant_and_di_laura_grant_are_one_card_headed_by_her_name(
    cards: list[PersonCard],
) -> None:
    (grant,) = _card(cards, "Grant")
    assert grant.name == "Laura Grant"
    assert "DI Laura Grant" in grant.left.names
    assert "DI" in {a.value for a in grant.left.attributes if a.kind == "title"}


def test_a_nickname_in_parentheses_keeps_the_victim_on_one_card_with_his_age_and_death(
    cards: list[PersonCard],
) -> None:
    (fells,) = _card(cards, "Fells")
    assert "Earnest (Scoop) Fells" in fells.left.names
    left = {(a.kind, a.value) for a in fells.left.attributes}
    assert {("age", "41"), ("status", "killed")} <= left
    assert not _card(cards, "Scoop") or _card(cards, "Scoop") == [fells]


def test_a_british_national_is_a_nationality_and_no_role(cards: list[PersonCard]) -> None:
    (baker,) = _card(cards, "Baker")
    kinds = {(a.kind, a.value) for a in baker.left.attributes}
    assert ("nationality", "British") in kinds
    assert not any(kind == "role" for kind, _ in kinds)


def test_a_photo_credit_and_a_tweets_handle_make_no_card_and_no_role() -> None:
    body = (
        "Shooting at the airport\n\n"
        "(Joe Raedle/Getty Images) Police said Ann Vold, 52, was wounded. "
        "Ken Marsh, a reporter, posted: Police are on the scene @CityNewsNow pic.twitter.com/Ab12 "
        "— Ken Marsh (@kmarsh) May 5, 2024"
    )
    pair = parse_pair(body, "Ann Vold was wounded.", day=None)
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    names = [n for c in cards for n in c.left.names]
    assert not any("/" in n or "@" in n for n in names)
    roles = [a.value for c in cards for a in c.left.attributes if a.kind == "role"]
    assert not any("@" in r or "twitter" in r for r in roles)
    assert "Ann Vold" in names


def test_a_street_a_school_and_a_crime_the_tagger_calls_people_get_no_card() -> None:
    pair = parse_pair(
        "Shooting near a school\n\n"
        "Police said Ann Vold was shot near Phillip Drive, close to Seminole High. "
        "Attempted Murder charges were filed against Bo Marsh.",
        "Ann Vold was shot.",
        day=None,
    )
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    names = {n for c in cards for n in c.left.names}
    assert not names & {"Phillip Drive", "Seminole High", "Attempted Murder"}
    assert "Ann Vold" in names


def test_a_surname_coordinated_with_another_full_name_stays_its_own_persons() -> None:
    pair = parse_pair(
        "Two men sought\n\nPolice are looking for Craig Wilson, 19. "
        "Officers named Wilson and Andrew Davon Allen as people of interest.",
        "Craig Wilson was sought.",
        day=None,
    )
    cards = person_cards(pair.left, pair.right, pair.links, *pair.docs)
    wilsons = [c for c in cards if any("Wilson" in n for n in c.left.names)]
    assert len(wilsons) == 1
    assert set(wilsons[0].left.names) == {"Craig Wilson", "Wilson"}
