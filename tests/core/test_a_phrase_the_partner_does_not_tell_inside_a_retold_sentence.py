"""A sentence the other article retells may add a phrase the retelling leaves out: "Police
arrested the gunman, a former security guard, after a short chase" beside "Police arrested the
gunman after a short chase". The appositive, the verb phrase joined by "and", the age are the
left article's alone and stay yellow; the rest of the sentence keeps its agreement. A retelling
with nothing added carries no yellow mark, and a phrase the other article gives anywhere, in
the partner or elsewhere, is told."""

from __future__ import annotations

import pytest

from desktop.core.findings.untold import phrase_marks
from desktop.core.model import FindingKind, Report
from tests.factories import compare_texts, one_sided_texts, statement_texts, untold_sentences

_SHOOTING = (
    "A gunman opened fire at a shopping mall in Denver on Saturday, killing two people.\n\n"
    "{arrest}\n\n"
    "The mall will stay closed on Sunday, a police spokesman said."
)
_RETOLD = "Police arrested the gunman after a short chase."


@pytest.fixture(autouse=True)
def _phrase_pass_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pass ships switched off (docs/yellow-causes.md, stop 54); the stories switch it on."""
    monkeypatch.setattr(phrase_marks, "PHRASE_MARKS", True)


def _compare(left: str, right: str = _RETOLD) -> Report:
    return compare_texts(_SHOOTING.format(arrest=left), _SHOOTING.format(arrest=right))


def test_a_retold_sentence_that_adds_the_gunmans_age_keeps_the_age_one_sided() -> None:
    report = _compare("Police arrested the 24-year-old gunman after a short chase.")
    assert "24-year-old" in one_sided_texts(report)
    assert [s for s in statement_texts(report, FindingKind.AGREE) if "short chase" in s]


def test_a_retold_sentence_with_nothing_added_carries_no_yellow_mark() -> None:
    report = _compare(_RETOLD)
    assert not one_sided_texts(report)


def test_the_description_of_the_gunman_only_one_article_gives_is_yellow() -> None:
    untold = untold_sentences(
        _compare("Police arrested the gunman, a former security guard, after a short chase.")
    )
    assert untold == ["a former security guard"]


def test_a_deed_joined_by_and_that_the_retelling_leaves_out_is_yellow() -> None:
    report = _compare(
        "Police arrested the gunman after a short chase and towed away his battered van."
    )
    assert untold_sentences(report) == ["towed away his battered van"]
    assert [s for s in statement_texts(report, FindingKind.AGREE) if "short chase" in s]


def test_without_the_phrase_pass_the_description_hides_in_the_agreement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(phrase_marks, "PHRASE_MARKS", False)
    report = _compare("Police arrested the gunman, a former security guard, after a short chase.")
    assert not untold_sentences(report)


def test_a_phrase_the_other_article_gives_elsewhere_is_told() -> None:
    left = _SHOOTING.format(
        arrest="Police arrested the gunman after a short chase and towed away his battered van."
    )
    right = _SHOOTING.format(arrest=_RETOLD) + "\n\nOfficers towed away his battered van later."
    assert not [s for s in untold_sentences(compare_texts(left, right)) if "van" in s]
