"""A happening only one article reports: "held them hostage temporarily", "was arrested",
"resigned", "pleaded guilty" (``lexicon/events.py``).

The sentence is often one both articles tell (the escape, the guards, the day agree), so no
sentence mark shows it; the happening is a fact of its own, and the other article lacking it is
what a yellow mark says. It lacks it only when it uses no word of the happening anywhere, in any
form ("was detained", "in custody" tell an arrest), so a happening it tells in its own words is
left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.extraction.extract import Analysis, Token
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import only_finding
from desktop.core.findings.events.coming_steps import done_words
from desktop.core.findings.events.told_admissions import ADMISSION, admission_told
from desktop.core.findings.events.told_resignations import RESIGN, resignation_told
from desktop.core.findings.events.told_surrenders import SURRENDER, surrender_told
from desktop.core.lexicon.events import (
    EVENT_GROUPS,
    EVENT_TOLD_ALSO,
    NO_OBJECT_WORDS,
    OBJECT_PRONOUNS,
    PLEAS,
)
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span

# Quotation marks: a happening inside someone's words is the quote's, judged with the quote.
_QUOTE_MARKS = frozenset('"“”')


def untold_events(left: Analysis, right: Analysis, findings: Sequence[Finding]) -> list[Finding]:
    out = []
    words = (_content_words(left), _content_words(right))
    # "would be released after he is formally charged" tells no charge laid.
    done = (_content_words(left, done_words), _content_words(right, done_words))
    for side, mine, ours, theirs in (
        (Side.LEFT, left, words[0], done[1]),
        (Side.RIGHT, right, words[1], done[0]),
    ):
        shown = [s for f in findings if f.kind is FindingKind.only(side) for s in f.spans(side)]
        for event, group in EVENT_GROUPS.items():
            if not group & ours or (group | EVENT_TOLD_ALSO.get(event, frozenset())) & theirs:
                continue
            spans = [
                s
                for s in _mentions(mine, group)
                if not any(o.start < s.end and s.start < o.end for o in shown)
            ]
            if not spans:
                continue  # every mention lies in a part already shown as one-sided
            reason = (
                f"Only the {side.value} article speaks of {event} ({spans[0].text!r}); "
                f"the {side.other.value} never does."
            )
            # A happening, not a named event ("World War II"): shown as other.
            out.append(
                only_finding(side, spans, MentionType.OTHER, reason, tuning.EVENT_CONFIDENCE)
            )
    return out


def _content_words(
    analysis: Analysis, read: Callable[[Analysis], frozenset[str]] | None = None
) -> frozenset[str]:
    words = (
        read(analysis)
        if read is not None
        else frozenset(t.content for tokens in analysis.sentence_tokens for t in tokens)
    )
    # "gave himself up": an arrest told with no word of its own; "stepped down": a resignation;
    # "admitted the robberies": a plea.
    text = analysis.document.text
    told = {SURRENDER} if surrender_told(text) else set()
    told |= {RESIGN} if resignation_told(text) else set()
    return words | told | ({ADMISSION} if admission_told(text) else set())


def _mentions(analysis: Analysis, group: frozenset[str]) -> list[Span]:
    """The words of ``group`` in the article as written (a word folded into one of them, such
    as "prison" into "sentence", tells the happening but is not its word), outside quotes."""
    text = analysis.document.text
    spans = []
    for sentence, tokens in zip(analysis.sentences, analysis.sentence_tokens, strict=True):
        for n, token in enumerate(tokens):
            if (
                token.content not in group
                or not token.lower.startswith(token.content)  # "prison", folded to "sentence"
                or _takes_object(token.content, tokens[n + 1 :], text)
                or _no_plea(token.content, tokens[n + 1 :])
            ):
                continue
            before = text[sentence.start : token.start]
            if sum(c in _QUOTE_MARKS for c in before) % 2 == 1:
                continue
            spans.append(Span(token.start, token.end, text[token.start : token.end]))
    return spans


def _takes_object(word: str, after: Sequence[Token], text: str) -> bool:
    """ "resigning Teixeira": a verb that takes no object, followed by a name or an object
    pronoun, is another verb written without its hyphen ("re-signing")."""
    if word not in NO_OBJECT_WORDS or not after:
        return False
    following = after[0]
    return following.lower in OBJECT_PRONOUNS or text[following.start].isupper()


def _no_plea(word: str, after: Sequence[Token]) -> bool:
    """ "pleading for help": "plead" not followed by what is pleaded is no plea in court."""
    return word == "plead" and (not after or after[0].lower not in PLEAS)
