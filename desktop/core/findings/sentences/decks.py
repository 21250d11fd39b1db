"""A deck: the short second line a news page sets under its headline, the story in a few words.

"Gunman kills 1, wounds 2 at accounting office" is followed by "Suspect had been fired last week
by Troy, Mich., company": no full stop, a line of its own. Like the headline above it, it sums up
what the article goes on to tell, so it is told by the other article whenever that article's
opening speaks of the same things; it is no "sentence nothing on the other side tells".
"""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning


def is_heading_line(analysis: Analysis, i: int) -> bool:
    """Sentence ``i`` is a line of its own, short, with no full stop: a headline's form."""
    if i >= len(analysis.sentences):
        return False
    sentence = analysis.sentences[i]
    text = analysis.document.text
    line = text[sentence.start : sentence.end].rstrip()
    after = text[sentence.end : sentence.end + 2]
    return (
        len(line.split()) <= tuning.HEADLINE_WORDS
        and not line.endswith(".")
        and (after.startswith("\n") or sentence.end >= len(text.rstrip()))
    )


def is_deck(analysis: Analysis, i: int) -> bool:
    """Sentence ``i`` is the second line of a headline: both it and the first are heading lines."""
    return i == 1 and is_heading_line(analysis, 0) and is_heading_line(analysis, 1)
