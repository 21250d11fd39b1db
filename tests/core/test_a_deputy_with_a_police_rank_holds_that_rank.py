"""A police rank has no deputy's post: "Sheriff's Deputy Sgt. Tom Vance" is a sheriff's deputy
with a sergeant's rank, as "Sgt. Tom Vance, a county sheriff's deputy" says, and no second role.
A rank set against another rank still clashes, as "assistant coach" against "coach" does
(test_a_person_in_two_roles.py)."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import compare_stories, conflicts

_LEFT = (
    "Gunman kills three in courthouse\n\n"
    "A gunman killed a judge, a court clerk and Sheriff's Deputy Sgt. Tom Vance at the county "
    "courthouse on Monday. The gunman fled in a stolen car."
)


def _right(rank: str) -> str:
    return (
        "Three dead in courthouse shooting\n\n"
        f"The gunman shot and killed a judge, a court clerk and {rank} Tom Vance, a county "
        "sheriff's deputy, at the courthouse on Monday. He fled in a stolen car."
    )


def _role_conflicts(left: str, right: str) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in conflicts(compare_stories(left, right))
        if f.type is MentionType.PERSON
    ]


def test_a_deputy_sergeant_is_the_sergeant_the_other_article_names() -> None:
    assert _role_conflicts(_LEFT, _right("Sgt.")) == []


def test_a_deputy_sergeant_is_still_no_lieutenant() -> None:
    assert _role_conflicts(_LEFT, _right("Lt.")) == [({"Deputy Sgt."}, {"Lt."})]
