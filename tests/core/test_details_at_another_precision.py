"""Details inside a statement both articles tell, which the other article gives at another
precision or in another form: no yellow mark says it does not report them."""

from __future__ import annotations

from desktop.core.extraction.extract import Analysis, Fact, analyse, nlp_view
from desktop.core.extraction.pipeline import load_pipeline
from desktop.core.findings.names.told_clippings import clippable, clipped_name_owner
from desktop.core.findings.names.told_slips import slip_of_the_pen
from desktop.core.model import Document, MentionType
from tests.factories import compare_texts, conflict_texts, yellow


def test_a_birthplace_city_is_told_by_its_state_in_the_matching_sentence() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe model was born in Nashville, Tennessee on April 22, 1923, and "
        "grew up poor.",
        "Pin-up model dies\n\nThe model was born to a poor family in Tennessee on April 22, 1923.",
        "2008-12-12",
    )
    assert "Nashville" not in yellow(report), yellow(report)


def test_a_city_stays_one_sided_when_the_other_side_names_its_state_elsewhere() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe model was born in Nashville on April 22, 1923. She died in "
        "a hospital on Thursday.",
        "Pin-up model dies\n\nThe model was born in 1923. She moved to Tennessee as a girl and "
        "died in a hospital on Thursday.",
        "2008-12-12",
    )
    assert "Nashville" in yellow(report), yellow(report)


def test_a_city_stays_one_sided_when_the_matching_sentence_names_places_apart() -> None:
    report = compare_texts(
        "Quake hits Iran\n\nThe quake shook several cities across the gulf. There were no "
        "reported injuries in Dubai after the quake.",
        "Quake hits Iran\n\nThe quake was felt across the gulf. There were reported injuries in "
        "Oman and the United Arab Emirates after the quake.",
        "2008-09-10",
    )
    assert "Dubai" in yellow(report), yellow(report)


def test_the_heff_is_the_clipped_name_of_the_heffner_both_articles_name() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe Heff crowned the model Playmate of the Month in January of "
        "1955. Heffner told reporters she was a remarkable lady.",
        "Pin-up model dies\n\nThe model was Playmate of the Month in January 1955. Magazine "
        "founder Hugh Heffner said she was a remarkable lady.",
        "2008-12-12",
    )
    assert "Heff" not in yellow(report), yellow(report)


def test_a_santa_hat_names_no_place() -> None:
    report = compare_texts(
        "Pin-up model dies\n\nThe model wore nothing but a Santa hat in the January 1955 "
        "centerfold.",
        "Pin-up model dies\n\nThe model was the centerfold of January 1955.",
        "2008-12-12",
    )
    assert "Santa" not in yellow(report), yellow(report)


def _analysis(text: str) -> Analysis:
    nlp = load_pipeline().nlp
    (analysis,) = analyse([Document(source="a.txt", text=text)], [nlp(nlp_view(text))])
    return analysis


def _body(text: str, key: str) -> Fact:
    return Fact(0, len(text), text, MentionType.ORGANISATION, "ORG", 0, key=key, value=text)


def test_heffner_typed_a_body_is_hugh_hefner_of_the_other_article_misspelt() -> None:
    theirs = _analysis("Playboy founder Hugh Hefner said she was a remarkable lady.")
    assert slip_of_the_pen(_body("Heffner", "org:heffner"), theirs)
    assert not slip_of_the_pen(_body("Hefley", "org:hefley"), theirs)  # another ending


def test_the_heff_goes_with_the_one_heffner_of_its_article() -> None:
    heff = [_body("Heff", "org:heff")]
    heffner = [_body("Heffner", "org:heffner")]
    groups = {"org:heff": heff, "org:heffner": heffner}
    assert clipped_name_owner("org:heff", heff, clippable(groups)) == "org:heffner"
    # Two names it may clip, or a people's name ("Europe" / "European"), leave it alone.
    heffley = [_body("Heffley", "org:heffley")]
    groups = {"org:heff": heff, "org:heffner": heffner, "org:heffley": heffley}
    assert clipped_name_owner("org:heff", heff, clippable(groups)) is None
    europe = [Fact(0, 6, "Europe", MentionType.PLACE, "LOC", 0, key="place:europe")]
    european = [Fact(0, 8, "European", MentionType.NATIONALITY, "NORP", 0, key="group:european")]
    groups = {"place:europe": europe, "group:european": european}
    assert clipped_name_owner("place:europe", europe, clippable(groups)) is None


def test_the_heff_goes_with_the_hugh_hefner_who_writes_the_f_once() -> None:
    heff = [_body("Heff", "org:heff")]
    hefner = [Fact(0, 11, "Hugh Hefner", MentionType.PERSON, "PERSON", 0, key="person:hefner")]
    groups = {"org:heff": heff, "person:hefner": hefner}
    assert clipped_name_owner("org:heff", heff, clippable(groups)) == "person:hefner"
    # With a "Heffernan" as well, the clipping may be either man's: it is left alone.
    heffernan = [_body("Heffernan", "org:heffernan")]
    groups = {"org:heff": heff, "person:hefner": hefner, "org:heffernan": heffernan}
    assert clipped_name_owner("org:heff", heff, clippable(groups)) is None


def test_two_overlapping_ranges_of_an_offer_are_one_estimate_told_twice() -> None:
    report = compare_texts(
        "Angels bid for Teixeira\n\nThe Orioles offered between $140 million and $150 million "
        "over seven years, sources said.",
        "Angels bid for Teixeira\n\nThe Orioles offered seven years in the $145 million to "
        "$160 million range, sources said.",
        "2008-12-12",
    )
    assert not any("$160 million" in mark for mark in yellow(report)), yellow(report)


def test_a_range_holding_the_other_sides_figures_tells_them_coarser() -> None:
    report = compare_texts(
        "Angels bid for Teixeira\n\nThe Angels offered eight years. The Nationals reportedly "
        "have bid $160 million over eight years, the Orioles $140 million over seven years.",
        "Angels bid for Teixeira\n\nThe Angels offered eight years. No dollar figures have "
        "been released with the offer, but the seven-year offers for Teixeira were in the $140 "
        "million to $160 million range.",
        "2008-12-12",
    )
    assert "$140 million to $160 million" not in yellow(report), yellow(report)


def test_ninety_percent_of_the_candidates_is_told_as_almost_all_of_them() -> None:
    left = (
        "Turkmenistan votes\n\nNinety percent of the 288 candidates come from the Democratic "
        "Party, the only party allowed to register."
    )
    right = (
        "Turkmenistan votes\n\nAlmost all of the 288 candidates came from the Democratic Party, "
        "the only party allowed to register."
    )
    assert "Ninety percent" not in yellow(compare_texts(left, right, "2008-12-14"))
    # "about half" does not hold ninety percent: a fraction of the same candidates in figures
    # other than its own is a conflict (test_a_fraction_word_is_a_percentage).
    half = compare_texts(
        left, right.replace("Almost all of the 288 candidates", "About half of the 288 candidates")
    )
    assert conflict_texts(half) == [({"Ninety percent"}, {"About half"})]
    # "most of the voters" is another group.
    other = compare_texts(
        left, right.replace("Almost all of the 288 candidates", "Most of the voters")
    )
    assert "Ninety percent" in yellow(other), yellow(other)


def test_an_earlier_quakes_town_is_not_told_by_the_country_of_this_quake() -> None:
    report = compare_texts(
        "Quake hits Iran\n\nIn February, a quake measuring 6.4 on the Richter scale hit the "
        "southern town of Zarand, killing 612 people and wounding around 1,400.",
        "Quake hits Iran\n\nAn earthquake with a magnitude of at least 5.9 hit southern Iran "
        "on Sunday, killing at least 10 people and injuring many others.",
        "2005-11-28",
    )
    assert "Zarand" in yellow(report), yellow(report)


def test_the_indian_navy_is_told_by_an_indian_warship_and_a_naval_officer() -> None:
    left = (
        "Pirates caught\n\nA spokesman for the Indian Navy said 26 pirates were caught on "
        "Thursday in the Gulf of Aden."
    )
    right = (
        "Pirates caught\n\nAn Indian warship caught 26 pirates on Thursday in the Gulf of "
        "Aden, a naval officer said."
    )
    assert "Indian Navy" not in yellow(compare_texts(left, right, "2011-11-11"))
    # A naval officer of a ship named apart from any nation says nothing of whose navy it is.
    apart = right.replace("An Indian warship", "A warship").replace(
        "officer said.", "officer said. An Indian official thanked the crew."
    )
    assert "Indian Navy" in yellow(compare_texts(left, apart, "2011-11-11"))
