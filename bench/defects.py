"""Defects a journalist sees at a glance, counted without gold: the count carries to unseen pairs
because it needs no writer's lines, only the report and its two texts.

* **A** an agree finding whose reason says both articles give a value one of them does not
  (``bench.reasons`` does the checking).
* **B** a conflict whose two sides give the same value once normalised (the same number with the
  same counted noun, the same two-or-more-word name, the same calendar day) or the same words: a
  red mark against itself.
* **C** a one-sided mark (a name, a figure, a date, a place) whose value the other article gives in
  an equal normal form somewhere: "not in the other article" over a fact it does tell. Not all are
  defects (the same number counting another thing), so a sample is judged by hand. A place the
  other article gives more precisely (the mark says "Greece", the other "Athens") is listed as C
  too, tagged ``inside``.

Values are the engine's own: each mention's ``value`` (folded names, ISO days, plain numbers), the
gazetteer's containment, and the counted noun the figure readers use (``counted_noun``).

    PYTHONPATH=. python -m bench.defects POOL_FILE [...] --half work|aside [--verbose] [--out F]

A pool file is what ``draw_pool49.py`` prints: ``work|aside LEFT RIGHT`` a line.
"""

from __future__ import annotations

import argparse
import calendar
import json
import pickle
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.reasons import reason_defects
from desktop.core.locations.places import within
from desktop.core.model import Finding, FindingKind, Mention, MentionType, Report, Side
from desktop.core.naming.names import fold, place_key

# The counted noun of a mention on a side ("" when the figure counts no noun or none is known).
CountedNoun = Callable[[Side, Mention], str]

ONE_SIDED = {FindingKind.LEFT_ONLY: Side.LEFT, FindingKind.RIGHT_ONLY: Side.RIGHT}
FIGURES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)
NAMES = frozenset({MentionType.PERSON, MentionType.ORGANISATION, MentionType.EVENT})
CHECKED = FIGURES | NAMES | {MentionType.PLACE, MentionType.DATE}
WORDED = frozenset({MentionType.QUOTE, MentionType.STATEMENT})
# Only a calendar day or a weekday is "the same day": a bare month or year repeats too easily to be
# one telling. Articles without a date of their own leave weekdays unresolved ("Friday").
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEKDAYS = frozenset(calendar.day_name)


@dataclass(frozen=True, slots=True)
class Defect:
    """One defect: its kind (A, B, C), the finding's id and kind, the quote on each side and what
    the tool read (for C, the other article's mention and its sentence)."""

    code: str
    finding: str
    kind: str
    type: str
    left: str
    right: str
    note: str


def no_counted_noun(side: Side, mention: Mention) -> str:
    return ""


# --- A -----------------------------------------------------------------------------------------


def agree_reason_marks(report: Report) -> list[Defect]:
    out = []
    for finding in report.findings:
        for d in reason_defects(finding):
            note = f"'{d.value}' missing on {d.missing_on.value}; reason: {finding.reason}"
            out.append(_defect("A", finding, note))
    return out


# --- B -----------------------------------------------------------------------------------------


def self_conflicts(report: Report, counted: CountedNoun = no_counted_noun) -> list[Defect]:
    out = []
    for finding in report.findings:
        if finding.kind is not FindingKind.CONFLICT:
            continue
        words = [_words(" ".join(s.text for s in finding.spans(side))) for side in Side]
        if words[0] and words[0] == words[1]:
            out.append(_defect("B", finding, "same words"))
            continue
        keys = [_keys(report, finding, side, counted) for side in Side]
        if keys[0] and keys[0] == keys[1]:
            out.append(_defect("B", finding, f"same value {sorted(keys[0])}"))
    return out


def _keys(report: Report, finding: Finding, side: Side, counted: CountedNoun) -> set[str]:
    """The normal forms of the finding's values on one side: its mentions inside its spans."""
    return {
        key for m in _mentions_in(report, finding, side) if (key := value_key(m, counted(side, m)))
    }


# --- C -----------------------------------------------------------------------------------------


def told_elsewhere(report: Report, counted: CountedNoun = no_counted_noun) -> list[Defect]:
    """One-sided marks whose value the other article gives in an equal normal form."""
    out = []
    for finding in report.findings:
        side = ONE_SIDED.get(finding.kind)
        if side is None or finding.type not in CHECKED:
            continue
        hit = _other_telling(report, finding, side, counted) or _loose_telling(
            report, finding, side
        )
        if hit is not None:
            out.append(hit)
    return out


def _other_telling(
    report: Report, finding: Finding, side: Side, counted: CountedNoun
) -> Defect | None:
    other = side.other
    names = full_names(report, side)
    other_names = full_names(report, other)
    for m in _mentions_in(report, finding, side):
        if m.type is MentionType.PERSON:
            mine = person_names(m, names)
            for o in report.document(other).mentions:
                if o.type is MentionType.PERSON and mine & person_names(o, other_names):
                    return _told(report, finding, other, o, "same full name")
            continue
        key = value_key(m, counted(side, m))
        for o in report.document(other).mentions:
            if key and o.type in _same_family(m.type) and value_key(o, counted(other, o)) == key:
                return _told(report, finding, other, o, f"same value {key}")
            if (
                m.type is MentionType.PLACE
                and o.type is MentionType.PLACE
                and within(o.value, m.value)
            ):
                return _told(report, finding, other, o, "inside")
    return None


def _loose_telling(report: Report, finding: Finding, side: Side) -> Defect | None:
    """``C~``: the same figure whatever it counts, or the same one-word name or surname. Looser
    than C and mostly fair marks (another "two", another Smith); listed to be judged by hand."""
    other = side.other
    for m in _mentions_in(report, finding, side):
        for o in report.document(other).mentions:
            if o.type not in _same_family(m.type):
                continue
            if m.type in FIGURES and o.value == m.value:
                return _told(report, finding, other, o, "loose: same figure", "C~")
            if (
                m.type in NAMES
                and _last_word(m.value)
                and _last_word(m.value) == _last_word(o.value)
            ):
                return _told(report, finding, other, o, "loose: same last word", "C~")
    return None


def _last_word(name: str) -> str:
    words = fold(name).split()
    return words[-1] if words else ""


def _same_family(kind: MentionType) -> frozenset[MentionType]:
    return FIGURES if kind in FIGURES else frozenset({kind})


def full_names(report: Report, side: Side) -> dict[str, set[str]]:
    """Each person cluster's two-or-more-word names on one side: "Lopez" later in an article is
    the "Maria Lopez" its cluster first named."""
    out: dict[str, set[str]] = {}
    for m in report.document(side).mentions:
        if m.type is MentionType.PERSON:
            out.setdefault(m.entity, set()).update(_multiword(m.text))
    return out


def person_names(mention: Mention, names: dict[str, set[str]]) -> set[str]:
    """A person mention's full names: its own words when they are two or more, else its
    cluster's full names ending in its word when there is exactly one. A mention's ``value`` is
    its cluster's name and the engine may cluster two Pages, so the words of the text decide."""
    own = _multiword(mention.text)
    if own:
        return own
    word = fold(mention.text)
    cluster = {n for n in names.get(mention.entity, set()) if n.split()[-1] == word}
    return cluster if len(cluster) == 1 else set()


def _multiword(name: str) -> set[str]:
    folded = fold(name)
    return {folded} if len(folded.split()) >= 2 else set()


def value_key(mention: Mention, noun: str) -> str:
    """A mention's normal form, or "" when it is too loose to stand for one telling: a one-word
    name, a month or year without its day, a bare figure counting no known noun."""
    kind = mention.type
    if kind in FIGURES:
        return f"{mention.value}|{noun}" if noun else ""
    if kind is MentionType.DATE:
        day = ISO_DAY.match(mention.value) or mention.value in WEEKDAYS
        return f"day:{mention.value}" if day else ""
    if kind is MentionType.PLACE:
        return "place:" + place_key(mention.value)
    if kind in NAMES:
        folded = fold(mention.value)
        return f"{kind.value}:{folded}" if len(folded.split()) >= 2 else ""
    return ""


# --- shared -------------------------------------------------------------------------------------


def _mentions_in(report: Report, finding: Finding, side: Side) -> list[Mention]:
    spans = finding.spans(side)
    kinds = _same_family(finding.type) if finding.type in CHECKED else CHECKED
    return [
        m
        for m in report.document(side).mentions
        if m.type in kinds and any(s.start < m.end and m.start < s.end for s in spans)
    ]


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def _quote(finding: Finding, side: Side) -> str:
    return " | ".join(s.text for s in finding.spans(side))


def _defect(code: str, finding: Finding, note: str) -> Defect:
    return Defect(
        code,
        finding.id,
        finding.kind.value,
        finding.type.value,
        _quote(finding, Side.LEFT),
        _quote(finding, Side.RIGHT),
        note,
    )


def _told(
    report: Report, finding: Finding, other: Side, mention: Mention, why: str, code: str = "C"
) -> Defect:
    text = report.document(other).document.text
    sentence = next(
        (
            text[s.start : s.end]
            for s in report.document(other).sentences
            if s.start <= mention.start < s.end
        ),
        "",
    )
    quotes = {
        other: f"{mention.text} «{sentence.strip()}»",
        other.other: _quote(finding, other.other),
    }
    return Defect(
        code,
        finding.id,
        finding.kind.value,
        finding.type.value,
        quotes[Side.LEFT],
        quotes[Side.RIGHT],
        why,
    )


def pair_defects(report: Report, counted: CountedNoun = no_counted_noun) -> list[Defect]:
    return [
        *agree_reason_marks(report),
        *self_conflicts(report, counted),
        *told_elsewhere(report, counted),
    ]


# --- running on a pool -------------------------------------------------------------------------


def pool_parser(prog: str, description: str | None, listed: str) -> argparse.ArgumentParser:
    """The arguments every pool bench takes: pool files, the half, and --verbose to list."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("pools", nargs="+")
    parser.add_argument("--half", choices=("work", "aside"), required=True)
    parser.add_argument("--verbose", action="store_true", help=f"list each {listed} (work half)")
    return parser


def parse_pool_args(
    parser: argparse.ArgumentParser, argv: Sequence[str] | None
) -> argparse.Namespace:
    """The arguments, refusing to list the aside half: it is the report figure, counted only."""
    args = parser.parse_args(argv)
    if args.verbose and args.half == "aside":
        raise SystemExit("the aside half is counted, not read: --verbose is for the work half")
    return args


def read_pool(paths: Iterable[str], half: str) -> list[tuple[str, str]]:
    """The pairs of one half of the pool files, each once, in order."""
    pairs: list[tuple[str, str]] = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == half and (parts[1], parts[2]) not in pairs:
                pairs.append((parts[1], parts[2]))
    return pairs


def spacy_counted(report: Report) -> CountedNoun:
    """The engine's counted-noun reader over the two texts, parsed once each."""
    from bench.common import load_pipeline
    from desktop.core.figures.counted.figure_tolls import counted_noun

    nlp = load_pipeline()
    docs = {side: nlp(report.document(side).document.text) for side in Side}

    def noun(side: Side, mention: Mention) -> str:
        span = docs[side].char_span(mention.start, mention.end, alignment_mode="expand")
        return counted_noun(span) if span is not None else ""

    return noun


def pool_reports(
    pairs: Sequence[tuple[str, str]], cache: str | None = None
) -> Iterator[tuple[str, Report]]:
    """Each pool pair's name ("LEFT RIGHT") and report. ``cache``: a folder keeping each pair's
    report (pickled), so a second look at the same code skips the engine (loaded only when a
    report is missing); leave it out to measure a change."""
    from bench.common import article_document, found_corpus, get_engine
    from bench.gold_articles import gold_articles

    corpus = found_corpus()
    if corpus is None:
        raise SystemExit("no corpus")
    articles = gold_articles(corpus)
    engine = None
    for left, right in pairs:
        kept = Path(cache) / f"{left}__{right}.pickle" if cache else None
        if kept is not None and kept.is_file():
            report = pickle.loads(kept.read_bytes())
        else:
            if engine is None:
                _, engine = get_engine()
            report = engine(article_document(articles[left]), article_document(articles[right]))
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(pickle.dumps(report))
        yield f"{left} {right}", report


def run(pairs: Sequence[tuple[str, str]], cache: str | None = None) -> dict[str, list[Defect]]:
    return {
        pair: pair_defects(report, spacy_counted(report))
        for pair, report in pool_reports(pairs, cache)
    }


def summary(found: dict[str, list[Defect]]) -> str:
    counts = Counter(d.code for ds in found.values() for d in ds)
    pairs_with = Counter(code for ds in found.values() for code in {d.code for d in ds})
    inside = sum(d.note == "inside" for ds in found.values() for d in ds)
    return (
        f"pairs {len(found)}: A {counts['A']} ({pairs_with['A']} pairs), "
        f"B {counts['B']} ({pairs_with['B']} pairs), C {counts['C']} ({pairs_with['C']} pairs; "
        f"{inside} of them a place told more precisely), loose C~ {counts['C~']} "
        f"({pairs_with['C~']} pairs)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = pool_parser("python -m bench.defects", __doc__, "defect")
    parser.add_argument("--out", help="write every defect as JSON lines")
    parser.add_argument("--cache", help="a folder keeping each pair's report between runs")
    args = parse_pool_args(parser, argv)
    found = run(read_pool(args.pools, args.half), args.cache)
    if args.verbose:
        for pair, defects in found.items():
            for d in defects:
                print(
                    f"{pair} {d.code} {d.kind}/{d.type} [{d.note}]\n  L: {d.left}\n  R: {d.right}"
                )
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for pair, defects in found.items():
                for d in defects:
                    fh.write(json.dumps({"pair": pair, **asdict(d)}) + "\n")
    print(summary(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
