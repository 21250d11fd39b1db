"""tools/build_verb_relations.py: WordNet's verb files read into the app's verb table, and the
committed table rebuilt byte for byte where Debian's wordnet-base is installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.alignment.verb_relations import Relation, parse_table
from tools.build_verb_relations import OUT_DIR, SOURCE_DIR, build, read_data, read_index, table_text

# Three synsets in data.verb's format (offset, lexicographer file, pos, word count in hex, words
# with lex ids, pointer count, pointers, frames, gloss); "take" links to a noun, left out.
DATA = """\
  1 This is a licence header line.
00000100 29 v 02 arrest 0 apprehend 0 002 @ 00000300 v 0000 + 05000000 n 0101 01 + 08 00 | take into custody
00000200 29 v 01 collar 0 002 $ 00000100 v 0000 @ 00000300 v 0000 01 + 08 00 | seize a suspect
00000300 35 v 01 take 0 001 + 05000001 n 0101 01 + 08 00 | get hold of
"""
INDEX = """\
  1 This is a licence header line.
apprehend v 1 1 @ 1 1 00000100
arrest v 1 1 @ 1 1 00000100
collar v 1 2 @ $ 1 0 00000200
take v 1 1 + 1 1 00000300
take_in v 1 0 1 0 00000300
"""


def test_wordnet_files_read_into_the_verb_table() -> None:
    index, data = read_index(INDEX), read_data(DATA)
    assert "take_in" not in index  # a multi-word verb is never one token of the parse
    table = parse_table(table_text(index, data))
    assert table.relation("arrest", "apprehend", 1) is Relation.SYNONYM
    assert table.relation("arrest", "take", 1) is Relation.HYPERNYM
    assert table.relation("collar", "arrest", 1) is Relation.GROUP


@pytest.mark.skipif(not (SOURCE_DIR / "data.verb").is_file(), reason="wordnet-base not installed")
def test_the_committed_table_is_what_the_tool_builds() -> None:
    files = build(SOURCE_DIR)
    for name, raw in files.items():
        assert (Path(OUT_DIR) / name).read_bytes() == raw, name
