"""Type slips a journalist sees, counted without gold: a city on a person card, a person in the
places list. The count needs only the report and its two texts, so it carries to unseen pairs.

* **i** one name (folded) typed two ways (person, organisation, place) in one report, within an
  article or across the two, counting a longer name it ends ("Tabar" a place, "INS Tabar" a
  person): counted once per name.
* **ii** a PLACE mention no gazetteer holds whose words are a person's name in the other article
  (its whole name, or the surname of a person named there in full).
* **iii** a PERSON mention the gazetteer holds as a place, with no title or first name of its own
  ("Banda Aceh" on a person card; "Paris Hilton" and "Gov. Jackson" are not counted), not linked
  to a person's full name and no given name ("Lindsay", alone or of "Lindsay Lohan").
* **iv** an ORGANISATION or PLACE whose last word is the surname of a person named in full in the
  same report ("Lohan" typed a place where "Lindsay Lohan" is a person).
* **v** a word written in capitals only (four letters or more, an ALL-CAPS article) on a PERSON
  card: a shouted common word read as a name.

    PYTHONPATH=. python -m bench.type_slips POOL_FILE [...] --half work|aside [--verbose]
        [--cache DIR]

``--cache`` reads (and writes) the pickled reports ``bench.defects --cache`` keeps, so the two
counts can share one engine run. ``--verbose`` lists each slip with its sentence, the work half
only: the aside half is counted, never read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bench.defects import parse_pool_args, pool_parser, pool_reports, read_pool
from desktop.core.lexicon import GIVEN_NAME_FORMS
from desktop.core.locations.places import is_known_place
from desktop.core.model import Mention, MentionType, Report, Side
from desktop.core.naming.body_short_names import TITLE_WORDS
from desktop.core.naming.names import fold

TYPED = (MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)
GIVEN = frozenset(fold(n) for pair in GIVEN_NAME_FORMS.items() for n in pair)
# A word in capitals this long or longer is no initialism a reader knows ("NATO" is four letters,
# but no person's card should read "NATO" either).
SHOUTED_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Slip:
    code: str
    side: str
    text: str
    type: str
    note: str
    sentence: str


def _sentence(report: Report, side: Side, m: Mention) -> str:
    doc = report.document(side)
    text = doc.document.text
    for s in doc.sentences:
        if s.start <= m.start < s.end:
            return text[s.start : s.end].strip().replace("\n", " ")[:240]
    return ""


def _word_before(report: Report, side: Side, m: Mention) -> str:
    words = report.document(side).document.text[max(0, m.start - 40) : m.start].split()
    return fold(words[-1]).rstrip(".") if words else ""


def _full_names(report: Report, side: Side) -> set[str]:
    return {
        fold(m.text)
        for m in report.document(side).mentions
        if m.type is MentionType.PERSON and len(fold(m.text).split()) >= 2
    }


def two_types(report: Report) -> list[Slip]:
    """Kind **i**: one name typed two ways in the report."""
    out: list[Slip] = []
    types: dict[str, set[MentionType]] = {}
    first: dict[str, tuple[Side, Mention]] = {}
    for side in Side:
        for m in report.document(side).mentions:
            if m.type in TYPED and fold(m.text):
                types.setdefault(fold(m.text), set()).add(m.type)
                first.setdefault(fold(m.text), (side, m))
    for name, kinds in types.items():
        # the name itself, or a longer name it ends ("Tabar" of "INS Tabar", "Lohan" of
        # "Lindsay Lohan"): one thing the journalist sees typed two ways
        for longer, more in types.items():
            if longer.endswith(" " + name):
                kinds = kinds | more
        if len(kinds) > 1:
            side, m = first[name]
            note = "/".join(sorted(k.value for k in kinds))
            out.append(
                Slip("i", side.value, m.text, m.type.value, note, _sentence(report, side, m))
            )
    return out


def slips(report: Report) -> list[Slip]:
    out = two_types(report)
    full = {side: _full_names(report, side) for side in Side}
    surnames = {n.split()[-1] for names in full.values() for n in names}
    # "Lindsay" of "Lindsay Lohan", "Linda": a given name is a person's, whatever town bears it
    firsts = {n.split()[0] for names in full.values() for n in names} | GIVEN
    for side in Side:
        other_people = full[side.other] | {n.split()[-1] for n in full[side.other]}
        for m in report.document(side).mentions:
            name = fold(m.text)
            if not name:
                continue

            def add(code: str, note: str, m: Mention = m, side: Side = side) -> None:
                out.append(
                    Slip(code, side.value, m.text, m.type.value, note, _sentence(report, side, m))
                )

            if m.type is MentionType.PLACE and not is_known_place(m.text) and name in other_people:
                add("ii", "a person in the other article")
            if (
                m.type is MentionType.PERSON
                and is_known_place(m.text)
                and _word_before(report, side, m) not in TITLE_WORDS
                and not any(t == "title" for t, _ in m.attributes)
                and len(fold(m.value).split()) < 2  # "O'Higgins" of "Nancy O'Higgins": linked
                and name not in firsts
            ):
                add("iii", "a gazetteer place")
            if (
                m.type in (MentionType.ORGANISATION, MentionType.PLACE)
                and name.split()[-1] in surnames
                and name not in full[side] | full[side.other]
            ):
                add("iv", f"last word a surname ({name.split()[-1]})")
            if m.type is MentionType.PERSON and any(
                w.isupper() and len(w) >= SHOUTED_LETTERS for w in m.text.split()
            ):
                add("v", "capitals on a person card")
    return out


def run(pairs: Sequence[tuple[str, str]], cache: str | None) -> dict[str, list[Slip]]:
    return {pair: slips(report) for pair, report in pool_reports(pairs, cache)}


def summary(found: dict[str, list[Slip]]) -> str:
    """Counts per kind, each name once per pair, side and kind (a name on every line of a
    long article is one slip the journalist sees), with the pairs holding one."""
    counts = Counter(
        s.code
        for ss in found.values()
        for s in {(x.code, x.side, fold(x.text)): x for x in ss}.values()
    )
    pairs_with = Counter(code for ss in found.values() for code in {s.code for s in ss})
    parts = ", ".join(
        f"{code} {counts[code]} ({pairs_with[code]} pairs)"
        for code in ("i", "ii", "iii", "iv", "v")
    )
    return f"pairs {len(found)}: {parts}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = pool_parser("python -m bench.type_slips", __doc__, "slip")
    parser.add_argument("--cache", help="a folder of pickled reports (bench.defects --cache)")
    args = parse_pool_args(parser, argv)
    found = run(read_pool(args.pools, args.half), args.cache)
    if args.verbose:
        for pair, ss in found.items():
            for s in ss:
                print(f"{pair} {s.code} {s.side} '{s.text}' {s.type} [{s.note}]\n  {s.sentence}")
    print(summary(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
