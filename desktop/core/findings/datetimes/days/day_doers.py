"""Who did what a day dates: the subject of the clause the day stands in.

"The Red Sox owners flew to Texas on Thursday night" / "On Sunday night, the Angels withdrew
their offer": two days of two doers' deeds, not one happening dated twice, though both
sentences speak of the player the story is about. A day an article gives far from the other's
dates the same happening only when the two clauses tell one doer's deed ("Comeaux took two
officers hostage on Friday" / "Comeaux was in a wheelchair Monday when he pulled a gun").
"""

from __future__ import annotations

from bisect import bisect_left

from desktop.core.extraction.extract import Analysis, Fact
from desktop.core.lexicon.speakers import ANNOUNCING_VERBS
from desktop.core.quoting.attribution import REPORTING_VERBS

# The dependency labels of a clause's subject, active and passive.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The parts of speech that name a doer: a noun or a name.
_NAMING = frozenset({"NOUN", "PROPN"})
# A doer joined to another ("Henry, Lucchino and Epstein"), and the words of a doer's name
# ("Arcade Joseph Comeaux Jr.": the parser hangs the first three on "Jr.").
_JOINED = "conj"
_NAME_PARTS = frozenset({"compound", "flat"})
# A verb of saying's subject tells who spoke, not who did it; an announcement is a deed of its own
# ("the government announced cuts on Sunday"), as ``event_days`` reads it.
_SAYING = REPORTING_VERBS - ANNOUNCING_VERBS
# A pronoun names a doer the engine does not resolve: it may be anyone the story names.
_PRONOUN = "PRON"


def one_doer(mine: Analysis, fact: Fact, theirs: Analysis, other: Fact) -> bool:
    """The two days' clauses tell one doer's deed: their subjects share a word, or either
    subject is unknown (a pronoun, no subject read, no parse), which leaves the question open."""
    a, b = _doer_words(mine, fact), _doer_words(theirs, other)
    return a is None or b is None or bool(a & b)


def _doer_words(analysis: Analysis, fact: Fact) -> set[str] | None:
    """The heads of the subjects of the clause ``fact`` stands in and of the clauses above it, up
    to the sentence's head, with the words of their names ("Comeaux took two officers hostage on
    Friday": the parser may read "officers hostage" as a clause of its own, under Comeaux's).
    None when a subject is a pronoun or none is read."""
    parse = analysis.clause_parse
    if parse is None or fact.sentence >= len(parse.bounds):
        return None
    k = bisect_left(parse.starts, fact.start)
    if k >= len(parse.starts) or parse.starts[k] >= fact.end:
        return None
    first, last = parse.bounds[fact.sentence]
    subjects: set[int] = set()
    clause = parse.owner[k]
    for _ in range(last - first):
        if parse.lemmas[clause].lower() not in _SAYING:
            subjects |= {
                u
                for u in range(first, last)
                if u != clause and parse.heads[u] == clause and parse.labels[u] in _SUBJECTS
            }
        above = parse.heads[clause]
        if above == clause or not first <= above < last:
            break
        clause = parse.owner[above]
    if not subjects or any(parse.tags[u] == _PRONOUN for u in subjects):
        return None
    # "Greeks protesting against government measures threw": the doer is the subject's head
    # ("Greeks"), not every word hung below it; each doer a coordination joins counts too.
    doers = set(subjects)
    for u in range(first, last):
        if parse.labels[u] == _JOINED and parse.heads[u] in doers:
            doers.add(u)
    return {
        parse.lemmas[u].lower()
        for u in range(first, last)
        if parse.tags[u] in _NAMING
        and (u in doers or (parse.labels[u] in _NAME_PARTS and parse.heads[u] in doers))
    }
