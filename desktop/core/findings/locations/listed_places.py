"""A list of places told with one place changed: "The pirates are from Somalia and Yemen" /
"the pirates were from Lisbon and Yemen".

Two aligned sentences that each list places after the same preposition ("from", "in", "to")
answer one question with a list. When the lists are as long, share every place but one, and the
one left over differs on each side (neither lying in or near the other), the two articles give
that one answer differently. The shared place shows the lists are one list, whatever else each
article says about the changed place elsewhere ("Somalian waters"). A place the other article
writes anywhere leaves room for both (a list told in two parts), and nothing is said.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact, Token
from desktop.core.extraction.text_search import written_alone
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.locations.locative import one_scene
from desktop.core.findings.locations.place_clash import may_clash
from desktop.core.lexicon.place_lists import LIST_JOINERS, LIST_PREPOSITIONS
from desktop.core.locations.places import is_known_place
from desktop.core.model import FindingKind, MentionType, Side

# One list: the preposition before it and its places in order.
_List = tuple[str, list[Fact]]


def listed_place_conflicts(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    if not pairs:
        return []
    ours, theirs = _lists(left), _lists(right)
    drafts: list[Draft] = []
    for pair in pairs:
        for word_a, list_a in ours.get(pair.left, []):
            for word_b, list_b in theirs.get(pair.right, []):
                found = _one_changed(word_a, list_a, word_b, list_b)
                if found is None:
                    continue
                fa, fb = found
                if (
                    ledger.judged(Side.LEFT, fa)
                    or ledger.judged(Side.RIGHT, fb)
                    or written_alone(fa.text, right.document.text)
                    or written_alone(fb.text, left.document.text)
                    or not may_clash((left, fa), (right, fb))
                ):
                    continue
                ledger.judge("listed place", [fa], [fb])
                drafts.append(
                    Draft(
                        FindingKind.CONFLICT,
                        MentionType.PLACE,
                        [fa],
                        [fb],
                        f"The two articles give one list of places with one place changed: the "
                        f"left says {word_a} {_joined(left, list_a)!r}, the right {word_b} "
                        f"{_joined(right, list_b)!r}.",
                        tuning.LISTED_PLACE_CONFIDENCE,
                    )
                )
    return drafts


def _one_changed(
    word_a: str, list_a: list[Fact], word_b: str, list_b: list[Fact]
) -> tuple[Fact, Fact] | None:
    """The two lists ask one question, are as long, and differ in one place that is two scenes."""
    if word_a != word_b or len(list_a) != len(list_b):
        return None
    if list_a[0].step != list_b[0].step:
        return None  # "arrested in Dallas, Texas" / "shot in Fort Worth, Texas": two questions
    keys_a, keys_b = {f.key for f in list_a}, {f.key for f in list_b}
    only_a = [f for f in list_a if f.key not in keys_b]
    only_b = [f for f in list_b if f.key not in keys_a]
    if len(only_a) != 1 or len(only_b) != 1 or not keys_a & keys_b:
        return None
    fa, fb = only_a[0], only_b[0]
    if one_scene(fa.key, fb.key):
        return None  # "from Somalia and Yemen" / "from Mogadishu and Yemen": one place, finer
    return fa, fb


def _lists(analysis: Analysis) -> dict[int, list[_List]]:
    """Each sentence's lists of two or more known places joined by commas, "and" or "or",
    after a preposition of place."""
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for fact in analysis.facts:
        if fact.type is MentionType.PLACE and not fact.weak and is_known_place(fact.key):
            by_sentence[fact.sentence].append(fact)
    out: dict[int, list[_List]] = {}
    for i, places in by_sentence.items():
        if len(places) < 2:
            continue
        tokens = analysis.sentence_tokens[i]
        runs: list[list[Fact]] = []
        for place in sorted(places, key=lambda f: f.start):
            if runs and _joined_to(tokens, runs[-1][-1], place):
                runs[-1].append(place)
            else:
                runs.append([place])
        found = [(word, run) for run in runs if len(run) > 1 and (word := _before(tokens, run[0]))]
        if found:
            out[i] = found
    return out


def _joined_to(tokens: Sequence[Token], before: Fact, after: Fact) -> bool:
    between = [t for t in tokens if before.end <= t.start and t.end <= after.start]
    return bool(between) and all(t.lower in LIST_JOINERS for t in between)


def _before(tokens: Sequence[Token], first: Fact) -> str:
    """The preposition standing right before the list, or "" ("the" may stand between)."""
    words = [t.lower for t in tokens if t.end <= first.start]
    if words and words[-1] == "the":
        words.pop()
    return words[-1] if words and words[-1] in LIST_PREPOSITIONS else ""


def _joined(analysis: Analysis, places: list[Fact]) -> str:
    return analysis.document.text[places[0].start : places[-1].end]
