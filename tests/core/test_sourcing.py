"""Who said what, and is it independent: quotes compared by speaker, shared wire copy detected,
as the journalist sees them in a comparison's findings, counts and verdict line."""

from __future__ import annotations

from functools import cache

from desktop.core.compare import compare_documents
from desktop.core.counts import count_findings, verdict_line
from desktop.core.model import Document, Finding, FindingKind, MentionType, Report, Side
from desktop.core.quote_table import quote_changes

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
