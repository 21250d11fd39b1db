"""A year of birth in one article and the same person's age in the other, on a dated page
("Vera Holt, who was born in 1923" / "aged 85" in June 2008): one fact told two ways when the
age is one the year allows, a conflict when it is not; without a page date, or for another
person's birth, nothing is read."""

from __future__ import annotations

from tests.factories import agreed_texts, compare_texts, conflict_texts, yellow

_PAGE = "2008-06-10"


def _left(born: str = "Actress Vera Holt, who was born in 1923,") -> str:
    return (
        f"{born} died on Monday at her home in Palm Springs. Holt made 60 films. Her publicist, "
        "Dan Feld, confirmed her death. She was married four times."
    )


def _right(age: int) -> str:
    return (
        f"Vera Holt, the actress, died Monday in Palm Springs, California, aged {age}. She "
        "appeared in sixty movies. Publicist Dan Feld said she died at home. Holt had four "
        "husbands."
    )


def test_born_in_1923_agrees_with_aged_85_on_a_2008_page() -> None:
    report = compare_texts(_left(), _right(85), _PAGE)
    assert ({"1923"}, {"85"}) in agreed_texts(report), agreed_texts(report)
    assert not {"1923", "85"} & set(yellow(report)), yellow(report)


def test_born_in_1923_clashes_with_aged_79_on_a_2008_page() -> None:
    conflicts = conflict_texts(compare_texts(_left(), _right(79), _PAGE))
    assert ({"1923"}, {"79"}) in conflicts, conflicts


def test_a_full_date_of_birth_settles_the_birthday() -> None:
    left = _left("Actress Vera Holt, who was born on October 2, 1923,")
    assert ({"October 2, 1923"}, {"84"}) in agreed_texts(compare_texts(left, _right(84), _PAGE))
    conflicts = conflict_texts(compare_texts(left, _right(85), _PAGE))
    assert ({"October 2, 1923"}, {"85"}) in conflicts, conflicts


def test_without_a_page_date_a_year_of_birth_says_no_age() -> None:
    assert not conflict_texts(compare_texts(_left(), _right(79)))


def test_her_sons_year_of_birth_is_not_hers() -> None:
    left = (
        "Actress Vera Holt died on Monday at her home in Palm Springs. Her son, Tom Lane, was "
        "born in 1950. Holt made 60 films. Her publicist, Dan Feld, confirmed her death."
    )
    assert not conflict_texts(compare_texts(left, _right(79), _PAGE))


def _kaye(born: int) -> tuple[str, str]:
    return (
        "The comedian Sid Kaye died at 85 on Wednesday. Kaye was born in "
        f"{born} in Leeds. His show ran for nine series. He married his wife, June, in 1955.",
        "Sid Kaye, whose TV show was a hit in the seventies, died on Wednesday aged 85. The "
        "Leeds-born comic made nine series of the show. He and June wed in 1955.",
    )


def test_a_year_of_birth_is_told_by_the_age_both_articles_agree_on() -> None:
    report = compare_texts(*_kaye(1927), "2012-11-20")
    assert "1927" not in yellow(report), yellow(report)


def test_a_year_of_birth_the_agreed_age_denies_stays_marked() -> None:
    report = compare_texts(*_kaye(1920), "2012-11-20")
    assert "1920" in yellow(report), yellow(report)
