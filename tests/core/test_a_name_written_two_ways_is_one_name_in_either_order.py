"""A journalist who drops the two articles in the other order sees the same names found (stop 58,
keys58): a captain one article names with a slip of the pen, once each way, is one person in
both orders, not linked with that article on the left and shown as found on one side only with it
on the right."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType, Report
from tests.factories import compare_texts

_FERRY = (
    "Ferry runs aground off Valdeross\n\nA passenger ferry ran aground off Valdeross on Tuesday "
    "morning, the coast guard said. Captain Ilse Marchetti steered the vessel onto a sandbank. "
    "All 212 passengers were taken ashore by lifeboats. Captain Ilse Marcheti told reporters the "
    "engines had failed."
)
_HARBOUR = (
    "Ferry aground near Valdeross\n\nA ferry carrying 212 passengers ran aground near Valdeross "
    "on Tuesday, the coast guard said. The captain, Ilse Marchetty, guided the ship onto a "
    "sandbank. Lifeboats brought everyone ashore."
)


def _people(report: Report, flip: bool) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """The person findings as (kind, ferry names, harbour names), whichever side each stood on."""
    out = set()
    for f in report.findings:
        if f.type is not MentionType.PERSON:
            continue
        left, right = tuple(sorted(s.text for s in f.left)), tuple(sorted(s.text for s in f.right))
        kind = f.kind
        if flip:
            left, right = right, left
            kind = {FindingKind.LEFT_ONLY: FindingKind.RIGHT_ONLY}.get(
                kind, {FindingKind.RIGHT_ONLY: FindingKind.LEFT_ONLY}.get(kind, kind)
            )
        out.add((kind.value, left, right))
    return out


def test_the_captain_spelt_two_ways_in_one_article_is_found_alike_in_either_order() -> None:
    forward = _people(compare_texts(_FERRY, _HARBOUR, "2024-05-07"), flip=False)
    backward = _people(compare_texts(_HARBOUR, _FERRY, "2024-05-07"), flip=True)

    assert forward == backward, (forward, backward)
    one_sided = [p for p in forward if p[0] in ("left_only", "right_only")]
    assert not one_sided, forward
