"""A fee written "€60m." before the next sentence is 60 million euros: the full stop the
tokenizer kept on the "m" does not cut the sum down to 60 euros."""

from tests.factories import agreed_texts, compare_texts, conflict_texts

_LEFT = (
    "Midfielder Paulo Reis joined Chelsea from Benfica for a fee of 60 million euros. Reis, 22, "
    "signed a seven-year contract."
)


def _right(fee: str) -> str:
    return (
        f"Chelsea have signed Paulo Reis from Benfica for a fee of {fee}. The 22-year-old "
        "midfielder has agreed a seven-year deal."
    )


def test_sixty_million_euros_told_as_eur_60m_agrees() -> None:
    report = compare_texts(_LEFT, _right("€60m"))
    assert ({"60 million euros"}, {"€60m"}) in agreed_texts(report)


def test_a_fee_of_seventy_million_is_a_conflict() -> None:
    report = compare_texts(_LEFT, _right("€70m"))
    assert ({"60 million euros"}, {"€70m"}) in conflict_texts(report)
