"""A journalist reads two sentences shown as reporting the same thing: "he shot and killed a
forest ranger" / "In the hills above Pine Lake, he shot and killed forest ranger Tom Bell at a
cabin the ranger was painting". A yellow mark over the whole second sentence would say the other
article never reports the killing, which it does; the mark keeps the words only that sentence
gives (where, at what cabin) and leaves the told clause out. Names, figures and places inside the
told clause stay marked as the passes mark them (issue 8, item 4)."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.untold.told_span import narrowed_to_untold, told_span
from desktop.core.model import Document, Finding, FindingKind, Side
from tests.factories import compare_texts, finding, one_sided_texts

_LEFT = (
    "A convicted robber escaped from the county jail in Marlow on Monday, the sheriff said. "
    "Later that night, as he tried to get away from state troopers, he shot and killed a forest "
    "ranger."
)
_KILLING = (
    "In the hills above Pine Lake, he shot and killed forest ranger Tom Bell at a cabin the "
    "ranger was painting."
)
_RIGHT = (
    "A convicted robber broke out of the county jail in Marlow on Monday, officials said. "
    + _KILLING
)
_LEFT_KILLING = (
    "Later that night, as he tried to get away from state troopers, he shot and killed a forest "
    "ranger."
)


def _analyses(left: str, right: str) -> tuple[Analysis, Analysis]:
    docs = [Document(source="left.txt", text=left), Document(source="right.txt", text=right)]
    nlp = load_pipeline().nlp
    first, second = analyse(docs, list(nlp.pipe([nlp_view(d.text) for d in docs])))
    return first, second


def _marks(findings: list[Finding]) -> list[str]:
    return [s.text for f in findings if f.kind is FindingKind.RIGHT_ONLY for s in f.right]


def _whole_sentence_mark(agreed: bool) -> list[Finding]:
    texts = (_LEFT, _RIGHT)
    whole = "Nothing in the left article reports this sentence."
    mark = finding(texts, "m", "right_only", "statement", right=[_KILLING], reason=whole)
    statement = finding(texts, "s", "agree", "statement", left=[_LEFT_KILLING], right=[_KILLING])
    return [statement, mark] if agreed else [mark]


def test_a_mark_over_a_sentence_shown_as_told_leaves_out_the_told_killing() -> None:
    left, right = _analyses(_LEFT, _RIGHT)
    narrowed = narrowed_to_untold(_whole_sentence_mark(True), left, right)
    marks = _marks(narrowed)
    assert marks, "the words only the right article gives stay marked"
    assert not [m for m in marks if "shot and killed" in m]
    assert [m for m in marks if "cabin the ranger was painting" in m]
    assert [m for m in marks if "Pine Lake" in m]
    (mark,) = [f for f in narrowed if f.kind is FindingKind.RIGHT_ONLY]
    assert "reports this part of it" in mark.reason


def test_a_mark_over_a_sentence_no_statement_pairs_stays_whole() -> None:
    left, right = _analyses(_LEFT, _RIGHT)
    assert _marks(narrowed_to_untold(_whole_sentence_mark(False), left, right)) == [_KILLING]


def test_a_partner_sharing_only_a_name_tells_no_clause() -> None:
    left_text = "Tom Bell was a keen painter. Nobody saw Tom Bell at the lake that week."
    right_text = "Forest ranger Tom Bell was found dead at a cabin on Tuesday."
    left, right = _analyses(left_text, right_text)
    assert told_span(right, 0, left, [0]).runs == ()
    assert told_span(right, 0, left, [1]).runs == ()


def test_the_told_span_is_the_killing_both_sentences_report() -> None:
    left, right = _analyses(_LEFT, _RIGHT)
    told = told_span(right, 1, left, [1])
    told_words = " | ".join(_RIGHT[a:b] for a, b in told.runs)
    assert "shot and killed forest ranger" in told_words
    assert "Pine Lake" not in told_words
    assert "painting" not in told_words


def test_the_rangers_name_inside_the_told_killing_stays_yellow() -> None:
    report = compare_texts(_LEFT, _RIGHT)
    assert "Tom Bell" in one_sided_texts(report)
    assert any(
        f.kind is FindingKind.AGREE and f.is_statement and f.spans(Side.RIGHT)[0].text == _KILLING
        for f in report.findings
    )


def test_police_said_in_both_sentences_tells_nothing_of_what_they_said() -> None:
    # "Police said" is who speaks: a sentence sharing only that with its partner keeps its mark.
    left_text = "The van overturned on the bypass. Police said the road would stay shut all night."
    right_text = "A van overturned on the bypass. Police said the driver had been drinking."
    drinking = "Police said the driver had been drinking."
    texts = (left_text, right_text)
    whole = "Nothing in the left article reports this sentence."
    mark = finding(texts, "m", "right_only", "statement", right=[drinking], reason=whole)
    statement = finding(
        texts,
        "s",
        "agree",
        "statement",
        left=["Police said the road would stay shut all night."],
        right=[drinking],
    )
    left, right = _analyses(left_text, right_text)
    assert _marks(narrowed_to_untold([statement, mark], left, right)) == [drinking]
