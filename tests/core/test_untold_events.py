"""A happening only one article reports ("held them hostage", "pleaded guilty") is a fact of its
own: marked one-sided though both articles tell the rest of the sentence, and left alone when the
other article tells it in its own words (hand-written texts)."""

from __future__ import annotations

from desktop.core.model import FindingKind, MentionType
from tests.factories import compare_texts as compare

HEADLINE = "Convicted inmate escapes during prison transfer\n\n"


def _events(left: str, right: str, kind: FindingKind) -> list[str]:
    report = compare(HEADLINE + left, HEADLINE + right)
    side = "left" if kind is FindingKind.LEFT_ONLY else "right"
    return [
        s.text
        for f in report.findings
        if f.kind is kind and f.type is MentionType.OTHER
        for s in getattr(f, side)
    ]


def test_hostages_the_other_article_never_mentions_are_marked() -> None:
    left = (
        "A convicted inmate pulled a gun on two guards during a prison transfer on Monday and "
        "held them hostage before fleeing on foot, authorities said."
    )
    right = (
        "A convicted inmate pulled a gun on two guards during a prison transfer on Monday and "
        "fled on foot, authorities said."
    )
    assert _events(left, right, FindingKind.LEFT_ONLY) == ["hostage"]


def test_an_arrest_told_as_custody_is_no_mark() -> None:
    left = "Police said the gunman was arrested near the plant on Monday after the shooting."
    right = "Police said the gunman was taken into custody near the plant on Monday."
    assert _events(left, right, FindingKind.LEFT_ONLY) == []


def test_re_signing_a_player_is_no_resignation() -> None:
    left = "The general manager said resigning Teixeira was his top priority this winter."
    right = "The general manager said keeping Teixeira was his top priority this winter."
    assert _events(left, right, FindingKind.LEFT_ONLY) == []


def test_a_resignation_only_one_article_reports_is_marked() -> None:
    left = "The coach resigned on Saturday after the team lost eight of its last ten games."
    right = "The coach left on Saturday after the team lost eight of its last ten games."
    assert _events(left, right, FindingKind.LEFT_ONLY) == ["resigned"]


def test_police_caught_the_suspect_tells_his_arrest() -> None:
    left = "The suspect fled the scene on Monday, but he was arrested nearby, police said."
    right = "The suspect fled the scene on Monday, but police later caught the suspect, they said."
    assert _events(left, right, FindingKind.LEFT_ONLY) == []


def test_pleading_for_help_is_no_plea_and_a_guilty_plea_is_one_mark() -> None:
    left = (
        "She sent her mother a text pleading for help before he shot her. "
        "In 2010 he pleaded guilty to assault and served nine months."
    )
    right = "She sent her mother a text before he shot her. In 2010 he served nine months."
    assert _events(left, right, FindingKind.LEFT_ONLY) == ["pleaded"]


def test_an_arrest_is_told_by_the_charge_that_followed_it() -> None:
    left = "Police said the woman was charged with killing two clerks in 1967, officials said."
    right = "Police said they have made an arrest in the killing of two clerks in 1967."
    assert _events(left, right, FindingKind.RIGHT_ONLY) == []


def test_a_charge_is_told_by_the_conviction_on_it() -> None:
    left = "He was convicted of killing four people in a courthouse shooting, the judge said."
    right = "The judge handed down the maximum sentence on each charge in the courthouse shooting."
    assert _events(left, right, FindingKind.RIGHT_ONLY) == []


def test_an_arrest_is_not_told_by_an_escape() -> None:
    left = "The inmate escaped from the courthouse on Monday, officials said."
    right = "The inmate escaped from the courthouse on Monday and was arrested hours later."
    assert _events(left, right, FindingKind.RIGHT_ONLY) == ["arrested"]
