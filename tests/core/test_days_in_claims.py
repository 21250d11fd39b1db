"""Days and figures compared where two sentences put them in the same place (texts for the
tests)."""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind, Report
from tests.factories import compare_texts as compare


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


LEFT = (
    "Ferry runs aground off Skye\n\n"
    "A ferry carrying 40 passengers ran aground off the western coast of Skye on Sunday, "
    "injuring two crew members, the coastguard said. "
    "The ship was towed to Portree harbour after the tide rose."
)


def test_a_weekday_after_the_same_words_is_compared_though_the_sentence_names_two_days() -> None:
    right = LEFT.replace(
        "A ferry carrying 40 passengers ran aground off the western coast of Skye on Sunday, "
        "injuring two crew members, the coastguard said.",
        "A ferry with 40 passengers on board struck rocks off the coast of Skye on Friday, "
        "and divers inspected its hull on Monday.",
    )
    found = conflicts(compare(LEFT, right))
    pairs = [({s.text for s in f.left}, {s.text for s in f.right}) for f in found]
    assert any("Sunday" in left and "Friday" in right for left, right in pairs), pairs
    assert not any("Monday" in right for _, right in pairs), pairs


def test_a_share_of_something_never_stands_in_for_a_count_in_a_rewritten_clause() -> None:
    left = (
        "Storm shuts the port\n\n"
        "The storm closed the ferry port of Dover on the south coast of England for most of "
        "Tuesday, shutting the gate through which 40 percent of the country's trade passes. "
        "Lorries queued for miles on the motorway."
    )
    right = left.replace(
        "shutting the gate through which 40 percent of the country's trade passes.",
        "shutting the gate and injuring five dock workers.",
    )
    found = conflicts(compare(left, right))
    assert not any(s.text.startswith("40") for f in found for s in f.left), found


def test_a_year_changed_in_one_sentence_clashes_though_the_article_keeps_it_for_the_same_thing() -> (
    None
):
    left = (
        "Comedian to host awards again\n\n"
        "Dana Reyes will host the film awards in March, the academy said. "
        "Reyes previously hosted the awards show in 2011 and won a comedy prize for her work. "
        "Tickets for the ceremony sold out within an hour."
    )
    right = (
        "Comedian to host awards again\n\n"
        "Dana Reyes will host the film awards in March, the academy said. "
        "Reyes hosted the awards show in 2010 and won a comedy prize for her work. "
        "It will be her second time in the job: Reyes first hosted the awards show in 2011. "
        "Tickets for the ceremony sold out within an hour."
    )
    found = conflicts(compare(left, right))
    assert any(
        any(s.text == "2011" for s in f.left) and any(s.text == "2010" for s in f.right)
        for f in found
    ), found


def test_a_value_the_other_side_gives_for_the_same_thing_does_not_excuse_a_clash() -> None:
    from desktop.core.extraction.facts import Fact
    from desktop.core.figures.numbers.values import parse_date
    from desktop.core.findings.bookkeeping.comparison import counted_apart
    from desktop.core.model import MentionType

    def year(text: str, slot: dict[str, float]) -> Fact:
        fact = Fact(0, 4, text, MentionType.DATE, "DATE", 0, key=f"date:{text}")
        fact.slot, fact.date = slot, parse_date(text)
        return fact

    left_2011 = year("2011", {"host": 1.0})
    right_2010 = year("2010", {"host": 1.0})
    # "after hosting the 2011 ceremony": the right gives 2011 for the hosting too.
    assert not counted_apart(left_2011, [year("2011", {"ceremony": 1.0, "host": 1.0})], right_2010)
    # "the 2011 season": the right's 2011 dates something else, so 2010 may too.
    assert counted_apart(left_2011, [year("2011", {"season": 1.0})], right_2010)
