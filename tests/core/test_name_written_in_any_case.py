"""A name of several words the other article writes in another case is told there; one whose words
are not all there is not, and a letter outside ASCII that reads as an ASCII one still counts."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.names.told_by_name import name_written
from desktop.core.model import Document, MentionType


def article(text: str) -> Analysis:
    return Analysis(Document(source="other.txt", text=text), [], [], [], [], None)


BRIGADE = Fact(0, 20, "Harwick Fire Brigade", MentionType.ORGANISATION, "ORG", 0)


def test_the_brigade_in_lower_case_on_the_other_side_is_the_same_name() -> None:
    assert name_written(BRIGADE, article("Crews from the harwick fire brigade arrived at noon."))


def test_the_brigade_is_not_told_by_an_article_missing_one_of_its_words() -> None:
    assert not name_written(BRIGADE, article("Crews from the Harwick brigade arrived at noon."))
    assert not name_written(BRIGADE, article("Crews from the Harwick Fire Service arrived."))


def test_a_long_s_in_the_other_text_still_reads_as_an_s() -> None:
    # "ſ" matches "s" in a case-blind search although "ſ".lower() is not "s": the quick look at
    # the lower-cased text must not rule the name out.
    station = Fact(0, 20, "Harwick Fire Station", MentionType.ORGANISATION, "ORG", 0)
    assert name_written(station, article("Crews left the harwick fire ſtation at noon."))
