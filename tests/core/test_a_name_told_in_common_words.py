"""One article says in common words what the other gives as a name made of them ("runs a free
dental clinic in Port Emery" / "founded the Port Emery Free Dental Clinic"): the two sentences
tell one thing, though they share no word outside names. A single word shared with a name is a
coincidence of naming, and such sentences stay apart (invented stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

LEFT = (
    "Nurse honoured by the state.\n"
    "Maria Alvarez was honoured by the governor on Monday for her work on the coast.\n"
    "Alvarez, a family nurse from Ohio, {deed} in Port Emery.\n"
    "She trained in Cleveland and moved south in 1998."
)
RIGHT = (
    "Governor honours coastal nurse.\n"
    "The governor on Monday honoured Maria Alvarez for two decades of work.\n"
    "In 2001 Alvarez {deed} with a state grant.\n"
    "The town has no hospital of its own."
)


def _corroborated(left_deed: str, right_deed: str) -> list[str]:
    report = compare_stories(LEFT.format(deed=left_deed), RIGHT.format(deed=right_deed))
    return statement_texts(report, FindingKind.AGREE)


def test_a_clinic_told_in_common_words_and_by_its_name_is_one_statement() -> None:
    texts = _corroborated("runs a free dental clinic", "founded the Port Emery Free Dental Clinic")
    assert any("runs a free dental clinic" in t for t in texts)


def test_one_word_shared_with_a_name_does_not_pair_two_sentences() -> None:
    texts = _corroborated("drove a patrol car", "joined the Port Emery Highway Patrol")
    assert not any("drove a patrol car" in t for t in texts)
