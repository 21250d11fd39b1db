"""A quote only one article has keeps its speaker unmarked when the other article names him with
the same description and names the firm that opens it: "Trend Micro advanced threat researcher
Paul Ferguson" is told by "the company's advanced threat researcher Paul Ferguson" where that
article names Trend Micro; not where it never names the firm."""

from __future__ import annotations

from tests.factories import compare_stories, yellow

_QUOTED = (
    "Microsoft patches browser flaw\n\n"
    "Microsoft released an emergency patch for its browser on Wednesday. "
    '"People should run, not walk, to get it installed," said Trend Micro advanced threat '
    "researcher Paul Ferguson. Millions of computers were exposed."
)
_SPEAKER = "Trend Micro advanced threat researcher Paul Ferguson"


def _told(firm: str) -> str:
    return (
        "Microsoft issues browser patch\n\n"
        "Microsoft released an emergency patch for its browser on Wednesday. "
        f"Researchers at the security firm {firm} said attacks were spreading. "
        '"This flaw is being actively exploited by criminals," said the company\'s advanced '
        "threat researcher Paul Ferguson. Millions of computers were exposed."
    )


def test_the_researcher_is_told_by_his_description_and_his_firm() -> None:
    marks = yellow(compare_stories(_QUOTED, _told("Trend Micro")))
    assert _SPEAKER not in marks


def test_the_researcher_keeps_his_mark_when_the_other_names_another_firm() -> None:
    assert _SPEAKER in yellow(compare_stories(_QUOTED, _told("Sophos")))
