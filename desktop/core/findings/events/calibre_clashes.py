"""Two bores of the one gun in matching sentences: "used a 9mm handgun" / "used a .45-caliber
handgun".

A calibre names the kind of gun (findings/counts/named_numbers.py keeps it out of the counts), and
two matching sentences that each name one bore name the bore of one weapon: two different bores
contradict each other. A bore is written in inches (".45", "45-caliber") or in millimetres ("9mm"),
and one cartridge has names in both ("10mm" / ".40", "9mm" / ".380"), so two bores are compared by
their width, not their wording; a shotgun's gauge is no width and is left alone. Two bores named
in the same unit are two cartridges' names, however close their widths: ".38" and ".357" (a .38
Special and a .357 Magnum revolver), ".38" and ".380" name two guns, as "9mm" and "10mm" do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.findings import tuning
from desktop.core.findings.bookkeeping.assembly import Draft, aligned_clash, aligned_confidence
from desktop.core.findings.bookkeeping.ledger import Ledger
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.counts.named_numbers import calibres
from desktop.core.model import FindingKind, MentionType, Side

_MM_PER_INCH = 25.4
# The unit word after a bore's figure: "9mm", "9-millimeter", ".45 caliber".
_UNIT = re.compile(r"[\s-]?([A-Za-z]+)")
_MILLIMETRES = frozenset(["mm", "millimeter", "millimetre"])


def calibre_clashes(
    left: Analysis, right: Analysis, pairs: Sequence[SentencePair], ledger: Ledger
) -> list[Draft]:
    drafts = []
    for pair in pairs:
        a = _one_bore(left, pair.left)
        b = _one_bore(right, pair.right)
        if a is None or b is None:
            continue
        fa, fb = (
            _fact(left, pair.left, a[0], ledger, Side.LEFT),
            _fact(right, pair.right, b[0], ledger, Side.RIGHT),
        )
        if fa is None or fb is None:
            continue
        if _two_bores(a, b):
            how = f"the left names a {fa.text!r} gun and the right a {fb.text!r} one."
            drafts.append(aligned_clash(MentionType.QUANTITY, [fa], [fb], how, pair.score))
        else:
            # ".38-caliber" / "38 caliber", "10mm" / ".40": one bore, which no pass reading
            # the bare figures (0.38 against 38) may set against itself.
            why = f"Both name one bore: the left says {fa.text!r}, the right {fb.text!r}."
            drafts.append(
                Draft(
                    FindingKind.AGREE,
                    MentionType.QUANTITY,
                    [fa],
                    [fb],
                    why,
                    aligned_confidence(pair.score),
                )
            )
    return drafts


# A bore: its written span, its width in millimetres, and its name in the unit it is written in
# ("38" for ".38-caliber", "9" for "9mm").
_Bore = tuple[tuple[int, int], float, tuple[str, str]]


def _two_bores(a: _Bore, b: _Bore) -> bool:
    """Whether two bores name two cartridges: two names in one unit, or two widths apart."""
    if a[2][0] == b[2][0]:
        return a[2] != b[2]
    return abs(a[1] - b[1]) > tuning.SAME_BORE_MM


def _one_bore(analysis: Analysis, sentence: int) -> _Bore | None:
    """The sentence's one bore, as its written span, its width in millimetres and its name."""
    text = analysis.document.text
    where = analysis.sentences[sentence]
    found = [(s, e) for s, e in calibres(text) if where.start <= s < where.end]
    if len(found) != 1:
        return None
    start, end = found[0]
    unit = _UNIT.match(text, end)
    word = unit.group(1).lower() if unit else ""
    figure = text[start:end]
    if word in _MILLIMETRES:
        width, name = float(figure), ("mm", str(float(figure)))
    elif word == "gauge":
        return None
    else:
        digits = figure.replace(".", "")
        width, name = float("." + digits) * _MM_PER_INCH, ("in", digits)
    return (start, unit.end() if unit and word in _WIDTH_WORDS else end), width, name


# The unit words kept in the bore's mark ("9mm", ".45-caliber"); a weapon after a bare ".380" is
# not.
_WIDTH_WORDS = _MILLIMETRES | {"caliber", "calibre", "cal"}


def _fact(
    analysis: Analysis, sentence: int, span: tuple[int, int], ledger: Ledger, side: Side
) -> Fact | None:
    """The bore as a fact of its own words; the model's facts inside it share its verdict."""
    inside = [f for f in facts_of(analysis, sentence) if span[0] <= f.start < span[1]]
    if any(ledger.judged(side, f) for f in inside):
        return None
    text = analysis.document.text[span[0] : span[1]]
    fact = Fact(span[0], span[1], text, MentionType.QUANTITY, "", sentence)
    fact.key = f"bore:{text.lower()}"
    if side is Side.LEFT:
        ledger.judge("calibres", left=[*inside, fact])
    else:
        ledger.judge("calibres", right=[*inside, fact])
    return fact
