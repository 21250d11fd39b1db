"""A clause both articles write word for word is told by both, even when one article's copy of a
sentence leaves it out and tells it in another sentence."""

from __future__ import annotations

from desktop.core.model import FindingKind
from tests.factories import compare_texts

LEFT = (
    "Quake hits island off Iran\n\n"
    "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring "
    "five people and damaging buildings, Iranian media said. "
    "The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to "
    "the Gulf through which much of the world's oil passes."
)
RIGHT = (
    "Five wounded by quake in Iran\n\n"
    "An earthquake measuring 5.6 jolted Qeshm island off Iran's southern coast on Sunday. "
    "The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to "
    "the Persian Gulf, injuring five people and damaging buildings."
)


def test_damaging_buildings_written_alike_agrees_though_the_copy_leaves_it_out() -> None:
    report = compare_texts(LEFT, RIGHT)
    agreed = [
        ({s.text for s in f.left}, {s.text for s in f.right})
        for f in report.findings
        if f.kind is FindingKind.AGREE
    ]
    assert any(
        "damaging buildings" in left and "damaging buildings" in right for left, right in agreed
    ), agreed


def test_one_shared_word_in_sentences_set_apart_is_no_detail() -> None:
    left = LEFT.replace("injuring five people and damaging buildings", "injuring five people")
    right = RIGHT.replace("damaging buildings", "smashing windows")
    report = compare_texts(left, right)
    assert not [f for f in report.findings if f.reason.startswith("Both articles write")]
