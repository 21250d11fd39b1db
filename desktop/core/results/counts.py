"""The counts every view and report shows, computed once from the comparison *as reviewed*.

The engine's ``Summary.counts`` is a snapshot taken before review: it knows nothing of the links a
reviewer adds, the wrong links they remove or the findings they dismiss. Headers, filter chips, the
review counter, the HTML/PDF/CSV reports and the command line all read ``count_findings`` instead,
so they cannot disagree.

One unit per number: a *fact* is a name, figure, date or quote; a *sentence* is a whole-sentence
finding ("statement"). They are counted apart and never added together. Dismissed findings stay
in the totals (they are still rows in the table) and are counted separately, so a view can say
"2 conflicts (1 dismissed)" while the verdict line speaks of the findings still standing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.model import (
    Document,
    Finding,
    FindingKind,
    NoticeCode,
    Report,
    ReviewStatus,
    Side,
    Summary,
)
from desktop.core.persistence.persist import SavedComparison
from desktop.core.quoting.shared_copy import word_count
from desktop.core.results.trust import TO_CHECK_LABEL, is_to_check

# Boundaries of the same-event score (0..1, desktop.core.results.summary.same_event_score) for the
# words of the verdict line: above LIKELY the tool calls the pair one event, below POSSIBLE two
# events, and in between it says it is not sure. The score is a weighted mean of signals that are
# rarely all high (desktop.core.alignment.same_event), so "likely" starts at 0.5: on the tune halves
# no GVC look-alike shooting and one ECB+ different-event pair (as at v1's 0.6) reach it, while
# 27/32 GVC and 19/19 ECB+ same-event pairs do (with the leads' meaning, issue 8). POSSIBLE is the
# engine's different-events line: tune halves flag 2/3 ECB+ and 24/27 GVC different-event pairs,
# 0/19 and 1/32 same-event ones.
SAME_EVENT_LIKELY = 0.5
SAME_EVENT_POSSIBLE = 0.4
# The verdict line speaks of shared agency copy from this share of the shorter article on: two
# articles written independently share at most this much (bench/quotes.py: 0.000 median, 0.000 max
# on the tune half's different-event pairs), and the bound for them is 0.05.
SHARED_COPY_WORTH_SAYING = 0.05

# The verdict's order: what a journalist must look at first leads.
VERDICT_ORDER = (
    FindingKind.CONFLICT,
    FindingKind.AGREE,
    FindingKind.LEFT_ONLY,
    FindingKind.RIGHT_ONLY,
)
_KIND_WORDS = {
    FindingKind.CONFLICT: ("conflict", "conflicts"),
    FindingKind.AGREE: ("corroborated", "corroborated"),
    FindingKind.LEFT_ONLY: ("only left", "only left"),
    FindingKind.RIGHT_ONLY: ("only right", "only right"),
}
_REVIEWED = (ReviewStatus.CONFIRMED, ReviewStatus.DISPUTED, ReviewStatus.DISMISSED)


@dataclass(frozen=True, slots=True)
class KindCount:
    """Findings of one verdict: ``total`` rows, of which ``dismissed`` were set aside by the
    reviewer."""

    total: int = 0
    dismissed: int = 0

    @property
    def standing(self) -> int:
        """The findings the reviewer has not dismissed: what the verdict line counts."""
        return self.total - self.dismissed

    def text(self) -> str:
        """ "2", or "2, 1 dismissed" when some are: the number a filter chip shows."""
        return f"{self.total}, {self.dismissed} dismissed" if self.dismissed else str(self.total)


@dataclass(frozen=True, slots=True)
class Tally:
    """One unit's findings (facts, or sentences) by verdict and by review status."""

    kinds: dict[FindingKind, KindCount]
    statuses: dict[ReviewStatus, int]
    # Agreements inside passages both articles reprint (not independent), among ``kinds[AGREE]``.
    shared: KindCount = KindCount()
    # Conflicts the engine is less sure of (``desktop.core.results.trust``), among
    # ``kinds[CONFLICT]``: shown apart from the sure ones, never taken out of the count.
    to_check: KindCount = KindCount()

    def __getitem__(self, kind: FindingKind) -> KindCount:
        return self.kinds[kind]

    @property
    def total(self) -> int:
        return sum(c.total for c in self.kinds.values())

    @property
    def reviewed(self) -> int:
        """Confirmed, disputed or dismissed: no longer waiting for the reviewer."""
        return sum(self.statuses[s] for s in _REVIEWED)

    @property
    def dismissed(self) -> int:
        return self.statuses[ReviewStatus.DISMISSED]

    @property
    def independent(self) -> int:
        """Standing agreements that are not one passage reprinted by both: real corroboration."""
        return self.kinds[FindingKind.AGREE].standing - self.shared.standing

    @property
    def corroboration(self) -> float:
        """Share of the standing findings that both articles state independently (0 when none)."""
        standing = sum(c.standing for c in self.kinds.values())
        return self.independent / standing if standing else 0.0


@dataclass(frozen=True, slots=True)
class Counts:
    """Facts and sentences as reviewed, plus how the reviewer changed the engine's findings."""

    facts: Tally
    sentences: Tally
    user_links: int = 0  # findings the reviewer added (origin "user"), already in the tallies
    removed: int = 0  # engine findings the reviewer removed as wrong links, not in the tallies
    shared_copy: float = 0.0  # summary.shared_copy: share of the shorter article reprinted by both
    shorter: Side = Side.LEFT  # the article that share is of

    def unit(self, *, sentences: bool) -> Tally:
        """The tally a view filtered to whole sentences (or to facts) should show."""
        return self.sentences if sentences else self.facts


def count_findings(source: SavedComparison | Report) -> Counts:
    """Count the findings of a comparison as reviewed: user links in, removed findings out.

    Given a ``SavedComparison``, any finding whose id is among its ``removed`` is left out even if
    the report still carries it; given a bare ``Report``, its findings are taken as they are.
    """
    saved = source if isinstance(source, SavedComparison) else None
    report = source.report if isinstance(source, SavedComparison) else source
    removed = set(saved.removed) if saved is not None else set()
    findings = [f for f in report.findings if f.id not in removed]
    return Counts(
        facts=_tally(f for f in findings if not f.is_statement),
        sentences=_tally(f for f in findings if f.is_statement),
        user_links=sum(1 for f in findings if f.origin == "user"),
        removed=len(removed),
        shared_copy=report.summary.shared_copy,
        shorter=shorter_side(report.left.document, report.right.document),
    )


def reviewed_findings(source: SavedComparison | Report) -> tuple[Finding, ...]:
    """The findings ``count_findings`` counts, for views that list what they count."""
    if isinstance(source, SavedComparison):
        removed = set(source.removed)
        return tuple(f for f in source.report.findings if f.id not in removed)
    return source.findings


def _tally(findings: Iterable[Finding]) -> Tally:
    kinds: Counter[FindingKind] = Counter()
    dismissed: Counter[FindingKind] = Counter()
    statuses: Counter[ReviewStatus] = Counter()
    shared = [0, 0]  # agreements not independent: total, dismissed
    to_check = [0, 0]  # conflicts to check: total, dismissed
    for f in findings:
        kinds[f.kind] += 1
        if f.kind is FindingKind.AGREE and not f.independent:
            shared[0] += 1
            shared[1] += f.status is ReviewStatus.DISMISSED
        if is_to_check(f):
            to_check[0] += 1
            to_check[1] += f.status is ReviewStatus.DISMISSED
        statuses[f.status] += 1
        if f.status is ReviewStatus.DISMISSED:
            dismissed[f.kind] += 1
    return Tally(
        kinds={k: KindCount(kinds[k], dismissed[k]) for k in FindingKind},
        statuses={s: statuses[s] for s in ReviewStatus},
        shared=KindCount(shared[0], shared[1]),
        to_check=KindCount(to_check[0], to_check[1]),
    )


# --------------------------------------------------------------------------------------- wording


def same_event_judgement(summary: Summary) -> str:
    """ "likely the same event", "possibly the same event" or "probably different events".

    The engine's ``different_events`` notice overrides the score: it has reasons the score lacks.
    """
    if summary.notice(NoticeCode.DIFFERENT_EVENTS) is not None:
        return "probably different events"
    return judgement_for_score(summary.same_event_score)


def judgement_for_score(score: float) -> str:
    if score >= SAME_EVENT_LIKELY:
        return "likely the same event"
    if score >= SAME_EVENT_POSSIBLE:
        return "possibly the same event"
    return "probably different events"


def facts_line(counts: Counts) -> str:
    """ "2 conflicts, 14 corroborated, 9 only left, 6 only right, 1 more dismissed": standing facts;
    "3 conflicts (2 to check)" when the engine is less sure of some; "14 corroborated (11 in
    shared copy)" when some agreements are one passage reprinted."""
    parts = []
    for kind in VERDICT_ORDER:
        n = counts.facts[kind].standing
        one, many = _KIND_WORDS[kind]
        part = f"{n} {one if n == 1 else many}"
        if kind is FindingKind.CONFLICT and counts.facts.to_check.standing:
            part += f" ({counts.facts.to_check.standing} {TO_CHECK_LABEL})"
        if kind is FindingKind.AGREE and counts.facts.shared.standing:
            part += f" ({counts.facts.shared.standing} in shared copy)"
        parts.append(part)
    text = ", ".join(parts)
    dismissed = counts.facts.dismissed
    # Its own item, not "6 only right (1 dismissed)": a parenthesis after the last tally told
    # the reader that a dismissed one-sided left fact was one of the right's.
    return f"{text}, {dismissed} more dismissed" if dismissed else text


def verdict_line(counts: Counts, summary: Summary) -> str:
    """The one line a journalist reads first: shared agency copy when there is much of it, the
    reviewed facts, then same event or not."""
    line = f"{facts_line(counts)}; {same_event_judgement(summary)}"
    clause = shared_copy_clause(counts.shared_copy, counts.shorter, counts.facts.independent)
    return f"{clause}; {line}" if clause else line


def shared_copy_clause(share: float, shorter: Side, independent: int) -> str:
    """ "62% of the right article is the same agency copy as the left; 3 facts are corroborated
    independently", or "" when the articles share less than SHARED_COPY_WORTH_SAYING."""
    if share < SHARED_COPY_WORTH_SAYING:
        return ""
    facts = "1 fact is" if independent == 1 else f"{independent} facts are"
    return (
        f"{share:.0%} of the {shorter.value} article is the same agency copy as the "
        f"{shorter.other.value}; {facts} corroborated independently"
    )


def shared_copy_line(report: Report) -> str:
    """ "Shared copy: 62% of the right article (3 passages, 410 words) ..." or "" when none."""
    passages = report.shared_passages
    if not passages:
        return ""
    words = sum(p.words for p in passages)
    shorter = shorter_side(report.left.document, report.right.document)
    plural = "s" if len(passages) > 1 else ""
    return (
        f"Shared copy: {report.summary.shared_copy:.0%} of the {shorter.value} article "
        f"({len(passages)} passage{plural} both print word for word or nearly, {words} words); "
        "agreements inside them are one source, not independent corroboration"
    )


def shorter_side(left: Document, right: Document) -> Side:
    """The article with fewer words: ``summary.shared_copy`` is a share of its words."""
    return Side.LEFT if word_count(left.text) <= word_count(right.text) else Side.RIGHT


def sentences_line(counts: Counts) -> str:
    """ "Sentences: 12 matched, 3 only left, 5 only right", counted apart from the facts."""
    s = counts.sentences
    text = (
        f"Sentences: {s[FindingKind.AGREE].total} matched, "
        f"{s[FindingKind.LEFT_ONLY].total} only left, {s[FindingKind.RIGHT_ONLY].total} only right"
    )
    if s[FindingKind.CONFLICT].total:
        text += f", {s[FindingKind.CONFLICT].total} in conflict"
    return text


def review_line(counts: Counts) -> str:
    """ "3 of 25 facts reviewed (2 confirmed, 1 dismissed); 0 of 62 sentences"."""

    def progress(tally: Tally, unit: str) -> str:
        text = f"{tally.reviewed} of {tally.total} {unit}"
        parts = [f"{tally.statuses[s]} {s.value}" for s in _REVIEWED if tally.statuses[s]]
        return f"{text} ({', '.join(parts)})" if parts else text

    facts = progress(counts.facts, "facts reviewed")
    if not counts.sentences.total:
        return facts
    return f"{facts}; {progress(counts.sentences, 'sentences')}"
