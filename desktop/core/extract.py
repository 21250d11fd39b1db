"""From spaCy's parse to facts: typed, normalised mentions with the context that says what they count.

The small English pipeline slips in predictable ways: the same string gets different labels in one
article, headlines in Title Case are read as names, "Nagorno-Karabakh" becomes an organisation.
Labels are therefore voted across both articles, names the parser missed are found again by
string, and headline guesses are kept only when the body confirms them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.attribution import sentence_attribution
from desktop.core.model import Document, MentionType, Sentence
from desktop.core.names import (
    ALIASES,
    DEMONYMS,
    TITLES,
    fold,
    nationality_country,
    org_key,
    person_key,
    place_key,
)
from desktop.core.values import (
    DateValue,
    NumberValue,
    is_unit,
    parse_date,
    parse_iso_date,
    parse_number,
    parse_time,
)

LABEL_TYPES: dict[str, MentionType] = {
    "PERSON": MentionType.PERSON,
    "ORG": MentionType.ORGANISATION,
    "GPE": MentionType.PLACE,
    "LOC": MentionType.PLACE,
    "FAC": MentionType.PLACE,
    "NORP": MentionType.NATIONALITY,
    "DATE": MentionType.DATE,
    "TIME": MentionType.TIME,
    "CARDINAL": MentionType.NUMBER,
    "QUANTITY": MentionType.QUANTITY,
    "MONEY": MentionType.MONEY,
    "PERCENT": MentionType.PERCENT,
    "EVENT": MentionType.EVENT,
}
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
VALUE_TYPES = frozenset(
    {MentionType.NUMBER, MentionType.QUANTITY, MentionType.MONEY, MentionType.PERCENT}
)
KNOWN_PLACES = frozenset(DEMONYMS.values()) | frozenset(ALIASES.values()) - {
    "united nations",
    "european union",
    "north atlantic treaty organization",
}

# Words that say what a figure counts, folded to one slot name: "killed", "dead" and "death toll"
# all speak of deaths. Anything not listed stands for itself (its lemma).
SLOT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["kill", "killed", "dead", "death", "die", "died", "toll", "fatality", "fatalities", "lives", "body", "bodies", "perish", "victim", "murder", "fallen", "deceased", "slain"], "death"),
    **dict.fromkeys(["injure", "injured", "hurt", "wound", "wounded", "injury", "casualty"], "injury"),
    **dict.fromkeys(["quake", "earthquake", "temblor", "tremor", "seism"], "quake"),
    **dict.fromkeys(["arrest", "detain", "custody"], "arrest"),
    **dict.fromkeys(["evacuate", "evacuation", "flee", "fled", "displace", "displaced"], "evacuate"),
    **dict.fromkeys(["aged", "age", "old", "year-old"], "age"),
    **dict.fromkeys(["house", "home", "building", "structure"], "building"),
    **dict.fromkeys(["sentence", "sentenced", "prison", "jail"], "sentence"),
    **dict.fromkeys(["resident", "inhabitant", "population"], "population"),
    **dict.fromkeys(["soldier", "troop", "peacekeeper", "serviceman"], "soldier"),
    **dict.fromkeys(["magnitude", "richter"], "magnitude"),
    **dict.fromkeys(["fall", "drop", "plunge"], "death"),
}  # fmt: skip
_GENERIC_SLOT_WORDS = frozenset(
    [
        "be",
        "have",
        "say",
        "report",
        "tell",
        "state",
        "people",
        "person",
        "year",
        "time",
        "day",
        "also",
        "more",
        "other",
        "about",
        "least",
        "some",
        "number",
        "total",
        "include",
        "put",
        "give",
        "bring",
        "make",
    ]
)
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_PLACE_CUES = frozenset({"in", "near", "outside", "across", "around", "of"})
# Common nouns the small model capitalises into places at the start of a phrase.
_NOT_PLACES = frozenset({"island", "city", "town", "village", "state", "province", "region",
                         "county", "capital", "north", "south", "east", "west", "map"})  # fmt: skip
_WEAK_NUMBER_WORDS = frozenset({"one", "a", "an", "once", "single", "first"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence: its offsets, its lowercase form, and its slot word if it carries content."""

    start: int
    end: int
    lower: str
    content: str  # "" for function words, punctuation and numbers


@dataclass(slots=True)
class Fact:
    """A mention with everything the aligner needs; internal to the engine."""

    start: int
    end: int
    text: str
    type: MentionType
    label: str
    sentence: int
    key: str = ""  # identity within the article: "person:petrov", "place:russia"
    value: str = ""
    number: NumberValue | None = None
    date: DateValue | None = None
    slot: dict[str, float] = field(default_factory=dict)  # context word -> weight
    title: str = ""  # "Major", "President": kept apart from the name
    first: str = ""
    last: str = ""
    weak: bool = False  # "one of the...": a figure too vague to report on its own
    in_headline: bool = False
    age: str = ""  # "Major Petrov, 47": the age given beside a name

    def attributes(self) -> tuple[tuple[str, str], ...]:
        pairs = (("title", self.title), ("age", self.age))
        return tuple((k, v) for k, v in pairs if v)


@dataclass(slots=True)
class Analysis:
    """One article as the engine sees it."""

    document: Document
    sentences: list[Sentence]
    sentence_words: list[list[str]]  # content lemmas per sentence, for alignment
    sentence_tokens: list[list[Token]]
    facts: list[Fact]
    reference_date: date | None


@dataclass(slots=True)
class _RawEntity:
    start: int
    end: int
    text: str
    label: str
    sentence: int
    span: Any  # spaCy Span; dropped before anything leaves this module


def nlp_view(text: str) -> str:
    """The string spaCy reads: same length as the shown text so offsets carry over unchanged.

    Hashtags become plain words ("#Azerbaijan" -> " Azerbaijan"); curly apostrophes become straight
    ones, which the small model's tokenizer handles better.
    """
    return text.replace("#", " ").replace("\u2019", "'").replace("\u2018", "'")


def analyse(docs: Sequence[Document], spacy_docs: Sequence[Any]) -> list[Analysis]:
    """Turn parsed documents into analyses; labels are voted across all of them together."""
    raw_per_doc = [_raw_entities(sd) for sd in spacy_docs]
    votes = _vote_labels(raw for raws in raw_per_doc for raw in raws)
    known = _known_names(raw_per_doc, votes)
    analyses = []
    for document, spacy_doc, raws in zip(docs, spacy_docs, raw_per_doc, strict=True):
        reference = parse_iso_date(document.date)
        spans = [sent for sent in spacy_doc.sents if sent.text.strip()]
        sentences = [_sentence_record(sent, document.text) for sent in spans]
        sentence_starts = [s.start for s in sentences]
        headline_end = _headline_end(spacy_doc)
        facts: list[Fact] = []
        for raw in raws:
            label = votes.get(fold(raw.text), raw.label)
            in_headline = raw.start < headline_end
            if in_headline and label in NAME_LABELS and fold(raw.text) not in known:
                continue  # a Title Case headline word the body never confirms
            fact = _fact(raw, label, reference, sentence_starts)
            if fact is not None:
                fact.in_headline = in_headline
                facts.append(fact)
        facts.extend(
            _rescan_known_names(document.text, facts, known, sentence_starts, headline_end)
        )
        facts.sort(key=lambda f: (f.start, -f.end))
        facts = _drop_overlaps(facts)
        _inherit_slots(facts)
        _attach_ages(facts)
        _cluster_people(facts)
        _cluster_organisations(facts)
        words, tokens = _sentence_words(spans)
        analyses.append(Analysis(document, sentences, words, tokens, facts, reference))
    return analyses


def _raw_entities(spacy_doc: Any) -> list[_RawEntity]:
    out = []
    sent_index = {s.start: i for i, s in enumerate(spacy_doc.sents)}
    for ent in spacy_doc.ents:
        if ent.label_ not in LABEL_TYPES:
            continue
        span = _trim(ent)
        if span is None:
            continue
        sentence = sent_index.get(span.sent.start, 0)
        label = ent.label_
        if label == "PERSON" and span.start > 0 and spacy_doc[span.start - 1].lower_ in _PLACE_CUES:
            label = "GPE"  # "the hospital in Bandar Abbas": people are rarely "in" someone
        out.append(_RawEntity(span.start_char, span.end_char, span.text, label, sentence, span))
    return out


def _trim(ent: Any) -> Any | None:
    """Cut an entity at a line break and drop leading articles and trailing punctuation."""
    tokens = list(ent)
    for i, tok in enumerate(tokens):
        if "\n" in tok.text or (i < len(tokens) - 1 and "\n" in tok.whitespace_):
            tokens = tokens[: i + (0 if "\n" in tok.text else 1)]
            break
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        if ent.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT") and (
            tokens[0].lower_ in ("a", "an")
        ):
            break
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].text in ("'s",)):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


def _vote_labels(raws: Iterable[_RawEntity]) -> dict[str, str]:
    """One label per string across both articles: the body's majority, with a gazetteer's help."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for raw in raws:
        if raw.label in NAME_LABELS:
            counts[fold(raw.text)][raw.label] += 1
    votes = {}
    for text, counter in counts.items():
        if text in DEMONYMS or nationality_country(text):
            votes[text] = "NORP"
        elif text in KNOWN_PLACES or ALIASES.get(text) in KNOWN_PLACES:
            votes[text] = "GPE"
        else:
            # Prefer names over organisations on ties: the small model over-uses ORG.
            order = {"PERSON": 0, "GPE": 1, "LOC": 2, "NORP": 3, "FAC": 4, "EVENT": 5, "ORG": 6}
            votes[text] = max(counter.items(), key=lambda kv: (kv[1], -order.get(kv[0], 9)))[0]
    return votes


def _known_names(raw_per_doc: list[list[_RawEntity]], votes: dict[str, str]) -> dict[str, str]:
    """Names seen outside any headline in either article, with their voted label."""
    known: dict[str, str] = {}
    for raws in raw_per_doc:
        headline_end = _headline_end(raws[0].span.doc) if raws else 0
        for raw in raws:
            if raw.label in NAME_LABELS and raw.start >= headline_end:
                folded = fold(raw.text)
                if raw.text[:1].isupper() and len(folded) > 2:
                    known[folded] = votes.get(folded, raw.label)
                    if votes.get(folded) == "PERSON" and " " in folded:
                        # "Aliyev" alone in a headline is the "Ilham Aliyev" of the body.
                        known.setdefault(folded.split()[-1], "PERSON")
    for demonym in DEMONYMS:
        known.setdefault(demonym, "NORP")
    return known


def _headline_end(spacy_doc: Any) -> int:
    """End offset of a Title Case first line without a full stop; 0 when there is none."""
    first = next(iter(spacy_doc.sents), None)
    if first is None:
        return 0
    text = first.text.strip()
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text)]
    if not words or (text.endswith((".", "?", '"')) and len(words) > 12):
        return 0
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) >= 3 and capitalised / len(words) >= 0.6:
        return first.end_char
    return 0


def _fact(
    raw: _RawEntity, label: str, reference: date | None, sentence_starts: list[int]
) -> Fact | None:
    mtype = LABEL_TYPES[label]
    span = raw.span
    fact = Fact(raw.start, raw.end, raw.text, mtype, label, raw.sentence)
    if label == "PERSON":
        title_tokens = _title_before(span)
        words = raw.text.split()
        first, last = person_key(raw.text)
        if not last or not raw.text[:1].isupper():
            return None
        fact.first, fact.last = first, last
        fact.title = " ".join(title_tokens)
        fact.key = f"person:{last}"
        fact.value = " ".join(words)
        fact.slot = _role_words(span)
    elif label in ("GPE", "LOC", "FAC"):
        if fold(raw.text) in _NOT_PLACES:
            return None
        fact.key = f"place:{place_key(raw.text)}"
        fact.value = raw.text
    elif label == "NORP":
        country = nationality_country(raw.text)
        fact.key = f"place:{country}" if country else f"group:{fold(raw.text)}"
        fact.value = country.title() if country else raw.text
    elif label == "ORG":
        fact.key = f"org:{org_key(raw.text)}"
        fact.value = raw.text
    elif label == "EVENT":
        fact.key = f"event:{fold(raw.text)}"
        fact.value = raw.text
    elif label in ("DATE", "TIME"):
        return _date_fact(fact, span, reference)
    else:
        return _number_fact(fact, span)
    return fact


def _date_fact(fact: Fact, span: Any, reference: date | None) -> Fact | None:
    text = fact.text
    if re.fullmatch(r"\d{1,3}", text.strip()) and _after_person(span):
        # "Petrov, 47": an age the model read as a date.
        value = parse_number(text)
        fact.type, fact.number = MentionType.NUMBER, value
        fact.slot = {"age": 1.0}
        fact.key = f"number:{value.display() if value else text}"
        fact.value = value.display() if value else text
        return fact
    if re.fullmatch(r"\d{1,3}", text.strip()):
        fact.type = MentionType.NUMBER  # "injuring 80." read as a date: a plain figure
        return _number_fact(fact, span)
    if re.search(r"\b(age|aged|years? old|year-old)\b", text, re.I):
        value = parse_number(text)
        if value is None:
            return None
        fact.type, fact.number = MentionType.NUMBER, value
        fact.slot = {"age": 1.0}
        fact.value = value.display()
        fact.key = f"age:{fact.value}"
        return fact
    if fact.type is MentionType.TIME:
        clock = parse_time(text)
        fact.value = clock or " ".join(text.lower().split())
        # "7 p.m. Friday": the day is part of the fact, and compared like any date.
        fact.key = (
            f"time:{fact.value}"  # the clock alone: the parser may or may not take the day in
        )
        day = parse_date(text, reference)
        if day is not None and not day.is_empty and clock:
            fact.date = day
            fact.value = f"{clock} {day.display()}"
        fact.slot = _slot_words(span)
        return fact
    parsed = parse_date(text, reference)
    if parsed is None or parsed.is_empty:
        # Durations ("six weeks", "18 years") are amounts, not dates.
        if re.search(r"\b(day|week|month|year|decade|hour|minute)s?\b", text, re.I):
            value = parse_number(text)
            if value is None:
                return None
            fact.type = MentionType.QUANTITY
            # A duration is measured in time: "20 years" must never be set against "two" guards.
            unit = _duration_unit(text)
            fact.number = NumberValue(value.low, value.high, unit, value.exact)
            fact.value = f"{value.display()} {_duration_unit(text)}"
            fact.key = f"duration:{fact.value}"
            fact.slot = _slot_words(span)
            return fact
        return None
    fact.date = parsed
    fact.value = parsed.display()
    fact.key = f"date:{fact.value}"
    fact.slot = _slot_words(span)
    return fact


def _after_person(span: Any) -> bool:
    i = span.start
    return i >= 2 and span.doc[i - 1].text == "," and span.doc[i - 2].ent_type_ == "PERSON"


def _duration_unit(text: str) -> str:
    match = re.search(r"\b(day|week|month|year|decade|hour|minute)s?\b", text, re.I)
    return match.group(1).lower() + "s" if match else ""


def _number_fact(fact: Fact, span: Any) -> Fact | None:
    span = _with_unit(span)
    fact.end, fact.text = span.end_char, span.text
    value = parse_number(fact.text)
    if value is None:
        return None
    fact.number = value
    fact.value = value.display()
    fact.key = f"number:{fact.value}"
    fact.slot = _slot_words(span)
    words = fact.text.lower().split()
    fact.weak = fact.type is MentionType.NUMBER and (
        (len(words) == 1 and words[0] in _WEAK_NUMBER_WORDS) or value.high <= 1
    )
    if fact.type is MentionType.PERCENT and not value.dimension:
        fact.number = NumberValue(value.low, value.high, "percent", value.exact)
    return fact


def _with_unit(span: Any) -> Any:
    """Take in what the model left outside: "200" + "ft", "2" + ", 000ft" (a stray space)."""
    doc, end = span.doc, span.end
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end].whitespace_
        and re.fullmatch(r"\d{3}\w*", doc[end + 1].text)
    ):
        end += 2
    if end < len(doc) and is_unit(doc[end].lower_) and doc[end].i < span.sent.end:
        end += 1
    return doc[span.start : end] if end != span.end else span


def _title_before(span: Any) -> list[str]:
    titles: list[str] = []
    i = span.start - 1
    while i >= span.sent.start and span.doc[i].lower_.rstrip(".") in {
        t.rstrip(".") for t in TITLES
    }:
        titles.insert(0, span.doc[i].text)
        i -= 1
    return titles


def _role_words(span: Any) -> dict[str, float]:
    """What a person is said to be: titles, appositions ("deputy chief") and the sentence's verbs."""
    words: dict[str, float] = {}
    for tok in span.sent:
        if tok.pos_ in ("NOUN", "VERB", "ADJ") and not tok.is_stop:
            words[_slot_word(tok.lemma_)] = 0.5
    for title in _title_before(span):
        words[_slot_word(title.lower().rstrip("."))] = 1.0
    for tok in span.root.children:
        if tok.dep_ == "appos":
            for t in tok.subtree:
                if t.pos_ == "NOUN":
                    words[_slot_word(t.lemma_)] = 1.0
    return words


def _slot_words(span: Any) -> dict[str, float]:
    """Context that says what a figure or date is about: its head, the verb above, nearby nouns."""
    words: dict[str, float] = {}
    root = span.root
    head = root.head
    chain = [head]
    if head.head is not head:
        chain.append(head.head)
    for tok in chain:
        if tok.pos_ in _CONTENT_POS and tok.i not in range(span.start, span.end):
            words[_slot_word(tok.lemma_)] = 1.0
    for tok in root.children:
        if tok.dep_ == "prep":
            for obj in tok.children:
                if obj.pos_ in ("NOUN", "PROPN"):
                    words.setdefault(_slot_word(obj.lemma_), 0.8)
    for tok in span:
        if tok.pos_ == "NOUN" and not tok.like_num and not is_unit(tok.lower_):
            words.setdefault(_slot_word(tok.lemma_), 1.0)
    sent = span.sent
    lo, hi = max(sent.start, span.start - 4), min(sent.end, span.end + 4)
    for tok in span.doc[lo:hi]:
        if span.start <= tok.i < span.end or tok.ent_type_ in ("DATE", "TIME"):
            continue  # the figure's own words ("June", "metres") say nothing about its slot
        if tok.pos_ in _CONTENT_POS and not tok.is_stop and not tok.like_num:
            words.setdefault(_slot_word(tok.lemma_), 0.5)
    for generic in _GENERIC_SLOT_WORDS:
        words.pop(generic, None)
    return words


def _slot_word(lemma: str) -> str:
    lemma = lemma.lower()
    if lemma in SLOT_SYNONYMS:
        return SLOT_SYNONYMS[lemma]
    # Title Case headlines defeat the lemmatiser ("Kills" stays "kills"): strip the suffix.
    for suffix in ("ing", "ed", "es", "s"):
        stem = lemma[: -len(suffix)]
        if lemma.endswith(suffix) and len(stem) >= 3:
            for candidate in (stem, stem + "e"):
                if candidate in SLOT_SYNONYMS:
                    return SLOT_SYNONYMS[candidate]
    if len(lemma) > 4 and lemma.endswith("s") and not lemma.endswith(("ss", "us", "is", "ws")):
        return lemma[:-1]  # "Villages" in a headline, which the lemmatiser leaves plural
    return lemma


def _sentence_record(sent: Any, text: str) -> Sentence:
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    attribution, hedged = sentence_attribution(sent)
    return Sentence(start, end, attribution, hedged)


def _rescan_known_names(
    text: str,
    facts: list[Fact],
    known: dict[str, str],
    sentence_starts: list[int],
    headline_end: int,
) -> list[Fact]:
    """Find names the parser missed (a headline's "Putin-Aliyev", a second "Kremlin") by string."""
    covered = bytearray(len(text) + 1)
    for f in facts:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    by_surface: dict[str, Fact] = {}
    for fact in facts:
        if fact.label in NAME_LABELS and fact.text[:1].isupper():
            by_surface.setdefault(fact.text, fact)
    extra: list[Fact] = []
    if not by_surface:
        return extra
    names = sorted(by_surface, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    for match in pattern.finditer(nlp_view(text)):
        start, end = match.span()
        if any(covered[start:end]):
            continue
        template = by_surface[match.group(1)]
        fact = Fact(
            start,
            end,
            text[start:end],
            template.type,
            template.label,
            _sentence_at(sentence_starts, start),
            key=template.key,
            value=template.value,
            first=template.first,
            last=template.last,
            in_headline=start < headline_end,
        )
        covered[start:end] = b"\x01" * (end - start)
        extra.append(fact)
    return extra


def _sentence_at(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def _inherit_slots(facts: list[Fact]) -> None:
    """A figure with no context of its own borrows its neighbour's: "...put the magnitude at 5.9,
    but the USGS said it was 6.1" (6.1 is a magnitude too)."""
    previous: Fact | None = None
    for fact in facts:
        if fact.number is None:
            continue
        strong = any(w >= 1.0 for w in fact.slot.values())
        if (
            not strong
            and previous is not None
            and previous.sentence == fact.sentence
            and previous.number is not None
            and previous.number.dimension == fact.number.dimension
        ):
            for word, weight in previous.slot.items():
                fact.slot[word] = max(fact.slot.get(word, 0.0), weight)
        previous = fact


def _drop_overlaps(facts: list[Fact]) -> list[Fact]:
    kept: list[Fact] = []
    for fact in facts:
        if kept and fact.start < kept[-1].end:
            if (fact.end - fact.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = fact
            continue
        kept.append(fact)
    return kept


def _attach_ages(facts: list[Fact]) -> None:
    """A figure right after a name is the person's age: "Major Petrov, 47," / "Comeaux Jr., 49"."""
    for person, figure in itertools.pairwise(facts):
        if (
            person.type is MentionType.PERSON
            and figure.number is not None
            and figure.slot.get("age", 0.0) >= 1.0
            and figure.sentence == person.sentence
            and 0 < figure.start - person.end <= 3
        ):
            person.age = figure.value


def _cluster_people(facts: list[Fact]) -> None:
    """One key per person: "Ilham Aliyev", "President Aliyev" and "Aliyev" share the fullest name."""
    people = [f for f in facts if f.type is MentionType.PERSON]
    full: dict[str, Fact] = {}
    for fact in people:
        best = full.get(fact.last)
        if best is None or len(fact.value.split()) > len(best.value.split()):
            full[fact.last] = fact
    for fact in people:
        best = full[fact.last]
        fact.value = best.value
        fact.first = fact.first or best.first
        if not fact.title:
            fact.title = next((p.title for p in people if p.last == fact.last and p.title), "")
        if not fact.age:
            fact.age = next((p.age for p in people if p.last == fact.last and p.age), "")


def _cluster_organisations(facts: list[Fact]) -> None:
    """An acronym joins the spelled-out name it abbreviates in the same article."""
    from desktop.core.names import acronym

    orgs = [f for f in facts if f.type is MentionType.ORGANISATION]
    long_by_acronym = {acronym(f.text): f for f in orgs if acronym(f.text)}
    for fact in orgs:
        short = fold(fact.text).replace(" ", "")
        if short in long_by_acronym and long_by_acronym[short] is not fact:
            fact.key = long_by_acronym[short].key
            fact.value = long_by_acronym[short].value


def _sentence_words(spans: list[Any]) -> tuple[list[list[str]], list[list[Token]]]:
    """Content lemmas per sentence (for scoring) and all tokens (for the inline diff)."""
    words: list[list[str]] = [[] for _ in spans]
    tokens: list[list[Token]] = [[] for _ in spans]
    for i, sent in enumerate(spans):
        _sentence_tokens(sent, words[i], tokens[i])
    return words, tokens


def _sentence_tokens(sent: Any, words: list[str], tokens: list[Token]) -> None:
    for tok in sent:
        if tok.is_space:
            continue
        content = ""
        if (tok.pos_ in _CONTENT_POS or tok.like_num) and not tok.is_stop and not tok.is_punct:
            content = _slot_word(tok.lemma_)
            words.append(content)
        tokens.append(
            Token(tok.idx, tok.idx + len(tok.text), tok.lower_, "" if tok.like_num else content)
        )
