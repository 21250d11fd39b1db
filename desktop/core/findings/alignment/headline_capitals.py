"""A headline's capitals prove no name: "Hormels Food Shooter Mary Dunn Charged With Two Counts
Of Murder" capitalises every word by its style, so "Hormels Food Shooter", standing where the
other headline has "Hormel", is read as a name only when the article's body writes each of its
words with a capital too. In the body a capital still marks a name (or a sentence's first
word); "shooter" written there in lower case is a common noun the headline dressed up."""

from __future__ import annotations

import re

from desktop.core.extraction.extract import Analysis
from desktop.core.findings.sentences.decks import is_heading_line


def unconfirmed_headline_words(analysis: Analysis, sentence: int, words: list[str]) -> bool:
    """``words`` stand in a headline line and one of them is never written capitalised in the
    body below it."""
    if not is_heading_line(analysis, sentence):
        return False
    body = analysis.document.text[analysis.sentences[sentence].end :]
    for word in words:
        bare = word.strip(".,;:!?'\"()")
        if bare and not re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", body):
            return True
    return False
