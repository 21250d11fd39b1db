"""Sentence numbers stay right whatever blank lines and stray brackets the text holds."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, MentionType


def test_a_bracket_line_before_a_sentence_neither_crashes_nor_shifts_its_facts() -> None:
    text = "list: [\n]\nA sentence here about Barack Obama in Chicago.\n"
    report = compare_documents(
        Document(source="a.txt", text=text), Document(source="b.txt", text=text)
    )
    sentences = report.left.sentences
    for mention in report.left.mentions:
        holder = [s for s in sentences if s.start <= mention.start < s.end]
        assert holder, mention
    names = {m.text for m in report.left.mentions if m.type is MentionType.PERSON}
    assert "Barack Obama" in names


def test_facts_after_whitespace_only_sentences_point_at_their_own_sentence() -> None:
    from desktop.core.extraction.extract import analyse, nlp_view
    from desktop.core.extraction.pipeline import load_pipeline

    text = "Storm hits coast.\n \n \n]\nOfficials in Miami said 40 homes were damaged on Monday."
    nlp = load_pipeline().nlp
    doc = Document(source="a.txt", text=text)
    (analysis,) = analyse([doc], [nlp(nlp_view(text))])
    for fact in analysis.facts:
        sentence = analysis.sentences[fact.sentence]
        assert sentence.start <= fact.start < sentence.end + 1, (fact.text, sentence)
