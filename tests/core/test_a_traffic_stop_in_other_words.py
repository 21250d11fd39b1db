"""A driver "pulled over" by the police was stopped: the phrasal verb and the one-word verb tell
one traffic stop, so two sentences that otherwise share only the officer's name and the
driver's name corroborate each other. "pulled" with another particle says something else
(invented stories)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_stories, statement_texts

LEFT = (
    "Striker held on drink-driving charge.\n"
    "Rovers striker Tom Keane was arrested early on Sunday, police said.\n"
    "Keane, 27, was driving north on Route 9 near Exit 14 just after 1 a.m. when he was "
    "{deed} for a broken tail light, Sergeant Ana Ruiz said.\n"
    "The club has not commented."
)
RIGHT = (
    "Keane arrested after traffic stop.\n"
    "Rovers striker Tom Keane was arrested on suspicion of drink-driving on Sunday.\n"
    "A patrol officer stopped Keane after seeing the car drift between lanes, said Sergeant Ana "
    "Ruiz.\n"
    "He was released on bail later that day."
)


def _corroborated(deed: str) -> list[str]:
    return statement_texts(compare_stories(LEFT.format(deed=deed), RIGHT), FindingKind.AGREE)


def test_pulled_over_and_stopped_tell_one_traffic_stop() -> None:
    texts = _corroborated("pulled over")
    assert any("A patrol officer stopped Keane" in t for t in texts)


def test_pulled_with_another_particle_is_no_stop() -> None:
    texts = _corroborated("pulled aside")
    assert not any("A patrol officer stopped Keane" in t for t in texts)
