"""A figure a sentence says of the noun it opens on: "Turnout was 41 percent of the city's
181,000 registered voters, up from 33 percent" / "Turnout reached 43 percent, the highest in
20 years". Two aligned sentences that open on the same subject and give a figure in one unit
right after its verb say how much that subject came to, whatever else each sentence adds, so
the two figures are one claim even where the parser hangs them on different words."""

from __future__ import annotations

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact

# Words between the subject and its figure: the verb and at most an auxiliary or an adverb
# ("Turnout was 41 percent", "Turnout had reached 43 percent", "Sales rose nearly 3 percent").
_VERB_WORDS = 3


def said_of_one_subject(
    fa: Fact, fb: Fact, analyses: tuple[Analysis, Analysis], pair: SentencePair
) -> bool:
    if fa.number is None or fb.number is None or fa.date is not None or fb.date is not None:
        return False
    unit = fa.number.dimension
    if not unit or fb.number.dimension != unit:
        return False
    ours = _subject_before(analyses[0], pair.left, fa)
    return ours != "" and ours == _subject_before(analyses[1], pair.right, fb)


def _subject_before(analysis: Analysis, sentence: int, fact: Fact) -> str:
    """The noun the sentence opens on, when the figure follows it after its verb alone."""
    tokens = analysis.sentence_tokens[sentence]
    nouns = [at for at, t in enumerate(tokens[:2]) if t.noun and t.content]
    if not nouns:
        return ""
    at = nouns[0]
    figure = next((i for i, t in enumerate(tokens) if t.start >= fact.start), None)
    if figure is None or not at < figure <= at + _VERB_WORDS:
        return ""
    return tokens[at].content
