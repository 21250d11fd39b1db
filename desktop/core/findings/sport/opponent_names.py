"""A team named in full on one side and by its city as a side in a contest on the other: both
articles name that team ("host the Washington Wizards" / "his debut against Washington").

``told_city_bodies.body_as_opponent`` keeps the full name from a yellow mark; this pass also
shows the agreement, on the very mentions: the full name joins the verdict that already agrees
on the city there, or the two make a verdict of their own.
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.names.told_city_bodies import opponent_city, opponent_mentions
from desktop.core.model import FindingKind, MentionType, Side


def opponent_agreements(
    drafts: list[Draft], left: Analysis, right: Analysis, ledger: Ledger
) -> list[Draft]:
    """Join each such team to the agreement on its city (in ``drafts``); the new verdicts."""
    new: list[Draft] = []
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        for body in mine.facts:
            if ledger.judged_by(side, body) != "names told":
                continue
            city = opponent_city(body, mine, theirs)
            if city is None:
                continue
            sides = _sides_named(city, theirs)
            if not sides:
                continue
            host = _agreement_on(sides, drafts + new, side)
            if host is not None:
                _facts(host, side).append(body)
                continue
            facts = ([body], sides) if side is Side.LEFT else (sides, [body])
            other = "right" if side is Side.LEFT else "left"
            reason = f"Both articles name the {body.text} (the {other} as {sides[0].text!r})."
            new.append(Draft(FindingKind.AGREE, MentionType.ORGANISATION, *facts, reason, 0.8))
    return new


def _sides_named(city: str, article: Analysis) -> list[Fact]:
    """The article's mentions of the city that name a side in a contest."""
    starts = {m.start(1) for m in opponent_mentions(city, article.document.text)}
    return [
        f
        for f in article.facts
        if f.start in starts and f.type in (MentionType.PLACE, MentionType.ORGANISATION)
    ]


def _agreement_on(sides: list[Fact], drafts: list[Draft], side: Side) -> Draft | None:
    """The agreement that holds one of ``sides`` on the other side, if any."""
    for draft in drafts:
        theirs = draft.right if side is Side.LEFT else draft.left
        if draft.kind is FindingKind.AGREE and any(f is s for f in theirs for s in sides):
            return draft
    return None


def _facts(draft: Draft, side: Side) -> list[Fact]:
    return draft.left if side is Side.LEFT else draft.right
