"""A group word ("Democrats", "NYPD" read as a group of people) that the other article writes in
the very same letters is told there, whatever its parser made of it: no yellow mark says the
other side never names the group. A group the other side never names stays one-sided."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, analyse, nlp_view
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.untold.told import told_elsewhere
from desktop.core.model import Document, MentionType


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def _group(analysis: Analysis, text: str) -> Fact:
    return next(f for f in analysis.facts if f.text == text and f.type is MentionType.NATIONALITY)


def test_democrats_marching_are_told_by_the_other_article_naming_democrats() -> None:
    mine = _analysis("Hundreds of Democrats marched to the capitol on Sunday.")
    theirs = _analysis("The march was led by Democrats from three counties, organisers said.")
    assert told_elsewhere(_group(mine, "Democrats"), theirs)


def test_democrats_are_not_told_by_an_article_naming_only_republicans() -> None:
    mine = _analysis("Hundreds of Democrats marched to the capitol on Sunday.")
    theirs = _analysis("The march was led by Republicans from three counties, organisers said.")
    assert not told_elsewhere(_group(mine, "Democrats"), theirs)


def test_congressional_democrats_are_told_by_an_article_quoting_democratic_leaders() -> None:
    mine = _analysis("Congressional Democrats sharply criticised the new rule on Friday.")
    theirs = _analysis("The chairman said he would fight the rule with other Democratic leaders.")
    assert told_elsewhere(_group(mine, "Democrats"), theirs)
    assert told_elsewhere(_group(theirs, "Democratic"), mine)
