"""A job lost in two phrasal verbs: "The man had been laid off in March" / "The man was let go
from his job in March" tell one dismissal, so the two sentences pair as the same statement. "Let
go" without "from" may free a man ("let go by police"), which is no dismissal."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

LEFT = (
    "A gunman shot a manager dead at a warehouse in Leeds on Monday. "
    "The man had been laid off in March."
)
RIGHT = (
    "A manager was shot dead at a Leeds warehouse on Monday. "
    "The man was let go from his job in March."
)


def test_laid_off_and_let_go_from_his_job_tell_one_dismissal() -> None:
    agreed = statement_texts(compare_stories(LEFT, RIGHT), FindingKind.AGREE)
    assert "The man had been laid off in March." in agreed, agreed
    assert "The man was let go from his job in March." in agreed, agreed


def test_a_man_let_go_by_police_was_not_laid_off() -> None:
    right = RIGHT.replace("let go from his job", "let go by police")
    agreed = statement_texts(compare_stories(LEFT, right), FindingKind.AGREE)
    assert "The man had been laid off in March." not in agreed, agreed
