"""A journalist who swaps the two articles should see the same names agree and the same names
marked one-sided. A short name that is the head of a longer one, or the longer one less its kind
word ("Brenholt" of "Brenholt Foods"), names the same firm whichever article writes it; a name
that is only a modifier inside a longer name of another thing ("Kelso" in "Kelso Airport", the
town and its airport) is never taken for it, on either side."""

from __future__ import annotations

from desktop.core.model import FindingKind, Report
from tests.factories import compare_stories

_NAME_TYPES = {"person", "organisation", "place"}
_VERDICTS = {FindingKind.AGREE, FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY}
Verdict = tuple[str, frozenset[str], frozenset[str]]

_RECALL = (
    "Brenholt Foods recalled 4,000 jars of peanut butter on Tuesday after a test found "
    "salmonella. Brenholt said no one had fallen ill. The jars were sold in Ohio.\n"
)
_PULLED = (
    "Brenholt Foods pulled jars of peanut butter from shelves on Tuesday, the company said. "
    "The jars were sold in Ohio and Indiana.\n"
)
_AIRPORT = "A plane skidded off the runway at Kelso Airport in Oregon on Tuesday, police said.\n"
_TOWN = "A plane skidded off a runway in Kelso, Oregon on Tuesday, police said.\n"


def _name_verdicts(report: Report, swapped: bool) -> set[Verdict]:
    """Each name verdict as (kind, first article's words, second article's words), the articles
    put back in their first order, so that two orders compare."""
    out: set[Verdict] = set()
    for f in report.findings:
        if f.kind not in _VERDICTS or f.type is None or f.type.value not in _NAME_TYPES:
            continue
        first = frozenset(s.text for s in (f.right if swapped else f.left))
        second = frozenset(s.text for s in (f.left if swapped else f.right))
        kind = f.kind.value
        if swapped and f.kind is not FindingKind.AGREE:
            kind = "left_only" if f.kind is FindingKind.RIGHT_ONLY else "right_only"
        out.add((kind, first, second))
    return out


def _both_orders(first: str, second: str) -> tuple[set[Verdict], set[Verdict]]:
    return (
        _name_verdicts(compare_stories(first, second), swapped=False),
        _name_verdicts(compare_stories(second, first), swapped=True),
    )


def test_a_firm_named_by_its_short_name_agrees_whichever_article_is_on_the_left() -> None:
    as_given, swapped = _both_orders(_RECALL, _PULLED)
    assert as_given == swapped, (as_given, swapped)
    agreed = {text for kind, first, _ in as_given if kind == "agree" for text in first}
    assert "Brenholt" in agreed, as_given


def test_a_town_named_inside_its_airports_name_is_not_the_airport_either_way() -> None:
    for verdicts in _both_orders(_AIRPORT, _TOWN):
        assert not any(
            kind == "agree" and "Kelso Airport" in first and "Kelso" in second
            for kind, first, second in verdicts
        ), verdicts
