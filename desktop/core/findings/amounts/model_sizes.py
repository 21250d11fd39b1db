"""A size joined by a hyphen to a product's name names a model of a product line: "the 15-inch
MacBook Pro", "a 64-gigabyte iPod", like "Boeing 737".

An article that names the model of the other article's size as well ("The new 17-inch MacBook
Pro will retail for ..." beside "the 15-inch MacBook Pro") tells of two models, and does not
contradict the other article's one: "unveiled a 17-inch MacBook Pro" / "the 13-inch MacBook and
the 15-inch MacBook Pro" is no clash of sizes. When the other article never names that model
("unveiled a 17-inch MacBook Pro" / "unveiled a 15-inch MacBook Pro"), the two sizes are two
accounts of the one model the story is about, and the conflict stands.
"""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.model import FindingKind

# A size joined to its unit by a hyphen, then a capitalised word: the product's name.
_MODEL = re.compile(r"\s*(?P<size>[\d.,]+-[A-Za-z]+)\s+(?P<name>[A-Z][\w-]*)")


def without_other_models(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts but size conflicts where one side's model is one the other article names too."""
    texts = (left.document.text, right.document.text)
    return [d for d in drafts if not _other_model(d, texts)]


def _other_model(draft: Draft, texts: tuple[str, str]) -> bool:
    if draft.kind is not FindingKind.CONFLICT or not draft.left or not draft.right:
        return False
    return any(_named_in(f, texts[0], texts[1]) for f in draft.left) or any(
        _named_in(f, texts[1], texts[0]) for f in draft.right
    )


def _named_in(fact: Fact, own: str, other: str) -> bool:
    """The fact is a size that names a model ("17-inch MacBook"), and the other text names that
    model by the same size and name."""
    if fact.number is None:
        return False
    start = own.rfind(" ", 0, fact.start) + 1
    match = _MODEL.match(own, start)
    if match is None or match.start("size") > fact.start or match.end("size") < fact.end:
        return False
    size, name = (re.escape(match.group(g)) for g in ("size", "name"))
    return re.search(rf"(?<![\w.,-]){size}\s+{name}\b", other) is not None
