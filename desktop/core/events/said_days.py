"""A day set between a verb of saying and the clause it reports dates the saying: "Harrow Foods
said on Monday it would buy Pellam Dairy", "the mayor said Tuesday she would resign". The parser
often hangs such a day on the reported clause's verb ("buy"), which would make it the day of the
purchase; but the clause opens only after the day, with its subject, so the day belongs to the
words before it. "said it would buy Pellam on Monday" keeps the day inside the clause."""

from __future__ import annotations

from typing import Any

from desktop.core.lexicon.telling import TELLING_NOUNS
from desktop.core.quoting.attribution import REPORTING_VERBS

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def said_before_its_clause(span: Any, verb: Any) -> bool:
    """``verb``: the word the parser hung the day on. True when it heads a clause a verb of
    saying reports, that verb stands right before the day (a preposition between at most), and
    the clause's subject comes after the day."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    saying = verb.head
    if not saying.i < span.start < span.end <= verb.i:
        return False
    if any(t.pos_ != "ADP" for t in span.doc[saying.i + 1 : span.start]):
        return False
    return any(c.dep_ in _SUBJECTS and c.i >= span.end for c in verb.children)


def a_report_noun(word: Any) -> bool:
    """The time hangs on a noun of report itself: "at a briefing at 6 p.m.", "a news conference
    Monday" time the telling, as "said Monday" does, never the happening told."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in TELLING_NOUNS
