"""A name the parser cut short at a nickname is the same person, not a surname swapped."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, MentionType
from desktop.core.naming.names import name_within


def test_a_name_cut_at_a_nickname_is_part_of_the_full_name() -> None:
    assert name_within("Luis Gerardo", 'Luis Gerardo "Jerry" Ortiz')
    assert not name_within("Luis Gerardo", "Luis Ortiz")


def test_deputy_cut_short_on_one_side_is_no_person_conflict() -> None:
    left = Document(
        source="left.txt",
        text=(
            "Charges were filed against a gang member accused of gunning down Deputy Luis Gerardo "
            "(Jerry) Ortiz in Hawaiian Gardens a month ago."
        ),
    )
    right = Document(
        source="right.txt",
        text=(
            'A gang member was charged with gunning down Deputy Luis Gerardo "Jerry" Ortiz in '
            "Hawaiian Gardens last month."
        ),
    )
    report = compare_documents(left, right)
    people = [
        f
        for f in report.findings
        if f.kind is FindingKind.CONFLICT and f.type is MentionType.PERSON
    ]
    assert people == []
