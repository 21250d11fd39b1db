"""Which conflicts a journalist can take at the engine's word, and which to check by reading.

A red mark is only as good as the rule behind it. On pairs nobody tuned for, the engine's
conflicts are right about half the time (docs/held-out-gap.md), and how sure the rule that made a
conflict is tells much of that apart: the window, the exports and the command line show a conflict
under ``TO_CHECK_BELOW`` as one "to check", drawn and listed apart from the sure ones. Nothing
here changes a verdict: a conflict to check is still a conflict, counted and reviewed like any.

No Qt here: the window and the exporters read the same rule.
"""

from __future__ import annotations

from desktop.core.model import Finding, FindingKind

# A conflict whose engine confidence is under this is one "to check". It separates the clashes of
# two figures or two dates read in matching sentences (aligned claims, capped at 0.5:
# findings.tuning ALIGNED_CLASH_CONFIDENCE) and the hedged, currency, vowel-spelling and
# victim-harm clashes (0.45-0.55) from a name spelt two ways or an age told two ways (0.6 and
# above). The figures behind it: judged by hand on fresh pairs nobody tuned for (confaudit47,
# passprec51), figure and date clashes in matching sentences were right 5 in 15, names spelt two
# ways 19 in 19, ages 5 in 5. Those pools are small, and confidence alone ranks right above wrong
# only loosely there (AUC 0.61 on passprec51's 42 fresh conflicts), so this is a boundary between
# rule families, not a fitted cut: no bench figure moves with it (no bench reads it), and it
# changes no verdict.
TO_CHECK_BELOW = 0.6

# ``desktop.core.results.review.USER_ORIGIN``, spelt here because the report reader imports this
# module and review imports the reader (a test checks the two stay equal).
_USER_ORIGIN = "user"

# How the window, the exports and the command line name such a conflict.
TO_CHECK_LABEL = "to check"
TO_CHECK_HINT = (
    "the engine is less sure of this kind of conflict (two figures or dates read in matching "
    "sentences, or a hedged clash): read both sentences first"
)


def is_to_check(finding: Finding) -> bool:
    """A conflict the engine made with a confidence under ``TO_CHECK_BELOW``.

    A link the reviewer drew (origin "user") is theirs, not the engine's guess, so it is never
    one to check; agreements and one-sided facts have no tiers."""
    return (
        finding.kind is FindingKind.CONFLICT
        and finding.origin != _USER_ORIGIN
        and finding.confidence < TO_CHECK_BELOW
    )
