"""A device's storage and clock speed spelled out are the measures abbreviated: "2 terabytes of
storage" / "2,000GB of storage" and "a 3.2-gigahertz processor" / "a 3.2GHz processor" agree,
and "1,000GB of storage" against "2 terabytes" is a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "The new Kestrel laptop comes with 2 terabytes of storage and a 3.2-gigahertz processor, "
    "the company said on Tuesday. It costs $1,299."
)
_RIGHT = (
    "Kestrel's new laptop comes with {storage} of storage and a 3.2GHz processor, the company "
    "said on Tuesday. The machine costs $1,299."
)


def test_storage_and_speed_spelled_out_agree_with_their_abbreviations() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(storage="2,000GB"))
    assert conflict_texts(report) == []
    marks = yellow(report)
    assert "2 terabytes" not in marks and "3.2-gigahertz" not in marks, marks


def test_a_terabyte_less_of_storage_conflicts() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(storage="1,000GB"))
    assert conflict_texts(report) == [({"2 terabytes"}, {"1,000GB"})]
