"""A company called by its initials in one article and by its name in the other is one party:
its figures are compared ("HP made $3 billion" / "Hewlett-Packard earned $2 billion"). One set
of initials that each article spells out as a company of its own ("Hewlett-Packard" /
"Hindustan Petroleum (HP)") names two parties, whose figures never clash."""

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts, conflict_texts


def _money_conflicts(report: Report) -> list[tuple[set[str], set[str]]]:
    return [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.MONEY
    ]


def test_a_companys_profit_under_its_initials_is_compared_with_its_profit_by_name() -> None:
    report = compare_texts(
        "Hewlett-Packard said on Tuesday it would cut 9,000 jobs. HP made $3 billion last year.",
        "Hewlett-Packard said on Tuesday it would cut 9,000 jobs. Last year Hewlett-Packard "
        "earned $2 billion from printers.",
    )
    assert _money_conflicts(report) == [({"$3 billion"}, {"$2 billion"})]


def test_a_chipmakers_loss_under_its_initials_is_compared_with_its_loss_by_name() -> None:
    report = compare_texts(
        "Advanced Micro Devices said on Monday it would cut 1,100 jobs. AMD lost $400 million "
        "in the quarter.",
        "Advanced Micro Devices said on Monday it would cut 1,100 jobs. In the quarter, Advanced "
        "Micro Devices had a loss of $450 million.",
    )
    assert ({"$400 million"}, {"$450 million"}) in conflict_texts(report)


def test_initials_each_article_spells_out_as_another_company_are_two_parties() -> None:
    report = compare_texts(
        "Hewlett-Packard said on Tuesday it would cut 9,000 jobs. HP made $3 billion last year.",
        "Hindustan Petroleum (HP) said on Tuesday it would cut 9,000 jobs. Last year HP earned "
        "$2 billion from refining.",
    )
    assert _money_conflicts(report) == []
