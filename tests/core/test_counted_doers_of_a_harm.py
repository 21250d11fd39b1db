"""A counted group that did the harm is not a toll of it (hand-made sentences, no corpus text)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind, Report


def compare(left: str, right: str, date: str = "2024-03-12") -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=date),
        Document(source="right.txt", text=right, date=date),
    )


LEFT = (
    "Teenager shot by police in Riverton\n\n"
    "A crowd gathered on Monday outside the Riverton police station to protest the death of a "
    "teenager. Joel Amsel, 17, was shot and killed on Saturday night after pointing a gun at two "
    "plainclothes officers who approached him, police said. His family disputes that account."
)
RIGHT = (
    "Anger in Riverton over police shooting\n\n"
    "A crowd gathered on Monday outside the Riverton police station to protest the death of a "
    "teenager. The police said that five plainclothes officers fatally shot the teenager, Joel "
    "Amsel, after he pointed a revolver at them. His family disputes that account."
)


def test_two_officers_a_teenager_pointed_a_gun_at_against_five_officers_who_shot_him() -> None:
    # "five plainclothes officers fatally shot the teenager" counts who fired, not who was shot:
    # the two counts of plainclothes officers clash.
    found = [f for f in compare(LEFT, RIGHT).findings if f.kind is FindingKind.CONFLICT]
    assert any("two" in f.left[0].text and "five" in f.right[0].text for f in found), found
