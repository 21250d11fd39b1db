"""One person who speaks: "One resident who lives around the corner said ...", "one witness told
police ...". "One" before the subject of a verb of saying singles out a source, as "a" would; it
counts no group, and contradicts no count of residents or witnesses the other article gives.
"""

from __future__ import annotations

from typing import Any

from desktop.core.quoting.attribution import REPORTING_VERBS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def singles_out_a_speaker(span: Any) -> bool:
    if span.root.dep_ != "nummod" or span.text.lower() != "one":
        return False
    noun = span.root.head
    return noun.dep_ in _SUBJECTS and noun.head.lemma_.lower() in REPORTING_VERBS
