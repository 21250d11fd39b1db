"""WordNet's verb table ships with the app: "arrested" and "apprehended" are one deed, "opened"
and "closed" are not, and the table's manifest names its source and licence."""

from __future__ import annotations

import hashlib
import json

from desktop.core.alignment.verb_relations import (
    Relation,
    default_verbs,
    parse_table,
    table_path,
)


def test_the_shipped_table_loads_and_knows_verbs_a_reporter_swaps() -> None:
    verbs = default_verbs()
    assert verbs is not None, "resources/wordnet is part of the app"
    assert verbs.relation("arrest", "apprehend", 2) is Relation.SYNONYM
    assert verbs.relation("injure", "wound", 1) is Relation.SYNONYM
    assert verbs.relation("shoot", "kill", 2) is Relation.HYPERNYM


def test_opposites_and_unrelated_verbs_are_not_one_deed() -> None:
    verbs = default_verbs()
    assert verbs is not None
    assert verbs.relation("open", "close", 99) is Relation.NONE
    assert verbs.relation("hire", "fire", 99) is Relation.NONE
    assert verbs.relation("arrest", "florp", 99) is Relation.NONE


def test_rare_senses_are_left_out_under_a_sense_cut() -> None:
    # "fire" / "dismiss" share only "fire"'s fourth sense (terminate employment).
    verbs = default_verbs()
    assert verbs is not None
    assert verbs.relation("fire", "dismiss", 99) is Relation.SYNONYM
    assert verbs.relation("fire", "dismiss", 2) is Relation.NONE


def test_the_manifest_matches_the_table_and_names_the_licence() -> None:
    folder = table_path().parent
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    assert "Princeton" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert manifest["package"].startswith("Debian wordnet-base")


def test_a_table_read_from_text_links_groups_and_hypernyms() -> None:
    text = "S\t0\t\t1\t\nS\t1\t\t0\t\nS\t2\t0\t\t\nL\tstrike\t0\nL\thit\t1\nL\tpunch\t2\n"
    table = parse_table(text)
    assert table.relation("strike", "hit", 1) is Relation.GROUP
    assert table.relation("punch", "strike", 1) is Relation.HYPERNYM
    assert table.relation("punch", "hit", 1) is Relation.NONE
