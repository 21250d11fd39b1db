"""A job cut told by a verb in one article and by a noun in the other: "will cut about 600 jobs" /
"with the loss of 800 jobs" both count the jobs cut, so the two figures clash even where the two
sentences tell other things around them. The jobs a site has ("the two sites, with their 800
jobs") are no such count: they are the workforce, not a cut."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Corvell Foods agreed on Tuesday to buy the bakery chain Marlow Brothers for $900 million. "
    "Corvell said it would shut three bakeries and cut about 600 jobs over two years. "
    "The deal is expected to close in the spring."
)


def _right(jobs_sentence: str) -> str:
    return (
        "Corvell Foods will pay $900 million for Marlow Brothers, the companies said on Tuesday. "
        f"{jobs_sentence} "
        "The deal is expected to close in the spring."
    )


def test_jobs_lost_clash_with_jobs_cut() -> None:
    report = compare_texts(
        _LEFT,
        _right(
            "Marlow's bakers in Leeds and Hull were told the two sites would close, "
            "with the loss of 800 jobs."
        ),
    )
    assert conflict_texts(report) == [({"about 600"}, {"800"})]


def test_jobs_a_site_has_are_no_jobs_lost() -> None:
    report = compare_texts(
        _LEFT,
        _right(
            "Marlow's bakers in Leeds and Hull were told the two sites, "
            "with their 800 jobs, would be sold."
        ),
    )
    assert conflict_texts(report) == []
