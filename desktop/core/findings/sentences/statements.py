"""Whole sentences: corroborated when well aligned, one-sided when nothing on the other side
comes close. Nothing smaller than a sentence is marked one-sided here: inside a sentence both
articles tell, a yellow mark on single words said "the other does not report this" of things it
did report in other words."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from desktop.core.alignment.align import SentencePair
from desktop.core.extraction.extract import Analysis
from desktop.core.findings import tuning
from desktop.core.findings.alignment.contained_copies import contained_copy, copy_agreement
from desktop.core.findings.alignment.named_alike import named_alike_only, said_words
from desktop.core.findings.bookkeeping.assembly import Draft, finding, only_finding
from desktop.core.findings.bookkeeping.claims import is_value
from desktop.core.findings.bookkeeping.sentence_facts import facts_of
from desktop.core.findings.events.retold_deeds import retold_deeds
from desktop.core.findings.names.name_runs import name_runs, written
from desktop.core.findings.quoting.speaker_aside import claim_tokens
from desktop.core.findings.sentences.clauses import clause_words, untold_clauses
from desktop.core.findings.sentences.decks import is_deck, is_heading_line
from desktop.core.findings.sentences.retold_names import (
    CLOSING_QUOTES,
    told_by_one,
    unwritten_parts,
)
from desktop.core.findings.sentences.told_with_neighbour import told_with_neighbour
from desktop.core.findings.untold.withheld import told_withheld
from desktop.core.model import Finding, FindingKind, MentionType, Side, Span
from desktop.core.naming.names import bare_name
from desktop.core.quoting.attribution import REPORTING_VERBS


def told_sentences(drafts: Sequence[Draft]) -> tuple[set[int], set[int]]:
    """Sentences holding a fact the other article also states (agreeing or not), per side.

    A sentence with such a fact is not "a sentence nothing on the other side tells", however
    differently the rest of it is worded. A name repeated all over an article says little about
    one sentence, so only names found in at most TOLD_NAME_SENTENCES sentences count.
    """
    told: tuple[set[int], set[int]] = (set(), set())
    for draft in drafts:
        if draft.kind not in (FindingKind.AGREE, FindingKind.CONFLICT):
            continue
        for side, facts in ((0, draft.left), (1, draft.right)):
            sentences = {f.sentence for f in facts}
            if any(is_value(f) for f in facts) or len(sentences) <= tuning.TOLD_NAME_SENTENCES:
                told[side].update(sentences)
    return told


def statement_findings(
    left: Analysis,
    right: Analysis,
    pairs: Sequence[SentencePair],
    scores: np.ndarray,
    told: tuple[set[int], set[int]] = (set(), set()),
    marked: Sequence[Finding] = (),
    detailed: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {}),
    written_alike: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {}),
) -> list[Finding]:
    """``marked``: the one-sided findings made so far, whose spans a sentence's part marks do
    not repeat; ``detailed``: partners that tell a sentence in part (told_in_details);
    ``written_alike``: partners writing a run of its words alike (word_runs)."""
    findings = []
    for pair in pairs:
        if pair.score < tuning.STATEMENT_AGREE or named_alike_only(
            left, pair.left, right, pair.right
        ):
            continue
        findings.append(
            finding(
                FindingKind.AGREE,
                MentionType.STATEMENT,
                [sentence_span(left, pair.left)],
                [sentence_span(right, pair.right)],
                f"These sentences report the same thing (similarity {pair.score:.0%}).",
                pair.score,
            )
        )
    for side, analysis, axis, shared, in_details, alike in (
        (Side.LEFT, left, 1, told[0], detailed[0], written_alike[0]),
        (Side.RIGHT, right, 0, told[1], detailed[1], written_alike[1]),
    ):
        best = scores.max(axis=axis) if scores.size else np.zeros(len(analysis.sentences))
        theirs = right if side is Side.LEFT else left
        close = _partners(
            analysis, theirs, scores if side is Side.LEFT else scores.T, in_details, alike
        )
        their_words = theirs.derived("statements.vocabularies", _vocabularies)
        halves = told_with_neighbour(analysis, theirs, pairs, left=side is Side.LEFT)
        deeds = retold_deeds(analysis, theirs)
        withheld = told_withheld(analysis, theirs)
        shown = [s for f in marked if f.kind is FindingKind.only(side) for s in f.spans(side)]
        agreed = agreed_names(marked, side)
        for i in range(len(analysis.sentences)):
            if _told_by_partner(analysis, i, theirs, close[i]) and i not in shared:
                # A partner close in meaning tells the sentence; of a sentence joining two
                # statements it may tell one only: the clause no word of theirs tells stays
                # one-sided ("dragged down twice in the second, and his strength was evident").
                joined = _untold_parts(analysis, i, their_words, theirs.document.text) or []
                partner_words = {w for j in close[i] for w in theirs.sentence_words[j]}
                apart = [p for p in joined if _apart_from(analysis, i, p, partner_words)]
                if apart:
                    reason = f"Nothing in the {side.other.value} article reports this part of it."
                    findings.append(
                        only_finding(
                            side, apart, MentionType.STATEMENT, reason, float(1.0 - best[i])
                        )
                    )
                continue
            if (
                i in shared
                or (
                    _words_told(analysis.sentence_words[i], their_words)
                    and not _names_unwritten(analysis, i, theirs.document.text)
                )
                or (i in halves and not _names_unwritten(analysis, i, theirs.document.text))
                or (i in deeds and not _names_unwritten(analysis, i, theirs.document.text))
                or _claim_told(analysis, i, their_words, theirs.document.text)
                or _headline_told(analysis, i, right if side is Side.LEFT else left)
                or len(analysis.sentence_words[i]) < tuning.MIN_STATEMENT_WORDS
            ):
                continue
            # One sentence of the other article holds most of its words, or both say alike
            # that something was not made known (withheld): only a name or figure the other
            # never writes kept it from being told above, so those alone are what it lacks
            # (retold_names). Words told over two sentences, a neighbour or a deed are not
            # enough here: on random tune pairs most sentences they would narrow were
            # one-sided sentences on the story's topic (docs/embeddings.md).
            words = analysis.sentence_words[i]
            if (
                told_by_one(words, their_words.sets, their_words.sharing(set(words)))
                or i in withheld
            ):
                named = _unwritten_names(analysis, i, theirs.document.text, shown, agreed)
                if named:
                    reason = (
                        f"The {side.other.value} article tells this sentence in other words "
                        "but never gives this."
                    )
                    findings.append(
                        only_finding(
                            side, named, MentionType.STATEMENT, reason, float(1.0 - best[i])
                        )
                    )
                continue
            parts = _untold_parts(analysis, i, their_words, theirs.document.text)
            copied = (
                None
                if parts
                else contained_copy(analysis, i, theirs, their_words.sharing(set(words)))
            )
            if copied:
                findings.append(copy_agreement(side, copied, theirs))
                parts = copied.rest
            if parts is None:
                span = [sentence_span(analysis, i)]
                reason = f"Nothing in the {side.other.value} article reports this sentence."
            elif not parts:
                continue
            else:
                span = parts
                reason = f"Nothing in the {side.other.value} article reports this part of it."
            findings.append(
                only_finding(side, span, MentionType.STATEMENT, reason, float(1.0 - best[i]))
            )
    return findings


def _partners(
    analysis: Analysis,
    theirs: Analysis,
    scores: np.ndarray,
    in_details: dict[int, set[int]],
    alike: dict[int, set[int]],
) -> list[list[int]]:
    """Per sentence, the other side's sentences that tell it, wholly or in part: those close in
    meaning (``scores``, this side's sentences as rows), those sharing its details, and those
    writing a run of its words alike."""
    close = _close_partners(scores)
    for i, partners in in_details.items():
        # A name the other article never writes is what the sentence adds: it stays marked
        # (a figure it lacks keeps a mark of its own).
        if not _names_unwritten(analysis, i, theirs.document.text, figures=False):
            close[i] = sorted(set(close[i]) | partners)
    for i, partners in alike.items():
        # The very words written alike tell that part, whatever else the sentence names: only
        # a clause the partners never tell stays one-sided.
        close[i] = sorted(set(close[i]) | partners)
    return close


def agreed_names(marked: Sequence[Finding], side: Side) -> list[Span]:
    """The wordings on ``side`` of the agreements on single facts: the other article gives each
    of them, in whatever form the agreement found it ("Craig Wilson" for "Craig Steven Wilson",
    "the Red Sox" for "Boston"). A quote's agreement spans all of its words, so it vouches for no
    name among them."""
    return [
        s
        for f in marked
        if f.kind is FindingKind.AGREE and not f.is_statement and f.type is not MentionType.QUOTE
        for s in f.spans(side)
    ]


def _apart_from(analysis: Analysis, i: int, part: Span, partner_words: set[str]) -> bool:
    """A clause that makes a statement of its own (MIN_STATEMENT_WORDS content words) and
    shares no word of what it says with the partner sentences that tell the rest of its
    sentence. Who tells it is not what it says: a name, a verb of saying and the title of who
    speaks (``said_words``) are shared by any two sentences on one story's sources ("a
    spokesman said it was unlikely to have been an attack" / "France Telecom said: ...")."""
    words = clause_words(analysis, i, (part.start, part.end))
    said = said_words(analysis)[i]
    return len(words) >= tuning.MIN_STATEMENT_WORDS and not partner_words.intersection(
        w for w in words if w in said
    )


def _told_by_partner(analysis: Analysis, i: int, theirs: Analysis, close: list[int]) -> bool:
    """A sentence of the other side comes close, sharing more than names: something it says.
    ``close``: the other side's sentences that score at least STATEMENT_ALONE with it."""
    return any(not named_alike_only(analysis, i, theirs, j) for j in close)


def _close_partners(scores: np.ndarray) -> list[list[int]]:
    """Per row, the columns scoring at least STATEMENT_ALONE, in order: one comparison of the
    whole matrix instead of one per sentence."""
    close: list[list[int]] = [[] for _ in range(scores.shape[0])]
    rows, columns = np.nonzero(scores >= tuning.STATEMENT_ALONE)
    for i, j in zip(rows.tolist(), columns.tolist(), strict=True):
        close[i].append(j)
    return close


def _untold_parts(
    analysis: Analysis, i: int, theirs: _Vocabularies, their_text: str
) -> list[Span] | None:
    """The clauses of a sentence joining two statements that the other article does not tell,
    when it tells another of them (by the words-told test, on the clause alone); None when the
    sentence is one-sided whole."""

    def told(clause: tuple[int, int]) -> bool:
        words = clause_words(analysis, i, clause)
        return _words_told(words, theirs) and not _names_unwritten(
            analysis, i, their_text, within=clause
        )

    untold = untold_clauses(analysis, i, told)
    if untold is None:
        return None
    text = analysis.document.text
    return [Span(a, b, text[a:b]) for a, b in untold]


@dataclass(frozen=True, slots=True)
class _Vocabularies:
    """The other article's content words per sentence, and which sentences hold each word: a
    sentence's words are looked for in the few sentences that share one, not in all of them."""

    sets: list[frozenset[str]]
    holding: dict[str, list[int]]  # word -> the sentences holding it, in order

    def sharing(self, words: set[str]) -> list[int]:
        """The sentences that hold at least one of ``words``, in order."""
        found: set[int] = set()
        for word in words:
            found.update(self.holding.get(word, ()))
        return sorted(found)

    def any_holds_all(self, words: set[str]) -> bool:
        """Some sentence holds every one of ``words``."""
        if not words:
            return bool(self.sets)
        rarest = min((self.holding.get(w, []) for w in words), key=len)
        return any(words <= self.sets[j] for j in rarest)

    @staticmethod
    def of(sets: Sequence[frozenset[str]]) -> _Vocabularies:
        holding: dict[str, list[int]] = defaultdict(list)
        for j, words in enumerate(sets):
            for word in words:
                holding[word].append(j)
        return _Vocabularies(list(sets), dict(holding))


def _vocabularies(analysis: Analysis) -> _Vocabularies:
    return _Vocabularies.of([frozenset(words) for words in analysis.sentence_words])


def _words_told(words: Sequence[str], theirs: _Vocabularies | Sequence[frozenset[str]]) -> bool:
    """Most of what the sentence speaks of, the other article speaks of too, in one or two of
    its sentences ("Subryan fled the scene, but was arrested nearby" / "which then fled the
    scene", "They later apprehended the suspect"): retold in other words, not a sentence nothing
    on the other side tells. Verbs of saying are left out: every report says "said". Words
    gathered from all over the other article would retell anything on its topic."""
    content = {w for w in words if w not in REPORTING_VERBS}
    if len(content) < tuning.MIN_STATEMENT_WORDS:
        return False
    if not isinstance(theirs, _Vocabularies):
        theirs = _Vocabularies.of(theirs)
    hits = [content & theirs.sets[j] for j in theirs.sharing(content)]
    if not hits:
        return False
    first = max(hits, key=len)  # the closest sentence, and the one that best completes it
    told = max((len(first | h) for h in hits), default=0)
    return told >= tuning.TOLD_WORD_SHARE * len(content)


def _claim_told(analysis: Analysis, i: int, theirs: _Vocabularies, their_text: str) -> bool:
    """What the sentence reports, its speaker aside (``speaker_aside``), one sentence of the
    other article tells word for word ("She then opened fire on the others" / "returned with a
    revolver and opened fire"), and it names or gives nothing the other never writes. All of
    its words, in one sentence: a claim told only in part is a claim the other may not make."""
    claim = claim_tokens(analysis.sentence_tokens[i])
    if claim is None:
        return False
    if _names_unwritten(analysis, i, their_text, within=(claim[0].start, claim[-1].end)):
        return False
    words = {t.content for t in claim if t.content} - REPORTING_VERBS
    return len(words) >= tuning.MIN_CLAIM_WORDS and theirs.any_holds_all(words)


def _names_unwritten(
    analysis: Analysis,
    i: int,
    their_text: str,
    within: tuple[int, int] | None = None,
    figures: bool = True,
) -> bool:
    """The sentence (or its part ``within``) names or gives something (a person, a place, a
    title, a figure, a date; with ``figures`` False, a capitalised name only) the other article
    never writes in these words: words it shares with the other article do not retell that, and
    the sentence's mark is what shows it."""
    sentence = analysis.sentences[i]
    start, end = within or (sentence.start, sentence.end)
    text = analysis.document.text[sentence.start : sentence.end]
    lowered = _lowered(their_text)
    if any(
        name.lower() not in lowered
        for at, _, name in name_runs(text)
        if start <= sentence.start + at < end
    ):
        return True
    return figures and any(
        not written(bare_name(f.text), lowered)
        for f in facts_of(analysis, i)
        if not f.weak and start <= f.start < end
    )


def _unwritten_names(
    analysis: Analysis, i: int, their_text: str, shown: list[Span], agreed: Sequence[Span] = ()
) -> list[Span]:
    """The names and figures of sentence ``i`` the other article never writes (as
    ``_names_unwritten`` reads them), less those ``shown`` one-sided on their own already and
    those an agreement on a fact found the other article giving in another form (``agreed``:
    "Craig Steven Wilson" / "Craig Wilson", "the Boston bid" / "the Red Sox")."""
    sentence = analysis.sentences[i]
    text = analysis.document.text[sentence.start : sentence.end]
    lowered = _lowered(their_text)
    found = [
        (sentence.start + a, sentence.start + b)
        for a, b, name in name_runs(text)
        if name.rstrip(CLOSING_QUOTES).lower() not in lowered
    ]
    found += [
        (f.start, f.end)
        for f in facts_of(analysis, i)
        if not f.weak and not written(bare_name(f.text), lowered)
    ]
    found = [(a, b) for a, b in found if not any(s.start <= a and b <= s.end for s in agreed)]
    return unwritten_parts(analysis.document.text, found, shown)


@lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """The other article in lower case, lowered once per comparison, not once per sentence."""
    return text.lower()


def _headline_told(mine: Analysis, i: int, theirs: Analysis) -> bool:
    """A headline is the story in a few words, told by the other article when its own headline
    or lead speaks of the same things: "Sacked worker shoots ex-colleagues" is no sentence
    "nothing on the other side tells" when the other's lead has a fired man shooting people.
    So is the deck under it (``decks``), the headline's second line."""
    if not (i == 0 and is_headline(mine)) and not is_deck(mine, i):
        return False
    lead = set().union(*theirs.sentence_words[: tuning.LEAD_SENTENCES])
    return bool(set(mine.sentence_words[i]) & lead)


def is_headline(analysis: Analysis) -> bool:
    """The first sentence is a headline: a short line of its own with no full stop."""
    return is_heading_line(analysis, 0)


def sentence_span(analysis: Analysis, index: int) -> Span:
    s = analysis.sentences[index]
    return Span(s.start, s.end, analysis.document.text[s.start : s.end])
