"""Build the verb relation table in resources/wordnet/ from Princeton WordNet 3.0.

    apt-get install wordnet-base                  # Debian's package of the WordNet 3.0 database
    python tools/build_verb_relations.py          # writes resources/wordnet/*
    python tools/build_verb_relations.py --check  # rebuilds in memory, compares with the committed files

Why: the static embedding table (resources/embeddings) is weak on verbs a reporter swaps
("arrest" / "apprehend" 0.12, "fire" / "dismiss" 0.09) and loose on opposites ("open" / "close"
0.46); WordNet files both pairs of synonyms in one synset. The table keeps only what the app
reads: every one-word verb lemma with its synsets in WordNet's sense order (most frequent sense
first), and per verb synset its direct hypernyms (``@``, "arrest" is a kind of "seize"), its verb
group (``$``, senses WordNet groups as one meaning) and what it entails (``*``). Nouns are left
out (nothing measured them).

Source: ``/usr/share/wordnet/{index,data}.verb`` from Debian's ``wordnet-base`` package (WordNet
3.0, Princeton University's WordNet licence, which allows copying and redistribution with its
notice; the notice is written beside the table as LICENSE). Deterministic: sorted lemmas, synsets
renumbered in file-offset order, gzip with no name and no time stamp. The manifest records the
package's version and the sha256 of every input and output.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "wordnet"
SOURCE_DIR = Path("/usr/share/wordnet")
PACKAGE = "wordnet-base"
TABLE = "verbs.tsv.gz"
MANIFEST = "manifest.json"
LICENSE = "LICENSE"
# The pointers kept between verb synsets: hypernym, verb group, entailment.
KEPT = {"@": "hypernyms", "$": "groups", "*": "entails"}
# Princeton's licence, quoted as it must appear on every copy.
NOTICE = """\
WordNet Release 3.0

This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license.  By obtaining, using
and/or copying this software and database, you agree that you have
read, understood, and will comply with these terms and conditions.:

Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or
royalty is hereby granted, provided that you agree to comply with
the following copyright notice and statements, including the disclaimer,
and that the same appear on ALL copies of the software, database and
documentation, including modifications that you make for internal
use or for distribution.

WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in
advertising or publicity pertaining to distribution of the software
and/or database.  Title to copyright in this software, database and
any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same.

This table is a derived extract of WordNet 3.0 (verb lemmas, synsets and
their hypernym, verb-group and entailment links), built by
tools/build_verb_relations.py from Debian's wordnet-base package.
"""


@dataclass(frozen=True, slots=True)
class Synset:
    """One verb synset's kept links, as file offsets."""

    offset: str
    links: dict[str, tuple[str, ...]]


def read_index(text: str) -> dict[str, tuple[str, ...]]:
    """index.verb: each one-word lemma's synset offsets in sense order."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header lines start with spaces
        parts = line.split()
        lemma, n_synsets, n_pointers = parts[0], int(parts[2]), int(parts[3])
        if "_" in lemma or not lemma.isalpha():
            continue  # a multi-word verb is never one token of the parse
        first = 4 + n_pointers + 2
        out[lemma] = tuple(parts[first : first + n_synsets])
    return out


def read_data(text: str) -> dict[str, Synset]:
    """data.verb: each synset's kept pointers to other verb synsets."""
    out: dict[str, Synset] = {}
    for line in text.splitlines():
        if not line or line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        offset, n_words = parts[0], int(parts[3], 16)
        at = 4 + 2 * n_words
        n_pointers = int(parts[at])
        links: dict[str, list[str]] = {name: [] for name in KEPT.values()}
        for k in range(n_pointers):
            symbol, target, pos = parts[at + 1 + 4 * k : at + 4 + 4 * k]
            if symbol in KEPT and pos == "v":
                links[KEPT[symbol]].append(target)
        out[offset] = Synset(offset, {k: tuple(sorted(set(v))) for k, v in links.items()})
    return out


def table_text(index: dict[str, tuple[str, ...]], data: dict[str, Synset]) -> str:
    """The table: ``S`` lines, one per verb synset (id, hypernyms, groups, entails; ids comma
    separated), then ``L`` lines, one per lemma (lemma, synset ids in sense order). Ids are the
    synsets' ranks in file-offset order."""
    ids = {offset: n for n, offset in enumerate(sorted(data))}

    def join(offsets: tuple[str, ...]) -> str:
        return ",".join(str(ids[o]) for o in offsets if o in ids)

    lines = [
        "\t".join(["S", str(ids[o]), *(join(data[o].links[k]) for k in KEPT.values())])
        for o in sorted(data)
    ]
    lines += [f"L\t{lemma}\t{join(index[lemma])}" for lemma in sorted(index)]
    return "\n".join(lines) + "\n"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_version() -> str:
    found = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", PACKAGE], capture_output=True, text=True, check=True
    )
    return found.stdout.strip()


def build(source: Path) -> dict[str, bytes]:
    inputs = {name: (source / name).read_bytes() for name in ("index.verb", "data.verb")}
    index = read_index(inputs["index.verb"].decode("utf-8"))
    data = read_data(inputs["data.verb"].decode("utf-8"))
    table = gzip.compress(table_text(index, data).encode("utf-8"), mtime=0)
    files = {TABLE: table, LICENSE: NOTICE.encode("utf-8")}
    manifest = {
        "source": "Princeton WordNet 3.0",
        "package": f"Debian {PACKAGE} {package_version()}",
        "licence": "WordNet 3.0 licence (Princeton University): see LICENSE",
        "inputs": {name: sha256(raw) for name, raw in sorted(inputs.items())},
        "lemmas": len(index),
        "synsets": len(data),
        "files": {name: sha256(raw) for name, raw in sorted(files.items())},
        "script": "tools/build_verb_relations.py",
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE_DIR, help="WordNet's dict folder")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--check", action="store_true", help="compare with the files in --out")
    args = parser.parse_args(argv)
    files = build(args.source)
    if args.check:
        differ = [n for n, raw in files.items() if (args.out / n).read_bytes() != raw]
        print("differ: " + ", ".join(differ) if differ else "identical")
        return 1 if differ else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (args.out / name).write_bytes(raw)
        print(f"{name}: {len(raw):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
