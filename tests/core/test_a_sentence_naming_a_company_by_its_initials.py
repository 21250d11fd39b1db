"""A sentence that names a company by its initials pairs with one that names it in full: "HP
will pay $12 billion to $13 billion" and "Hewlett-Packard's $13.2 billion acquisition" tell one
price, and the two figures are compared. Initials an article spells out as another company
("Hindustan Petroleum (HP)") stay that company's."""

from desktop.core.model import Finding, FindingKind, MentionType, Report
from tests.factories import compare_texts


def _money(report: Report, kind: FindingKind) -> list[Finding]:
    return [f for f in report.findings if f.kind is kind and f.type is MentionType.MONEY]


def test_a_price_under_the_initials_is_compared_with_the_price_under_the_name() -> None:
    report = compare_texts(
        "Hewlett-Packard Co. (HP) agreed on Tuesday to buy Electronic Data Systems. HP will pay "
        "$12 billion to $13 billion for the services firm.",
        "Hewlett-Packard agreed on Tuesday to buy Electronic Data Systems. Hewlett-Packard's "
        "$13.2 billion acquisition is its largest since Compaq.",
    )
    assert _money(report, FindingKind.CONFLICT)
    assert not _money(report, FindingKind.LEFT_ONLY)


def test_initials_of_another_company_leave_the_prices_one_sided() -> None:
    report = compare_texts(
        "Hindustan Petroleum (HP) agreed on Tuesday to buy a refinery. HP will pay $12 billion "
        "to $13 billion for the plant.",
        "Hewlett-Packard agreed on Tuesday to buy a refinery. Hewlett-Packard's $13.2 billion "
        "acquisition is its largest since Compaq.",
    )
    assert not _money(report, FindingKind.CONFLICT)
