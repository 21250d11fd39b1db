"""A day a story counts from a day it has named: "trapped on Friday ... rescued two days later"
is a Sunday, "collapsed on March 3 ... died two days later" is March 5. The other article's
"rescued on Sunday" tells that day; no calendar is guessed, and a lapse with no named day before
it stays a length of time."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, day_conflicts, yellow

_TRAPPED = (
    "A miner was trapped on Friday when a tunnel collapsed at the Greyrock pit. Rescuers "
    "reached him two days later. He was taken to hospital in Dunmore with a broken leg."
)
_RESCUED = (
    "A miner trapped by a tunnel collapse at the Greyrock pit was rescued on {day}. Rescue "
    "teams had dug through rock for hours. He was taken to hospital in Dunmore with a broken leg."
)


def test_two_days_after_friday_is_the_sunday_the_other_article_gives_the_rescue() -> None:
    report = compare_texts(_TRAPPED, _RESCUED.format(day="Sunday"))
    assert not day_conflicts(report)
    assert ({"two days later"}, {"Sunday"}) in agreed_texts(report)
    assert "two days later" not in yellow(report)


def test_a_rescue_on_monday_still_differs_from_two_days_after_friday() -> None:
    report = compare_texts(_TRAPPED, _RESCUED.format(day="Monday"))
    assert day_conflicts(report)


_COLLAPSED = (
    "The singer collapsed on stage in Orvano on March 3. She died in hospital {when}. Her band "
    "cancelled the tour."
)


def test_two_days_after_march_3_is_march_5() -> None:
    report = compare_texts(
        _COLLAPSED.format(when="two days later"), _COLLAPSED.format(when="on March 5")
    )
    assert ({"two days later"}, {"March 5"}) in agreed_texts(report)
    assert not conflict_texts(report)


def test_two_days_after_march_3_is_not_march_9() -> None:
    report = compare_texts(
        _COLLAPSED.format(when="two days later"), _COLLAPSED.format(when="on March 9")
    )
    assert ({"two days later"}, {"March 9"}) in conflict_texts(report)


_BLAST = (
    "A bomb exploded outside the courthouse in Velmar on Tuesday, wounding four people. One of "
    "the wounded, a guard, died the next morning. Police have made no arrests."
)
_DIED = (
    "A bomb went off outside the Velmar courthouse on Tuesday and wounded four people. A guard "
    "hurt in the blast died on {day}. No arrests have been made."
)


def test_the_morning_after_a_tuesday_blast_is_wednesday() -> None:
    report = compare_texts(_BLAST, _DIED.format(day="Wednesday"))
    assert not conflict_texts(report)
    assert not {"next morning", "Wednesday"} & set(yellow(report))


def test_a_death_on_thursday_is_not_the_morning_after_a_tuesday_blast() -> None:
    report = compare_texts(_BLAST, _DIED.format(day="Thursday"))
    assert ({"next morning"}, {"Thursday"}) in conflict_texts(report)


def test_a_lapse_with_no_day_named_before_it_stays_a_length_of_time() -> None:
    left = (
        "A ferry ran aground near Kessa with 300 passengers aboard. Tugs pulled it free three "
        "days later. No one was hurt."
    )
    right = (
        "A ferry with 300 passengers aboard ran aground near Kessa on Wednesday. Tugs freed it "
        "three days later. No one was hurt."
    )
    report = compare_texts(left, right)
    assert "three days later" not in yellow(report)
    assert not conflict_texts(report)


def test_a_lapse_within_days_names_no_day() -> None:
    left = (
        "The plant was shut on Friday after the leak. It reopened within two days. Workers "
        "were sent home."
    )
    right = (
        "The plant was shut on Friday after the leak. It reopened on Tuesday. Workers were "
        "sent home."
    )
    assert not conflict_texts(compare_texts(left, right))
