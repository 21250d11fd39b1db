"""A post's title before a surname ("Justice Hale", "Judge Wu"), which the model may tag a body,
names the person who holds the post: "Justice Hale" agrees with "Justice Mark Hale". A body
named after the post ("the Justice Department") stays a body."""

from __future__ import annotations

from desktop.core.model import MentionType
from tests.factories import agreed_texts, compare_texts, left_only_types, yellow

_LEFT = (
    "The Senate confirmed Judge Ana Ruiz to the Supreme Court on Thursday. Ruiz, 48, served on "
    "the appeals court in Chicago. She replaces Justice Mark Hale, who retired in June."
)
_RIGHT = (
    "Senators voted on Thursday to confirm Ana Ruiz as a Supreme Court justice. The 48-year-old "
    "was an appeals court judge in Chicago. Ruiz fills the seat left by Justice Hale, who retired "
    "in June."
)


def test_justice_hale_is_justice_mark_hale() -> None:
    report = compare_texts(_LEFT, _RIGHT)
    assert ({"Mark Hale"}, {"Justice Hale"}) in agreed_texts(report, MentionType.PERSON)
    assert yellow(report) == []


def test_the_justice_department_stays_a_body() -> None:
    left = (
        "The Justice Department sued the city of Riverton on Thursday over its police. The "
        "lawsuit follows a two-year investigation."
    )
    right = (
        "Federal prosecutors sued Riverton on Thursday over its police force after a long "
        "investigation."
    )
    assert left_only_types(left, right, "Justice Department") == {MentionType.ORGANISATION}
