"""Clock times as wire and police copy write them ("at 1100 hrs", "1100 hrs", "11:00 GMT", "at
11 in the morning") are times, never figures: they agree with the same hour written "11 a.m." and
clash with another hour on the same dial. A clock in world time and a clock in the story's own
local time are on two dials: without the zone between them, two hours never clash."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts

_QUAKE = (
    "Quake hits Sumatra\n\nA strong earthquake struck the Indonesian island of Sumatra at {} on "
    "Sunday, officials said. The quake killed 12 people."
)


def _times(left: str, right: str) -> list[tuple[FindingKind, set[str], set[str]]]:
    report = compare_texts(_QUAKE.format(left), _QUAKE.format(right), "2024-05-13")
    return [
        (f.kind, {s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.type is MentionType.TIME or any(s.text.strip() == "1100" for s in f.left + f.right)
    ]


def test_1100_hrs_agrees_with_11_am() -> None:
    found = _times("1100 hrs", "11 a.m.")
    assert found == [(FindingKind.AGREE, {"at 1100 hrs"}, {"11 a.m."})], found


def test_1100_hrs_clashes_with_3_pm() -> None:
    found = _times("1100 hrs", "3 p.m.")
    assert found == [(FindingKind.CONFLICT, {"at 1100 hrs"}, {"3 p.m."})], found


def test_at_11_in_the_morning_clashes_with_1500_hours() -> None:
    found = _times("11 in the morning", "1500 hours")
    assert [k for k, _, _ in found] == [FindingKind.CONFLICT], found


def test_two_gmt_clocks_clash() -> None:
    found = _times("11:00 GMT", "15:00 GMT")
    assert [k for k, _, _ in found] == [FindingKind.CONFLICT], found


def test_a_gmt_clock_never_clashes_with_a_local_clock() -> None:
    found = _times("11:00 GMT", "3 p.m.")
    assert not [f for f in found if f[0] is FindingKind.CONFLICT], found


def test_around_1100_hrs_is_a_time_without_at() -> None:
    found = _times("around 1100 hrs", "3 p.m.")
    assert [k for k, _, _ in found] == [FindingKind.CONFLICT], found
