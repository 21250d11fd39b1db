"""The person each opening introduces is the one the story is about: "Hugh Jackman will host the
Oscars" / "Hugh Castillo will be the host" is one person named two ways, even when the sentences
do not align; two people of one first name who each speak in their article's opening are two
sources (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts as compare


def person_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]


def test_the_host_each_opening_names_with_two_surnames_is_a_conflict() -> None:
    left = (
        "Advice for the new Oscar host\n\n"
        "Hugh Jackman has a composed air about him and oozes class, but the Oscars are a whole "
        "new ballgame. The ceremony has never been about restraint. It is a big stage. Jackman "
        "will need his own trademark quirk."
    )
    right = (
        "Academy picks its host\n\n"
        "Today it was announced that one of our own, Hugh Castillo, will be the host of the "
        "ceremony, televised live in February. The show will come from the Kodak Theatre. "
        "Tickets are sold out. Hugh Castillo has hosted the Tony Awards twice."
    )
    assert any(
        "Hugh Jackman" in a and "Hugh Castillo" in b
        for a, b in person_conflicts(compare(left, right))
    )


def test_two_speakers_of_one_first_name_in_the_openings_are_two_sources() -> None:
    left = (
        "Fire guts downtown warehouse\n\n"
        "A fire destroyed an empty warehouse downtown overnight. John Owen, the city's safety "
        "director, says no one was hurt. The cause is under investigation."
    )
    right = (
        "Warehouse lost to overnight blaze\n\n"
        "An empty warehouse burned down overnight. Crews fought the flames for hours, and Fire "
        "Chief John McNutt says the roof fell in before dawn."
    )
    assert person_conflicts(compare(left, right)) == []


def test_the_host_each_headline_names_is_a_conflict_even_when_one_article_quotes_him() -> None:
    # A headline names whom the story follows; quoting him does not make him a mere source.
    left = (
        "Hugh Jackman to host the Oscars\n\n"
        "The Academy has picked an Australian actor to present its awards show in February, "
        "breaking with a long habit of choosing comedians. Producers said they wanted a singer "
        "and dancer who could carry a musical number. Ratings have fallen for several years.\n\n"
        '"I am thrilled and a little terrified," Jackman said in a statement on Friday. Jackman '
        "has hosted the Tony Awards three times."
    )
    right = (
        "Some friendly advice for Hugh Moreau\n\n"
        "Now that it is confirmed, we would like to offer the first-time host some advice. The "
        "show needs a strong opening and a short running time. Viewers have drifted away from "
        "awards shows.\n\n"
        "Moreau will have to come up with a trademark of his own, and fast. A big entrance "
        "would help."
    )
    assert any(
        "Hugh Jackman" in a and "Hugh Moreau" in b
        for a, b in person_conflicts(compare(left, right))
    )
