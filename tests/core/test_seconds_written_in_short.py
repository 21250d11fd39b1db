"""A race time in seconds with the unit written in short ("9.58s", "45sec") is the same time the
other article spells out ("9.58 seconds"): neither is left yellow; other digits still are."""

from tests.factories import compare_texts, yellow


def test_nine_fifty_eight_seconds_is_told_by_nine_fifty_eight_s() -> None:
    report = compare_texts(
        "Bolt ran the 100 metres in 9.58 seconds.", "Bolt ran the 100m in 9.58s."
    )
    assert yellow(report) == []


def test_forty_five_seconds_behind_is_told_by_forty_five_sec_lost() -> None:
    report = compare_texts(
        "The rider finished the stage 45 seconds behind the winner.",
        "The rider lost 45sec on the stage.",
    )
    assert "45 seconds" not in yellow(report)


def test_another_time_in_seconds_stays_yellow() -> None:
    report = compare_texts(
        "Bolt ran the 100 metres in 9.58 seconds.", "Bolt ran the 100m in 9.69s."
    )
    assert "9.58 seconds" in yellow(report)
