"""The rules that look a fact up in the other article's aligned sentence (a town told by its
state, a city's body told by the city alone) read one index of each article's facts by
sentence, not an index of their own each (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.locations.told_places import town_in_partner_region
from desktop.core.findings.names.told_city_bodies import body_by_its_city
from desktop.core.model import Document

LEFT = (
    "Fire at a Houston warehouse\n\n"
    "The Houston Fire Department said a warehouse burned in Pasadena on Sunday."
)
RIGHT = "Warehouse fire\n\nHouston firefighters said a warehouse burned in Texas on Sunday."


def _analyses() -> tuple[Analysis, Analysis]:
    nlp = load_pipeline().nlp
    docs = [Document(source="l.txt", text=LEFT), Document(source="r.txt", text=RIGHT)]
    left, right = analyse(docs, [nlp(nlp_view(d.text)) for d in docs])
    return left, right


def test_each_article_is_indexed_by_sentence_once() -> None:
    left, right = _analyses()
    partners = {
        i: [(j, 1.0) for j in range(len(right.sentences))] for i in range(len(left.sentences))
    }
    for fact in left.facts:
        town_in_partner_region(fact, left, right, partners)
        body_by_its_city(fact, left, right, partners)
    facts_of(right, 0)
    index = {i: [f for f in right.facts if f.sentence == i] for i in range(len(right.sentences))}
    index = {i: facts for i, facts in index.items() if facts}
    kept = [name for name, value in right._derived.items() if value == index]
    assert kept == ["sentence_facts"], kept
