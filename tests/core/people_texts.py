"""Two hand-written reports of one made-up shooting, parsed once per test module for the people
and timeline tests (the real pipeline: a missing model must fail, not skip)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.model import Document, PersonCard, PersonSide

LEFT = (
    "Soldier killed in border clash\n\n"
    "Major Ivan Petrov, 47, was shot dead on Sunday near the border. "
    "Police arrested John Smith, a spokesman for the Defense Ministry, on Monday. "
    "Smith told reporters he was sorry. Jane Doe was wounded. "
    "Hours later, the border was closed."
)
RIGHT = (
    "Officer dies at border\n\n"
    "Ivan Petrov, 48, a deputy chief of submarine forces, died on Saturday near the border. "
    "The 23-year-old Jane Doe was killed. "
    "Russian President Vladimir Putin said the attack was terrible."
)
ARTICLE_DATE = "2024-05-07"  # a Tuesday: Sunday is 5 May, Monday 6 May, Saturday 4 May


@dataclass(frozen=True)
class ParsedPair:
    left: Any
    right: Any
    links: dict[str, str]
    docs: tuple[Any, Any]
    pairs: tuple[Any, ...]


def parse_pair(left: str = LEFT, right: str = RIGHT, day: str | None = ARTICLE_DATE) -> ParsedPair:
    from desktop.core.alignment.align import align, score_matrix
    from desktop.core.compare import _parse
    from desktop.core.extraction.extract import analyse
    from desktop.core.extraction.pipeline import load_pipeline
    from desktop.core.naming.link import link_names

    documents = [
        Document(source=f"{n}.txt", text=t, date=day) for n, t in (("l", left), ("r", right))
    ]
    docs = _parse([d.text for d in documents], load_pipeline().nlp, None, None)
    a, b = analyse(documents, docs)
    links = link_names(a.facts, b.facts)
    return ParsedPair(a, b, links, (docs[0], docs[1]), tuple(align(score_matrix(a, b, links))))


# A one-article story about a shooting, as the people-card tests tell it: a headline line, then
# the body; the other article only says a shooting happened.
STORY_HEADLINE = "Shooting on Elm Street\n\n"


def story_cards(body: str) -> dict[str, PersonCard]:
    """The people cards of a story with this body, by name."""
    from desktop.core.persons.people import person_cards

    pair = parse_pair(STORY_HEADLINE + body, "A shooting happened on Elm Street on Sunday.")
    return {c.name: c for c in person_cards(pair.left, pair.right, pair.links, *pair.docs)}


def values_of(side: PersonSide, kind: str) -> set[str]:
    """The values one side of a card gives for one attribute kind."""
    return {a.value for a in side.attributes if a.kind == kind}
