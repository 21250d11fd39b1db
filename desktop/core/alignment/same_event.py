"""Do two articles report the same event? A 0..1 score from a few signals a person can state.

Two reports of one shooting share the victim's name, the street and the time of day; two reports
of two shootings in one state share only the state, the words "police said" and the kind of story.
So the score weighs, each on 0..1:

* **meaning**: how close the two articles are (cosine of their static embedding vectors,
  ``desktop.core.alignment.embed``), as wholes and in their leads, and the share of the shorter
  article's sentences that have a partner in the other (the aligner's pairs);
* **people** and **places** both articles name (linked names), saturating: the first shared
  person says much, the fifth little more;
* **figures**: specific values both give (a full date, also one a part of a day names: "Friday
  afternoon"; a clock time, a figure of two or more digits, an age), as a share of the fewer an
  article gives;
* **publication dates**: reports of one event appear within days of each other, rarely a season
  apart.

The weights are round numbers that sum to 1; they and every constant were set on the *tune* halves
of bench/quality.py (ECB+ same-event AUC), bench/gvc.py (same vs look-alike shootings) and
bench/semeval.py (Pearson with people's "same story" ratings): on the tune halves AUC 1.000
ECB+ and 0.983 GVC, Pearson 0.804 (before the lead: 1.000, 0.981, 0.795; v1's score: 0.965, 0.900,
0.659).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.alignment.align import PAIR_THRESHOLD, SentencePair, coverage
from desktop.core.alignment.embed import EmbeddingTable
from desktop.core.alignment.similarity import similarity
from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.facts import Fact
from desktop.core.findings.quoting.sources import official, speaks
from desktop.core.model import MentionType
from desktop.core.naming.link import NAME_TYPES

# Weights of the signals (they sum to 1, so the score is a weighted mean). The whole-article
# meaning and the shared names carry most: on the GVC tune half, shared people (AUC 0.88) and
# places (0.85) separate look-alike shootings best, on SemEval the article cosine follows people's
# ratings best (Pearson 0.79); sentence partners (0.77 SemEval) and shared figures (0.87 GVC) add
# what the others miss. A grid of 0/1/2 weights over the tune halves put these at the top.
WEIGHT_MEANING = 0.25
WEIGHT_PARTNERS = 0.125
WEIGHT_PEOPLE = 0.25
WEIGHT_PLACES = 0.25
WEIGHT_FIGURES = 0.125
# Added when the two were published within PUBLISHED_CLOSE_DAYS of each other, taken off when
# more than PUBLISHED_APART_DAYS apart (v1's bounds; GVC tune: the gap alone has AUC 0.74).
WEIGHT_PUBLICATION = 0.125
PUBLISHED_CLOSE_DAYS = 3
PUBLISHED_APART_DAYS = 60

# Shared names count with diminishing returns, 1 - exp(-n / saturation): one shared person
# gives 0.63 and two 0.86, while places, often just the city and the state, need twice as many
# (GVC tune: look-alike shootings in one state share the state and often the city).
PEOPLE_SATURATION = 1.0
PLACE_SATURATION = 2.0

# A news report tells its event in the headline and the first sentences and drifts into background
# after, so two reports of one event are closest in their leads: the meaning signal is the mean of
# the whole-article cosine and the cosine of the first LEAD_SENTENCES sentences (the headline, when
# the text carries it, and a two-sentence lead). SemEval tune Pearson 0.795 -> 0.804 (each of two
# hash halves of the tune pairs gains), GVC tune AUC 0.981 -> 0.983, ECB+ 1.000 unchanged.
LEAD_SENTENCES = 3

# A figure this many digits long or longer is specific enough to mark one event ("3500", "16");
# "2" or "1" is in every story. An age is specific whatever its digits: "an 8-year-old boy" and
# "his 5-year-old sister" mark one accidental shooting as "a 25-year-old man" marks another (GVC
# tune AUC 0.994 -> 0.997: two reports of one child's shooting rose, no look-alike pair moved;
# ECB+ tune AUC 1.000 and SemEval tune Pearson 0.804 unchanged).
SPECIFIC_FIGURE_DIGITS = 2
_FIGURE_TYPES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d$")


@dataclass(frozen=True, slots=True)
class SameEventSignals:
    """The signals behind the score, each 0..1 but ``publication`` (-1, 0 or +1)."""

    meaning: float  # mean cosine of the articles' and leads' vectors (partners when no table)
    partners: float  # share of the shorter article's sentences with an aligned partner
    people: int  # people both articles name
    places: int  # places both articles name
    figures: float  # share of specific figures and dates both give
    publication: int  # +1 published within days, -1 a season apart, 0 unknown or between


def same_event_score(signals: SameEventSignals) -> float:
    """The weighted mean of the signals, 0..1, rounded to four places."""
    raw = (
        WEIGHT_MEANING * signals.meaning
        + WEIGHT_PARTNERS * signals.partners
        + WEIGHT_PEOPLE * _saturate(signals.people, PEOPLE_SATURATION)
        + WEIGHT_PLACES * _saturate(signals.places, PLACE_SATURATION)
        + WEIGHT_FIGURES * signals.figures
        + WEIGHT_PUBLICATION * signals.publication
    )
    return round(max(0.0, min(1.0, raw)), 4)


def same_event_signals(
    left: Analysis,
    right: Analysis,
    links: dict[str, str],
    pairs: Sequence[SentencePair],
    table: EmbeddingTable | None,
) -> SameEventSignals:
    """Measure the signals on two analysed articles; without a table, meaning is the partners."""
    partners = coverage(pairs, len(left.sentences), len(right.sentences), floor=PAIR_THRESHOLD)
    meaning = partners if table is None else _article_cosine(left, right, table)
    return SameEventSignals(
        meaning=meaning,
        partners=partners,
        people=_shared_names(left, right, links, MentionType.PERSON),
        places=_shared_names(left, right, links, MentionType.PLACE),
        figures=shared_figures(left.facts, right.facts),
        publication=publication_signal(left, right),
    )


def shared_figures(left: Iterable[Fact], right: Iterable[Fact]) -> float:
    """Share of the specific figures of the article giving fewer that the other gives too."""
    a, b = _specific_figures(left), _specific_figures(right)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def publication_signal(left: Analysis, right: Analysis) -> int:
    if left.reference_date is None or right.reference_date is None:
        return 0
    days = abs((left.reference_date - right.reference_date).days)
    if days <= PUBLISHED_CLOSE_DAYS:
        return 1
    if days > PUBLISHED_APART_DAYS:
        return -1
    return 0


def _saturate(count: int, saturation: float) -> float:
    return 1.0 - math.exp(-count / saturation)


def _article_cosine(left: Analysis, right: Analysis, table: EmbeddingTable) -> float:
    whole = _cosine(table, left.document.text, right.document.text)
    return (whole + _cosine(table, _lead(left), _lead(right))) / 2


def _cosine(table: EmbeddingTable, left: str, right: str) -> float:
    return max(0.0, similarity(table.text_vector(left), table.text_vector(right)))


def _lead(analysis: Analysis) -> str:
    """The first LEAD_SENTENCES sentences; an article no longer than that is all lead."""
    if len(analysis.sentences) <= LEAD_SENTENCES:
        return analysis.document.text
    text = analysis.document.text
    return " ".join(text[s.start : s.end] for s in analysis.sentences[:LEAD_SENTENCES])


def _shared_names(left: Analysis, right: Analysis, links: dict[str, str], kind: MentionType) -> int:
    right_keys = {f.key for f in right.facts if f.type in NAME_TYPES}
    left_keys = {f.key for f in left.facts if f.type is kind}
    shared = [key for key in left_keys if links.get(key) in right_keys]
    if kind is MentionType.PERSON:
        shared = [
            key
            for key in shared
            if not (_spokesperson(left, key) and _spokesperson(right, links[key]))
        ]
    return len(shared)


def _spokesperson(analysis: Analysis, key: str) -> bool:
    """Every mention tells what happened and one names the office it speaks for ("according to
    Officer Jose Marin, a police spokesman", "Marin said"): the agency's voice, heard on every
    incident of its city, is no sign that two reports tell one event. A witness quoted in both
    (no office) and an officer who took part (not only speaking) still count."""
    facts = [f for f in analysis.facts if f.key == key]
    return all(speaks(analysis, f) for f in facts) and any(official(analysis, f) for f in facts)


def _full_day(fact: Fact) -> str:
    day = fact.date
    if day is None or day.year is None or day.month is None or day.day is None:
        return ""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _specific_figures(facts: Iterable[Fact]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for f in facts:
        if f.weak:
            continue
        if f.type is MentionType.DATE and _FULL_DATE.match(f.value):
            out.add(("date", f.value))
        elif f.type is MentionType.TIME and _full_day(f) and not any(c.isdigit() for c in f.value):
            out.add(("date", _full_day(f)))  # "Friday afternoon" names its day as "Friday" does
        elif f.type is MentionType.TIME and any(c.isdigit() for c in f.value):
            out.add(("time", f.value))
        elif f.type in _FIGURE_TYPES and (
            sum(c.isdigit() for c in f.value) >= SPECIFIC_FIGURE_DIGITS
            or f.slot.get("age", 0.0) >= 1.0
        ):
            out.add(("figure", f.value))
    return out
