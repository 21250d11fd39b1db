"""A toll of a happening in another country than the story's ("more than a dozen people were
killed by a quake in eastern China", in a report on a quake in Iran) is another event's toll:
never a conflict with the story's own dead."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, FindingKind


def doc(text: str) -> Document:
    return Document(source="article.txt", text=text, date="2005-11-28")


LEFT = (
    "Quake kills 10 on Iranian island\n\nIranian rescue workers handed out blankets, food and "
    "water Monday to survivors of a powerful earthquake on a Gulf island that killed 10 people."
    "\n\nThe quake struck Qeshm island in Iran on Sunday, officials said."
)
RIGHT_LEAD = (
    "Earthquake hits southern Iran\n\nAn earthquake with a magnitude of at least 5.9 hit "
    "southern Iran on Sunday, killing {toll} people and injuring many others.\n\nThe quake was "
    "centred near Qeshm Island, the U.S. Geological Survey said.\n\nBuildings were toppled in "
    "the island's capital."
)


def conflicts(right: str) -> list[str]:
    report = compare_documents(doc(LEFT), doc(right))
    return [f.reason for f in report.findings if f.kind is FindingKind.CONFLICT]


def test_a_toll_of_a_quake_in_another_country_is_no_conflict() -> None:
    right = RIGHT_LEAD.format(toll="at least 10") + (
        "\n\nOn Saturday, more than a dozen people were killed by a quake in eastern China."
    )
    assert not conflicts(right)


def test_a_toll_of_the_story_in_its_own_country_still_clashes() -> None:
    found = conflicts(RIGHT_LEAD.format(toll="25"))
    assert found and "25" in found[0]


def test_a_figure_about_a_kind_of_quake_is_no_conflict_with_an_earlier_quake() -> None:
    right = RIGHT_LEAD.format(toll="at least 10") + (
        "\n\nIn February, a quake measuring 6.4 on the Richter scale hit the southern town of "
        "Zarand, killing 612 people."
    )
    left = LEFT + "\n\nA magnitude 6 quake can cause severe damage."
    report = compare_documents(doc(left), doc(right))
    assert not [f for f in report.findings if f.kind is FindingKind.CONFLICT]
