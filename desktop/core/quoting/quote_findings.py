"""A quote verdict shown as a finding: the spans a view marks (the quoted words, the speaker
where naming them says something, the facts of the report it carries), how sure it is, and the
reason a journalist reads ("The quote of the mayor differs: the left has 'won', the right
'lost'")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.extraction.patterns import compiled
from desktop.core.extraction.text_search import NO_WORD_BEFORE, iter_case_blind_after, search_after
from desktop.core.findings.quoting.told_speakers import described_speaker_told
from desktop.core.lexicon.speakers import SPEAKER_FILLERS
from desktop.core.model import Finding, FindingKind, MentionType, Quote, Side, Span, TextRange
from desktop.core.quoting.quote_compare import QuoteIssue, QuoteVerdict, WordChange
from desktop.core.quoting.quote_speakers import Sameness, speaker_sameness

# How many changed stretches a misquote's reason names before it just counts the rest.
MAX_CHANGES_NAMED = 3
# How many facts of a speaker's report a one-sided quote's reason names before it counts the rest.
MAX_FACTS_NAMED = 4

# How sure each kind of quote verdict is: a changed word between two wordings of one quote is
# read straight off the text; a swapped speaker rests on the parse finding both speakers; a quote
# missing from the other article may be there in other words.
_CONFIDENCE = {
    QuoteIssue.WORDING: 0.9,
    QuoteIssue.SPEAKER: 0.85,
    # The same words told a little differently (a tense, a filler): one utterance both report,
    # less sure than a word-for-word match.
    QuoteIssue.RETOLD: 0.75,
    FindingKind.AGREE: 0.9,
    FindingKind.LEFT_ONLY: 0.7,
}


def quote_pieces(quote: Quote) -> tuple[TextRange, ...]:
    """The stretches of text a quote's words stand in: its pieces, or the whole quote."""
    return quote.pieces or (TextRange(quote.start, quote.end),)


def quote_finding(
    v: QuoteVerdict, texts: dict[Side, str], carried: Sequence[Finding] = ()
) -> Finding:
    """The finding of one quote verdict; ``carried``: the findings of the speaker's report it
    folds in (core/quoting/quote_folding.py), named in its reason and marked with it."""

    def spans(quote: Quote | None, side: Side) -> tuple[Span, ...]:
        """The quoted words, then the speaker where the article names them beside the quote
        (a misattribution is about the names; a quote only one article has, about whose it
        is, unless the other article names that speaker too: then the name is no yellow mark),
        then the facts of the speaker's report it carries. The quoted words come first: views
        find the quote by its first span."""
        if quote is None:
            return ()
        ranges = list(quote_pieces(quote))
        both = v.left is not None and v.right is not None
        if (
            quote.speaker_start is not None
            and quote.speaker_end is not None
            and not quote.inferred
            and (both or not _named_there(quote.speaker, texts[side.other]))
        ):
            ranges.append(TextRange(quote.speaker_start, quote.speaker_end))
        ranges += [TextRange(s.start, s.end) for f in carried for s in f.spans(side)]
        return tuple(Span(r.start, r.end, texts[side][r.start : r.end]) for r in ranges)

    key = v.issue if v.issue is not None else v.kind
    confidence = _CONFIDENCE.get(key, _CONFIDENCE[FindingKind.LEFT_ONLY])
    return Finding(
        id="",
        kind=v.kind,
        type=MentionType.QUOTE,
        left=spans(v.left, Side.LEFT),
        right=spans(v.right, Side.RIGHT),
        reason=_reason(v, texts) + _carried_clause(v, carried),
        confidence=confidence,
    )


def _named_there(speaker: str | None, text: str) -> bool:
    """The other article names this speaker: the whole phrase ("the Obama administration"), or
    the surname of a speaker given by name alone ("Sara Sadeqi" / "Sadeqi"). A description
    ("32-year-old protester Paris Kyriakides") carries more than the name and stays marked."""
    phrase = _without_fillers((speaker or "").strip())
    if not phrase:
        return False
    # The phrase found by its letters in the lower-cased text, its lookbehind checked where it
    # stands: the same answer as one case-blind pattern opening with the assertion, tried at
    # every character.
    pattern = compiled(re.escape(phrase) + r"(?!\w)", re.I)
    if next(iter_case_blind_after(NO_WORD_BEFORE, pattern, text, phrase), None):
        return True
    if described_speaker_told(phrase, text):  # "agency spokesman Budi Santoso" / "Budi Santoso of"
        return True
    words = phrase.split()
    last = words[-1]
    return (
        all(w[:1].isupper() for w in words)
        and len(last) > 2
        and search_after(_WORD_EDGE, compiled(rf"{re.escape(last)}\b"), text) is not None
    )


_WORD_EDGE = re.compile(r"\b")


def _without_fillers(phrase: str) -> str:
    """The speaker phrase without the words before it that tell no fact ("his", "new"): what is
    left is what the other article must write."""
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in SPEAKER_FILLERS:
        words = words[1:]
    return " ".join(words) if words and words[0].lower() not in SPEAKER_FILLERS else ""


def _reason(v: QuoteVerdict, texts: dict[Side, str]) -> str:
    lq, rq = v.left, v.right
    if lq is None or rq is None:
        quote, side = (lq, Side.LEFT) if lq is not None else (rq, Side.RIGHT)
        assert quote is not None
        return f"Only the {side.value} article has this quote{_of(quote.speaker)}."
    if v.issue is QuoteIssue.SPEAKER:
        return f"Attributed to {lq.speaker} on the left and to {rq.speaker} on the right."
    if v.issue is QuoteIssue.WORDING:
        named = [_change_words(c, texts) for c in v.changes[:MAX_CHANGES_NAMED]]
        more = len(v.changes) - len(named)
        if more:
            named.append(f"and {more} more change{'s' if more > 1 else ''}")
        return f"The quote{_of(lq.speaker or rq.speaker)} differs: {'; '.join(named)}."
    if v.issue is QuoteIssue.RETOLD:
        named = [_change_words(c, texts) for c in v.changes[:MAX_CHANGES_NAMED]]
        return (
            f"The quote{_of(lq.speaker or rq.speaker)} is told a little differently "
            f"({'; '.join(named)}): no word changes what was said, so it is the same quote, "
            f"not a misquote."
        )
    if lq.direct and rq.direct:
        return f"Both quote the same words{_of(lq.speaker or rq.speaker)}."
    if lq.speaker and rq.speaker and speaker_sameness(lq.speaker, rq.speaker) is not Sameness.SAME:
        return f"{lq.speaker} on the left and {rq.speaker} on the right report the same."
    speaker = lq.speaker or rq.speaker
    return f"Both report {speaker} saying the same." if speaker else "Both report the same words."


def _carried_clause(v: QuoteVerdict, carried: Sequence[Finding]) -> str:
    """What else the other article lacks from the speaker's report, named in the quote finding
    that carries it: " It does not give 'last week' or 'Maryland' from the same report either." """
    other = (Side.RIGHT if v.left is not None else Side.LEFT).value
    rest = (
        f" Nor does the {other} article tell the rest of the sentence."
        if any(f.is_statement for f in carried)
        else ""
    )
    words = list(
        dict.fromkeys(s.text for f in carried if not f.is_statement for s in (*f.left, *f.right))
    )
    if not words:
        return rest
    named = [f"'{w}'" for w in words[:MAX_FACTS_NAMED]]
    if len(words) > MAX_FACTS_NAMED:
        named.append(f"{len(words) - MAX_FACTS_NAMED} more")
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
    return f" Nor does the {other} article give {listed} from the same report." + rest


def _of(speaker: str | None) -> str:
    return f" of {speaker}" if speaker else ""


def _change_words(change: WordChange, texts: dict[Side, str]) -> str:
    left = texts[Side.LEFT][change.left.start : change.left.end]
    right = texts[Side.RIGHT][change.right.start : change.right.end]
    if left and right:
        return f"the left has '{left}', the right '{right}'"
    if left:
        return f"the left has '{left}', which the right leaves out"
    return f"the right adds '{right}'"
