"""A total summed over several happenings against a smaller count: a conflict to check.

"INS Sukanya has seized a total of 14 AK-47 rifles ... during the five operations it carried
out" / "Six AK 47 rifles ... were seized from the boats": the first article adds up five
happenings, the second may count one of them. A whole and one of its parts are not two accounts
of one value, yet the second article does not say which happening it counts, so the clash is
not withdrawn (stop 54 withdrew such clashes and lost a right conflict of the check group): it
is shown as one to check, its reason saying the two may count different things.

Only when the text says so: the total's own words mark it as a sum ("a total of", "in all") and
its sentence sets it over a plural of repeatable happenings ("during the five operations", "in
three raids"), and the other count is smaller and told as no such sum. A sum with no happenings
named ("a total of 14 rifles"), or two sums, keep the sure conflict. Read after every pass has
paired its values, beside ``state_moments``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, one_fact_conflict
from desktop.core.findings.bookkeeping.claims import is_age
from desktop.core.lexicon.summed_totals import (
    OVER_PREPOSITIONS,
    SEVERAL_HAPPENINGS,
    SUM_AFTER_PHRASES,
    SUM_BEFORE_PHRASES,
)

# How many words may stand between a sum's mark and its count: "a total of 14" (none), "a
# total of more than 14" (two). Set by hand on the story tests: a third word reaches a figure
# the mark does not sum ("a total of five boats, carrying 14").
_MARK_REACH = 2
# Words that end a mark's reach, and a sentence's span reading: another clause or list item.
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|where|when|who|which)\b", re.IGNORECASE)


def _phrases(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


_SUM_BEFORE = re.compile(
    rf"\b(?:{_phrases(SUM_BEFORE_PHRASES)})\b((?:\s+\S+){{0,{_MARK_REACH}}})\s*$", re.IGNORECASE
)
_SUM_AFTER = re.compile(rf"\b(?:{_phrases(SUM_AFTER_PHRASES)})\b", re.IGNORECASE)
# "during the five operations", "in three raids", "over all the patrols": a preposition, at most
# three words (a determiner, a count, a modifier), then a plural happening noun.
_OVER_HAPPENINGS = re.compile(
    rf"\b(?:{_phrases(OVER_PREPOSITIONS)})\s+(?:[\w-]+\s+){{0,3}}?(?:{_phrases(SEVERAL_HAPPENINGS)})\b",
    re.IGNORECASE,
)


def totals_over_happenings(drafts: list[Draft], left: Analysis, right: Analysis) -> list[Draft]:
    """The drafts, with each count conflict that sets a total over several happenings against a
    smaller count turned into one to check."""
    return [_checked(d, left, right) for d in drafts]


def _checked(draft: Draft, left: Analysis, right: Analysis) -> Draft:
    pair = one_fact_conflict(draft)
    if pair is None:
        return draft
    fa, fb = pair
    if not (_a_count(fa) and _a_count(fb)):
        return draft
    for side, (whole_doc, whole), (part_doc, part) in (
        ("left", (left, fa), (right, fb)),
        ("right", (right, fb), (left, fa)),
    ):
        over = summed_over(whole_doc, whole)
        if over is None or _a_sum(part_doc, part):
            continue
        assert whole.number is not None and part.number is not None  # _a_count
        if part.number.high >= whole.number.low:
            continue  # a part no smaller than its whole: still a clash
        reason = (
            f"{draft.reason} The {side} article's {whole.text!r} is a total {over!r}; the "
            f"other's {part.text!r} may count one of them: the two may be different things."
        )
        confidence = min(draft.confidence, tuning.SUMMED_TOTAL_CONFIDENCE)
        return replace(draft, reason=reason, confidence=confidence)
    return draft


def _a_count(fact: Fact) -> bool:
    """A count of things or people, not an age, a date or a share of a group."""
    return fact.number is not None and fact.date is None and not is_age(fact) and not fact.part


def _a_sum(analysis: Analysis, value: Fact) -> bool:
    """The value's own words mark it as a sum: "a total of 14", "14 in all"."""
    sentence = analysis.sentences[value.sentence]
    text = analysis.document.text
    before = _SUM_BEFORE.search(text[sentence.start : value.start])
    if before and not _CLAUSE_BREAK.search(before.group(1)):
        return True
    after = text[value.end : sentence.end]
    clause = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return bool(_SUM_AFTER.search(clause))


def summed_over(analysis: Analysis, value: Fact) -> str | None:
    """The happenings a total is summed over ("during the five operations"), when the value is
    marked as a sum and its sentence sets it over a plural of repeatable happenings; else None."""
    if not _a_sum(analysis, value):
        return None
    sentence = analysis.sentences[value.sentence]
    found = _OVER_HAPPENINGS.search(analysis.document.text[value.end : sentence.end])
    return None if found is None else " ".join(found.group(0).split())
