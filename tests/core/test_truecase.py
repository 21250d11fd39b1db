"""An article in capitals still has its names found: shouted paragraphs are truecased first."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.extraction.truecase import truecase
from desktop.core.model import Document, MentionType

SHOUTED = (
    "Storm floods Valencia\n\n"
    "HEAVY RAIN FLOODED VALENCIA IN SPAIN ON TUESDAY, FORCING 3,200 RESIDENTS FROM THEIR HOMES, "
    "MAYOR MARIA LOPEZ SAID.\n\n"
    "Mayor Maria Lopez asked residents to stay indoors."
)


def test_a_shouted_paragraph_takes_the_case_its_words_have_elsewhere_and_keeps_its_length() -> None:
    cased = truecase(SHOUTED)
    assert len(cased) == len(SHOUTED)
    assert "Heavy rain flooded Valencia in Spain on Tuesday" in cased
    assert "Mayor Maria Lopez said" in cased or "mayor Maria Lopez said" in cased
    assert truecase("Nothing shouted here.\n") == "Nothing shouted here.\n"


def test_names_in_an_all_caps_paragraph_are_found_and_shown_as_written() -> None:
    report = compare_documents(
        Document(source="a.txt", text=SHOUTED), Document(source="b.txt", text=SHOUTED)
    )
    found = {(m.text, m.type) for m in report.left.mentions}
    assert ("SPAIN", MentionType.PLACE) in found
    assert ("TUESDAY", MentionType.DATE) in found
    assert ("MARIA LOPEZ", MentionType.PERSON) in found
