"""A year before a noun names which thing ("the 2004 Tony Awards", "2008's sexiest man alive"),
not when the sentence's event happened: it is no conflict with a year the other article gives
another event, and still clashes with a changed year on the same noun."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2009-01-10")


def conflicts(left: str, right: str) -> list[str]:
    report = compare_documents(doc(left), doc(right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_the_year_of_an_award_show_is_not_the_year_of_the_emmy_won_for_hosting_it() -> None:
    assert not conflicts(
        "Jackman, who won an Emmy in 2005 for hosting the Tonys, will host the Oscars.",
        "Jackman hosted the 2004 Tony Awards, earning an Emmy, and will host the Oscars.",
    )


def test_a_title_of_the_year_is_not_the_year_of_another_honour() -> None:
    assert not conflicts(
        'Jackman, named 2008\'s "sexiest man alive" by the magazine, will host the Oscars.',
        "Jackman, who won an Emmy in 2005 for hosting the Tonys, will host the Oscars.",
    )


def test_a_changed_year_on_the_same_noun_still_clashes() -> None:
    assert conflicts(
        "The wave was the worst since the 2004 tsunami struck the coast of Aceh.",
        "The wave was the worst since the 2005 tsunami struck the coast of Aceh.",
    )
