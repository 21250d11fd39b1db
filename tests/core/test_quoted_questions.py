"""A sentence that tells something and then quotes a question still tells it: only the quotation
asks. "She hosted the Emmys in 2001, asking the crowd, "Who would have thought?"" dates her
hosting as plainly as a sentence ending in a full stop."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, conflict_texts, marks_of

LEFT = (
    "DeGeneres to host the Oscars\n\n"
    "Ellen DeGeneres will host the Oscars next year, the Academy said on Friday. "
    "She also hosted the Emmys in November 2001 after the show was canceled twice."
)
RIGHT = (
    "DeGeneres picked to host Oscars\n\n"
    "Ellen DeGeneres will host the Oscars next year, the Academy said on Friday. "
    "DeGeneres earned praise as the host of the Emmy awards in 2001, which was twice delayed, "
    'lightening the somber mood by asking, "What would bug the Taliban more than this?"'
)


def test_a_year_told_before_a_quoted_question_agrees_with_the_other_articles_date() -> None:
    report = compare_texts(LEFT, RIGHT)
    dates = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE and f.type.value == "date"
    ]
    assert ({"November 2001"}, {"2001"}) in dates, dates
    assert not marks_of(report, "2001")


def test_a_figure_inside_the_quoted_question_is_still_asked_not_told() -> None:
    left = (
        "Yankees weigh Teixeira bid\n\n"
        "The Boston Red Sox have made an offer of $200 million to Mark Teixeira, a radio host "
        "reported on Monday."
    )
    right = (
        "Yankees weigh Teixeira bid\n\n"
        "The Yankees are weighing a bid for Mark Teixeira, the radio host said on Monday, "
        'asking, "Would the Boston Red Sox go as high as $180 million for Mark Teixeira?"'
    )
    assert not conflict_texts(compare_texts(left, right))
