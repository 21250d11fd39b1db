"""WordNet's verbs for ``bench.verb_pairs``: which two verb lemmas name one deed, read from
Princeton WordNet 3.0 as Debian's ``wordnet-base`` package installs it (``apt-get install
wordnet-base``: ``/usr/share/wordnet/{index,data}.verb``).

Bench only: verbs51 measured the relation and nothing in the app reads it (docs/embeddings.md,
last section), so the app ships no copy. Princeton's WordNet licence allows copying and
redistribution with its notice (Debian's copyright file, ``/usr/share/doc/wordnet-base``); a
later stop that ships a derived table must ship the notice beside it.

``relation`` says how close two verb lemmas stand: one lemma, one synset (synonyms in some
sense: "arrest" / "apprehend"), one verb group (senses WordNet groups as one meaning), one
hypernym step either way ("shoot" is a way to "kill": the troponym link read from either end),
or unrelated ("open" / "close"). Only each lemma's first ``senses`` senses count, in WordNet's
order (most frequent first): a verb's rare senses join it to nearly everything ("fire" is also
"arouse").
"""

from __future__ import annotations

import enum
import hashlib
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SOURCE_DIR = Path("/usr/share/wordnet")
PACKAGE = "wordnet-base"
FILES = ("index.verb", "data.verb")


class Relation(enum.IntEnum):
    """How close two verbs stand, closest highest."""

    NONE = 0
    HYPERNYM = 1  # one is a way of doing the other ("shoot" / "kill")
    GROUP = 2  # WordNet's verb group: senses it takes for one meaning
    SYNONYM = 3  # one synset: "arrest" / "apprehend"
    SAME = 4  # one lemma


@dataclass(frozen=True, slots=True)
class VerbTable:
    """Each one-word lemma's synsets (file offsets) in sense order, and each verb synset's
    direct hypernyms and verb-group partners."""

    lemmas: dict[str, tuple[str, ...]]
    hypernyms: dict[str, frozenset[str]]
    groups: dict[str, frozenset[str]]

    def synsets(self, lemma: str, senses: int) -> frozenset[str]:
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
        none: frozenset[str] = frozenset()
        if any(self.groups.get(s, none) & right for s in left):
            return Relation.GROUP
        if any(self.hypernyms.get(s, none) & right for s in left) or any(
            self.hypernyms.get(s, none) & left for s in right
        ):
            return Relation.HYPERNYM
        return Relation.NONE


def read_index(text: str) -> dict[str, tuple[str, ...]]:
    """index.verb: each one-word lemma's synset offsets in sense order."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with spaces
        parts = line.split()
        lemma, n_synsets, n_pointers = parts[0], int(parts[2]), int(parts[3])
        if "_" in lemma or not lemma.isalpha():
            continue  # a multi-word verb ("lay_off") is never one token of the parse
        first = 4 + n_pointers + 2
        out[lemma] = tuple(parts[first : first + n_synsets])
    return out


def read_data(text: str) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """data.verb: each synset's direct hypernyms (``@``) and verb-group partners (``$``)."""
    hypernyms: dict[str, frozenset[str]] = {}
    groups: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        offset, n_words = parts[0], int(parts[3], 16)
        at = 4 + 2 * n_words
        up: set[str] = set()
        group: set[str] = set()
        for k in range(int(parts[at])):
            symbol, target, pos = parts[at + 1 + 4 * k : at + 4 + 4 * k]
            if pos == "v" and symbol == "@":
                up.add(target)
            elif pos == "v" and symbol == "$":
                group.add(target)
        hypernyms[offset], groups[offset] = frozenset(up), frozenset(group)
    return hypernyms, groups


def parse(index_text: str, data_text: str) -> VerbTable:
    return VerbTable(read_index(index_text), *read_data(data_text))


@cache
def debian_verbs(source: Path = SOURCE_DIR) -> VerbTable | None:
    """The installed WordNet's verbs, read once; None when wordnet-base is not installed."""
    try:
        texts = [(source / name).read_text(encoding="utf-8") for name in FILES]
    except OSError:
        return None
    return parse(*texts)


def provenance(source: Path = SOURCE_DIR) -> str:
    """The package version and the inputs' sha256, printed with every figure."""
    found = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", PACKAGE], capture_output=True, text=True
    )
    digests = ", ".join(
        f"{name} {hashlib.sha256((source / name).read_bytes()).hexdigest()[:12]}" for name in FILES
    )
    return f"WordNet 3.0 from Debian {PACKAGE} {found.stdout.strip() or '?'} ({digests})"
