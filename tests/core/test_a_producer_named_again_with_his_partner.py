"""A producer named in full in a sentence only one article prints is named in the other all the
same when it quotes him and his partner together ('"...," Grant and Condon said'): no yellow mark
says the other article does not name him (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts as compare

HOST = "The studio chose Hugh Jackman to host the Academy Awards.\n"
NAMED = 'Producers Tom Grant and Bill Condon called the actor "a true star of stage and screen."\n'


def one_sided_people(report: Report) -> set[str]:
    return {
        s.text
        for f in report.findings
        if f.kind is FindingKind.LEFT_ONLY and f.type.value == "person"
        for s in f.left
    }


def test_a_producer_quoted_with_his_partner_is_named_in_both() -> None:
    said = '"He will bring style and wit to the night," Grant and Condon said in a statement.\n'
    report = compare(HOST + NAMED + said, HOST + said)
    assert "Tom Grant" not in one_sided_people(report)


def test_a_street_of_the_same_word_names_no_producer() -> None:
    corner = "The show's offices sit at the corner of Grant and Condon streets in the city.\n"
    report = compare(HOST + NAMED + corner, HOST + corner)
    assert "Tom Grant" in one_sided_people(report)
