"""A fighter's record in brackets after his name is his standing on the day: "Bowe (45-1, 33
KOs)" / "Riddick Bowe (43-1)" give two standings for one fighter. A record one win or loss from
the other may be written before and after the bout itself (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Former champion wins on comeback night.\n"
    "On the undercard, former heavyweight champion Riddick Bowe won an eighth-round decision "
    "over Gene Pukall in Mannheim on Saturday. Bowe (45-1, 33 KOs) had been training in Germany "
    "since September."
)


def test_two_records_bracketed_after_one_fighter_are_a_conflict() -> None:
    right = (
        "Bowe wins on his return to the ring.\n"
        "On the undercard, former heavyweight champion Riddick Bowe (43-1) scored an "
        "eighth-round unanimous decision over Gene Pukall in Mannheim on Saturday."
    )
    report = compare_stories(LEFT, right)
    assert conflict_texts(report) == [({"45-1"}, {"43-1"})]
    assert "'45-1'" in conflicts(report)[0].reason


def test_a_record_one_win_on_may_be_written_after_the_bout() -> None:
    right = (
        "Bowe wins on his return to the ring.\n"
        "On the undercard, former heavyweight champion Riddick Bowe (46-1) scored an "
        "eighth-round unanimous decision over Gene Pukall in Mannheim on Saturday."
    )
    assert not conflict_texts(compare_stories(LEFT, right))


def test_records_of_two_fighters_are_never_set_against_each_other() -> None:
    right = (
        "Bowe wins on his return to the ring.\n"
        "On the undercard, former heavyweight champion Riddick Bowe scored an eighth-round "
        "unanimous decision over Gene Pukall (14-13-2) in Mannheim on Saturday."
    )
    assert not conflict_texts(compare_stories(LEFT, right))
