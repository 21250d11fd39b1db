"""One article reports Tuesday's quake; the other reports Wednesday's and recalls that "earlier on
Tuesday a 5.8 quake shook the island". The first article's story is the second's earlier quake:
its 5.8 and its Tuesday agree with that recollection, and its four injured are no clash with the
three Wednesday's quake injured. When the second article recalls some other quake (another
figure), the two leads still tell one quake two ways, and the clash stays."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Quake hits island, four hurt\n\n"
    "A 5.8 magnitude earthquake struck the island on Tuesday, injuring four people and damaging "
    "houses, officials said. Rescue teams were sent to the villages near the coast."
)


def _right(recalled: str) -> str:
    return (
        "Second quake jolts island\n\n"
        "A magnitude-5.1 quake has injured three people on the island, state radio said. "
        "Wednesday's earthquake was the second one to hit the island in 24 hours. "
        f"Earlier on Tuesday a {recalled} quake shook the island, some 900 miles from the capital."
    )


def test_a_lead_the_other_article_recalls_as_an_earlier_quake_does_not_clash() -> None:
    report = compare_texts(LEFT, _right("5.8"))

    assert conflict_texts(report) == []
    agreed = {
        (s.text, t.text)
        for f in report.findings
        if f.kind is FindingKind.AGREE
        for s, t in zip(f.left, f.right, strict=False)
    }
    assert ("5.8", "5.8") in agreed


def test_a_recalled_quake_of_another_strength_leaves_the_clash() -> None:
    conflicts = conflict_texts(compare_texts(LEFT, _right("4.2")))
    assert ({"5.8"}, {"5.1"}) in conflicts
