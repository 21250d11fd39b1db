"""A part of the day that classifies a noun ("her daytime talk show") names a kind of thing, not
a time one article gives and the other lacks (hand-written texts)."""

from __future__ import annotations

from desktop.core.extraction.extract import Fact, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.datetimes.clocks.kind_times import names_a_kind
from desktop.core.model import Document, FindingKind, MentionType, Report
from tests.factories import compare_texts


def _times_marked(report: Report) -> list[str]:
    return [
        s.text
        for f in report.findings
        if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)
        and f.type in (MentionType.TIME, MentionType.DATE)
        for s in f.left + f.right
    ]


def test_a_daytime_talk_show_is_no_time_the_other_article_lacks() -> None:
    left = (
        "Host picked\n\nDeGeneres, who hosts a daytime talk show, will host the Oscars in "
        "March, the academy said."
    )
    right = (
        "Host picked\n\nDeGeneres, who hosts a talk show on television, will host the Oscars "
        "in March, the academy said."
    )
    assert _times_marked(compare_texts(left, right)) == []


def test_in_the_morning_before_a_noun_is_still_a_time() -> None:
    text = "The roof fell in. In the morning firefighters found the warehouse had collapsed."
    doc = Document(source="a.txt", text=text)
    nlp = load_pipeline().nlp
    (analysis,) = analyse([doc], [nlp(nlp_view(text))])
    start = text.index("morning")
    morning = Fact(start, start + len("morning"), "morning", MentionType.TIME, "TIME", 1)
    assert not names_a_kind(morning, analysis)
    kind = text.replace("In the morning firefighters", "Morning shift workers")
    (analysis,) = analyse([Document(source="b.txt", text=kind)], [nlp(nlp_view(kind))])
    start = kind.index("Morning")
    shift = Fact(start, start + len("Morning"), "Morning", MentionType.TIME, "TIME", 1)
    assert names_a_kind(shift, analysis)
