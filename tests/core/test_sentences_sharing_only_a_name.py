"""Two sentences that name the same trainer but say different things of him: neither tells the
other. The instruction only one article reports is a sentence only it tells, and the two are not
shown as reporting the same thing (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts as compare
from tests.factories import statement_texts

HEADLINE = "Klitschko stops Thompson in the sixth round\n\n"
LEAD = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday in Bern, with his "
    "trainer Emanuel Steward in his corner.\n\n"
)
LEFT = (
    HEADLINE + LEAD + "Before the start of the fifth, Steward urged the champion to "
    "throw more jabs and to spend less time waiting between attacks."
)
RIGHT = HEADLINE + LEAD + '"Tony Thompson is very hard to hit," Steward said.'


def test_an_instruction_only_one_article_reports_is_its_own() -> None:
    marked = statement_texts(compare(LEFT, RIGHT), FindingKind.LEFT_ONLY)
    assert any("throw more jabs" in s for s in marked)


def test_sentences_naming_one_trainer_do_not_report_the_same_thing() -> None:
    agreed = statement_texts(compare(LEFT, RIGHT), FindingKind.AGREE)
    assert not any("throw more jabs" in s for s in agreed)


def test_sentences_sharing_what_he_did_still_report_the_same_thing() -> None:
    right = (
        HEADLINE + LEAD + "Steward had urged Klitschko to throw more jabs before the fifth round."
    )
    assert not any(
        "throw more jabs" in s for s in statement_texts(compare(LEFT, right), FindingKind.LEFT_ONLY)
    )
