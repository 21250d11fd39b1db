"""Whether an article writes a name on its own ("Bush said", never inside "Bushes" or
"Ambush") is one search, for every rule that asks it: the surname a person rule looks for, the
point a distance is measured from, a name held inside a fuller one (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.text_search import written_alone
from desktop.core.persons.mention_finder import _fullest


def test_bush_is_written_alone_in_bush_said_and_not_in_bushes_or_ambush() -> None:
    assert written_alone("bush", "president bush said on monday")
    assert not written_alone("bush", "the bushes hid an ambush")
    assert written_alone("u.s.", "the u.s. embassy")


def test_bush_inside_george_bush_is_no_name_of_its_own_but_beside_bushnell_it_is() -> None:
    assert _fullest(["Bush", "George Bush"]) == ["George Bush"]
    assert _fullest(["Bush", "Bushnell"]) == ["Bush", "Bushnell"]
