"""Edit detection: compare real articles with copies of themselves carrying known, planted changes.

Each picked article gets one person's surname, one place, one number and one date changed, and one
sentence deleted. A perfect engine reports each change as a ``conflict`` on exactly those spans, the
deleted sentence as ``left_only``, and nothing else. Run from the repository root:
``python -m bench.edits [--verbose] [--count 8]``.
"""

from __future__ import annotations

import argparse
import calendar
import dataclasses
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bench.common import (
    Engine,
    add_common_args,
    any_overlap,
    article_document,
    corpus_available,
    corpus_dir,
    document_builder_name,
    fmt,
    get_engine,
    inside,
    load_articles,
    load_pipeline,
    meets,
    pct,
    print_heading,
    print_table,
    ratio,
    sample_documents,
    say_engine_not_ready,
    short,
    spans_text,
)
from desktop.core.model import Document, Finding, FindingKind, Report, TextRange

GOAL_RECALL = 0.9
GOAL_PRECISION = 0.9
MIN_WORDS = 300
MIN_SENTENCE_WORDS = 6  # shorter "sentences" are headlines, datelines and bylines

CHANGE_KINDS = ("person", "place", "number", "date")
DELETION = "deletion"


def _names(listing: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in listing.split(","))


# Replacement pools: common, unambiguous names so the edited text still reads like news.
SURNAMES = _names("Hartley, Brennan, Okafor, Lindqvist, Moreau, Castillo, Whitaker, Nakamura")
COUNTRIES = _names(
    "France, Germany, Brazil, Canada, Japan, Kenya, Spain, Australia, India, Mexico, Italy, "
    "Egypt, Turkey, Iran, China, Russia, Pakistan, Indonesia, Greece, Chile, Peru, Norway, "
    "Poland, Nigeria"
)
US_STATES = _names(
    "Texas, California, Ohio, Florida, Oregon, Georgia, Arizona, Nevada, Michigan, Virginia, "
    "Colorado, Utah, Kansas, Iowa, Maine, Alabama, New York, New Jersey, Washington, "
    "Illinois, Indiana, Tennessee"
)
# Recognised as places without further checks (a superset of the pools above).
EXTRA_PLACES = _names(
    "London, Paris, Berlin, Rome, Madrid, Moscow, Beijing, Tokyo, Delhi, Mumbai, Cairo, "
    "Tehran, Baghdad, Kabul, Islamabad, Jakarta, Sydney, Los Angeles, Chicago, Houston, "
    "Miami, Atlanta, San Francisco, Hollywood, Dubai, Somalia, Yemen, Iraq, Afghanistan, "
    "Israel, England, Britain, Ireland, Scotland, Philippines, Vietnam, Thailand, Malaysia, "
    "Sri Lanka, Bangladesh, Saudi Arabia, Syria, Libya, Sudan, Ethiopia, Uganda, Ghana, "
    "South Africa, Argentina, Colombia, Cuba, Haiti, Venezuela, Ukraine, Sweden, Finland, "
    "Denmark, Netherlands, Belgium, Switzerland, Austria, Portugal, New Zealand, Oman, "
    "Qatar, Kuwait, Jordan, Lebanon, Turkmenistan, Kazakhstan, Uzbekistan, Mumbai, Karachi, "
    "Lagos, Nairobi, Seoul, Hong Kong, Singapore"
)
CITIES = _names(
    "Denver, Lisbon, Toronto, Marseille, Osaka, Melbourne, Seattle, Hamburg, Dallas, "
    "Manchester, Boston, Phoenix"
)
KNOWN_PLACES = {*COUNTRIES, *US_STATES, *CITIES, *EXTRA_PLACES}
PLACE_WORDS = set(
    _names(
        "Springs, City, County, Valley, Lake, Beach, Park, Island, Bay, "
        "Hills, Falls, Heights, Street, Road, River, Mountain"
    )
)
NAME_SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}
NUMBER_WORDS = _names(
    "zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, "
    "thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen, twenty"
)
MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
WEEKDAYS = tuple(calendar.day_name)

_MONTH_RE = "|".join(sorted([*MONTHS, *MONTH_ABBR], key=len, reverse=True))
DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH_RE})(?P<dot>\.?) (?P<day>\d{{1,2}})(?P<sfx>st|nd|rd|th)?\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTH_RE})(?P<dot>\.?)"),
    re.compile(r"\b(?P<m>\d{1,2})/(?P<day>\d{1,2})/(?P<y>\d{2,4})\b"),
    re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)\b"),
)
NUMBER_RE = re.compile(
    rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{'|'.join(NUMBER_WORDS[2:])}))\b"
)


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str
    original: TextRange  # in the original text
    before: str
    after: str = ""
    new: TextRange | None = None  # in the edited text; None for the deletion
    entities: tuple[TextRange, ...] = ()  # deletion only: entities in the deleted sentence


@dataclass(frozen=True, slots=True)
class Case:
    original: Document
    edited: Document
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    report: Report | None
    error: str | None
    detected: dict[str, bool]
    coverage: float | None  # share of the deleted sentence's entities flagged left_only
    flagged: int  # non-agree findings
    flagged_right: int  # ...that correspond to an edit
    false_flags: tuple[Finding, ...]

    @property
    def recall(self) -> float | None:
        return ratio(sum(self.detected.values()), len(self.detected))

    @property
    def precision(self) -> float | None:
        return ratio(self.flagged_right, self.flagged)


# --- choosing replacements --------------------------------------------------------------------


def _pick(pool: Sequence[str], seed: str, text: str, original: str) -> str | None:
    """A deterministic pick from ``pool`` that the text never mentions, so the change is unique."""
    start = zlib.crc32(seed.encode())
    for i in range(len(pool)):
        candidate = pool[(start + i) % len(pool)]
        if candidate.lower() != original.lower() and candidate.lower() not in text.lower():
            return candidate
    return None


def replace_person(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Swap the surname (last word) of a person's name: the first name stays plausible."""
    words = ent.text.split()
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    last = words[-1]
    if last in NAME_SUFFIXES or len(last) < 3 or ent.text.isupper():
        return None
    new = _pick(SURNAMES, seed, text, last)
    if new is None:
        return None
    start = ent.end_char - len(last)
    return start, ent.end_char, new


def replace_place(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Country for country, state for state, else a well-known city: the sentence stays sensible."""
    name = ent.text
    if not re.fullmatch(r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*", name):
        return None
    if text[max(0, ent.start_char - 4) : ent.start_char].lower() == "the ":
        return None  # "the United States" -> "the France" would not read
    pool = COUNTRIES if name in COUNTRIES else US_STATES if name in US_STATES else CITIES
    new = _pick(pool, seed, text, name)
    return None if new is None else (ent.start_char, ent.end_char, new)


def _number_text(value: float, like: str) -> str:
    if "." in like:
        return f"{value:.{len(like.split('.')[1])}f}"
    return f"{int(value):,}" if "," in like else str(int(value))


def replace_number(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    """Small counts get +7, larger ones double: clearly different, still believable."""
    match = NUMBER_RE.search(ent.text)
    if match is None:
        return None
    token = match.group()
    if re.fullmatch(r"(19|20)\d\d", token):
        return None  # a year, not a count
    if token.lower() in NUMBER_WORDS:
        n = NUMBER_WORDS.index(token.lower())
        word = NUMBER_WORDS[n + 7 if n + 7 < len(NUMBER_WORDS) else n - 7]
        new = word.capitalize() if token[0].isupper() else word
    else:
        value = float(token.replace(",", ""))
        new = _number_text(value + 7 if value < 10 else value * 2, token)
    start = ent.start_char + match.start()
    return start, start + len(token), new


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _shift_date(match: re.Match[str]) -> str | None:
    """The same written format with another value: days move within the month, years by one."""
    groups = match.groupdict()
    if groups.get("weekday"):
        return WEEKDAYS[(WEEKDAYS.index(groups["weekday"]) + 2) % 7]
    if groups.get("year"):
        return str(int(groups["year"]) - 1)
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    new_day = day + 3 if day <= 25 else day - 3  # never crosses a month, so the month text stays
    old = match.group()
    if groups.get("m"):
        return f"{groups['m']}/{new_day:0{len(groups['day'])}d}/{groups['y']}"
    day_text = str(new_day) + (_ordinal(new_day) if groups.get("sfx") else "")
    return old.replace(groups["day"] + (groups.get("sfx") or ""), day_text, 1)


def replace_date(ent: Any, text: str, seed: str) -> tuple[int, int, str] | None:
    for pattern in DATE_PATTERNS:
        match = pattern.search(ent.text)
        if match is None:
            continue
        new = _shift_date(match)
        if new is not None and new != match.group():
            start = ent.start_char + match.start()
            return start, ent.start_char + match.end(), new
    return None


Replacer = Callable[[Any, str, str], "tuple[int, int, str] | None"]
Ranker = Callable[[Any, Any], "tuple[int, int] | None"]


def _inside_other_label(ent: Any, doc: Any, labels: set[str]) -> bool:
    return any(ent.text in other.text for other in doc.ents if other.label_ in labels)


def rank_person(ent: Any, doc: Any) -> tuple[int, int] | None:
    """Full names of people the article keeps mentioning first; spaCy's other PERSONs misfire
    (ship prefixes like "INS", place names like "Anderson Springs")."""
    words = ent.text.split()
    if _inside_other_label(ent, doc, {"GPE", "LOC", "ORG", "FAC"}) or words[-1] in PLACE_WORDS:
        return None
    if any(len(w) > 1 and w.isupper() for w in words):
        return None
    persons = [e.text.split() for e in doc.ents if e.label_ == "PERSON"]
    mentions = sum(p[-1] == words[-1] for p in persons)
    if 2 <= len(words) <= 3:
        return 0, -mentions
    surnames = {p[-1] for p in persons if len(p) > 1}
    return (1, -mentions) if len(words) == 1 and ent.text in surnames else None


def rank_place(ent: Any, doc: Any) -> tuple[int, int] | None:
    """Trust well-known names first, then names spaCy tags GPE every time it sees them."""
    if ent.text in KNOWN_PLACES:
        return 0, 0
    if _inside_other_label(ent, doc, {"PERSON", "ORG"}):
        return None
    labels = [e.label_ for e in doc.ents if e.text == ent.text]
    return (1, -len(labels)) if len(labels) >= 2 and set(labels) == {"GPE"} else None


def rank_any(ent: Any, doc: Any) -> tuple[int, int] | None:
    return 0, 0


REPLACERS: dict[str, tuple[set[str], Replacer, Ranker]] = {
    "person": ({"PERSON"}, replace_person, rank_person),
    "place": ({"GPE"}, replace_place, rank_place),
    "number": ({"CARDINAL", "QUANTITY", "MONEY"}, replace_number, rank_any),
    "date": ({"DATE"}, replace_date, rank_any),
}


# --- planning and applying the edits ----------------------------------------------------------


def sentence_ranges(doc: Any) -> list[TextRange]:
    """spaCy's sentences, split again at line breaks (corpus texts put one sentence per line)."""
    ranges = []
    for sent in doc.sents:
        offset = sent.start_char
        for piece in re.split(r"(\n+)", sent.text_with_ws):
            stripped = piece.strip()
            if stripped:
                start = offset + piece.index(stripped)
                ranges.append(TextRange(start, start + len(stripped)))
            offset += len(piece)
    return ranges


def _eligible(sentences: list[TextRange], text: str) -> list[int]:
    """Body sentences: not the headline line, long enough to be prose."""
    first_line_end = text.find("\n") if "\n" in text.strip() else -1
    return [
        i
        for i, s in enumerate(sentences)
        if s.start > first_line_end and len(text[s.start : s.end].split()) >= MIN_SENTENCE_WORDS
    ]


def plan_edits(document: Document, nlp: Any) -> list[tuple[str, TextRange, str]] | None:
    """One (kind, original range, replacement) per change plus the deletion, each in its own
    sentence so one finding cannot be credited to two edits; None if the article lacks one."""
    text = document.text
    doc = nlp(text)
    sentences = sentence_ranges(doc)
    eligible = _eligible(sentences, text)
    used: set[int] = set()
    plan: list[tuple[str, TextRange, str]] = []
    for kind in CHANGE_KINDS:
        change = _choose_change(kind, doc, sentences, eligible, used, document.source)
        if change is None:
            return None
        used.add(change[0])
        plan.append((kind, change[1], change[2]))
    deletion = _pick_deletion(doc, sentences, eligible, used, len(text))
    if deletion is None:
        return None
    plan.append((DELETION, deletion, ""))
    return plan


def _choose_change(
    kind: str, doc: Any, sentences: list[TextRange], eligible: list[int], used: set[int], seed: str
) -> tuple[int, TextRange, str] | None:
    """The best-ranked entity of the kind (earliest on ties) in a sentence no other edit uses."""
    labels, replacer, ranker = REPLACERS[kind]
    best: tuple[tuple[int, int], int, TextRange, str] | None = None
    for ent in doc.ents:
        index = next((k for k in eligible if sentences[k].contains(ent.start_char)), None)
        if ent.label_ not in labels or index is None or index in used:
            continue
        tier = ranker(ent, doc)
        change = replacer(ent, doc.text, f"{seed}:{kind}") if tier is not None else None
        if change is None or change[1] > sentences[index].end:
            continue
        if tier is not None and (best is None or tier < best[0]):
            best = (tier, index, TextRange(change[0], change[1]), change[2])
    return None if best is None else best[1:]


def _pick_deletion(
    doc: Any, sentences: list[TextRange], eligible: list[int], used: set[int], length: int
) -> TextRange | None:
    """The unused body sentence with an entity that sits nearest the middle of the article."""
    with_entities = [
        sentences[i]
        for i in eligible
        if i not in used and any(sentences[i].contains(e.start_char) for e in doc.ents)
    ]
    if not with_entities:
        return None
    return min(with_entities, key=lambda s: abs((s.start + s.end) / 2 - length / 2))


def _deletion_extent(text: str, sentence: TextRange) -> TextRange:
    """The sentence plus the whitespace after it, so no blank gap is left behind."""
    end = sentence.end
    while end < len(text) and text[end].isspace():
        end += 1
    return TextRange(sentence.start, end)


def apply_edits(
    document: Document, plan: list[tuple[str, TextRange, str]], nlp: Any
) -> tuple[Document, tuple[Edit, ...]]:
    """Rewrite left to right, tracking how far each later offset moves."""
    text = document.text
    pieces: list[str] = []
    edits: list[Edit] = []
    cursor = shift = 0
    for kind, rng, new in sorted(plan, key=lambda p: p[1].start):
        pieces.append(text[cursor : rng.start])
        before = text[rng.start : rng.end]
        if kind == DELETION:
            extent = _deletion_extent(text, rng)
            ents = tuple(TextRange(e.start_char, e.end_char) for e in nlp(before).ents)
            moved = tuple(TextRange(e.start + rng.start, e.end + rng.start) for e in ents)
            edits.append(Edit(kind, rng, before, entities=moved))
            cursor, shift = extent.end, shift - (extent.end - extent.start)
            continue
        start = rng.start + shift
        pieces.append(new)
        edits.append(Edit(kind, rng, before, new, TextRange(start, start + len(new))))
        cursor, shift = rng.end, shift + len(new) - len(before)
    pieces.append(text[cursor:])
    edited = dataclasses.replace(
        document, source=f"{document.source} (edited)", text="".join(pieces), sha256=None
    )
    return edited, tuple(edits)


def build_cases(documents: Sequence[Document], count: int) -> list[Case]:
    nlp = load_pipeline()
    cases = []
    for document in documents:
        plan = plan_edits(document, nlp)
        if plan is None:
            continue
        edited, edits = apply_edits(document, plan, nlp)
        cases.append(Case(document, edited, edits))
        if len(cases) == count:
            break
    return cases


def pick_documents(articles: dict[str, dict[str, Any]]) -> list[Document]:
    """Long articles, one per topic, topics visited with a stride so picks spread over the corpus.

    Returned in preference order; ``build_cases`` keeps the first ones that admit every edit.
    """
    by_topic: dict[int, list[dict[str, Any]]] = {}
    for article in sorted(articles.values(), key=lambda a: a["id"]):
        if len(article["text"].split()) >= MIN_WORDS:
            by_topic.setdefault(int(article["topic"]), []).append(article)
    topics = sorted(by_topic)
    stride = 5
    order = [t for offset in range(stride) for t in topics[offset::stride]]
    firsts = [by_topic[t][0] for t in order]
    rest = [a for t in order for a in by_topic[t][1:]]
    return [article_document(a) for a in [*firsts, *rest]]


# --- scoring ----------------------------------------------------------------------------------


def _change_found(edit: Edit, findings: Sequence[Finding]) -> bool:
    assert edit.new is not None
    return any(
        f.kind is FindingKind.CONFLICT
        and any_overlap(f.left, edit.original)
        and any_overlap(f.right, edit.new)
        for f in findings
    )


def _left_only_inside(findings: Sequence[Finding], sentence: TextRange) -> list[Finding]:
    return [
        f
        for f in findings
        if f.kind is FindingKind.LEFT_ONLY and any(inside(s, sentence) for s in f.left)
    ]


def _corresponds(finding: Finding, edits: Sequence[Edit]) -> bool:
    for edit in edits:
        if edit.kind == DELETION:
            if any(inside(s, edit.original) for s in finding.left):
                return True
        elif any_overlap(finding.left, edit.original) or (
            edit.new is not None and any_overlap(finding.right, edit.new)
        ):
            return True
    return False


def score_case(case: Case, report: Report | None, error: str | None) -> Outcome:
    findings = report.findings if report else ()
    detected: dict[str, bool] = {}
    coverage = None
    for edit in case.edits:
        if edit.kind == DELETION:
            hits = _left_only_inside(findings, edit.original)
            detected[edit.kind] = bool(hits)
            spans = [s for f in hits for s in f.left]
            covered = sum(any(s.range.overlaps(e) for s in spans) for e in edit.entities)
            coverage = ratio(covered, len(edit.entities))
        else:
            detected[edit.kind] = _change_found(edit, findings)
    flagged = [f for f in findings if f.kind is not FindingKind.AGREE]
    good = [f for f in flagged if _corresponds(f, case.edits)]
    false_flags = tuple(f for f in flagged if f not in good)
    return Outcome(case, report, error, detected, coverage, len(flagged), len(good), false_flags)


class EngineNotReadyError(Exception):
    pass


def run_cases(cases: Sequence[Case], engine: Engine) -> list[Outcome]:
    outcomes = []
    for case in cases:
        try:
            report, error = engine(case.original, case.edited), None
        except NotImplementedError as exc:
            raise EngineNotReadyError(f"NotImplementedError: {exc}") from exc
        except Exception as exc:  # a crash on one article must not hide the others
            report, error = None, f"{type(exc).__name__}: {exc}"
        outcomes.append(score_case(case, report, error))
    return outcomes


# --- printing ---------------------------------------------------------------------------------


def print_results(outcomes: Sequence[Outcome]) -> None:
    kinds = [*CHANGE_KINDS, DELETION]
    rows = []
    for o in outcomes:
        marks = ["error" if o.error else "yes" if o.detected[k] else "no" for k in kinds]
        rows.append(
            [
                o.case.original.source,
                o.case.original.word_count,
                *marks,
                pct(o.coverage),
                fmt(o.recall),
                f"{fmt(o.precision)} ({o.flagged_right}/{o.flagged})",
            ]
        )
    found = sum(sum(o.detected.values()) for o in outcomes)
    total = sum(len(o.detected) for o in outcomes)
    right = sum(o.flagged_right for o in outcomes)
    flagged = sum(o.flagged for o in outcomes)
    per_kind = [pct(ratio(sum(o.detected[k] for o in outcomes), len(outcomes))) for k in kinds]
    covers = [o.coverage for o in outcomes if o.coverage is not None]
    mean_cover = sum(covers) / len(covers) if covers else None
    rows.append(
        [
            "ALL",
            "",
            *per_kind,
            pct(mean_cover),
            fmt(ratio(found, total)),
            f"{fmt(ratio(right, flagged))} ({right}/{flagged})",
        ]
    )
    print_table(["article", "words", *kinds, "del. ents", "recall", "precision"], rows)
    recall, precision = ratio(found, total), ratio(right, flagged)
    print()
    print_table(
        ["metric", "value", "goal", "met"],
        [
            [
                f"edit recall ({found}/{total})",
                fmt(recall),
                f">= {GOAL_RECALL}",
                meets(recall, GOAL_RECALL),
            ],
            [
                f"precision ({right}/{flagged})",
                fmt(precision),
                f">= {GOAL_PRECISION}",
                meets(precision, GOAL_PRECISION),
            ],
        ],
    )


def print_verbose(outcomes: Sequence[Outcome]) -> None:
    for o in outcomes:
        print_heading(o.case.original.source)
        if o.error:
            print(f"  engine error: {o.error}")
        for edit in o.case.edits:
            state = "found" if o.detected[edit.kind] else "MISSED"
            after = "(deleted)" if edit.kind == DELETION else repr(edit.after)
            print(f"  [{state:6}] {edit.kind:8} {short(edit.before, 70)!r} -> {after}")
        print(f"  false flags: {len(o.false_flags)}")
        for f in o.false_flags:
            sides = f"L={spans_text(f.left)!r} R={spans_text(f.right)!r}"
            print(f"    {f.kind.value:10} {f.type}: {sides}")
            print(f"       reason: {short(f.reason, 100)}")


# --- main -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.edits", description=__doc__)
    add_common_args(parser)
    parser.add_argument("--count", type=int, default=8, help="articles to edit (default 8)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = corpus_dir()
    if corpus_available(corpus):
        documents, origin = pick_documents(load_articles(corpus)), f"corpus {corpus}"
    else:
        documents, origin = sample_documents(), "bundled samples (corpus not found)"
    name, engine = get_engine()
    print(f"engine: {name}\ndocuments: {document_builder_name()}\narticles from: {origin}")
    cases = build_cases(documents, args.count)
    if not cases:
        print("no article admits all five edits; nothing measured")
        return 0
    try:
        outcomes = run_cases(cases, engine)
    except EngineNotReadyError as exc:
        say_engine_not_ready(exc)
        return 0
    print(f"articles: {len(outcomes)}, engine errors: {sum(o.error is not None for o in outcomes)}")
    print_heading("Planted edits: changes as conflict, deletion as left_only")
    print_results(outcomes)
    if args.verbose:
        print_verbose(outcomes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
