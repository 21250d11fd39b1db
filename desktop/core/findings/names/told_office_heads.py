"""A body named after the one officer who heads it, told by that officer's title: "according to
the Fayette County Sheriff's Office" / "Fayette County Sheriff Marty Fisher says", "the Los
Angeles County Sheriff's Department" / "murdering a Los Angeles County Sheriff's deputy".

The office's title with its jurisdiction names the body: the sheriff speaks for the sheriff's
office, and a sheriff's deputy serves in it. The parser types "Sheriff" inside a person's name
or a deputy's description as no body, so the body was marked as one only this article names.
The jurisdiction must be written alike ("Rock County Sheriff" names another office), and the
title must be the same office ("the Dane County medical examiner" is another body of the county).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.lexicon.bodies import HEADED_BODY_WORDS, HEADED_OFFICES
from desktop.core.model import FindingKind, MentionType, Side

_OFFICES = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in sorted(HEADED_OFFICES))
# "Fayette County Sheriff's Office": a jurisdiction of capitalised words, the office, its body.
_BODY = re.compile(
    rf"^(?:the\s+)?(?P<place>(?:[A-Z][\w.'’-]*\s+)+)(?P<office>{_OFFICES})['’]s\s+"
    rf"(?:{'|'.join(sorted(HEADED_BODY_WORDS))})$",
    re.I,
)
# How sure an agreement on a body told by its officer's title is: the same jurisdiction and
# office written out on both sides, but the parser read only one of them as a body.
_CONFIDENCE = 0.8


def office_heads(
    left: Analysis, right: Analysis, links: dict[str, str], ledger: Ledger
) -> list[Draft]:
    """Agreements on a body one article names ("X Sheriff's Office") and the other tells by the
    title of the officer heading it ("X Sheriff"), every such title on that side marked. A body
    the name links already pair with one the other names ("the Sheriff's Department") is left
    to the name passes."""
    drafts = []
    linked = (set(links), set(links.values()))
    for side, mine, theirs in ((Side.LEFT, left, right), (Side.RIGHT, right, left)):
        by_head: dict[tuple[str, str], list[Fact]] = {}
        for fact in ledger.free(side, mine.facts):
            if fact.key in linked[0 if side is Side.LEFT else 1]:
                continue
            head = _head(fact)
            if head is not None:
                by_head.setdefault(head, []).append(fact)
        for (place, office), facts in by_head.items():
            if _body_written(facts[0], theirs.document.text):
                continue  # the other names the body itself: the name passes pair the two
            told = _titles(place, office, theirs)
            if not told:
                continue
            ledger.judge("office heads", **{side.value: facts})
            body = re.sub(r"^the\s+", "", facts[0].text, flags=re.I)
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.ORGANISATION,
                    facts if side is Side.LEFT else told,
                    told if side is Side.LEFT else facts,
                    f"Both articles name the {body}: the {side.other.value} by the title of the "
                    f"officer who heads it, '{told[0].text}'.",
                    _CONFIDENCE,
                )
            )
    return drafts


def _head(fact: Fact) -> tuple[str, str] | None:
    """The jurisdiction and the office of a body named after its officer: ("Fayette County",
    "Sheriff") for "the Fayette County Sheriff's Office"."""
    if fact.type is not MentionType.ORGANISATION:
        return None
    found = _BODY.match(" ".join(fact.text.split()))
    if found is None:
        return None
    place = found["place"].strip()
    if not all(word[:1].isupper() for word in place.split()):
        return None
    return place, found["office"]


def _body_written(fact: Fact, text: str) -> bool:
    body = re.sub(r"^the\s+", "", " ".join(fact.text.split()), flags=re.I)
    return body.replace("’", "'").lower() in " ".join(text.split()).replace("’", "'").lower()


def _titles(place: str, office: str, theirs: Analysis) -> list[Fact]:
    """The other article's writings of the office's title with its jurisdiction, each as a
    fact: the place in its own capitals, the title in any case ("Cook County medical
    examiner")."""
    pattern = re.compile(
        r"(?<![\w.])"
        + r"\s+".join(re.escape(w) for w in place.split())
        + r"\s+(?i:"
        + r"\s+".join(re.escape(w) for w in office.split())
        + r")\b"
    )
    text = theirs.document.text
    starts = [s.start for s in theirs.sentences]
    return [
        Fact(
            start=match.start(),
            end=match.end(),
            text=match.group(0),
            type=MentionType.ORGANISATION,
            label="ORG",
            sentence=max(0, bisect_right(starts, match.start()) - 1),
        )
        for match in pattern.finditer(text)
    ]
