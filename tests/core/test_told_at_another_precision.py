"""Facts the other article gives at its own precision are told there, not yellow: a speed as a
bound, a time "by" which something happened, a clock inside the other's "Thursday evening", and
words one article quotes that the other writes as its own."""

from __future__ import annotations

from desktop.core.figures.numbers.values import parse_number
from desktop.core.model import FindingKind, MentionType
from desktop.core.quoting.sourcing import quoted_words_written
from tests.factories import compare_texts, conflicts, yellow


def test_miles_an_hour_is_a_speed_not_a_distance() -> None:
    value = parse_number("up to 120 miles an hour")
    assert value is not None and value.dimension == "speed"
    km = parse_number("80 kilometres per hour")
    assert km is not None and km.dimension == "speed"


def test_more_than_100_mph_and_up_to_120_miles_an_hour_are_one_chase_told_twice() -> None:
    report = compare_texts(
        "Chase on I-75\n\nThe suspect led police on a chase at speeds of more than 100 mph "
        "before he was caught near Flint.",
        "Chase on I-75\n\nThe gunman fled north and was arrested near Flint. Witnesses said the "
        "chase reached speeds of up to 120 miles an hour.",
        "2024-05-10",
    )
    assert not yellow(report), yellow(report)


def test_extinguished_by_7_and_by_6_40_do_not_contradict_each_other() -> None:
    report = compare_texts(
        "Dairy fire\n\nThe fire at the old dairy was extinguished by 7 a.m., fire officials said.",
        "Dairy fire\n\nThe fire at the old dairy was extinguished by 6:40 a.m., fire officials "
        "said.",
        "2024-05-10",
    )
    assert not conflicts(report)
    assert not yellow(report), yellow(report)
    assert any(f.kind is FindingKind.AGREE and f.type is MentionType.TIME for f in report.findings)


def test_put_out_at_7_30_is_not_within_a_deadline_of_7() -> None:
    report = compare_texts(
        "Dairy fire\n\nThe fire at the old dairy was extinguished by 7 a.m., fire officials said.",
        "Dairy fire\n\nThe fire at the old dairy was extinguished at 9:30 a.m., fire officials "
        "said.",
        "2024-05-10",
    )
    assert conflicts(report)


def test_half_past_eight_thursday_is_told_by_thursday_evening_elsewhere() -> None:
    report = compare_texts(
        "Woman kills two at bakery\n\nPolice said three people were shot at the bakery. The "
        "shootings happened shortly after 8:30 p.m. Thursday.",
        "Woman kills two at bakery\n\nPolice said three people were shot at the bakery. The "
        "woman had argued Thursday evening with her co-workers, police said.",
        "2024-05-10",
    )
    assert not yellow(report), yellow(report)


def test_half_past_eight_is_not_told_by_a_thursday_morning() -> None:
    report = compare_texts(
        "Woman kills two at bakery\n\nPolice said three people were shot at the bakery. The "
        "shootings happened shortly after 8:30 p.m. Thursday.",
        "Woman kills two at bakery\n\nPolice said three people were shot at the bakery. The "
        "woman had argued Thursday morning with her co-workers, police said.",
        "2024-05-10",
    )
    assert "shortly after 8:30 p.m." in yellow(report), yellow(report)


def test_words_one_article_quotes_are_written_in_the_other_when_it_uses_them_unquoted() -> None:
    other = "LaCalamita was listed among the professional staff on the firm's website."
    assert quoted_words_written("professional staff,", other)
    assert quoted_words_written("Professional  Staff", other)
    assert not quoted_words_written("professional staff member", other)
    assert not quoted_words_written("staff", "the staffing agency")


def test_friday_morning_is_told_by_an_article_that_gives_friday() -> None:
    report = compare_texts(
        "DeGeneres to host Oscars\n\nEllen DeGeneres will host the Oscars, the producers said "
        "on Friday.",
        "DeGeneres to host Oscars\n\nEllen DeGeneres announced the news Friday morning: she "
        "will host the Oscars, the producers said.",
        "2024-05-10",
    )
    assert "morning" not in yellow(report), yellow(report)


def test_friday_morning_is_not_told_by_friday_night() -> None:
    report = compare_texts(
        "DeGeneres to host Oscars\n\nEllen DeGeneres will host the Oscars, the producers said "
        "on Friday night.",
        "DeGeneres to host Oscars\n\nEllen DeGeneres announced the news Friday morning: she "
        "will host the Oscars, the producers said.",
        "2024-05-10",
    )
    assert "morning" in " ".join(yellow(report)) or conflicts(report), yellow(report)


_BANK_LEFT = (
    "Three dead in bank fire\n\nPolice said two women and one man died at a branch of the bank "
    "which caught fire after rioters threw petrol bombs inside.\nAround 20 more people had to be "
    "ushered to safety."
)


def test_as_many_as_20_and_around_20_more_are_one_count_at_two_precisions() -> None:
    report = compare_texts(
        _BANK_LEFT,
        "Three dead in bank fire\n\nPolice said at least three people, a man and two women, were "
        "killed in the fire-bomb attack.\nFirefighters said as many as 20 people had been inside "
        "the bank.",
        "2024-05-10",
    )
    assert "as many as 20" not in yellow(report), yellow(report)


def test_as_many_as_30_is_not_told_by_around_20() -> None:
    report = compare_texts(
        _BANK_LEFT,
        "Three dead in bank fire\n\nPolice said at least three people, a man and two women, were "
        "killed in the fire-bomb attack.\nFirefighters said as many as 30 people had been inside "
        "the bank.",
        "2024-05-10",
    )
    assert "as many as 30" in yellow(report), yellow(report)


_PLANT_LEFT = (
    "Worker kills two at plant\n\nA worker was suspended and escorted from the plant on "
    "Thursday evening. About 10 minutes after she was escorted out, she returned with a handgun."
)


def test_about_ten_minutes_after_and_minutes_later_are_one_wait() -> None:
    report = compare_texts(
        _PLANT_LEFT,
        "Worker kills two at plant\n\nA worker who had been suspended and escorted from the "
        "plant on Thursday evening returned minutes later with a handgun.",
        "2010-09-10",
    )
    assert not yellow(report), yellow(report)


def test_about_ten_minutes_is_not_told_by_hours_later() -> None:
    report = compare_texts(
        _PLANT_LEFT,
        "Worker kills two at plant\n\nA worker who had been suspended and escorted from the "
        "plant on Thursday evening returned hours later with a handgun.",
        "2010-09-10",
    )
    assert "About 10 minutes" in yellow(report), yellow(report)
