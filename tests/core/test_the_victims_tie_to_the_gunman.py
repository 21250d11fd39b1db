"""Who the victim was to the gunman: "shot his wife" in one article and "shot his own sister" in
the other name one victim two ways that cannot both hold; "his wife" / "his fiancee" is a looser
word for one partner, and an article telling two ties tells of two people (hand-written texts)."""

from __future__ import annotations

from tests.factories import compare_stories, conflict_texts, conflicts

LEFT = (
    "Woman wounded in Millbrook shooting.\n"
    "A Millbrook man shot his wife in the arm at their home on Cedar Lane on Monday night, police "
    "said. Officers arrested the man at the scene. The woman was treated at Mercy Hospital."
)


def _right(tie_sentence: str) -> str:
    return (
        "Millbrook man arrested after shooting.\n"
        "Officers arrested a man at a home on Cedar Lane in Millbrook on Monday night. "
        f"{tie_sentence} The woman was treated at Mercy Hospital, police said."
    )


def test_a_wife_in_one_article_and_a_sister_in_the_other_are_two_accounts_of_the_victim() -> None:
    report = compare_stories(LEFT, _right("Police say he shot his own sister during an argument."))
    assert ({"wife"}, {"sister"}) in conflict_texts(report)
    tie = next(f for f in conflicts(report) if {s.text for s in f.right} == {"sister"})
    assert "'wife'" in tie.reason


def test_a_wife_and_a_fiancee_may_be_one_partner() -> None:
    report = compare_stories(LEFT, _right("Police say he shot his fiancee during an argument."))
    assert not any("fiancee" in r for _, r in conflict_texts(report))


def test_a_daughter_and_her_mother_shot_are_two_victims_set_against_nothing() -> None:
    report = compare_stories(
        LEFT,
        _right("Police say he shot his daughter and killed her mother during an argument."),
    )
    assert not any({"daughter", "mother"} & r for _, r in conflict_texts(report))


def test_the_mother_of_his_girlfriend_is_not_his_mother() -> None:
    report = compare_stories(
        LEFT, _right("Police say he shot his girlfriend's mother during an argument.")
    )
    assert not any("mother" in r or "girlfriend" in r for _, r in conflict_texts(report))


def test_a_son_in_one_article_and_a_daughter_in_the_other_are_two_accounts() -> None:
    left = LEFT.replace("shot his wife", "shot his son").replace("The woman", "The boy")
    report = compare_stories(
        left, _right("Police say he shot his 9-year-old daughter during an argument.")
    )
    assert ({"son"}, {"daughter"}) in conflict_texts(report)


def test_a_wife_and_a_son_shot_in_one_sentence_are_two_victims_set_against_nothing() -> None:
    left = LEFT.replace("shot his wife in the arm", "shot his wife, 34, and son")
    report = compare_stories(left, _right("Police say he shot his son during an argument."))
    assert not any("wife" in lf or "son" in lf for lf, _ in conflict_texts(report))
