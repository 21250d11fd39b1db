"""A name the parser left untyped is told where the other article writes it in another form.

"The IRTC (Internationally Recognised Transit Corridor)" / "the Internationally Recognised
Transit Corridor": the same corridor, by its initials and in full. A name the other article
really lacks stays yellow.
"""

from __future__ import annotations

from tests.factories import compare_texts
from tests.factories import marks_of as marks

_RIGHT = (
    "Navy ship stops pirates\n\n"
    "The warship was escorting the five merchant vessels through the Internationally "
    "Recognised Transit Corridor on Thursday when pirates attacked."
)


def test_a_corridor_by_its_initials_is_the_corridor_the_other_article_names_in_full() -> None:
    left = (
        "Warship foils pirate attack\n\n"
        "The ship was escorting a group of five merchant vessels through the IRTC "
        "(Internationally Recognised Transit Corridor) when pirates attacked on Thursday."
    )
    report = compare_texts(left, _RIGHT)
    assert not marks(report, "IRTC"), marks(report, "IRTC")


def test_initials_the_other_article_never_spells_out_stay_one_sided() -> None:
    left = (
        "Warship foils pirate attack\n\n"
        "The ship was escorting a group of five merchant vessels through the Internationally "
        "Recognised Transit Corridor when pirates attacked on Thursday, the MSCHOA said."
    )
    report = compare_texts(left, _RIGHT)
    assert marks(report, "MSCHOA")
