"""A constable's name keeps his rank and his quote its speaker: the full stop of "Const.", "Cpl."
or "Det." is part of the rank, not the end of a sentence, so "Vancouver Police Const. Tim Fanning
said ..." stays one sentence, the rank is the person's title and no organisation "Const" or
person "Det" appears."""

from __future__ import annotations

import pytest

from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.model import MentionType
from tests.factories import compare_stories

_STORY = (
    "Man held after stabbing\n\n"
    "A man was stabbed outside a bar in Leeds on Friday night.\n\n"
    "Vancouver Police Const. Tim Fanning said the suspect was known to officers. "
    'Cpl. Ann Lee said: "We are looking for a tall man."\n'
)


@pytest.mark.parametrize(
    "text",
    [
        "Vancouver Police Const. Tim Fanning said the man was arrested on Sunday.",
        "Cpl. Ann Lee said the car was stolen.",
        "Det. Insp. John Smith told reporters the victim was 34.",
        "RCMP Supt. Mark Hale said the road would reopen on Monday.",
        "Police Sgt. Bob Green said the man fled on foot.",
        "Army Pte. Tom Hale said the patrol came under fire.",
    ],
)
def test_an_abbreviated_rank_keeps_its_name_in_the_sentence(text: str) -> None:
    doc = load_pipeline().nlp(f"The road was closed for hours. {text}")

    assert [s.text for s in doc.sents] == ["The road was closed for hours.", text]


def test_an_abbreviated_rank_is_not_an_organisation_or_a_person_of_its_own() -> None:
    doc = load_pipeline().nlp("Cpl. Ann Lee and Det. Insp. John Smith arrived on Friday.")

    assert [e.text for e in doc.ents if e.label_ in ("ORG", "PERSON")] == [
        "Ann Lee",
        "John Smith",
    ]


def test_a_constables_quote_keeps_its_speaker_with_his_rank() -> None:
    report = compare_stories(_STORY, _STORY)

    speakers = {q.speaker for q in report.quotes}
    assert speakers == {"Vancouver Police Const. Tim Fanning", "Cpl. Ann Lee"}
    titles = {
        card.name: [a.value for a in card.left.attributes if a.kind == "title"]
        for card in report.people
    }
    assert titles == {"Tim Fanning": ["Police Const."], "Ann Lee": ["Cpl."]}
    assert not [f for f in report.findings if f.type is MentionType.ORGANISATION]


_PARTY_LEFT = (
    "Gunman kills boss at office party\n\nA fired worker shot his former boss at an office "
    "Christmas party on Friday.\n\n"
    "Police Const. Tim Fanning said the gunman entered the party around 4 p.m.\n"
)
_PARTY_RIGHT = (
    "Man shot dead at office party\n\nA man was shot dead at an office party in Vancouver on "
    "Friday.\n\nAt a news conference, police spokesman Const.\nTim Fanning said the suspect knew "
    "the victim.\n"
)


def test_a_shared_rank_is_no_shared_detail_and_the_constable_is_the_source() -> None:
    report = compare_stories(_PARTY_LEFT, _PARTY_RIGHT)

    reasons = [f.reason for f in report.findings]
    assert not [r for r in reasons if "share these words: 'Const.'" in r]
    attributed = [r.partition("attributes it to ")[2] for r in reasons if "attributes it" in r]
    assert attributed and set(attributed) == {"Police Const. Tim Fanning."}
