"""A count told as a part ("Four of the victims were treated and released") against a count that
is the subject of the same passive verbs in the aligned sentence ("Five victims were treated and
released"): the part counts the people its verb tells of, as the plain count does, so the two
agree or clash.

A part is kept from meeting the whole it is taken from ("two of the five suspects" / "arrested
five"), so no other pass sets it against anything; but what the verb says of it, it says of that
many people, however the group they come from is told. Only counts that are each the subject of
the same participles (``listed_people.subject_counts``) meet, one at least told with "of".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.align import SentencePair, strongest_first
from desktop.core.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.assembly import Draft
from desktop.core.findings.figures import Relation, number_relation
from desktop.core.findings.ledger import Ledger
from desktop.core.findings.listed_people import subject_counts
from desktop.core.model import FindingKind, MentionType

# "Four of the victims", "two of them": the count's own words make it a part.
_OF_GROUP = re.compile(r"\s+of\s+(?:the|them|those)\b", re.I)


def partitive_subjects(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    """Each part against the count of the same verbs in its aligned sentence."""
    drafts: list[Draft] = []
    for pair in strongest_first(pairs, tuning.CLAIM_PAIR):
        theirs = subject_counts(right, pair.right)
        for fa, verbs in subject_counts(left, pair.left):
            for fb, told in theirs:
                if told != verbs or not (_partitive(left, fa) or _partitive(right, fb)):
                    continue
                if fa.number is None or fb.number is None:
                    continue
                rel = number_relation(fa.number, fb.number)
                if rel not in (Relation.SAME, Relation.CLASH):
                    continue
                if not ledger.take("partitive subjects", fa, fb):
                    continue
                drafts.append(_draft(rel, fa, fb, verbs))
                break
    return drafts


def _partitive(analysis: Analysis, fact: Fact) -> bool:
    return _OF_GROUP.match(analysis.document.text, fact.end) is not None


def _draft(rel: Relation, a: Fact, b: Fact, verbs: tuple[str, str]) -> Draft:
    told = " and ".join(v for v in verbs if v)
    if rel is Relation.SAME:
        reason = f"Both count those {told}: the left says {a.text!r}, the right {b.text!r}."
        return Draft(
            FindingKind.AGREE,
            MentionType.NUMBER,
            [a],
            [b],
            reason,
            tuning.LISTED_PEOPLE_CONFIDENCE,
        )
    reason = (
        f"Different counts of those {told}: the left says {a.text!r}, the right {b.text!r}. "
        "Both cannot be true, unless the count changed between the two reports."
    )
    return Draft(
        FindingKind.CONFLICT,
        MentionType.NUMBER,
        [a],
        [b],
        reason,
        tuning.LISTED_PEOPLE_CONFIDENCE,
    )
