"""'12 dead and about 50 hurt' gives two whole tolls, not two parts of one group: each is set
against the other article's count of the dead and of the injured (hand-written texts)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def test_dead_and_hurt_side_by_side_are_each_compared_with_the_other_articles_tolls() -> None:
    report = compare_documents(
        Document(
            source="left.txt",
            text="Quake hits Iran\n\nThe quake killed 10 people and injured 80 on Sunday, "
            "officials said.",
        ),
        Document(
            source="right.txt",
            text="Iran quake\n\nOfficials said Sunday's quake left 12 dead and about 50 hurt.",
        ),
    )
    conflicts = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.CONFLICT
    ]
    assert ({"10"}, {"12"}) in conflicts, conflicts
    assert ({"80"}, {"about 50"}) in conflicts, conflicts
