"""People cards and the timeline on the Gun Violence Corpus: do the cards say what the record says?

Run from the repository root: ``python -m bench.people [--limit N] [--verbose] [--half tune]``.

Each same-incident pair is compared as the app does (parse, analyse, link, align); every article is
judged once, on the first pair it appears in, split tune / held-out by incident (``bench.splits``).

* **Attributes**: a participant of the incident record with a name is *named* in an article when
  its surname is a word of one of the names on that article's side of a card. The card side's ages
  and statuses (killed, injured, arrested: what the record keeps) are checked against the record:
  precision = stated values the record confirms / stated values; recall = the record's values found
  / the record's values for named participants (a lower bound: an article may not give them), and
  the same over the values some sentence naming the participant words (its age figure, or a
  death, injury or arrest word: a rough upper bound, as the word may be about someone else).
* **Incident day**: among articles whose own date is known, the share whose timeline has a row on
  the incident's day; and the same among articles whose text could place it (names the incident's
  weekday, its month and day, or today / yesterday / last night).
"""

from __future__ import annotations

import argparse
import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bench.common import (
    corpus_dir,
    load_pipeline,
    make_document,
    read_jsonl,
    say_no_corpus,
)
from bench.gvc_facts import DEATH_WORDS, INJURY_WORDS
from bench.splits import HALVES, HELD_OUT, TUNE, gvc_incident_half
from bench.table import Cell, Goal, Metric, print_halves

GOAL_PRECISION, GOAL_RECALL, GOAL_DAY = 0.85, 0.7, 0.8
RECORD_STATUSES = {"killed", "injured", "arrested"}
# The card's statuses in the record's vocabulary. The record has no "charged": the archive marks a
# suspect charged in the shooting "Arrested", so a card's "charged" is read as "arrested".
AS_RECORD = {
    "killed": "killed",
    "injured": "injured",
    "arrested": "arrested",
    "charged": "arrested",
}
ARREST_WORDS = {"arrested", "arrest", "custody", "booked", "jailed", "charged"}
_RELATIVE_DAY = re.compile(r"\b(today|yesterday|last night|this morning|tonight)\b", re.I)


@dataclass(slots=True)
class Tally:
    stated: int = 0
    right: int = 0
    gold: int = 0
    found: int = 0
    said: int = 0  # record values a sentence naming the participant words
    found_said: int = 0
    dated: int = 0
    placed: int = 0
    placeable: int = 0
    placed_placeable: int = 0
    misses: list[str] = field(default_factory=list)


def gold_attributes(participant: dict[str, Any]) -> set[tuple[str, str]]:
    gold = {("status", s.strip().lower()) for s in (participant.get("status") or "").split(",")}
    gold = {g for g in gold if g[1] in RECORD_STATUSES}
    if participant.get("age") is not None:
        gold.add(("age", str(int(participant["age"]))))
    return gold


def surname(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".").lower() not in {"jr", "sr", "ii", "iii"}]
    return words[-1].lower() if words else ""


def text_places_day(text: str, day: date) -> bool:
    lower = text.lower()
    if calendar.day_name[day.weekday()].lower() in lower or _RELATIVE_DAY.search(text):
        return True
    month = calendar.month_name[day.month].lower()
    return bool(re.search(rf"\b({month}|{month[:3]}\.?)\s+{day.day}\b", lower))


def _names_word(side: Any, word: str) -> bool:
    return any(word in n.lower().replace(",", " ").split() for n in side.names)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def _words(sentence: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", sentence.lower()))


def worded_near(value: tuple[str, str], surname_word: str, text: str) -> bool:
    """Does some sentence naming the participant word this record value? (The bench's own word
    lists, from ``gvc_facts``, so the engine is not graded with its own.)"""
    kind, said = value
    cues = {"killed": DEATH_WORDS, "injured": INJURY_WORDS, "arrested": ARREST_WORDS}
    for sentence in _sentences(text):
        words = _words(sentence)
        if surname_word not in words:
            continue
        if (kind == "age" and said in words) or (kind == "status" and words & cues[said]):
            return True
    return False


def judge_side(
    cards: Any, side: str, incident: dict[str, Any], tally: Tally, verbose: bool, text: str
) -> None:
    participants = incident.get("participants") or []
    for participant in participants:
        name = participant.get("name")
        if not name or not surname(name):
            continue
        wanted, first = surname(name), name.split()[0].lower()
        named = [getattr(c, side) for c in cards if _names_word(getattr(c, side), wanted)]
        hits = [s for s in named if _names_word(s, first)]
        if not hits and sum(surname(p.get("name") or "") == wanted for p in participants) == 1:
            hits = named  # only one participant of that surname: "Smith" is them
        if not hits:
            continue
        stated = {(a.kind, a.value) for s in hits for a in s.attributes if a.kind == "age"} | {
            (a.kind, AS_RECORD[a.value])
            for s in hits
            for a in s.attributes
            if a.kind == "status" and a.value in AS_RECORD
        }
        gold = gold_attributes(participant)
        tally.stated += len(stated)
        tally.right += len(stated & gold)
        tally.gold += len(gold)
        tally.found += len(gold & stated)
        worded = {g for g in gold if worded_near(g, wanted, text)}
        tally.said += len(worded)
        tally.found_said += len(worded & stated)
        if verbose and stated - gold:
            tally.misses.append(f"{name}: said {sorted(stated - gold)} record {sorted(gold)}")
        if verbose and gold - stated:
            said_where = [s for s in _sentences(text) if wanted in _words(s)]
            tally.misses.append(
                f"{name}: MISSED {sorted(gold - stated)} (worded: {sorted(worded - stated)})"
                f" found {sorted(stated)}"
                + "".join(f"\n      | {' '.join(s.split())[:300]}" for s in said_where[:6])
            )


def run(limit: int | None, verbose: bool, half: str | None = None) -> dict[str, Tally]:
    from desktop.core.alignment.align import align, score_matrix
    from desktop.core.compare import _parse
    from desktop.core.datetimes.timeline import timeline
    from desktop.core.extraction.extract import analyse
    from desktop.core.naming.link import link_names
    from desktop.core.persons.people import person_cards

    gvc = corpus_dir() / "gvc"
    articles = {a["id"]: a for a in read_jsonl(gvc / "articles.jsonl")}
    incidents = {i["incident"]: i for i in read_jsonl(gvc / "incidents.jsonl")}
    pairs = [p for p in read_jsonl(gvc / "pairs.jsonl") if p["same_event"]][:limit]
    nlp = load_pipeline()
    tallies = {half: Tally() for half in HALVES}
    seen: set[str] = set()
    for pair in pairs:
        left, right = articles[pair["left"]], articles[pair["right"]]
        if half and half not in {gvc_incident_half(a["incident"]) for a in (left, right)}:
            continue  # only the asked half is parsed and judged
        docs = [
            make_document(a["id"], a["text"], a.get("title"), a.get("date")) for a in (left, right)
        ]
        parsed = _parse([d.text for d in docs], nlp, None, None)
        la, ra = analyse(docs, parsed)
        links = link_names(la.facts, ra.facts)
        cards = person_cards(la, ra, links, *parsed)
        rows = timeline(la, ra, align(score_matrix(la, ra, links)))
        for side, article, analysis in (("left", left, la), ("right", right, ra)):
            if article["id"] in seen or (half and gvc_incident_half(article["incident"]) != half):
                continue
            seen.add(article["id"])
            incident = incidents[article["incident"]]
            tally = tallies[gvc_incident_half(article["incident"])]
            judge_side(cards, side, incident, tally, verbose, analysis.document.text)
            if analysis.reference_date is None or not incident.get("date"):
                continue
            day = date.fromisoformat(incident["date"])
            placed = any(e.when[:10] == day.isoformat() and getattr(e, side) for e in rows)
            placeable = text_places_day(analysis.document.text, day)
            tally.dated += 1
            tally.placed += placed
            tally.placeable += placeable
            tally.placed_placeable += placed and placeable
    return tallies


def _cell(num: int, den: int) -> Cell:
    return Cell(num / den if den else None, f"{num}/{den}")


# (name, goal, numerator, denominator) of each figure, read off a half's tally.
FIGURES: tuple[tuple[str, Goal | None, Callable[[Tally], tuple[int, int]]], ...] = (
    ("person age+status precision", Goal(GOAL_PRECISION), lambda t: (t.right, t.stated)),
    ("person age+status recall (lower bound)", Goal(GOAL_RECALL), lambda t: (t.found, t.gold)),
    ("  where a sentence naming them says it", None, lambda t: (t.found_said, t.said)),
    ("incident day on timeline", None, lambda t: (t.placed, t.dated)),
    ("  where the text places it", Goal(GOAL_DAY), lambda t: (t.placed_placeable, t.placeable)),
)


def measure(tallies: dict[str, Tally]) -> list[Metric]:
    return [
        Metric(name, goal, _cell(*count(tallies[TUNE])), _cell(*count(tallies[HELD_OUT])))
        for name, goal, count in FIGURES
    ]


def collect(
    limit: int | None = None, verbose: bool = False, half: str | None = None
) -> list[Metric]:
    """The figures as ``bench.table`` rows (``bench.run_all`` prints them with every bench's);
    ``half`` judges only that half (the other column is then empty)."""
    if not (corpus_dir() / "gvc").is_dir():
        say_no_corpus(corpus_dir())
        return []
    tallies = run(limit, verbose, half)
    if verbose:
        # Only the tune half's misses: the held-out articles stay unread (bench/splits.py).
        for miss in tallies[TUNE].misses:
            print(f"  [{TUNE}] {miss}")
    return measure(tallies)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="first N same-incident pairs")
    parser.add_argument("--verbose", action="store_true", help="list the tune half's misses")
    parser.add_argument("--half", choices=HALVES, default=None, help="judge only this half")
    args = parser.parse_args(argv)
    metrics = collect(args.limit, args.verbose, args.half)
    print_halves("People cards and timeline (GVC)", metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
