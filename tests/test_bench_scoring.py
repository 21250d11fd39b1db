"""The quality bench scores what the journalist sees: these hand-made reports pin its
definitions."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from bench.paraphrase_plan import COUNT_RE, _counts, find_weekday, recount, rewrite
from bench.reasons import numbers_in, reason_defects
from bench.scoring import Gold, is_false_alarm, score, shown_as_only
from desktop.core.model import FindingKind, TextRange
from tests.factories import finding

TEXTS = (
    "At least five people died when the ferry sank on Sunday off Bali.",
    "At least three people were killed when the ferry went down on Sunday near Bali.",
)


def gold(kind: str, left: str | None, right: str | None, debatable: bool = False) -> Gold:
    def where(text: str, quote: str | None) -> TextRange | None:
        if quote is None:
            return None
        start = text.index(quote)
        return TextRange(start, start + len(quote))

    return Gold(
        "P1",
        FindingKind(kind),
        "slot",
        left,
        right,
        debatable,
        where(TEXTS[0], left),
        where(TEXTS[1], right),
    )


SANK = gold("agree", "the ferry sank on Sunday", "the ferry went down on Sunday")


def test_a_yellow_mark_inside_an_agreement_counts_even_when_an_agree_finding_covers_it() -> None:
    agree = finding(TEXTS, "a", "agree", "statement", ["the ferry sank"], ["the ferry went down"])
    yellow = finding(TEXTS, "y", "right_only", "date", right=["Sunday"])
    assert shown_as_only(SANK, [agree, yellow])
    figures = score([SANK], {"P1": [agree, yellow]}, debatable=True)
    assert figures.recall[FindingKind.AGREE] == (1, 1)
    assert figures.agree_as_only == 1


def test_an_agreement_with_no_one_sided_mark_inside_is_not_shown_as_only() -> None:
    agree = finding(TEXTS, "a", "agree", "statement", ["the ferry sank"], ["the ferry went down"])
    elsewhere = finding(TEXTS, "o", "left_only", "place", left=["Bali"])
    wrong_side = finding(TEXTS, "w", "left_only", "date", right=["Sunday"])
    assert not shown_as_only(SANK, [agree, elsewhere, wrong_side])


def test_a_conflict_is_right_only_on_a_gold_conflict_and_false_on_a_gold_agreement() -> None:
    toll = gold("conflict", "At least five", "At least three")
    on_toll = finding(TEXTS, "c1", "conflict", "number", ["five"], ["three"])
    on_sinking = finding(TEXTS, "c2", "conflict", "date", ["Sunday"], ["Sunday"])
    figures = score([toll, SANK], {"P1": [on_toll, on_sinking]}, debatable=True)
    assert (figures.conflicts_right, figures.conflicts_scored) == (1, 2)
    assert figures.false_alarms == 1
    assert is_false_alarm(on_sinking, [SANK]) and not is_false_alarm(on_toll, [SANK])


def test_a_right_conflict_inside_a_wider_agreement_is_no_false_alarm() -> None:
    sinking = gold(
        "agree", "At least five people died when the ferry sank", "At least three people"
    )
    toll = gold("conflict", "At least five", "At least three")
    on_toll = finding(TEXTS, "c1", "conflict", "number", ["five"], ["three"])
    figures = score([sinking, toll], {"P1": [on_toll]}, debatable=True)
    assert (figures.conflicts_right, figures.false_alarms) == (1, 0)
    assert is_false_alarm(on_toll, [sinking]) and not is_false_alarm(on_toll, [sinking, toll])


def test_a_conflict_on_a_debatable_line_is_left_out_of_precision_without_debatables() -> None:
    toll = gold("conflict", "At least five", "At least three", debatable=True)
    on_toll = finding(TEXTS, "c1", "conflict", "number", ["five"], ["three"])
    strict = score([toll], {"P1": [on_toll]}, debatable=False)
    assert strict.conflicts_scored == 0 and strict.recall[FindingKind.CONFLICT] == (0, 0)


def test_both_give_five_over_five_and_three_is_a_reason_defect() -> None:
    toll = finding(
        TEXTS,
        "a",
        "agree",
        "number",
        ["At least five"],
        ["At least three"],
        reason="Both give 'five' (death).",
    )
    defects = reason_defects(toll)
    assert [(d.value, d.missing_on.value) for d in defects] == [("five", "right")]


def test_both_give_ten_over_10_and_ten_is_no_defect() -> None:
    texts = ("killing 10 people", "Ten people were killed on Sunday")
    toll = finding(
        texts, "a", "agree", "number", ["10 people"], ["Ten people"], reason="Both give '10'."
    )
    day = finding(
        texts, "d", "agree", "date", ["killing"], ["Sunday"], reason="Both give 2005-11-27."
    )
    assert reason_defects(toll) == []
    assert [d.missing_on.value for d in reason_defects(day)] == ["left"]  # 2005-11-27 was a Sunday


def test_numbers_read_in_figures_and_words() -> None:
    assert numbers_in("more than 26,000 and twenty-five, Ten, 1.5 million") == {
        26000,
        25,
        10,
        1.5e6,
    }


def test_a_sum_with_its_scale_glued_on_is_read_whole() -> None:
    assert numbers_in("a 110bn-euro package, 110 billion") == {110e9}


def test_a_figure_printed_with_a_space_after_its_thousands_comma_is_one_figure() -> None:
    # ECB+ puts a space after every comma: "$2, 199" is the engine's '$2199', not two and 199.
    assert numbers_in("It sells for $2, 199 today") == {2199}
    assert numbers_in("in 2008, 300 people fled; 1, 2 or 3 days") == {2008, 300, 1, 2, 3}


def test_a_paraphrased_count_keeps_its_form_and_makes_the_noun_plural() -> None:
    assert recount("one", "man") == ("four", "men")
    assert recount("Ten", "people") == ("Thirteen", "people")
    assert recount("TWO", "MEN") == ("FIVE", "MEN")
    assert recount("51", "dead") == ("102", "dead")


def test_a_rewrite_reports_where_each_new_value_sits() -> None:
    text, news = rewrite("sank on Sunday; by Sunday night", [(8, 14, "Monday"), (19, 25, "Monday")])
    assert text == "sank on Monday; by Monday night"
    assert [text[r.start : r.end] for r in news] == ["Monday", "Monday"]


def test_the_same_figure_claimed_over_five_and_three_is_a_defect_but_not_over_feet_and_metres() -> (
    None
):
    same = "Both give the same figure (the dead), each in its own words."
    toll = finding(
        TEXTS, "a", "agree", "number", ["At least five"], ["At least three"], reason=same
    )
    texts = ("a fall of about 200ft", "a fall of about 60m")
    fall = finding(texts, "f", "agree", "quantity", ["about 200ft"], ["about 60m"], reason=same)
    bounds = finding(
        TEXTS,
        "b",
        "agree",
        "number",
        ["At least five"],
        ["At least three"],
        reason="The two figures can both be true, but they are not the same figure.",
    )
    assert len(reason_defects(toll)) == 1
    assert reason_defects(fall) == [] and reason_defects(bounds) == []


def test_a_weekday_both_articles_give_is_changed_everywhere_in_the_right_article_only() -> None:
    left = "The ferry sank off Bali on Sunday. Rescuers searched all day."
    right = "A ferry went down near Bali on Sunday, officials said. By Sunday night, 40 were saved."
    sentences = (
        [TextRange(0, 34), TextRange(35, len(left))],
        [
            TextRange(0, 54),
            TextRange(55, len(right)),
        ],
    )
    found = find_weekday("P1", SimpleNamespace(text=left), SimpleNamespace(text=right), *sentences)
    assert found is not None
    change, edited = found
    assert change.before == "Sunday" and change.after not in left and change.after not in right
    assert "Sunday" not in edited and edited.count(change.after) == 2
    assert [left[a.start : a.end] for a in change.anchors] == ["Sunday"]
    assert all(edited[n.start : n.end] == change.after for n in change.new)


def test_the_digits_after_a_decimal_point_are_no_count_to_paraphrase() -> None:
    # "Over 2.5 million" changed to "2.8 million" is a compatible figure, not a changed count.
    text = "Over 2.5 million people fled; 5 died at 10:30 and five were hurt."
    assert [m.group() for m in COUNT_RE.finditer(text)] == ["5", "five"]


def test_one_standing_for_a_person_is_no_count_to_paraphrase() -> None:
    # "no one else was injured" changed to "no four else" is broken English, not a changed count.
    text = "No one else was hurt; someone said one man died and one was injured."
    assert [m.group() for m in _counts(text)] == ["one", "one"]
    assert [m.group() for m in _counts("Police said no one else was injured.")] == []


def test_a_clock_time_with_a_dot_or_a_colon_is_one_time() -> None:
    texts = ("at 9.25 am the bell rang", "about 9:25 in the morning the bell rang")
    same = "Both give the same time, each in its own words."
    clock = finding(texts, "a", "agree", "time", ["9.25 am"], ["about 9:25 in the morning"])
    assert reason_defects(replace(clock, reason=same)) == []
    other = ("at 9.25 am the bell rang", "at 10:40 the bell rang")
    wrong = finding(other, "c", "agree", "time", ["9.25 am"], ["10:40"], reason=same)
    assert len(reason_defects(wrong)) == 1


def test_a_stay_in_days_and_one_in_months_are_not_compared_as_numbers() -> None:
    texts = ("a 90-day stay", "a three-month stay")
    same = "Both give the same figure (stay), each in its own words."
    stay = finding(texts, "a", "agree", "quantity", ["90-day"], ["three-month"], reason=same)
    assert reason_defects(stay) == []
    weeks = finding(
        ("a 90-day stay", "a 60-day stay"),
        "b",
        "agree",
        "quantity",
        ["90-day"],
        ["60-day"],
        reason=same,
    )
    assert len(reason_defects(weeks)) == 1
