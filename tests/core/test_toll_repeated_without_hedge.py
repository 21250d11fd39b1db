"""A toll told again with or without its hedge ("At least 12 workers were injured" ... "Hale said
12 were injured") is the same claim: it joins the verdict on that toll instead of standing as a
figure, and a sentence, only one article gives. Another figure stays one-sided."""

from __future__ import annotations

from tests.factories import compare_texts, conflicts, untold_sentences, yellow


def test_a_toll_told_again_without_its_hedge_joins_the_conflict_on_it() -> None:
    left = (
        "Blast at chemical plant\n\n"
        "At least 12 workers were injured in an explosion at the Marlow chemical plant on "
        "Tuesday, officials said. The blast shook homes across the town. "
        "Plant manager Joe Hale said 12 were injured."
    )
    right = (
        "Explosion rocks plant\n\n"
        "Six workers were injured in an explosion at the Marlow chemical plant on Tuesday, "
        "officials said. The blast shook homes across the town."
    )
    report = compare_texts(left, right)
    marked = yellow(report)
    assert "12" not in marked, marked
    assert "Plant manager Joe Hale said 12 were injured." not in untold_sentences(report)
    assert any({"At least 12", "12"} <= {s.text for s in f.left} for f in conflicts(report))


def test_another_figure_of_the_same_toll_stays_one_sided() -> None:
    left = (
        "Blast at chemical plant\n\n"
        "At least 12 workers were injured in an explosion at the Marlow chemical plant on "
        "Tuesday, officials said. The blast shook homes across the town. "
        "Plant manager Joe Hale said 40 people were evacuated."
    )
    right = (
        "Explosion rocks plant\n\n"
        "Six workers were injured in an explosion at the Marlow chemical plant on Tuesday, "
        "officials said. The blast shook homes across the town."
    )
    assert "40" in yellow(compare_texts(left, right))
