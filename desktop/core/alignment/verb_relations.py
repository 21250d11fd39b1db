"""Which two verbs name one deed: WordNet's verb synsets and their links, read from
resources/wordnet (built by tools/build_verb_relations.py from Princeton WordNet 3.0).

The static embedding table cannot tell verbs a reporter swaps ("arrest" / "apprehend" 0.12)
from opposites ("open" / "close" 0.46); WordNet files the first pair in one synset and the second
in none. ``relation`` says how close two verb lemmas stand: in one synset (synonyms in some sense),
in one verb group (senses WordNet groups as one meaning), one hypernym step apart ("shoot" is a
way to "kill"; the troponym link read from either end), or unrelated. Only the first ``senses``
senses of each lemma count: a verb's rare senses join it to nearly everything ("fire" is also
"arouse", "open" also "afford").
"""

from __future__ import annotations

import enum
import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import desktop

TABLE = "verbs.tsv.gz"


class Relation(enum.IntEnum):
    """How close two verbs stand, closest highest."""

    NONE = 0
    HYPERNYM = 1  # one is a way of doing the other ("shoot" / "kill")
    GROUP = 2  # WordNet's verb group: senses it takes for one meaning
    SYNONYM = 3  # one synset: "arrest" / "apprehend"
    SAME = 4  # one lemma


@dataclass(frozen=True, slots=True)
class VerbTable:
    """Each lemma's synsets in sense order, and each synset's kept links."""

    lemmas: dict[str, tuple[int, ...]]
    hypernyms: tuple[frozenset[int], ...]
    groups: tuple[frozenset[int], ...]

    def synsets(self, lemma: str, senses: int) -> frozenset[int]:
        return frozenset(self.lemmas.get(lemma, ())[:senses])

    def relation(self, a: str, b: str, senses: int) -> Relation:
        """The closest link between any of ``a``'s first ``senses`` senses and ``b``'s."""
        if a == b:
            return Relation.SAME
        left, right = self.synsets(a, senses), self.synsets(b, senses)
        if not left or not right:
            return Relation.NONE
        if left & right:
            return Relation.SYNONYM
        if any(self.groups[s] & right for s in left):
            return Relation.GROUP
        if any(self.hypernyms[s] & right for s in left) or any(
            self.hypernyms[s] & left for s in right
        ):
            return Relation.HYPERNYM
        return Relation.NONE


def _ids(field: str) -> frozenset[int]:
    return frozenset(int(x) for x in field.split(",") if x)


def parse_table(text: str) -> VerbTable:
    """The table's text: ``S`` lines (id, hypernyms, groups, entails) in id order, then ``L``
    lines (lemma, synset ids in sense order)."""
    lemmas: dict[str, tuple[int, ...]] = {}
    hypernyms: list[frozenset[int]] = []
    groups: list[frozenset[int]] = []
    for line in text.splitlines():
        kind, *fields = line.split("\t")
        if kind == "S":
            if int(fields[0]) != len(hypernyms):
                raise ValueError(f"synset {fields[0]} out of order")
            hypernyms.append(_ids(fields[1]))
            groups.append(_ids(fields[2]))
        elif kind == "L":
            lemmas[fields[0]] = tuple(int(x) for x in fields[1].split(","))
    return VerbTable(lemmas, tuple(hypernyms), tuple(groups))


def table_path() -> Path:
    """resources/wordnet's table, from a wheel, a frozen build or a source checkout."""
    try:
        path = Path(str(resources.files("desktop.resources") / "wordnet" / TABLE))
    except ModuleNotFoundError:
        path = None  # a source checkout: resources/ is not mapped into the package
    if path is None or not path.is_file():
        path = Path(desktop.__file__).resolve().parent.parent / "resources" / "wordnet" / TABLE
    return path


@cache
def default_verbs() -> VerbTable | None:
    """The shipped table, read once; None when it is missing (a verb pair then relates only
    when the lemmas are the same, which no caller relies on)."""
    try:
        return parse_table(gzip.decompress(table_path().read_bytes()).decode("utf-8"))
    except (OSError, ValueError):
        return None
