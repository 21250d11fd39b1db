"""Two articles that restate an amount in another currency at different rates, or date a
follow-up a day after the event, say nothing that contradicts each other."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, conflict_texts

BAILOUT = (
    "Bailout agreed\n\n"
    "The ministers agreed a 110 billion euro ({dollars}) debt bailout over the weekend. "
    "The prime minister spoke to parliament on Monday."
)


def conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return conflict_texts(report)


def test_one_amount_converted_at_two_rates_is_no_conflict() -> None:
    report = compare_texts(
        BAILOUT.format(dollars="$158 billion"), BAILOUT.format(dollars="$143-billion")
    )
    assert not conflicts(report)
    one_sided = [
        f
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        and any("$" in s.text for s in f.left + f.right)
    ]
    assert not one_sided


def test_the_amount_before_the_brackets_still_conflicts() -> None:
    left = BAILOUT.format(dollars="$158 billion")
    right = left.replace("110 billion euro", "120 billion euro")
    found = conflicts(compare_texts(left, right))
    assert any("110 billion euro" in " ".join(a) and "120" in " ".join(b) for a, b in found), found


def test_a_hyphen_joins_digits_to_their_scale_word() -> None:
    amount = parse_number("$143-billion")
    assert amount is not None and amount.low == 143_000_000_000
    race = parse_number("a 10-k race")
    assert race is not None and race.low == 10


AFTERSHOCK = (
    "Aftershock rattles island\n\n"
    "A strong aftershock shook the southern island on Monday as the death toll from the "
    "earthquake a day before rose to 10. The governor said rescue teams were still searching "
    "the villages near the coast."
)
QUAKE = (
    "Quake kills 10 in the south\n\n"
    "An earthquake with a magnitude of 5.9 hit the southern island on Sunday, killing at least "
    "10 people. The governor said rescue teams were searching villages near the coast."
)


def test_a_lead_dating_its_event_a_day_before_another_is_not_set_against_the_other_lead() -> None:
    found = conflicts(compare_texts(AFTERSHOCK, QUAKE))
    assert not [c for c in found if "Monday" in c[0] or "Sunday" in c[1]], found


def test_a_lead_naming_one_day_is_still_set_against_the_other_lead() -> None:
    plain = AFTERSHOCK.replace(" as the death toll from the earthquake a day before rose to 10", "")
    found = conflicts(compare_texts(plain.replace("aftershock", "earthquake"), QUAKE))
    assert any("Monday" in c[0] and "Sunday" in c[1] for c in found), found


def test_a_name_in_another_accepted_spelling_is_the_same_name() -> None:
    from desktop.core.naming.names import spelled_alike

    assert spelled_alike("Gordon Advisers", "Gordon Advisors")
    assert spelled_alike("World Trade Centre", "World Trade Center")
    assert spelled_alike("Ministry of Defence", "Ministry of Defense")
    assert not spelled_alike("Kovgan", "Kovgen")
    assert not spelled_alike("Harbour Bridge", "Harbour Tunnel")


def test_a_firm_typed_a_person_on_one_side_and_spelled_the_american_way_is_agreed() -> None:
    """The model may type "Gordon Advisers" a person and "Gordon Advisors" a firm: the names are
    still one, in two accepted spellings; a person's name spelled two ways stays a conflict."""
    from desktop.core.extraction.facts import Fact
    from desktop.core.findings.alignment.swaps import swap_draft
    from desktop.core.model import MentionType

    def fact(text: str, kind: MentionType, key: str) -> Fact:
        return Fact(0, len(text), text, kind, "", 1, key=key)

    firm = swap_draft(
        fact("Gordon Advisers", MentionType.PERSON, "person:advisers"),
        fact("Gordon Advisors", MentionType.ORGANISATION, "org:gordon advisors"),
        {},
        (None, None),
    )
    assert firm is not None and firm.kind is FindingKind.AGREE
    assert "two accepted spellings" in firm.reason
    person = swap_draft(
        fact("Ivan Kovgan", MentionType.PERSON, "person:kovgan"),
        fact("Ivan Kovgen", MentionType.PERSON, "person:kovgen"),
        {},
        (None, None),
    )
    assert person is not None and person.kind is FindingKind.CONFLICT
