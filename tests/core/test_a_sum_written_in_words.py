"""A sum one article writes in figures and the other with a scale word in words: "$135,000" /
"135-thousand-dollars", "about £38 million" / "an estimated 38 million pounds". The other
article gives the sum in its own style, so no yellow "only one gives it" mark on it; a sum it
writes at another value keeps the mark (hand-written stories)."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact, analyse
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.amounts.told_amounts import amount_written
from desktop.core.model import Document, FindingKind, MentionType
from tests.factories import compare_stories, one_sided_texts


def _sum_fact(text: str) -> Fact:
    document = Document(source="right.txt", text=text)
    (analysis,) = analyse([document], [load_pipeline(None).nlp(text)])
    return next(f for f in analysis.facts if f.type is MentionType.MONEY)


_SPENT = "Last year the port authority spent $135,000 hauling 23 abandoned boats out of the bay."


def test_a_sum_in_figures_is_told_by_the_same_sum_in_words() -> None:
    # Where the other article's parser missed its "135-thousand-dollars" (a name before it
    # swallowed the figure), the sum is still written there.
    other = "Last year there were 23 of them, costing the port 135-thousand-dollars."
    assert amount_written(_sum_fact(_SPENT), other)


def test_a_sum_against_another_sum_in_words_is_not_told() -> None:
    other = "Last year there were 23 of them, costing the port 160-thousand-dollars."
    assert not amount_written(_sum_fact(_SPENT), other)


def _haul(pounds: str) -> tuple[str, str]:
    left = (
        "Thieves stole eleven pieces of jewellery from the city museum early on Sunday.\n"
        "The museum put the value of the haul at about £38 million.\n"
        "Police are looking for three men."
    )
    right = (
        f"Three men stole jewellery worth an estimated {pounds} pounds from the city museum"
        " early on Sunday.\n"
        "Police are looking for the gang."
    )
    return left, right


def test_a_hedged_sum_in_pounds_is_told_by_the_sum_in_words() -> None:
    assert "about £38 million" not in one_sided_texts(compare_stories(*_haul("38 million")))


def test_a_hedged_sum_against_another_sum_in_pounds_keeps_its_mark() -> None:
    report = compare_stories(*_haul("52 million"))
    assert "about £38 million" in one_sided_texts(report) or any(
        f.kind is FindingKind.CONFLICT for f in report.findings
    )
