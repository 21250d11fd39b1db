"""A person named in full in one article ("Hugh Hefner") is told where the other writes the
surname with a slip and the parser read it as a body ("Heffner told the AP"); a surname two
letters apart ("Hoffner") names someone else and the person stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, yellow

LEFT = (
    "Pin-up icon dies\n\nPin-up icon Bettie Page died Thursday evening in Los Angeles. In 1955, "
    "Hugh Hefner asked Page to pose in a Playboy centerfold."
)
RIGHT = (
    "Bettie Page dies at 85\n\nBettie Page died Thursday night at a Los Angeles hospital. The Heff "
    "crowned Page Playmate of the Month in January of 1955. Heffner told the AP on Thursday, "
    '"I think that she was a remarkable lady."'
)


def test_hugh_hefner_is_told_by_a_misspelled_heffner_read_as_a_body() -> None:
    report = compare_texts(LEFT, RIGHT)
    assert "Hugh Hefner" not in yellow(report), yellow(report)


def test_hugh_hefner_is_not_told_by_a_hoffner_two_letters_apart() -> None:
    report = compare_texts(LEFT, RIGHT.replace("Heff", "Hoff"))
    assert "Hugh Hefner" in yellow(report), yellow(report)
