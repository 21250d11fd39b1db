"""An election body one article calls "the Central Elections Commission" and the other "the
Central Election and Referendum Commission of Moldova" is one commission: the reporter sees
both names linked as one agreement that quotes both, neither marked as told by one side only and
no clash of two bodies. Two bodies of two states stay two.
"""

from __future__ import annotations

from desktop.core.model import FindingKind
from desktop.core.naming.body_forms import one_body
from tests.factories import compare_texts
from tests.factories import marks_of as marks

_LEFT = (
    "Moldova to hold a two-party vote\n\n"
    "The parliamentary vote will be held on a two-party basis for the first time, the Central "
    "Elections Commission said."
)
_RIGHT = (
    "Two parties to contest Moldova vote\n\n"
    "For the first time, two parties will contest the parliamentary vote, the Central Election "
    "and Referendum Commission said."
)


def test_one_commission_in_two_forms_is_one_agreement_quoting_both() -> None:
    report = compare_texts(_LEFT, _RIGHT)
    assert not marks(report, "Commission")
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE
        and not f.is_statement
        and any("Commission" in s.text for s in f.left)
    ]
    assert agreed and "Referendum" in agreed[0].reason
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_word_in_the_other_number_or_the_country_served_is_the_same_name() -> None:
    assert one_body("central elections commission", "central election commission of moldova")
    assert one_body("turkmen central election commission", "central election commission")


def test_the_field_after_the_kind_noun_or_the_initials_name_the_same_body() -> None:
    full = "central election and referendum commission"
    assert one_body("central commission for elections", full)
    assert one_body("cec", full)
    assert not one_body("ftc", full)


def test_two_states_or_two_chambers_name_two_bodies() -> None:
    assert not one_body("florida department of corrections", "georgia department of corrections")
    assert not one_body("senate armed services committee", "house armed services committee")


def test_the_commission_by_its_initials_is_no_one_sided_name() -> None:
    left = _LEFT.replace("Central Elections Commission", "CEC")
    report = compare_texts(left, _RIGHT)
    assert not marks(report, "CEC")
    assert not marks(report, "Commission")


def test_initials_after_the_full_name_are_told_by_the_other_form() -> None:
    left = (
        "Moldova to hold a two-party vote\n\n"
        "The vote will be held on a two-party basis for the first time, the Central Commission "
        "for Elections and Referenda (CEC) said. The CEC plans to hold the vote in December."
    )
    report = compare_texts(_RIGHT, left)  # names link from the left: the initials are extra
    assert not marks(report, "CEC")
