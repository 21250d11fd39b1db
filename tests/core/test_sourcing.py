"""Who said what, and is it independent: quotes compared by speaker, shared wire copy detected,
as the journalist sees them in a comparison's findings, counts and verdict line."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from desktop.core.compare import compare_documents
from desktop.core.model import (
    Document,
    Finding,
    FindingKind,
    MentionType,
    Notice,
    NoticeCode,
    Quote,
    Report,
    Side,
    Summary,
    TextRange,
)
from desktop.core.quoting.quote_compare import compare_quotes
from desktop.core.quoting.quote_table import quote_changes, quote_rows
from desktop.core.quoting.sourcing import QuoteReading, Sourcing, add_sourcing, sourced_summary
from desktop.core.results.counts import count_findings, verdict_line

FLOOD = (
    "Flood closes the Harlow bridge\n\n"
    "The river Wend burst its banks near Harlow on Tuesday, and the old stone bridge was closed "
    "to traffic after water reached its arches.\n\n"
    '"We have never seen the water rise this fast," said county engineer Mira Salo.\n\n'
    "About 40 homes on the east bank were evacuated overnight. Councillor Peter Vance said the "
    "town would open the school hall to families who had nowhere to go.\n\n"
    '"The bridge will stay shut until divers have checked every pier," Vance said.'
)


def _edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@cache
def compared(left: str, right: str) -> Report:
    return compare_documents(Document("left.txt", left), Document("right.txt", right))


def _flagged(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is not FindingKind.AGREE]


def _quote_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.type is MentionType.QUOTE]


def test_a_misquote_shows_as_a_conflict_naming_the_changed_word_and_nothing_else() -> None:
    right = _edit(FLOOD, "We have never seen", "We have rarely seen")

    report = compared(FLOOD, right)

    (conflict,) = _flagged(report)
    assert conflict.type is MentionType.QUOTE and conflict.kind is FindingKind.CONFLICT
    assert conflict.reason == (
        "The quote of county engineer Mira Salo differs: the left has 'never', the right 'rarely'."
    )
    (change,) = quote_changes(report, conflict)
    assert FLOOD[change.left.start : change.left.end] == "never"
    assert right[change.right.start : change.right.end] == "rarely"


def test_a_quote_put_in_another_persons_mouth_names_both_speakers() -> None:
    right = _edit(FLOOD, "said county engineer Mira Salo", "said Councillor Peter Vance")

    report = compared(FLOOD, right)

    (conflict,) = _flagged(report)
    assert conflict.type is MentionType.QUOTE
    assert conflict.reason == (
        "Attributed to county engineer Mira Salo on the left and to Councillor Peter Vance on "
        "the right."
    )


def test_a_quote_the_other_article_drops_is_one_sided_and_its_sentence_is_not_flagged_again() -> (
    None
):
    right = _edit(
        FLOOD,
        '"We have never seen the water rise this fast," said county engineer Mira Salo.\n\n',
        "",
    )

    report = compared(FLOOD, right)

    flagged = _flagged(report)
    assert [(f.kind, f.type) for f in flagged] == [(FindingKind.LEFT_ONLY, MentionType.QUOTE)]
    assert flagged[0].reason == "Only the left article has this quote of county engineer Mira Salo."
    assert flagged[0].left[0].text == "We have never seen the water rise this fast,"


def test_two_reporters_quoting_the_same_words_agree_and_count_as_independent() -> None:
    right = (
        "Harlow cut off as the Wend floods\n\n"
        "Water reached the arches of Harlow's stone bridge on Tuesday and police closed it. "
        'The bridge will stay shut until divers have checked every pier," Councillor Peter Vance '
        "told residents at a meeting, according to those present.\n\n"
        'County engineer Mira Salo said: "We have never seen the water rise this fast."'
    ).replace("The bridge will", '"The bridge will', 1)

    report = compared(FLOOD, right)

    speakers = {(q.side, q.speaker) for q in report.quotes if q.direct}
    assert (Side.LEFT, "county engineer Mira Salo") in speakers
    assert (Side.RIGHT, "County engineer Mira Salo") in speakers
    direct = [f for f in _quote_findings(report) if f.kind is FindingKind.AGREE]
    reasons = {f.reason for f in direct}
    assert "Both quote the same words of county engineer Mira Salo." in reasons
    assert "Both quote the same words of Vance." in reasons
    assert all(f.independent for f in direct)
    assert not any(f.kind is FindingKind.CONFLICT for f in _quote_findings(report))


AGENCY = (
    "Police in the port city of Sarnow arrested three men on Monday after customs officers found "
    "two tonnes of cocaine hidden in a shipment of bananas from Ecuador, the interior ministry "
    "said in a statement issued late in the evening."
)
OWN_LEFT = (
    "Cocaine haul in Sarnow\n\n"
    f"{AGENCY}\n\n"
    "Dock workers told our reporter that the container had been moved twice before it was opened."
)
OWN_RIGHT = (
    "Record drugs seizure\n\n"
    f"{AGENCY}\n\n"
    "It is the largest seizure in the region this year. A court will hear the case in May."
)


def test_agency_copy_reprinted_by_both_is_not_independent_corroboration() -> None:
    report = compared(OWN_LEFT, OWN_RIGHT)

    assert len(report.shared_passages) == 1
    assert report.shared_passages[0].words >= 30
    assert report.summary.shared_copy > 0.5
    shared = [f for f in report.findings if f.kind is FindingKind.AGREE and not f.independent]
    assert any(f.type is MentionType.PLACE or f.type is MentionType.ORGANISATION for f in shared)
    assert all("one source, not two" in f.reason for f in shared)
    facts_shared = sum(1 for f in shared if not f.is_statement)
    assert report.summary.counts["agree_shared"] == facts_shared
    counts = count_findings(report)
    assert counts.facts.shared.total == facts_shared
    assert counts.facts.independent == counts.facts[FindingKind.AGREE].total - facts_shared


def test_the_verdict_line_says_how_much_is_agency_copy_and_what_is_corroborated_independently() -> (
    None
):
    report = compared(OWN_LEFT, OWN_RIGHT)
    counts = count_findings(report)

    line = verdict_line(counts, report.summary)

    share = f"{report.summary.shared_copy:.0%}"
    assert line.startswith(f"{share} of the left article is the same agency copy as the right; ")
    assert f"{counts.facts.independent} facts are corroborated independently" in line or (
        "1 fact is corroborated independently" in line
    )
    assert report.summary.verdict.startswith(f"{share} of the left article")


def test_two_articles_written_independently_share_no_copy() -> None:
    left = (
        "Storm cuts power in Ardel\n\n"
        "A storm with winds of 120 km/h cut power to 8,000 homes in Ardel on Sunday. Engineers "
        "worked through the night, the utility said."
    )
    right = (
        "Thousands without electricity\n\n"
        "Some 8,000 households in Ardel lost electricity when a gale swept the coast on Sunday. "
        "Repair crews expect to restore supply by Tuesday."
    )

    report = compared(left, right)

    assert report.shared_passages == ()
    assert report.summary.shared_copy == 0.0
    assert all(f.independent for f in report.findings)
    assert "agency copy" not in verdict_line(count_findings(report), report.summary)


def test_a_quote_conflict_between_two_different_events_is_held_back_with_a_word_of_warning() -> (
    None
):
    report = compared(FLOOD, _edit(FLOOD, "We have never seen", "We have rarely seen"))
    (conflict,) = _flagged(report)
    apart = Summary(
        0.1,
        0.0,
        {},
        "probably different events",
        (Notice(NoticeCode.DIFFERENT_EVENTS, None, "Different events."),),
    )
    left, right = report.left.document, report.right.document

    (held,), summary = sourced_summary([conflict], apart, Sourcing((), (), 0.0), left, right)

    assert held.confidence < conflict.confidence
    assert held.reason.endswith("may not be a contradiction at all.")
    assert summary.verdict == "probably different events"
    (kept,), _ = sourced_summary(
        [conflict], replace(apart, notices=()), Sourcing((), (), 0.0), left, right
    )
    assert kept == conflict


def test_a_quote_the_other_article_reports_in_its_own_words_agrees() -> None:
    right = _edit(
        FLOOD,
        '"We have never seen the water rise this fast," said county engineer Mira Salo.',
        "County engineer Mira Salo said she had never seen the water rise this fast.",
    )

    report = compared(FLOOD, right)

    assert not [f for f in _flagged(report) if f.type is MentionType.QUOTE]
    (row,) = [r for r in quote_rows(report) if r.left and r.left.text.startswith("We have never")]
    assert row.finding is not None and row.right is not None and not row.right.direct
    assert row.finding.reason == "Both report county engineer Mira Salo saying the same."


def test_a_quote_whose_sentence_the_other_article_tells_unquoted_is_not_marked_only_one() -> None:
    right = _edit(
        FLOOD,
        '"We have never seen the water rise this fast," said county engineer Mira Salo.',
        "County engineer Mira Salo had never seen the water rise this fast.",
    )

    report = compared(FLOOD, right)

    assert not [f for f in _flagged(report) if f.type is MentionType.QUOTE]
    (row,) = [r for r in quote_rows(report) if r.left and r.left.text.startswith("We have never")]
    assert row.finding is None
    assert row.note == "The right article tells this in its own words, without quoting it."


def test_a_quote_beside_a_sentence_that_only_names_its_speaker_is_marked_only_one() -> None:
    # Both articles tell that Vance visited the square, but only the left quotes what he said
    # there: the paired sentence on the right says nothing of the bridge, so the quoted words are
    # missing on the right, not told in its own words.
    left = _edit(
        FLOOD,
        '"The bridge will stay shut until divers have checked every pier," Vance said.',
        "Councillor Peter Vance visited the flooded square on Wednesday, saying: "
        '"The bridge will stay shut until divers have checked every pier."',
    )
    right = _edit(
        FLOOD,
        '"The bridge will stay shut until divers have checked every pier," Vance said.',
        "Councillor Peter Vance visited the flooded square on Wednesday morning.",
    )

    report = compared(left, right)

    (finding,) = [f for f in _quote_findings(report) if f.kind is FindingKind.LEFT_ONLY]
    assert finding.left[0].text == "The bridge will stay shut until divers have checked every pier."
    assert finding.reason == "Only the left article has this quote of Councillor Peter Vance."


def _said(text: str, words: str, speaker: str, *, direct: bool = True) -> Quote:
    start, who = text.index(words), text.index(speaker)
    piece = TextRange(start, start + len(words))
    return Quote(
        None, start, piece.end, words, speaker, who, who + len(speaker), (piece,), direct=direct
    )


def test_an_outlet_quoting_fewer_sentences_or_spelling_out_a_contraction_is_no_misquote() -> None:
    left = (
        '"We\'ve never seen a fire spread like this. The roof went first. Nobody was hurt," '
        "Chief Ada Moss said."
    )
    right = '"We have never seen a fire spread like this. Nobody was hurt," Chief Ada Moss said.'
    lq = _said(left, left[1 : left.index('," ')], "Chief Ada Moss")
    rq = _said(right, right[1 : right.index('," ')], "Chief Ada Moss")

    (verdict,) = compare_quotes([lq], [rq], left, right)

    assert verdict.kind is FindingKind.AGREE


def test_two_reports_of_one_speaker_giving_different_figures_are_not_called_the_same() -> None:
    left = "Chief Ada Moss said that three firefighters were treated for smoke."
    right = "Chief Ada Moss said that four firefighters were treated for smoke."
    lq = replace(
        _said(left, "three firefighters were treated for smoke", "Chief Ada Moss", direct=False),
        side=Side.LEFT,
    )
    rq = replace(
        _said(right, "four firefighters were treated for smoke", "Chief Ada Moss", direct=False),
        side=Side.RIGHT,
    )
    reading = QuoteReading((lq, rq), {})

    findings, _ = add_sourcing(Document("l", left), Document("r", right), reading, [])

    assert [f for f in findings if f.type is MentionType.QUOTE] == []
