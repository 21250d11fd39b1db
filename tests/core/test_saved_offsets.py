"""A saved report whose offsets run past its article is refused, with the same words whether the
damaged offset is a name the article marks or a person card's: one check reads every saved
offset."""

from __future__ import annotations

import pytest

from desktop.core.persistence.report_people import checked_offset
from desktop.core.report import report_from_dict, report_to_dict
from desktop.core.runtime.errors import ReportFormatError
from tests.factories import compare_texts

LEFT = "Guard pardoned\n\nPresident Ilham Aliyev, 63, pardoned a border guard on Sunday."
RIGHT = "Guard freed\n\nIlham Aliyev, 62, pardoned a border guard on Sunday, his office said."


def test_an_offset_inside_the_text_reads_back_and_one_past_its_end_is_refused() -> None:
    assert checked_offset("12", 12) == 12
    with pytest.raises(ValueError, match="outside the text"):
        checked_offset(13, 12)


def test_a_marked_name_and_a_card_pointing_past_the_text_are_refused_alike() -> None:
    report = compare_texts(LEFT, RIGHT, "2024-05-07")
    length = len(report.left.document.text)
    mention = report_to_dict(report)
    mention["documents"][0]["mentions"][0]["end"] = 10**6
    card = report_to_dict(report)
    card["people"][0]["left"]["mentions"] = [{"start": 0, "end": 10**6, "text": "x"}]
    for damaged in (mention, card):
        with pytest.raises(ReportFormatError, match=f"outside the text \\(length {length}\\)"):
            report_from_dict(damaged)
