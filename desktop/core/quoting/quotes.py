"""Who is quoted saying what: direct quotes and reported speech, each with its speaker.

Direct quotes are found from the quotation marks (straight or curly); a quote interrupted by its
attribution ("We will rebuild," the mayor said, "and we will do it fast.") is one quote in two
pieces. The speaker is the subject of the reporting verb next to the quote ("X said", "said X",
"X told reporters:"); a quote with no attribution of its own continues the speaker of the quote just
before it, as news copy does. A pronoun speaker resolves to the nearest fitting name before it.
Reported speech is a reporting verb with a content clause ("X said that ...") or "according to X".

Works on a parsed spaCy ``Doc`` and returns plain records with character offsets.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from typing import Any

from desktop.core.extraction.parse_cache import parsed_entities, parsed_text, token_rows
from desktop.core.lexicon.titles import FEMALE_TITLES, MALE_TITLES, PERSON_TITLES
from desktop.core.model import Quote, Side, TextRange
from desktop.core.quoting.attribution import REPORTING_VERBS
from desktop.core.quoting.named_works import names_a_thing
from desktop.core.quoting.quote_stretches import (
    OPEN,
    STRAIGHT,
    after_closing_mark,
    closes_at_line_start,
    line_after,
    quoted_stretches,
)
from desktop.core.quoting.speaker_phrase import (
    Speaker,
    describe,
    name_after_quote,
    name_after_rank,
    words,
)

# Shorter quoted stretches are titles, nicknames and scare quotes ("American Pie", "Scrubs"), not
# speech: no reporter quotes a person in three words without saying who. Quotes this short count
# only when a reporting verb attributes them.
MIN_UNATTRIBUTED_QUOTE_WORDS = 6
MIN_QUOTE_WORDS = 2
# How far from a quotation mark the attribution may sit, in tokens: "..., the police chief of the
# county told reporters on Monday" fits; a reporting verb further away belongs to another clause.
ATTRIBUTION_WINDOW = 12
# Reported speech shorter than this is a fragment ("he said so"), not a claim worth comparing.
MIN_REPORTED_WORDS = 4

# Verbs that introduce speech besides the reporting verbs attribution.py already knows: the
# verbs of saying a reporter puts beside a quote ("Olson notified the panel", "he tweeted").
SPEECH_VERBS = REPORTING_VERBS | frozenset(
    {"ask", "reply", "shout", "recall", "urge", "scream", "yell", "notify", "inform", "tweet",
     "respond", "comment", "remark", "argue", "concede", "stress", "emphasize", "emphasise",
     "caution", "predict", "promise", "vow", "pledge", "complain", "recount", "exclaim",
     "whisper"}
)  # fmt: skip

_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_PRONOUNS_ANY = frozenset({"they", "it", "we", "i"})
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def extract_quotes(doc: Any, side: Side | None = None) -> list[Quote]:
    """Every direct quote and reported statement in a parsed document, in text order."""
    text = _text_of(doc)
    starts = token_rows(doc).idx  # every token's start, read once per Doc (never changed here)
    stretches = [
        r
        for r in _stretches_of(doc)
        if _word_count(text, r) >= MIN_QUOTE_WORDS and not names_a_thing(doc, r)
    ]
    quotes: list[Quote] = []
    pieces: list[TextRange] = []
    speaker: Speaker | None = None
    attributed = False
    previous: Quote | None = None
    for k, stretch in enumerate(stretches):
        pieces.append(stretch)
        verb, found = _speaker_after(doc, starts, stretch, stretches)
        if found is None and len(pieces) == 1:
            before, found = _speaker_before(doc, starts, stretch, stretches)
            verb = verb or before
        speaker = speaker or found
        attributed = attributed or verb
        following = stretches[k + 1] if k + 1 < len(stretches) else None
        if following is not None and (
            _runs_on(text, stretch) or (verb and _continues(text, stretch, following))
        ):
            # "We will rebuild," he said, "and ..." goes on in the next piece; so does a quote
            # whose paragraph ends with no closing mark, the next one opening again.
            continue
        if (
            speaker is None
            and previous is not None
            and previous.speaker is not None
            # From the previous quote's closing mark, which a line break may have pushed on.
            and _same_or_next_paragraph(
                text, after_closing_mark(text, previous.end), pieces[0].start
            )
        ):
            speaker = Speaker(
                previous.speaker, previous.speaker_start or 0, previous.speaker_end or 0, True
            )
        words = sum(_word_count(text, p) for p in pieces)
        if attributed or words >= MIN_UNATTRIBUTED_QUOTE_WORDS:
            quote = _quote(text, side, tuple(pieces), speaker, direct=True)
            quotes.append(quote)
            previous = quote
        pieces, speaker, attributed = [], None, False
    quotes.extend(_reported_speech(doc, side, stretches))
    return sorted(quotes, key=lambda q: q.start)


def _quote(
    text: str,
    side: Side | None,
    pieces: tuple[TextRange, ...],
    who: Speaker | None,
    *,
    direct: bool,
) -> Quote:
    return Quote(
        side=side,
        start=pieces[0].start,
        end=pieces[-1].end,
        text=" ".join(text[p.start : p.end] for p in pieces),
        speaker=who.text if who else None,
        speaker_start=who.start if who else None,
        speaker_end=who.end if who else None,
        pieces=pieces,
        direct=direct,
        inferred=who.inferred if who else False,
    )


def _word_count(text: str, r: TextRange) -> int:
    return len(_WORD.findall(text, r.start, r.end))


def _continues(text: str, piece: TextRange, following: TextRange) -> bool:
    """A quote broken by its attribution: the piece ends in a comma (or dash) inside the marks and
    no sentence ends between the attribution and the next piece."""
    if not text[piece.start : piece.end].rstrip().endswith((",", "-", "—", "–")):
        return False
    gap = text[piece.end : following.start]
    return not re.search(r"[.!?]\s*[\"“]?\s*$|\n", gap)


def _runs_on(text: str, piece: TextRange) -> bool:
    """A piece that ends with its paragraph, no closing mark: the quote goes on in the next
    paragraph, which opens with a mark again (quoted_stretches ends it there). A closing mark
    that the line break pushed to the next line's start closes it ('hall,\n" the mayor said')."""
    if text[piece.end :].lstrip(" \t")[:1] not in ("\n", ""):
        return False
    return not closes_at_line_start(line_after(text, piece.end))


def _same_or_next_paragraph(text: str, end: int, start: int) -> bool:
    return text.count("\n", end, start) <= 1


def _inside_any(offset: int, stretches: list[TextRange]) -> bool:
    """Whether ``offset`` lies in one of ``stretches`` (in text order, not overlapping)."""
    k = bisect_right(stretches, offset, key=lambda r: r.start) - 1
    return k >= 0 and offset < stretches[k].end


def _speaker_after(
    doc: Any, starts: list[int], stretch: TextRange, stretches: list[TextRange]
) -> tuple[bool, Speaker | None]:
    """The attribution right after a closing mark: '..." the mayor said' / '..." said John Smith':
    whether a verb of speech attributes the quote, and its speaker where one can be named ("he
    said" with no one to stand for still attributes it).

    A quote that ends its sentence with a full stop inside the marks has its attribution before it
    or none: what follows is the next sentence."""
    text = _text_of(doc)
    if text[stretch.start : stretch.end].endswith("."):
        return False, None
    first = bisect_left(starts, after_closing_mark(text, stretch.end))
    if (
        first < len(doc)
        and doc[first].text == OPEN
        and not text[stretch.end : doc[first].idx].strip()
    ):
        first += 1  # the closing mark, typed the wrong way round
    i, read = first, 0
    while i < len(doc) and read < ATTRIBUTION_WINDOW:
        tok = doc[i]
        if _inside_any(tok.idx, stretches) or tok.text in (".", "!", "?", OPEN, STRAIGHT):
            break
        if _is_reporting_verb(tok):
            return True, _subject_of(doc, tok) or name_after_quote(doc, first, tok)
        # Who the speaker is, in apposition ('..." Valentina Redzhepova, an official at one of
        # Ashgabat's voting precincts, told AFP'), does not push the verb out of reach; nor does
        # a long subject of the verb of speech ('..." the head of the provincial natural disaster
        # service, Massoud Dalman, told the television').
        if tok.dep_ in _SUBJECTS and _is_reporting_verb(tok.head) and tok.head.i > i:
            i = tok.head.i
        else:
            i = tok.right_edge.i + 1 if tok.dep_ == "appos" and tok.right_edge.i > i else i + 1
        read += 1
    return False, None


def _speaker_before(
    doc: Any, starts: list[int], stretch: TextRange, stretches: list[TextRange]
) -> tuple[bool, Speaker | None]:
    """The attribution before an opening mark: 'The mayor said: "...' / 'He told reporters,
    "...'."""
    last = bisect_left(starts, stretch.start) - 1
    open_sent = doc[last].sent.start if last >= 0 else 0
    for i in range(last, max(last - ATTRIBUTION_WINDOW, open_sent - 1, -1), -1):
        tok = doc[i]
        if _inside_any(tok.idx, stretches) or tok.text in (".", "!", "?"):
            break
        if _is_reporting_verb(tok):
            return True, _subject_of(doc, tok)
    return False, None


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _is_reporting_verb(tok: Any) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS


def _subject_of(doc: Any, verb: Any) -> Speaker | None:
    # The speaker is named outside the quotation marks: a subject inside them is a misparse.
    subjects = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and not _inside_any(c.idx, _stretches_of(doc))
    ]
    if not subjects:
        if verb.dep_ in ("advcl", "xcomp", "conj") and verb.head is not verb:
            # "Lakis condemned the killings, saying: ..." / "He paused and said": a participle or
            # a second verb of speech has no subject of its own; the clause it hangs on gives it.
            return _subject_of(doc, verb.head)
        return None
    head = subjects[0]
    if head.pos_ == "PRON":
        return _resolve_pronoun(doc, head)
    speaker = describe(doc, head)
    named = name_after_rank(doc, head)
    if named is not None:
        return Speaker(_text_of(doc)[speaker.start : named.end], speaker.start, named.end)
    after = subjects[1] if len(subjects) > 1 else None
    if after is not None and all(t.is_punct for t in doc[head.i + 1 : after.left_edge.i]):
        # A title's full stop splits one subject in two ("said State Police Lt. Ann Hale": "Lt"
        # and "Hale" both parsed subjects): the speaker is the whole phrase, name included.
        return Speaker(
            _text_of(doc)[speaker.start : after.idx + len(after)],
            speaker.start,
            after.idx + len(after),
        )
    return speaker


def _text_of(doc: Any) -> str:
    """``doc.text``, kept on the Doc: spaCy joins every token's text anew on each read."""
    return parsed_text(doc)


def _stretches_of(doc: Any) -> list[TextRange]:
    """The quoted stretches of a parsed document, found once and kept on the Doc."""
    cached = doc.user_data.get("crosscheck_quoted")
    if cached is None:
        cached = quoted_stretches(_text_of(doc))
        doc.user_data["crosscheck_quoted"] = cached
    return cached


def _resolve_pronoun(doc: Any, pronoun: Any) -> Speaker | None:
    """The nearest fitting speaker before the pronoun: the subject of an earlier reporting verb
    ("Guzel said she ...") or a name, whichever comes last; a person for he/she, anyone for
    they/it/we."""
    word = pronoun.lower_
    if word not in _PRONOUNS_PERSON and word not in _PRONOUNS_ANY:
        return None
    person_only = word in _PRONOUNS_PERSON
    ends = _entity_ends(doc)
    quoted = _stretches_of(doc)
    for i in range(pronoun.i - 1, -1, -1):
        tok = doc[i]
        if _inside_any(tok.idx, quoted):
            continue  # "my wife Portia" inside a quote is not who "she said" points back to
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ != "PRON"
            and _is_reporting_verb(tok.head)
            and (not person_only or _may_be_a_person(tok))
        ):
            return dataclasses.replace(describe(doc, tok), inferred=True)
        ent = ends.get(i)
        if (
            ent is not None
            and ent.label_ in ({"PERSON"} if person_only else _SPEAKER_LABELS)
            and _may_stand_for(word, ent)
        ):
            return Speaker(ent.text, ent.start_char, ent.end_char, True)
    return None


def _may_stand_for(pronoun: str, ent: Any) -> bool:
    """Whether a name can be what the pronoun points back to: not a possessive ("Mrs Palin's
    connection" is about the connection), and not a "Mrs" for "he" or a "Mr" for "she"."""
    if ent.root.dep_ == "poss" or ent.text.endswith(("'s", "’s")):
        return False
    doc = ent.doc
    words = {t.lower_.rstrip(".") for t in doc[max(0, ent.start - 1) : ent.start + 1]}
    if pronoun in ("he", "him") and words & FEMALE_TITLES:
        return False
    return not (pronoun in ("she", "her") and words & MALE_TITLES)


def _entity_ends(doc: Any) -> dict[int, Any]:
    """The document's entities by their last token, built once per Doc: ``doc.ents`` walks the
    whole document, and a long article resolves hundreds of pronouns."""
    cached = doc.user_data.get("crosscheck_entity_ends")
    if cached is None:
        cached = {ent.end - 1: ent for ent in parsed_entities(doc)}
        doc.user_data["crosscheck_entity_ends"] = cached
    return cached


def _may_be_a_person(tok: Any) -> bool:
    """A singular noun that no entity marks as an organisation or place: "he" can stand for it.
    A name after a title ("Qeshm island governor Heydar Alishbandi told AFP") is a person's,
    whatever the tagger typed it as."""
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    return tok.ent_type_ in ("", "PERSON") or any(
        c.dep_ == "compound" and c.lower_.rstrip(".") in PERSON_TITLES for c in tok.children
    )


def _reported_speech(doc: Any, side: Side | None, stretches: list[TextRange]) -> list[Quote]:
    """'X said (that) ...' and 'according to X, ...' in sentences with no quotation marks."""
    found: list[Quote] = []
    ends = [r.end for r in stretches]  # stretches are in text order and do not overlap
    for sent in doc.sents:
        k = bisect_right(ends, sent.start_char)  # the first stretch ending after the start
        if k < len(stretches) and stretches[k].start < sent.end_char:
            continue
        quote = _according_to(doc, sent, side) or _said_that(doc, sent, side)
        if quote is not None:
            found.append(quote)
    return found


def _according_to(doc: Any, sent: Any, side: Side | None) -> Quote | None:
    lower = token_rows(doc).lower  # the words read from lists, a Token made only for "according"
    for i in range(sent.start, sent.end):
        if lower[i] != "according" or i + 1 >= sent.end or lower[i + 1] != "to":
            continue
        tok = doc[i]
        objects = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        if not objects:
            return None
        who = describe(doc, objects[0])
        named = name_after_rank(doc, objects[0])
        if named is not None:  # "according to Sgt. Mark Lee of the sheriff's office"
            who = Speaker(_text_of(doc)[who.start : named.end], who.start, named.end)
        phrase_end = doc[tok.i + 1].right_edge.i + 1
        while phrase_end < sent.end and doc[phrase_end].idx < who.end:
            phrase_end += 1  # the name after a rank the parse left outside the phrase
        before = (sent.start, tok.i)
        after = (phrase_end, sent.end)
        content = max(before, after, key=lambda b: b[1] - b[0])
        return _reported(doc, side, content, who)
    return None


def _said_that(doc: Any, sent: Any, side: Side | None) -> Quote | None:
    rows = token_rows(doc)  # _is_reporting_verb read from lists, a Token made only for a verb
    for i in range(sent.start, sent.end):
        if rows.pos[i] != "VERB" or rows.lemma[i].lower() not in SPEECH_VERBS:
            continue
        tok = doc[i]
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
        who = _subject_of(doc, tok)
        if not clauses or who is None:
            continue
        clause = clauses[0]
        first = clause.left_edge.i
        if doc[first].lower_ == "that":
            first += 1
        return _reported(doc, side, (first, clause.right_edge.i + 1), who)
    return None


def _reported(doc: Any, side: Side | None, bounds: tuple[int, int], who: Speaker) -> Quote | None:
    start, end = bounds
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if end <= start or words(doc, start, end - 1) < MIN_REPORTED_WORDS:
        return None
    span = doc[start:end]
    piece = TextRange(span.start_char, span.end_char)
    return _quote(_text_of(doc), side, (piece,), who, direct=False)
