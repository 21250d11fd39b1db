"""How a sentence's outcomes are read for conflicts told in words (findings/events/exclusive_deeds.py):
who bears the outcome, and which participants are left unread (hand-written sentences)."""

from __future__ import annotations

from desktop.core.findings.events.exclusive_deeds import _same_participant


def test_a_surname_alone_is_the_man_named_in_full() -> None:
    assert _same_participant("name:smith", "name:john smith")


def test_two_given_names_of_one_surname_are_two_people() -> None:
    assert not _same_participant("name:john smith", "name:mary smith")


def test_a_noun_is_never_a_name() -> None:
    assert not _same_participant("noun:gunman", "name:gunman")
