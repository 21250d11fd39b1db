"""Claims compared inside sentences both articles tell, written for the tests (no corpus text)."""

from __future__ import annotations

from desktop.core.compare import compare_documents
from desktop.core.model import Document, Finding, FindingKind, NoticeCode, Report


def compare(left: str, right: str, date: str = "2024-03-12") -> Report:
    return compare_documents(
        Document(source="left.txt", text=left, date=date),
        Document(source="right.txt", text=right, date=date),
    )


def conflicts(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind is FindingKind.CONFLICT]


def one_sided(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.kind in (FindingKind.LEFT_ONLY, FindingKind.RIGHT_ONLY)]


STORY = (
    "Fishing boat sinks off Cornwall\n\n"
    "A fishing boat sank off the coast of Cornwall on Sunday, killing one man, coastguards said. "
    "The trawler Mary Ann had left Newlyn harbour before dawn with a crew of six. "
    "Rescue teams searched the water for several hours before the weather closed in."
)


def test_a_changed_weekday_in_a_reworded_sentence_is_a_conflict() -> None:
    right = STORY.replace(
        "A fishing boat sank off the coast of Cornwall on Sunday, killing one man, coastguards said.",
        "Coastguards said a fishing boat went down off the Cornwall coast on Monday, killing one man.",
    )
    found = conflicts(compare(STORY, right))
    assert any("Sunday" in f.left[0].text and "Monday" in f.right[0].text for f in found), found


def test_killing_one_man_against_killing_four_men_is_a_conflict_on_the_count() -> None:
    right = STORY.replace("killing one man", "killing four men")
    found = conflicts(compare(STORY, right))
    assert any(
        "one" in f.left[0].text.lower() and "four" in f.right[0].text.lower() for f in found
    ), found


def test_different_lower_bounds_are_a_cautious_conflict_never_corroboration() -> None:
    left = (
        "Storm batters coast\n\nAt least five people died when the storm hit the coast of Devon "
        "on Tuesday, officials said. Power lines were brought down across the county."
    )
    right = left.replace("At least five people", "At least three people")
    report = compare(left, right)
    on_toll = [
        f for f in report.findings if any("five" in s.text for s in f.left) and not f.is_statement
    ]
    assert on_toll and all(f.kind is FindingKind.CONFLICT for f in on_toll), on_toll
    assert "Both give" not in on_toll[0].reason
    assert "different times" in on_toll[0].reason
    assert on_toll[0].confidence < 0.6


def test_a_city_against_its_country_is_never_a_conflict() -> None:
    left = (
        "Quake shakes capital\n\nA strong earthquake shook buildings in Athens on Friday morning, "
        "sending residents into the streets. No injuries were reported by the fire service."
    )
    right = left.replace("in Athens", "in Greece")
    report = compare(left, right)
    assert not [f for f in conflicts(report) if any("Athens" in s.text for s in f.left)]


def test_a_sentence_both_articles_tell_carries_no_one_sided_word_marks() -> None:
    left = (
        "Factory fire\n\nFirefighters believed the blaze at the paper factory in Leeds started "
        "in a storage room late on Monday, and investigators will examine the wiring."
    )
    right = (
        "Factory fire\n\nThe blaze at the paper factory in Leeds started in a storage room late "
        "on Monday, firefighters said, and investigators are to examine the wiring."
    )
    report = compare(left, right)
    agreed = [f for f in report.findings if f.kind is FindingKind.AGREE and f.is_statement]
    assert agreed
    assert not one_sided(report), [(f.left, f.right, f.reason) for f in one_sided(report)]


def test_articles_about_different_events_get_a_notice_and_cautious_conflicts() -> None:
    left = (
        "Flood in Valencia\n\nHeavy rain flooded Valencia on Tuesday, forcing 3,200 residents "
        "from their homes, Mayor Maria Lopez said."
    )
    right = (
        "Election in Norway\n\nVoters in Oslo chose a new parliament on Sunday, and turnout "
        "reached 77 percent, the election board said."
    )
    report = compare(left, right)
    notice = report.summary.notice(NoticeCode.DIFFERENT_EVENTS)
    assert notice is not None and notice.side is None
    assert "different events" in notice.message
    assert all("different events" in f.reason for f in conflicts(report))


def test_a_count_broken_down_by_group_is_not_set_against_the_total() -> None:
    left = (
        "Shooting injures 13\n\nThirteen people were injured in a shooting outside a housing "
        "complex in Washington on Sunday night, police said."
    )
    right = (
        "Shooting injures 13\n\nA shooting outside a housing complex in Washington on Sunday "
        "night injured seven men and six women, police said."
    )
    assert not conflicts(compare(left, right))


def test_the_day_police_spoke_is_not_the_day_of_the_event() -> None:
    left = (
        "Teen charged\n\nA teenager shot five people near a high school in Atlanta on Tuesday, "
        "and police said Wednesday that he had been charged."
    )
    right = (
        "Teen charged\n\nA teenager shot five people near a high school in Atlanta on Tuesday, "
        "and police said Thursday that he had been charged."
    )
    found = conflicts(compare(left, right))
    assert not any("Tuesday" in s.text for f in found for s in f.left + f.right)


def test_street_blocks_page_stamps_and_parts_of_a_group_are_never_counts_in_conflict() -> None:
    left = (
        "Two shot in Dallas\n\nTwo men were shot in the 2300 block of Elm Street in Dallas on "
        "Friday night, police said. The other eight people at the party were questioned.\n\n"
        "Updated 5:12 p.m."
    )
    right = (
        "Two shot in Dallas\n\nOfficers found 23 shell casings on Elm Street in Dallas after two "
        "men were shot there on Friday night. One of them was arrested later.\n\n"
        "Updated 12:23 p.m."
    )
    found = conflicts(compare(left, right))
    texts = {s.text for f in found for s in f.left + f.right}
    assert not texts & {"2300", "23", "5:12 p.m.", "12:23 p.m.", "eight", "One"}, found


BOXER = (
    "Champion keeps his title\n\n"
    "The champion knocked out the challenger in Hamburg on Saturday to keep the belt. "
    "The challenger, a former champion who shocked the world when he floored the old champion "
    "in 2001 for the title, showed no sign of life on Saturday. "
    "The crowd of 15,000 cheered the home fighter throughout the night."
)


def test_a_changed_year_in_a_reworded_sentence_that_also_names_a_weekday_is_a_conflict() -> None:
    right = BOXER.replace(
        "The challenger, a former champion who shocked the world when he floored the old champion "
        "in 2001 for the title, showed no sign of life on Saturday.",
        "The challenger, who took the fight at late notice, looked a shadow of the fighter that "
        "floored the old champion to win the title in 2000.",
    )
    found = conflicts(compare(BOXER, right))
    assert any(f.left[0].text == "2001" and f.right[0].text == "2000" for f in found), found


def test_last_month_in_an_undated_article_is_one_sided_when_the_other_never_says_it() -> None:
    left = STORY + " Last month, the same crew had rescued two divers near the Lizard."
    report = compare_documents(
        Document(source="left.txt", text=left), Document(source="right.txt", text=STORY)
    )
    marks = [s.text for f in one_sided(report) for s in f.left]
    assert any("Last month" in text for text in marks), marks


def test_a_name_that_takes_the_article_is_written_with_it_in_the_reason() -> None:
    left = (
        "Talks stall\n\nThe Kremlin rejected the proposal on Monday, officials said. "
        "A spokesman for the Kremlin said the offer came too late for the summit in Geneva."
    )
    right = (
        "Talks collapse\n\nThe proposal was turned down by the Kremlin on Monday. "
        "Diplomats in Geneva said the offer had come too late for the summit."
    )
    reasons = [f.reason for f in compare(left, right).findings if f.reason.startswith("Both")]
    assert any("name the Kremlin" in r for r in reasons), reasons
    assert any("name Geneva" in r for r in reasons), reasons


def test_a_nationality_is_named_by_its_country_and_quoted_as_each_side_wrote_it() -> None:
    left = (
        "Ship seized\n\nIranian forces seized a tanker near the strait on Monday, officials said."
    )
    right = (
        "Ship seized\n\nForces from Iran seized a tanker near the strait on Monday, officials said."
    )
    reasons = [f.reason for f in compare(left, right).findings if "Iran" in f.reason]
    assert any("Both articles name Iran (the left as 'Iranian')" in r for r in reasons), reasons
