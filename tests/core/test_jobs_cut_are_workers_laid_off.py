"""A job cut told by the jobs or by the people let go: "will cut 1,200 jobs" / "is laying off
2,100 employees" count one thing, so the two figures clash, and "eliminate 3,000 positions" /
"shed three thousand jobs" agree. The jobs a company has are no count of the jobs it cuts."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts, yellow

_LEFT = (
    "Brightline Software will cut about 1,200 jobs, the company said on Monday. "
    "The layoffs will mostly affect sales and marketing staff. "
    "Chief executive Tom Reyes said the cuts were painful but necessary."
)
_RIGHT = (
    "Brightline Software is laying off roughly {count} employees, it said Monday. "
    "Most of those losing their jobs work in sales and marketing. "
    "CEO Tom Reyes said the decisions were painful but necessary."
)


def test_jobs_cut_clash_with_a_different_count_of_employees_laid_off() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(count="2,100"))
    assert conflict_texts(report) == [({"about 1,200"}, {"roughly 2,100"})]


def test_jobs_cut_agree_with_as_many_employees_laid_off() -> None:
    report = compare_texts(_LEFT, _RIGHT.format(count="1,200"))
    assert conflict_texts(report) == []
    assert "about 1,200" not in yellow(report)


def test_positions_eliminated_agree_with_jobs_shed_in_words() -> None:
    report = compare_texts(
        "Nordvik Telecom plans to eliminate 3,000 positions over the next two years. "
        "The company said it would save 400 million euros a year.",
        "Nordvik Telecom will shed three thousand jobs, it said on Wednesday. "
        "The savings will reach 400 million euros annually.",
    )
    assert conflict_texts(report) == []
    assert "3,000" not in yellow(report), yellow(report)


def test_jobs_cut_are_no_count_of_the_workforce() -> None:
    report = compare_texts(
        "Nordvik Telecom has 50,000 employees. "
        "It said on Wednesday it would restructure its business.",
        "Nordvik Telecom will cut 3,000 jobs. "
        "It said on Wednesday it would restructure its business.",
    )
    assert conflict_texts(report) == []
