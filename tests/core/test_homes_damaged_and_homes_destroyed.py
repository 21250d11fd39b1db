"""A fact-checker compares two reports of one storm: "40 homes were damaged" / "12 homes were
destroyed", "five villages had been badly hit" / "four villages had been destroyed". A report
counts what a storm struck by how hard it struck; the damaged and the ruined are two sets, so
the counts do not contradict each other. Two counts of ruined homes ("40 homes were destroyed" /
"12 homes were flattened") still do."""

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_stories


def _count_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    report = compare_stories(left, right)
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.NUMBER
    ]


_OPENING = "The storm struck the coast on Sunday. "


def test_homes_damaged_and_homes_destroyed_are_two_counts_that_do_not_clash() -> None:
    assert (
        _count_conflicts(
            _OPENING + "Officials said 40 homes were damaged.",
            _OPENING + "Officials said 12 homes were destroyed.",
        )
        == []
    )


def test_villages_badly_hit_and_villages_destroyed_do_not_clash() -> None:
    assert (
        _count_conflicts(
            _OPENING + "The mayor said five villages had been badly hit.",
            _OPENING + "The mayor said four villages had been destroyed.",
        )
        == []
    )


def test_two_counts_of_ruined_homes_still_clash() -> None:
    assert _count_conflicts(
        _OPENING + "Officials said 40 homes were destroyed.",
        _OPENING + "Officials said 12 homes were flattened.",
    ) == [({"40"}, {"12"})]
