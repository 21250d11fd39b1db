"""A proper name that dies ("Vera Holt, the actress, died Monday in Palm Springs, aged 79") is a
person's, whatever kind of name the tagger took it for: the age at death is hers, and clashes
with the other article's age at her death instead of standing yellow beside it."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Actress Vera Holt died on Monday at the age of 85. She died at her home in Palm Springs. "
    "Holt made 60 films. Her publicist, Dan Feld, confirmed her death."
)


def _right(age: int) -> str:
    return (
        f"Vera Holt, the actress, died Monday in Palm Springs, California, aged {age}. She "
        "appeared in sixty movies. Publicist Dan Feld said she died at home. Holt had four "
        "husbands."
    )


def test_died_aged_79_clashes_with_died_at_the_age_of_85() -> None:
    conflicts = conflict_texts(compare_texts(_LEFT, _right(79)))
    assert ({"age of 85"}, {"79"}) in conflicts, conflicts


def test_died_aged_85_agrees() -> None:
    assert not conflict_texts(compare_texts(_LEFT, _right(85)))


def test_the_age_her_husband_died_at_is_not_hers() -> None:
    right = (
        "Vera Holt, the actress, died Monday in Palm Springs, California. Her husband, Ray Holt, "
        "died in 1990, aged 79. She appeared in sixty movies. Publicist Dan Feld said she died "
        "at home."
    )
    assert not conflict_texts(compare_texts(_LEFT, right))
