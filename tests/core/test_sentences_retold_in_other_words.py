"""A sentence whose words, names and figures the other article uses across one or two of its own
sentences is retold there, not a sentence "nothing on the other side tells"; one naming someone
the other article never names stays one-sided."""

from __future__ import annotations

from desktop.core.findings.sentences.statements import _words_told
from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts

_LEFT = (
    "Driver held after crash\n\nA 51-year-old woman died on Friday night after she was hit on "
    "117th Street in Queens. {}"
)
_RIGHT = (
    "Driver held after crash\n\nA 51-year-old woman was struck and killed on 117th Street in "
    "Queens on Friday night by a grey Toyota Camry{}, which then fled the scene. Police later "
    "arrested the driver nearby, at 118th Street and Liberty Avenue, after a short search of the "
    "neighbourhood."
)


def _whole_sentences_marked(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        and f.type is MentionType.STATEMENT
        for s in (*f.left, *f.right)
    ]


def test_fled_and_arrested_nearby_is_retold_by_two_sentences_of_the_other() -> None:
    mine = ["subryan", "flee", "scene", "arrest", "nearby", "say"]
    two = [frozenset({"car", "flee", "scene"}), frozenset({"police", "arrest", "driver", "nearby"})]
    assert _words_told(mine, two)
    # The same words spread over the whole article retell nothing in particular.
    spread = [frozenset({w, "storm"}) for w in ("flee", "scene", "arrest", "nearby")]
    assert not _words_told(mine, spread)


def test_a_sentence_naming_someone_the_other_never_names_stays_one_sided() -> None:
    report = compare_texts(
        _LEFT.format(
            "Subryan fled the scene in the Camry but police arrested him nearby, Arjun Persaud said."
        ),
        _RIGHT.format(""),
        "2024-05-11",
    )
    marked = _whole_sentences_marked(report)
    assert any("Arjun Persaud" in m for m in marked), marked
