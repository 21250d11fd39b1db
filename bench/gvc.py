"""Gun Violence Corpus: participants' names linked across articles about one shooting, same-event
separation on hard look-alikes, and whether conflicts on same-incident pairs are right.

Run from the repository root: ``python -m bench.gvc [--verbose] [--limit 20] [--half tune]``.
About 90-100 s for the 120 pairs on 2 cores. ``--wide`` (tune half only) runs every ordered pair
of two articles about one tune incident instead of the listed same-incident pairs (76 pairs, each
both ways), for more conflicts to read; with ``--verbose`` it lists each with its grade.

* A participant is **named in both** articles of a same-incident pair when the surname of a named
  participant of the incident record occurs, capitalised and as a word, in both texts. It is
  **linked** when an agree finding overlaps one of its occurrences on each side, and **split** when
  a left_only fact (not a whole one-sided sentence that happens to mention the person) overlaps an
  occurrence on the left and a right_only fact one on the right, whatever else covers them.
* **Same-event AUC**: ``summary.same_event_score`` of same-incident vs different-incident pairs.
* **Conflicts right**: each conflict on a same-incident pair is judged against the incident record
  (``gvc_facts``, the same rules for both halves): **wrong** when a side is no value at all (a
  phone, street or block number read as a count; "He" or "The" read as a name), when both sides
  give the same value, or when both agree with the record (two people's ages); **right** when the
  values differ and at least one side disagrees with the record's toll, injured count, date,
  participant's age or name, or city and state; **unverifiable** otherwise (clock times, weapons,
  people the record does not list). Share right = right / all conflicts, unverifiable ones
  included; the table prints the unverifiable count. ``--verbose`` lists every conflict with its
  grade and the sentence around each side's quote.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import (
    Engine,
    add_common_args,
    any_overlap,
    corpus_dir,
    get_engine,
    make_document,
    print_table,
    ratio,
    read_jsonl,
    say_no_corpus,
    short,
    spans_text,
)
from bench.gvc_facts import RIGHT, UNVERIFIABLE, WRONG, Incident, judge
from bench.reasons import has_reason_defect
from bench.scoring import auc
from bench.splits import HELD_OUT, TUNE, gvc_incident_half
from bench.table import Cell, Goal, Metric, metrics_by_half, print_halves
from desktop.core.model import Finding, FindingKind, Report, Side, Span, TextRange

# Goals from issue 8.
GOAL_LINKED = Goal(0.9)
GOAL_SPLIT = Goal(0.05, higher_is_better=False)
GOAL_AUC = Goal(0.95)
GOAL_CONFLICTS_RIGHT = Goal(0.7, percent=True)


@dataclass(frozen=True, slots=True)
class Run:
    pair: dict[str, Any]
    half: str
    incident: Incident
    surnames: tuple[str, ...]  # participants' surnames named in both articles (same-event only)
    report: Report | None
    error: str | None

    @property
    def same(self) -> bool:
        return bool(self.pair["same_event"])

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.report.findings if self.report else ()


def occurrences(surname: str, text: str) -> list[TextRange]:
    return [TextRange(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]


def named_in_both(record: dict[str, Any], left: str, right: str) -> tuple[str, ...]:
    surnames = []
    for person in record.get("participants") or []:
        name = (person.get("name") or "").split()
        surname = name[-1] if name else ""
        wanted = len(surname) > 1 and surname[0].isupper() and surname not in surnames
        if wanted and occurrences(surname, left) and occurrences(surname, right):
            surnames.append(surname)
    return tuple(surnames)


def name_state(surname: str, run: Run) -> tuple[bool, bool]:
    """(linked, split) for one participant's surname on one pair."""
    assert run.report is not None
    spots = {side: occurrences(surname, run.report.document(side).document.text) for side in Side}

    def marked(kind: FindingKind, side: Side) -> bool:
        """A one-sided mark on the name itself: a whole sentence the other article does not tell
        may mention the person and still be rightly one-sided, so statements do not count."""
        return any(
            f.kind is kind
            and not f.is_statement
            and any(any_overlap(f.spans(side), o) for o in spots[side])
            for f in run.findings
        )

    linked = any(
        f.kind is FindingKind.AGREE
        and all(any(any_overlap(f.spans(side), o) for o in spots[side]) for side in Side)
        for f in run.findings
    )
    split = marked(FindingKind.LEFT_ONLY, Side.LEFT) and marked(FindingKind.RIGHT_ONLY, Side.RIGHT)
    return linked, split


def texts_of(run: Run) -> list[str]:
    assert run.report is not None
    return [run.report.document(side).document.text for side in Side]


def quote_around(spans: Sequence[Span], text: str) -> str:
    """The sentence-sized stretch of ``text`` around a side's spans, so a verbose listing can be
    graded by hand without opening the article."""
    if not spans:
        return "-"
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    before = max(text.rfind(stop, 0, start) for stop in (". ", "\n"))
    after = min(
        (i for i in (text.find(stop, end) for stop in (". ", "\n")) if i >= 0), default=len(text)
    )
    return text[before + 1 if before >= 0 else 0 : after + 1].strip()


def verdicts(run: Run) -> list[tuple[Finding, str]]:
    if run.report is None or not run.same:
        return []
    texts = texts_of(run)
    return [
        (f, judge(f, texts, run.incident)) for f in run.findings if f.kind is FindingKind.CONFLICT
    ]


# --- running ----------------------------------------------------------------------------------


def load(corpus_gvc: Any) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    articles = {a["id"]: a for a in read_jsonl(corpus_gvc / "articles.jsonl")}
    incidents = {i["incident"]: i for i in read_jsonl(corpus_gvc / "incidents.jsonl")}
    return articles, incidents, read_jsonl(corpus_gvc / "pairs.jsonl")


def run_pairs(
    pairs: Sequence[dict[str, Any]],
    articles: dict[str, Any],
    incidents: dict[str, Any],
    engine: Engine,
) -> list[Run]:
    runs = []
    for pair in pairs:
        left, right = articles[pair["left"]], articles[pair["right"]]
        record = incidents[left["incident"]]
        surnames = named_in_both(record, left["text"], right["text"]) if pair["same_event"] else ()
        docs = [
            make_document(a["id"], a["text"], a.get("title"), a.get("date")) for a in (left, right)
        ]
        try:
            report, error = engine(docs[0], docs[1]), None
        except Exception as exc:  # one crashing pair must not hide the others' figures
            report, error = None, f"{type(exc).__name__}: {exc}"
        half = gvc_incident_half(left["incident"])
        runs.append(Run(pair, half, Incident.from_record(record), surnames, report, error))
    return runs


def every_pair(articles: dict[str, Any]) -> list[dict[str, Any]]:
    """Every ordered pair of two articles about one tune-half incident, listed pairs or not: the
    listed pairs give the tune half too few conflicts to learn from (4), and the engine is not
    symmetric, so each pair runs both ways. Held-out incidents are never paired here."""
    by_incident: dict[str, list[str]] = {}
    for article in articles.values():
        if gvc_incident_half(article["incident"]) == TUNE:
            by_incident.setdefault(article["incident"], []).append(article["id"])
    return [
        {"pair_id": f"W{n:03d}", "left": left, "right": right, "same_event": True}
        for n, (left, right) in enumerate(
            (a, b) for ids in by_incident.values() for a in ids for b in ids if a != b
        )
    ]


def select(
    pairs: list[dict[str, Any]], articles: dict[str, Any], half: str | None, limit: int | None
) -> list[dict[str, Any]]:
    """The pairs of the half(s), at most ``limit`` same and ``limit`` different ones per half."""
    chosen: list[dict[str, Any]] = []
    taken: dict[tuple[str, bool], int] = {}
    for pair in pairs:
        each = gvc_incident_half(articles[pair["left"]]["incident"])
        key = (each, pair["same_event"])
        if (half and each != half) or (limit is not None and taken.get(key, 0) >= limit):
            continue
        taken[key] = taken.get(key, 0) + 1
        chosen.append(pair)
    return chosen


# --- figures ----------------------------------------------------------------------------------


def _cells(runs: Sequence[Run]) -> dict[str, Cell]:
    same = [r for r in runs if r.same and r.report]
    states = [name_state(s, r) for r in same for s in r.surnames]
    linked = sum(s[0] for s in states)
    split = sum(s[1] for s in states)
    judged = [v for r in same for _, v in verdicts(r)]
    right = judged.count(RIGHT)
    scores = [(r.same, r.report.summary.same_event_score) for r in runs if r.report]
    positives = [s for same_event, s in scores if same_event]
    negatives = [s for same_event, s in scores if not same_event]
    agrees = [f for r in runs for f in r.findings if f.kind is FindingKind.AGREE]
    return {
        "names in both linked as agreements": Cell(
            ratio(linked, len(states)), f"{linked}/{len(states)}"
        ),
        "names in both split into two one-sided marks": Cell(
            ratio(split, len(states)), f"{split}/{len(states)}"
        ),
        "GVC same-event AUC": Cell(
            auc(positives, negatives), f"{len(positives)} same/{len(negatives)} diff"
        ),
        "conflicts on same-incident pairs right": Cell(
            ratio(right, len(judged)),
            f"{right}/{len(judged)}; {judged.count(WRONG)} wrong, {judged.count(UNVERIFIABLE)} unverifiable",
        ),
        "conflicts per same-incident pair": Cell(ratio(len(judged), len(same))),
        "GVC agree reasons giving a value one side lacks": Cell(
            sum(has_reason_defect(f) for f in agrees) if runs else None,
            f"of {len(agrees)} agree findings",
        ),
    }


GOALS = {
    "names in both linked as agreements": GOAL_LINKED,
    "names in both split into two one-sided marks": GOAL_SPLIT,
    "GVC same-event AUC": GOAL_AUC,
    "conflicts on same-incident pairs right": GOAL_CONFLICTS_RIGHT,
    "GVC agree reasons giving a value one side lacks": Goal(0, higher_is_better=False),
}
PERCENT = {"conflicts on same-incident pairs right"}


def measure(runs: Sequence[Run]) -> list[Metric]:
    tune = _cells([r for r in runs if r.half == TUNE])
    held = _cells([r for r in runs if r.half == HELD_OUT])
    return metrics_by_half(
        tune, held, GOALS, lambda name: name in PERCENT, lambda name: 3 if "AUC" in name else 2
    )


def print_runs(runs: Sequence[Run], verbose: bool) -> None:
    rows = []
    for r in runs:
        states = [name_state(s, r) for s in r.surnames] if r.report else []
        judged = [v for _, v in verdicts(r)]
        rows.append(
            [
                r.pair["pair_id"],
                r.half,
                "same" if r.same else "different",
                f"{r.report.summary.same_event_score:.3f}" if r.report else "error",
                f"{sum(s[0] for s in states)}/{len(states)}",
                sum(s[1] for s in states),
                f"{judged.count(RIGHT)}/{len(judged)}" if r.same else "",
            ]
        )
    print_table(
        ["pair", "half", "truth", "same_event", "names linked", "split", "conflicts right"], rows
    )
    if not verbose:
        return
    for r in runs:
        for surname in r.surnames:
            linked, split = name_state(surname, r)
            if split or not linked:
                print(f"\n{r.pair['pair_id']}: {surname!r} {'SPLIT' if split else 'not linked'}")
        for f, verdict in verdicts(r):
            print(
                f"\n{r.pair['pair_id']}: {verdict} conflict {f.type}: L={spans_text(f.left)!r} R={spans_text(f.right)!r}"
            )
            print(f"   reason: {short(f.reason, 100)}")
            for side, text in zip(Side, texts_of(r), strict=True):
                print(
                    f"   {side.value[0].upper()}: {short(quote_around(f.spans(side), text), 160)}"
                )


def collect(
    limit: int | None = None, half: str | None = None, verbose: bool = False, wide: bool = False
) -> list[Metric]:
    corpus = corpus_dir() / "gvc"
    if not (corpus / "pairs.jsonl").is_file():
        say_no_corpus(corpus)
        return []
    articles, incidents, pairs = load(corpus)
    name, engine = get_engine()
    print(f"engine: {name}\ncorpus: {corpus}")
    started = time.perf_counter()
    if wide:
        pairs = every_pair(articles) + [p for p in pairs if not p["same_event"]]
        half = TUNE  # the wide run reads tune incidents only, whatever was asked
    runs = run_pairs(select(pairs, articles, half, limit), articles, incidents, engine)
    errors = [r for r in runs if r.error]
    print(
        f"GVC pairs run: {len(runs)} in {time.perf_counter() - started:.0f} s, errors: {len(errors)}"
    )
    for r in errors:
        print(f"  {r.pair['pair_id']}: {r.error}")
    print_runs(runs, verbose)
    return measure(runs)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.gvc", description=__doc__)
    add_common_args(parser)
    parser.add_argument(
        "--limit", type=int, help="same and different pairs per half (default: all)"
    )
    parser.add_argument(
        "--wide",
        action="store_true",
        help="tune half only: every ordered pair of two articles about one incident, both ways",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    metrics = collect(args.limit, args.half, args.verbose, args.wide)
    print_halves("Gun Violence Corpus", metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
