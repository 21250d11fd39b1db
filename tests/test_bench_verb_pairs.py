"""bench.verb_pairs and bench.wordnet_verbs: WordNet's verbs in place of the table cosine. Two
verbs of one synset name one deed ("arrested" / "apprehended"), a verb one hypernym step up is
a looser link, and light verbs ("made calls" / "made accusations") or verbs outside the
sentence's main clause are kept apart in their own columns."""

from __future__ import annotations

from bench.role_pairs import Predicate
from bench.verb_pairs import main, read_predicates, wordnet_features
from bench.wordnet_verbs import Relation, parse
from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import Document

# data.verb's format (offset, lexicographer file, pos, word count in hex, words with lex ids,
# pointer count, pointers, frames, gloss) and index.verb's (lemma, pos, synsets, pointer kinds,
# senses, tagged senses, offsets in sense order); "take" also links to a noun, left out.
DATA = """\
  1 This is a licence header line.
00000100 29 v 02 arrest 0 apprehend 0 002 @ 00000300 v 0000 + 05000000 n 0101 01 + 08 00 | take in
00000200 29 v 01 collar 0 002 $ 00000100 v 0000 @ 00000300 v 0000 01 + 08 00 | seize a suspect
00000300 35 v 01 take 0 001 + 05000001 n 0101 01 + 08 00 | get hold of
00000400 35 v 01 arrest 0 000 01 + 08 00 | hold back
"""
INDEX = """\
  1 This is a licence header line.
apprehend v 1 1 @ 1 1 00000100
arrest v 2 1 @ 2 1 00000400 00000100
collar v 1 2 @ $ 1 0 00000200
take v 1 1 + 1 1 00000300
take_in v 1 0 1 0 00000300
"""


def _relate(a: str, b: str, k: int) -> int:
    return int(parse(INDEX, DATA).relation(a, b, k))


def _analysis(text: str) -> Analysis:
    doc = Document(source="one.txt", text=text)
    return analyse([doc], [load_pipeline().nlp(nlp_view(text))])[0]


def test_wordnet_files_read_into_verb_relations() -> None:
    table = parse(INDEX, DATA)
    assert "take_in" not in table.lemmas  # a multi-word verb is never one token of the parse
    assert table.relation("arrest", "apprehend", 2) is Relation.SYNONYM
    assert table.relation("collar", "apprehend", 2) is Relation.GROUP
    assert table.relation("collar", "take", 1) is Relation.HYPERNYM
    assert table.relation("apprehend", "florp", 2) is Relation.NONE


def test_a_rare_sense_counts_only_past_the_sense_cut() -> None:
    # "arrest"'s first sense here is "hold back": "apprehend" is its second.
    table = parse(INDEX, DATA)
    assert table.relation("arrest", "apprehend", 1) is Relation.NONE
    assert table.relation("arrest", "apprehend", 2) is Relation.SYNONYM


def test_one_deed_told_with_two_verbs_to_one_participant() -> None:
    left = [Predicate("arrest", frozenset({"W:police"}), frozenset({"W:gunman"}))]
    right = [Predicate("apprehend", frozenset({"W:officer"}), frozenset({"W:gunman"}))]
    main_verbs = (frozenset({0}), frozenset({0}))
    f = wordnet_features(left, right, _relate, "", main_verbs)
    assert f["rel2"] == Relation.SYNONYM
    assert f["role2"] == Relation.SYNONYM  # the undergoer is shared
    assert f["both2"] == 0.0  # the doers differ in wording
    assert f["main2"] == Relation.SYNONYM


def test_related_verbs_with_no_participant_in_common_stay_apart() -> None:
    left = [Predicate("arrest", frozenset({"W:police"}), frozenset({"W:gunman"}))]
    right = [Predicate("apprehend", frozenset({"W:guard"}), frozenset({"W:protester"}))]
    f = wordnet_features(left, right, _relate, "")
    assert f["rel2"] == Relation.SYNONYM
    assert f["any2"] == 0.0


def test_a_light_verb_shared_is_no_deed_shared() -> None:
    left = [Predicate("take", frozenset({"N:hiller"}), frozenset({"W:walk"}))]
    right = [Predicate("take", frozenset({"N:hiller"}), frozenset({"W:break"}))]
    f = wordnet_features(left, right, _relate, "")
    assert f["any2"] == Relation.SAME
    assert f["content2"] == 0.0


def test_the_main_verbs_are_the_root_and_a_said_complement() -> None:
    preds, mains = read_predicates(
        _analysis("Police said they arrested the man who fled the scene."), lambda k: k, False
    )
    lemmas = [p.lemma for p in preds[0]]
    assert {lemmas[x] for x in mains[0]} == {"arrest"}
    assert "flee" in lemmas  # read, but in a relative clause: no main verb


def test_refuses_judge_groups_and_examples_of_pooled_groups() -> None:
    assert main(["collect", "--group", "fresh-judge"]) == 2
    assert main(["examples", "--group", "fresh-check"]) == 2
