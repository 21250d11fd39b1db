"""A sentence reporting several happenings is read as its clauses: the main clause, a relative
clause, a clause joined by "and"; a short apposition ("Smith, 45") stays with the clause it
names something in, a long one makes a clause of its own."""

from __future__ import annotations

from desktop.core.extraction.extract import kept_sentences
from desktop.core.extraction.parse_clauses import read_clauses
from desktop.core.extraction.pipeline import load_pipeline


def _clauses(text: str) -> list[str]:
    doc = load_pipeline().nlp(text)
    parse = read_clauses(doc, kept_sentences(doc))
    return [c.words(text) for c in parse.clauses(0)]


def test_a_relative_clause_inside_the_main_clause_is_a_clause_of_its_own() -> None:
    text = "The gunman, who had been fired a week earlier, opened fire in the break room."
    clauses = _clauses(text)
    assert "who had been fired a week earlier" in clauses
    assert any(c.startswith("The gunman") and "opened fire" in c for c in clauses)


def test_a_verb_joined_by_and_opens_a_clause_but_two_joined_nouns_do_not() -> None:
    assert len(_clauses("The driver lost control and the van hit a wall.")) == 2
    assert len(_clauses("The mayor and the governor visited the site on Monday.")) == 1


def test_a_short_apposition_stays_with_its_clause() -> None:
    assert len(_clauses("The driver, Smith, was taken to hospital on Monday.")) == 1
