"""Who "he", "she" and "the 45-year-old" are, inside one article, as a linguist states it.

A third-person personal pronoun ("he", "him", "his", "she", "her") stands for a person the
reader has just met: named (or already resolved) as the subject of the same sentence before it,
or named anywhere in the same sentence before it or in the sentence just before (centering:
the subject is the preferred antecedent; a reader looks no further back). The pronoun's sex
must fit what the article says of the person: a courtesy title ("Mr", "Mrs"), a noun describing
them ("Smith, a mother of two"), a pronoun already resolved to them; never a first-name list.
When two people fit, the pronoun stays unresolved: a wrong antecedent is worse than none.

A definite description ("the gunman", "the 45-year-old") stands for the one person the article
has already tied that description to: in apposition or as a predicate ("Smith, the gunman,",
"Smith was the suspect", ``naming/descriptions.py``), or, for an age, beside the name ("John
Smith, 45,").

Plain Python on what the analysis keeps (``Analysis.clause_parse``, its person facts and
descriptions): no second parse. "They" and "it" are left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.extraction.extract import Analysis
from desktop.core.extraction.facts import Fact
from desktop.core.extraction.parse_clauses import ClauseParse
from desktop.core.lexicon.people import DESCRIPTION_NOUNS, GENDERED_WORDS
from desktop.core.lexicon.pronouns import PERSON_PRONOUN_SEXES, SEXED_TITLES
from desktop.core.model import MentionType

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# "the 45-year-old", "the 45-year-old man": an age standing for a person.
_AGED = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b(?: (\w+))?")
# Nouns an age may stand before as one phrase ("the 45-year-old man").
_PERSON_NOUNS = frozenset(GENDERED_WORDS) | DESCRIPTION_NOUNS


@dataclass(frozen=True, slots=True)
class Reference:
    """A word that stands for a person named elsewhere in its article: ``tokens`` (parse token
    indexes, the pronoun or the description's words), its ``sentence``, its text offsets, the
    person's fact key, and which rule joined them ("pronoun", "description", "age")."""

    tokens: tuple[int, ...]
    sentence: int
    start: int
    end: int
    person: str
    kind: str


@dataclass(frozen=True, slots=True)
class _Mention:
    """A person met at token ``token`` of ``sentence``, as a clause's subject or not."""

    person: str
    sentence: int
    token: int
    subject: bool


def references(analysis: Analysis) -> list[Reference]:
    """Every pronoun and definite description of the article resolved to a named person, kept
    once built."""
    return analysis.derived("references", _build)


def person_tokens(analysis: Analysis) -> dict[int, str]:
    """Parse token index -> the key of the person a resolved pronoun or description stands for."""
    return {t: r.person for r in references(analysis) for t in r.tokens}


def _build(analysis: Analysis) -> list[Reference]:
    parse = analysis.clause_parse
    if parse is None or len(parse.bounds) != len(analysis.sentences):
        return []
    people = [f for f in analysis.facts if f.type is MentionType.PERSON and not f.weak and f.key]
    return _Resolver(analysis, parse, people).run()


class _Resolver:
    """Walks the article in order, keeping who was met where and what sex each person is."""

    def __init__(self, analysis: Analysis, parse: ClauseParse, people: list[Fact]) -> None:
        self.text = analysis.document.text
        self.parse = parse
        self.sexes: dict[str, set[str]] = {}
        self.named: dict[int, list[_Mention]] = {}  # sentence -> people named in it
        self.heads: dict[int, str] = {}  # the head token of each person's name -> its key
        self.ages: dict[str, set[str]] = {}  # an age given beside a name -> the people
        for fact in people:
            head = self._head_of(fact.start, fact.end)
            if head is None:
                continue
            self.heads[head] = fact.key
            subject = parse.labels[head] in _SUBJECTS or self._conjoined_subject(head)
            self.named.setdefault(fact.sentence, []).append(
                _Mention(fact.key, fact.sentence, head, subject)
            )
            sex = SEXED_TITLES.get(fact.title.lower().rstrip("."))
            if sex:
                self.sexes.setdefault(fact.key, set()).add(sex)
            if fact.age:
                self.ages.setdefault(fact.age, set()).add(fact.key)
        self.described: dict[str, list[tuple[int, str]]] = {}  # noun -> (where, person)
        for d in analysis.descriptions:
            key = next((f.key for f in people if f.start < d.name[1] and d.name[0] < f.end), None)
            if key is None:
                continue
            self.described.setdefault(d.head, []).append((d.start, key))
            sex = GENDERED_WORDS.get(d.head)
            if sex:
                self.sexes.setdefault(key, set()).add(sex)
        self.description_heads = {d.end for d in analysis.descriptions}

    def _head_of(self, start: int, end: int) -> int | None:
        """The token heading the words from ``start`` to ``end``: the one whose head is outside."""
        parse = self.parse
        inside = range(bisect_left(parse.starts, start), bisect_left(parse.starts, end))
        for t in inside:
            if not start <= parse.starts[parse.heads[t]] < end or parse.heads[t] == t:
                return t
        return inside[-1] if len(inside) else None

    def _conjoined_subject(self, t: int) -> bool:
        """ "Smith and Jones were arrested": a name joined by "and" to a subject is one too."""
        parse = self.parse
        while parse.labels[t] == "conj" and parse.heads[t] != t:
            t = parse.heads[t]
        return parse.labels[t] in _SUBJECTS

    def run(self) -> list[Reference]:
        out: list[Reference] = []
        for s, (first, last) in enumerate(self.parse.bounds):
            out.extend(self._ages(s, first, last))
            for t in range(first, last):
                found = self._pronoun(s, t) or self._description(s, t)
                if found is not None:
                    out.append(found)
        return out

    def _met(self, s: int, before: int) -> list[_Mention]:
        """People met in sentence ``s`` before token ``before``: named, or resolved earlier."""
        return [m for m in self.named.get(s, ()) if m.token < before]

    def _fits(self, person: str, sex: str) -> bool:
        known = self.sexes.get(person, set())
        return len(known) != 1 or sex in known

    def _pronoun(self, s: int, t: int) -> Reference | None:
        parse = self.parse
        if parse.tags[t] != "PRON":
            return None
        word = self.text[parse.starts[t] : parse.ends[t]].lower()
        sex = PERSON_PRONOUN_SEXES.get(word)
        if sex is None:
            return None
        here = [m for m in self._met(s, t) if self._fits(m.person, sex)]
        subjects = {m.person for m in here if m.subject}
        person = None
        if len(subjects) == 1 and len({m.person for m in here}) == 1:
            person = next(iter(subjects))  # "Smith said he would appeal"
        else:
            window = {m.person for m in (*here, *self._before(s, sex))}
            if len(window) == 1:
                person = next(iter(window))
        if person is None:
            return None
        self.sexes.setdefault(person, set()).add(sex)
        return self._join(person, s, (t,), "pronoun")

    def _before(self, s: int, sex: str) -> Iterable[_Mention]:
        if s == 0:
            return ()
        return [m for m in self.named.get(s - 1, ()) if self._fits(m.person, sex)]

    def _description(self, s: int, t: int) -> Reference | None:
        """ "the gunman": a noun after "the" the article tied to one person before."""
        parse = self.parse
        lemma = parse.lemmas[t].lower()
        if parse.tags[t] != "NOUN" or parse.ends[t] in self.description_heads:
            return None
        tied = self.described.get(lemma)
        if not tied or (lemma not in DESCRIPTION_NOUNS and lemma not in self.described):
            return None
        if not any(
            parse.heads[c] == t and parse.labels[c] == "det" and parse.lemmas[c].lower() == "the"
            for c in range(max(0, t - 4), t)
        ):
            return None
        people = {key for where, key in tied if where < parse.starts[t]}
        if len(people) != 1:
            return None
        return self._join(next(iter(people)), s, (t,), "description")

    def _ages(self, s: int, first: int, last: int) -> list[Reference]:
        parse = self.parse
        start, end = parse.starts[first], parse.ends[last - 1]
        out = []
        for match in _AGED.finditer(self.text, start, end):
            stop = match.end()
            if match.group(2) and match.group(2).lower() not in _PERSON_NOUNS:
                stop = match.end(1) + len("-year-old")
            people = self.ages.get(match.group(1), set())
            tokens = tuple(
                t
                for t in range(first, last)
                if match.start() <= parse.starts[t] < stop and t not in self.heads
            )
            earlier = all(m.token < tokens[0] for m in self._named_as(people)) if tokens else False
            if len(people) == 1 and tokens and earlier:
                out.append(self._join(next(iter(people)), s, tokens, "age"))
        return out

    def _named_as(self, people: set[str]) -> list[_Mention]:
        return [m for ms in self.named.values() for m in ms if m.person in people]

    def _join(self, person: str, s: int, tokens: tuple[int, ...], kind: str) -> Reference:
        """Record the resolved word as a mention of its person, for the pronouns after it."""
        parse = self.parse
        head = tokens[-1]
        subject = any(parse.labels[t] in _SUBJECTS for t in tokens)
        self.named.setdefault(s, []).append(_Mention(person, s, head, subject))
        self.named[s].sort(key=lambda m: m.token)
        start, end = parse.starts[tokens[0]], parse.ends[tokens[-1]]
        return Reference(tokens, s, start, end, person, kind)
