"""The kind of a name, as a copy editor would read it: datelines, ranks, places, people."""

from __future__ import annotations

from collections import Counter

from desktop.core.compare import compare_documents
from desktop.core.extraction.credits import credits
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.mentions import rescan_known_names
from desktop.core.model import Document, FindingKind, MentionType, Report
from desktop.core.naming.entity_types import Evidence, datelines, only_titles, vote_kind


def _compare(left: str, right: str) -> Report:
    return compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=right)
    )


def _mentions(report: Report, side: str) -> dict[str, MentionType]:
    analysed = report.left if side == "left" else report.right
    return {m.text: m.type for m in analysed.mentions}


def test_a_dateline_in_capitals_is_the_place_the_other_article_names_in_its_body() -> None:
    left = (
        "ELM HOLLOW, Ark. \u2014 A man was shot dead outside a grocery store on Saturday night, "
        "police said.\n\nOfficers found the man near the entrance."
    )
    right = (
        "A man was killed outside a grocery store in Elm Hollow on Saturday night.\n\n"
        "Officers found him near the door, police said."
    )
    report = _compare(left, right)
    assert _mentions(report, "left").get("ELM HOLLOW") is MentionType.PLACE
    one_sided = [
        f
        for f in report.findings
        if f.kind is FindingKind.RIGHT_ONLY and any(s.text == "Elm Hollow" for s in f.right)
    ]
    assert not one_sided


def test_a_wire_dateline_names_its_city_as_a_place_not_an_organisation() -> None:
    assert datelines("KABUL (Reuters) - Two bombs went off near a market on Sunday.") == [(0, 5)]
    report = _compare(
        "KABUL (Reuters) - Two bombs went off near a market on Sunday.",
        "Two bombs exploded near a market in Kabul on Sunday, officials said.",
    )
    assert _mentions(report, "left").get("KABUL") is MentionType.PLACE


def test_a_shouted_update_line_or_a_title_case_headline_is_no_dateline() -> None:
    assert datelines("UPDATE - Police have named the victim.") == []
    assert datelines("Shooting Near Lake Road (VIDEO) - Police respond\n\nText.") == []
    assert datelines("Headline here\n\nOAK VALE, Tenn. -- A boy was hurt.")[0][0] > 0


def test_a_rank_alone_is_never_a_person_and_the_name_after_it_always_is() -> None:
    assert only_titles("Sgt") and only_titles("Lt.") and only_titles("Police Chief")
    assert not only_titles("Sgt. Whitlow")
    report = _compare(
        "Sgt. Dana Whitlow said officers found the victim. Sgt. Whitlow said a man was hurt.",
        "According to Sgt. Whitlow, officers found the victim. A man was hurt, Sgt said.",
    )
    for side in ("left", "right"):
        mentions = _mentions(report, side)
        assert "Sgt" not in mentions
        assert mentions.get("Whitlow") is MentionType.PERSON


def test_a_city_the_gazetteer_knows_is_a_place_even_when_the_model_says_organisation() -> None:
    evidence = Evidence()
    assert vote_kind("christchurch", Counter({"ORG": 2}), evidence, set()) == "GPE"
    # An organisation named after the city has a name of its own.
    assert vote_kind("christchurch city council", Counter({"ORG": 1}), evidence, set()) is None


def test_a_name_shaped_like_a_fort_or_a_lake_is_a_place_unless_an_institution_bears_it() -> None:
    evidence = Evidence()
    assert vote_kind("fort bellamy", Counter({"ORG": 1}), evidence, set()) == "GPE"
    assert vote_kind("lake merrow", Counter({"PERSON": 1}), evidence, set()) == "GPE"
    assert vote_kind("fort bellamy police", Counter({"ORG": 1}), evidence, set()) is None


def test_a_full_name_with_a_persons_marks_is_a_person_and_so_is_its_surname() -> None:
    evidence = Evidence(person={"dana whitlow"})
    assert vote_kind("dana whitlow", Counter({"GPE": 2}), evidence, set()) == "PERSON"
    assert vote_kind("whitlow", Counter({"GPE": 1}), evidence, {"dana whitlow"}) == "PERSON"
    # ... but a place the gazetteer knows keeps its kind, and "in Jackson" is on the map.
    evidence = Evidence(person={"fort worth"}, located={"jackson"})
    assert vote_kind("fort worth", Counter({"GPE": 1}), evidence, set()) == "GPE"
    assert vote_kind("jackson", Counter({"GPE": 1}), evidence, {"senquez jackson"}) == "GPE"


def test_a_speaker_with_an_age_before_her_name_is_a_person_in_the_report() -> None:
    report = _compare(
        "Police identified the victim as 19-year-old Marla Quenby of Elm Hollow.",
        "The victim, Marla Quenby, was found in a car. Quenby died at the scene.",
    )
    left = _mentions(report, "left")
    assert left.get("Marla Quenby") is MentionType.PERSON
    agreed = [
        f
        for f in report.findings
        if f.kind is FindingKind.AGREE and any("Quenby" in s.text for s in f.left)
    ]
    assert agreed


def test_a_full_name_the_model_missed_is_found_by_the_name_the_other_article_gives() -> None:
    text = "Also hurt was a student, Alexa Moreno of Elm Hollow."
    template = Fact(
        0, 12, "Alexa Moreno", MentionType.PERSON, "PERSON", 0, key="person:moreno",
        value="Alexa Moreno", first="alexa", last="moreno",
    )  # fmt: skip
    found = rescan_known_names(text, [], {}, [0], 0, [template])
    assert [(text[f.start : f.end], f.key) for f in found] == [("Alexa Moreno", "person:moreno")]


def test_a_street_address_is_a_place_never_a_person() -> None:
    report = _compare(
        "Two men were shot outside 212 N. Main St. on Sunday, police said.",
        "Two men were wounded on North Main Street on Sunday.",
    )
    left = _mentions(report, "left")
    assert left.get("212 N. Main St.") is MentionType.PLACE


def test_a_paper_named_with_a_capital_the_inside_a_sentence_is_no_person() -> None:
    report = _compare(
        "Court papers obtained by The Gazette show that Dana Reed bought the gun.",
        "Dana Reed bought the gun, according to court papers.",
    )
    assert _mentions(report, "left").get("Gazette") is not MentionType.PERSON


def test_two_outlets_photographers_are_never_a_conflict_about_who_was_there() -> None:
    left = (
        "Police at the scene of the shooting. (Photo: Dana Reed, Daily Herald)\n\n"
        "A boy was shot in the shoulder on Sunday night, police said."
    )
    right = (
        "Police at the scene of the shooting. (Photo: Lee Marsh, KXYZ News)\n\n"
        "A boy was shot in the shoulder on Sunday night, police said."
    )
    report = _compare(left, right)
    assert "Dana Reed" not in _mentions(report, "left")
    assert "Lee Marsh" not in _mentions(report, "right")
    people = [f for f in report.findings if f.type is MentionType.PERSON]
    assert not [f for f in people if f.kind is FindingKind.CONFLICT]
    assert credits("By Dana Reed\nA boy was shot.") == [(0, 12)]
    assert credits("View Full Caption NewsSite/Dana Reed") == [(18, 36)]
