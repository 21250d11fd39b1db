"""bench.defects counts three defects without gold: a reason naming a value one side lacks (A), a
conflict against itself (B), a one-sided mark over a value the other article gives (C). These
hand-made reports pin each count and the twin where it must stay silent."""

from __future__ import annotations

from dataclasses import replace

from bench.defects import pair_defects, self_conflicts, told_elsewhere
from desktop.core.model import Finding, Mention, MentionType, Report, Sentence, Side
from tests.factories import finding, report

TEXTS = (
    "Maria Lopez said five workers died in Quito on Friday. Lopez spoke to reporters.",
    "Police said Lopez saw five workers die on Friday. Maria Lopez runs the Ecuador plant.",
)


def _mention(text: str, phrase: str, type_: MentionType, value: str, entity: str) -> Mention:
    start = text.index(phrase)
    return Mention(start, start + len(phrase), phrase, type_, value, entity)


def _report(findings: list[Finding], right_name: str = "Maria Lopez") -> Report:
    texts = (TEXTS[0], TEXTS[1].replace("Maria Lopez", right_name))
    base = report(texts, findings)
    left = (
        _mention(texts[0], "Maria Lopez", MentionType.PERSON, "Maria Lopez", "l:lopez"),
        _mention(texts[0], "five", MentionType.NUMBER, "5", "l:5"),
        _mention(texts[0], "Quito", MentionType.PLACE, "Quito", "l:quito"),
        _mention(texts[0], "Friday", MentionType.DATE, "Friday", "l:friday"),
    )
    right = (
        _mention(texts[1], "Lopez", MentionType.PERSON, "Lopez", "r:lopez"),
        _mention(texts[1], "five", MentionType.NUMBER, "5", "r:5"),
        _mention(texts[1], "Friday", MentionType.DATE, "Friday", "r:friday"),
        _mention(texts[1], right_name, MentionType.PERSON, right_name, "r:lopez"),
        _mention(texts[1], "Ecuador", MentionType.PLACE, "Ecuador", "r:ecuador"),
    )
    cut = [t.index(". ") + 1 for t in texts]
    return replace(
        base,
        left=replace(
            base.left,
            mentions=left,
            sentences=(Sentence(0, cut[0]), Sentence(cut[0] + 1, len(texts[0]))),
        ),
        right=replace(
            base.right,
            mentions=right,
            sentences=(Sentence(0, cut[1]), Sentence(cut[1] + 1, len(texts[1]))),
        ),
    )


def _workers(side: Side, mention: Mention) -> str:
    return "worker" if mention.text == "five" else ""


def _codes(found: list[Finding], right_name: str = "Maria Lopez") -> list[str]:
    return [d.code for d in pair_defects(_report(found, right_name), _workers)]


def test_a_person_the_other_article_names_in_full_is_a_told_mark() -> None:
    mark = finding(TEXTS, "y", "left_only", "person", left=["Maria Lopez"])
    assert _codes([mark]) == ["C"]


def test_another_lopez_on_the_other_side_leaves_the_mark() -> None:
    mark = finding(TEXTS, "y", "left_only", "person", left=["Maria Lopez"])
    assert _codes([mark], right_name="Jorge Lopez") == ["C~"]  # only loosely: one surname


def test_a_surname_whose_cluster_holds_one_full_name_is_that_person() -> None:
    # "Police said Lopez saw ...": the right's "Lopez" is the Maria Lopez its cluster names later.
    mark = finding(TEXTS, "y", "right_only", "person", right=["Lopez"])
    assert [d.code for d in told_elsewhere(_report([mark]))] == ["C"]


def test_a_surname_whose_cluster_holds_two_full_names_is_nobody_in_particular() -> None:
    mark = finding(TEXTS, "y", "right_only", "person", right=["Lopez"])
    clustered = _report([mark])
    jorge = replace(clustered.right.mentions[3], text="Jorge Lopez", value="Jorge Lopez")
    two = (*clustered.right.mentions, jorge)
    both = replace(clustered, right=replace(clustered.right, mentions=two))
    assert [d.code for d in told_elsewhere(both)] != ["C"]


def test_the_same_figure_with_the_same_counted_noun_is_a_told_mark() -> None:
    mark = finding(TEXTS, "y", "left_only", "number", left=["five"])
    assert _codes([mark]) == ["C"]
    # No counted noun known: only the loose count takes it.
    assert [d.code for d in told_elsewhere(_report([mark]))] == ["C~"]


def test_a_place_the_other_article_gives_more_precisely_is_listed_inside() -> None:
    mark = finding(TEXTS, "y", "right_only", "place", right=["Ecuador"])
    assert [d.note for d in told_elsewhere(_report([mark]))] == ["inside"]
    quito = finding(TEXTS, "q", "left_only", "place", left=["Quito"])
    assert told_elsewhere(_report([quito])) == []  # the coarser place does not tell the town


def test_a_conflict_between_the_same_day_is_against_itself() -> None:
    same = finding(TEXTS, "c", "conflict", "date", left=["Friday"], right=["Friday"])
    assert [d.note for d in self_conflicts(_report([same]))] == ["same words"]
    other = finding(TEXTS, "d", "conflict", "number", left=["five"], right=["Friday"])
    assert self_conflicts(_report([other])) == []


def test_an_agree_reason_quoting_a_figure_one_side_lacks_is_counted() -> None:
    wrong = finding(TEXTS, "a", "agree", "number", ["five"], ["Friday"], reason="Both give 'five'.")
    right = finding(TEXTS, "b", "agree", "number", ["five"], ["five"], reason="Both give 'five'.")
    assert _codes([wrong]) == ["A"]
    assert _codes([right]) == []
