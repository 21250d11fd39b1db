"""A year counted from the page ("last year", "a year ago", "earlier this year") is the same
time as a named month or year the count holds, told at another precision: no yellow mark says
the other article lacks it. A named year the count cannot hold stays one-sided, never a
conflict."""

from __future__ import annotations

from datetime import date

from desktop.core.compare import compare_documents
from desktop.core.figures.numbers.values import DateValue
from desktop.core.findings.datetimes.spans_told.told_years import counted_year
from desktop.core.model import Document
from tests.factories import compare_texts, conflicts, yellow

_LEFT = (
    "Turkmenistan votes\n\nTurkmenistan voted Sunday in a parliamentary election.\n"
    "The vote was held under the framework of a new constitution approved in {when}."
)
_RIGHT = (
    "Turkmenistan votes\n\nThe people of Turkmenistan voted on Sunday for a new parliament.\n"
    "The election was held after the adoption of a new constitution {when}."
)


def _marks(left_when: str, right_when: str, page: str | None, *, held: bool = True) -> str:
    """The yellow marks; where the count holds the named date, there is no conflict either.
    Where it cannot, a clash of the two aligned sentences is shown as a conflict instead."""
    report = compare_texts(_LEFT.format(when=left_when), _RIGHT.format(when=right_when), page)
    if held:
        assert not conflicts(report), conflicts(report)
    clash = " ".join(s.text for f in conflicts(report) for s in (*f.left, *f.right))
    return " ".join(yellow(report)) + " " + clash


def test_earlier_this_year_and_in_september_are_one_adoption_on_an_undated_page() -> None:
    marks = _marks("September", "earlier this year", None)
    assert "September" not in marks and "earlier this year" not in marks, marks


def test_earlier_this_year_cannot_be_september_on_a_march_page() -> None:
    marks = _marks("September 2008", "earlier this year", "2008-03-02", held=False)
    assert "September" in marks or "earlier this year" in marks, marks


def test_last_year_is_told_by_a_year_ago_in_plain_words() -> None:
    report = compare_texts(
        "Sixers fire Cheeks\n\nMaurice Cheeks was fired Saturday as coach of the 76ers.\n"
        "Cheeks led the 76ers to the playoffs last year.",
        "Sixers fire Cheeks\n\nThe 76ers fired coach Maurice Cheeks on Saturday.\n"
        "A year ago, the Sixers fired their president and made the playoffs.",
    )
    assert "last year" not in " ".join(yellow(report)), yellow(report)


def test_a_count_is_checked_at_the_precision_both_give() -> None:
    earlier = counted_year("earlier this year")
    assert earlier is not None
    december = date(2008, 12, 14)
    assert earlier.holds(december, DateValue(year=2008, month=9))
    assert earlier.holds(date(2008, 3, 2), DateValue(year=2008, month=9)) is False
    assert earlier.holds(december, DateValue(month=9)) is None  # September of which year?
    assert earlier.holds(None, DateValue(year=2008)) is None  # an undated page
    ago = counted_year("two years ago")
    assert ago is not None and ago.holds(december, DateValue(year=2006))


def test_on_march_3_is_told_by_an_aligned_sentence_set_in_march() -> None:
    report = compare_texts(
        "Obama restores species rule\n\nThe Obama administration restored a rule on Tuesday.\n"
        "On March 3, President Obama directed the secretaries to review the Bush rule.",
        "Obama restores species rule\n\nThe Obama administration restored the rule Tuesday.\n"
        "In March, President Barack Obama directed the secretaries to review the Bush rule.",
    )
    assert "March 3" not in " ".join(yellow(report)), yellow(report)
    assert not conflicts(report), conflicts(report)


def test_on_april_3_is_not_told_by_a_sentence_set_in_march() -> None:
    report = compare_texts(
        "Obama restores species rule\n\nThe Obama administration restored a rule on Tuesday.\n"
        "On April 3, President Obama directed the secretaries to review the Bush rule.",
        "Obama restores species rule\n\nThe Obama administration restored the rule Tuesday.\n"
        "In March, President Barack Obama directed the secretaries to review the Bush rule.",
    )
    assert "April 3" in " ".join(yellow(report)), yellow(report)


def test_two_years_ago_on_a_2012_page_is_told_by_a_report_of_2010() -> None:
    report = compare_documents(
        Document(
            "left.txt",
            "Kraft shooting\n\nA suspended Kraft Foods employee gunned down two women at the "
            "Philadelphia plant on Thursday, police said.",
            date="2010-09-10",
        ),
        Document(
            "right.txt",
            "Kraft shooter convicted\n\nA judge found a former Kraft Foods employee guilty of "
            "murder in a rampage exactly two years ago that left two women dead.",
            date="2012-09-10",
        ),
    )
    assert "two years ago" not in " ".join(yellow(report)), yellow(report)
