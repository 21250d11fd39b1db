"""A cause of death told at two precisions, "died of cancer" / "died Wednesday of pancreatic
cancer", is one cause; two kinds of one illness, "lung cancer" / "pancreatic cancer", are two
(invented obituaries). A day or "at his home" between "died" and its cause still gives it."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts


def _left(cause: str) -> str:
    return (
        f"Former senator Harold Beck died of {cause} on Wednesday at his home in Ohio. He was "
        "78. Beck served three terms in the Senate."
    )


def _right(cause: str) -> str:
    return (
        f"Harold Beck, a former senator, died Wednesday of {cause} at his Ohio home. He was 78. "
        "Beck served 18 years in the Senate."
    )


def test_an_illness_and_one_kind_of_it_agree() -> None:
    assert conflict_texts(compare_texts(_left("cancer"), _right("pancreatic cancer"))) == []


def test_two_kinds_of_one_illness_conflict() -> None:
    report = compare_texts(_left("lung cancer"), _right("pancreatic cancer"))
    assert ({"lung cancer"}, {"pancreatic cancer"}) in conflict_texts(report)


def test_a_cause_after_the_day_of_the_death_is_read() -> None:
    report = compare_texts(_left("a heart attack"), _right("pneumonia"))
    assert ({"heart attack"}, {"pneumonia"}) in conflict_texts(report)


def test_the_same_cause_after_the_day_agrees() -> None:
    assert conflict_texts(compare_texts(_left("lung cancer"), _right("lung cancer"))) == []
