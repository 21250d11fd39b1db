"""Headlines, datelines, bylines and web boilerplate: what is kept in the text and what is moved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.ingest import document_from_text, load_document

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

BODY = "A strong earthquake struck the town of Exampleville on Friday, officials said."
MORE = "The mayor said rescue teams searched collapsed buildings through the night."


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- the two real sample articles ---------------------------------------------------------------


def test_the_left_sample_loses_its_date_prefix_but_keeps_its_first_sentence() -> None:
    document = load_document(SAMPLES / "left.txt")

    assert document.date == "2023-11-09"
    assert document.text.startswith("Azerbaijan’s President Ilham Aliyev has issued an apology")
    assert "date 2023" not in document.text
    assert document.title is None  # it opens straight into the story


def test_the_right_sample_keeps_its_hashtag_headline_and_gets_a_clean_title() -> None:
    document = load_document(SAMPLES / "right.txt")

    headline = "#Russian Peacekeepers Killed in Attack, #Azerbaijan President Apologizes: "
    assert paragraphs(document.text)[0] == headline + "Putin-Aliyev Phone Call"
    assert document.title == (
        "Russian Peacekeepers Killed in Attack, Azerbaijan President Apologizes: "
        "Putin-Aliyev Phone Call"
    )


def test_the_right_sample_byline_and_date_move_to_metadata() -> None:
    document = load_document(SAMPLES / "right.txt")

    assert document.date == "2023-09-22"
    assert document.byline is None  # "By |": the site dropped the name
    assert "By |" not in document.text
    assert paragraphs(document.text)[1].startswith("Russian President Putin spoke on the phone")


def test_the_right_sample_comment_form_is_dropped() -> None:
    document = load_document(SAMPLES / "right.txt")

    assert "Leave a Reply" not in document.text
    assert "Your email address" not in document.text
    assert document.text.endswith("to ensure their safety.")


@pytest.mark.parametrize("name", ["left.txt", "right.txt"])
def test_the_samples_keep_every_real_sentence(name: str) -> None:
    source = (SAMPLES / name).read_text(encoding="utf-8")
    document = load_document(SAMPLES / name)
    metadata = {"By | September 22, 2023", "Leave a Reply"}

    for line in (line.strip() for line in source.splitlines()):
        if not line or line in metadata or line.startswith("Your email address"):
            continue
        line = re.sub(r"^date \d{4}-\d\d-\d\d ", "", line)
        line = re.sub(r"\.\.$", ".", line)
        assert " ".join(line.split()) in document.text


# --- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: November 28, 2005", "2005-11-28"),
        ("Published May 03, 2013", "2013-05-03"),
        ("Posted: Sep 27, 2013 10: 50AM CDT", "2013-09-27"),
        ("July 25, 2005, 12:18 AM ET", "2005-07-25"),
        ("Thursday 29 July 2004 08.23 BST", "2004-07-29"),
        ("10:24 AM, MON 22 JUL 2013", "2013-07-22"),
        ("Aug. 05, 2013 | 2:47 p.m.", "2013-08-05"),
        ("06/06/13 07:05 PM ET EDT", "2013-06-06"),
        ("15.09.2023", "2023-09-15"),
        ("date 2023-11-09", "2023-11-09"),
        ("2023-09-22T10:00:00Z", "2023-09-22"),
        ("Last updated at 11:24, Tuesday, 18 June 2013", "2013-06-18"),
        ("21 July 2013 Last updated at 11:11 GMT", "2013-07-21"),
        ("May 3rd, 2013 2: 00pm EDT", "2013-05-03"),
        ("9 ноября 2023", "2023-11-09"),
    ],
)
def test_a_dateline_under_the_headline_becomes_the_date(line: str, iso: str) -> None:
    document = document_from_text(f"Quake hits Exampleville\n{line}\n{BODY}\n{MORE}")

    assert document.date == iso
    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY, MORE]


def test_the_publication_date_wins_over_the_update_date() -> None:
    document = document_from_text(
        f"Quake hits Exampleville\nUpdated 09/14/2013 01:03 PM\n"
        f"Published: September 12, 2013\n{BODY}\n{MORE}"
    )

    assert document.date == "2013-09-12"
    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY, MORE]


def test_an_update_date_is_used_when_it_is_the_only_one() -> None:
    document = document_from_text(f"Updated 09/14/2013 01:03 PM\n{BODY}\n{MORE}")

    assert document.date == "2013-09-14"


@pytest.mark.parametrize(
    "line",
    [
        "On February 29, 2012, AMD announced a definitive agreement to acquire SeaMicro.",
        "Seacom operations fully restored: 4 November 2011",
        "2 hours ago",
        "2023",
        "9/11",
    ],
)
def test_a_sentence_or_headline_that_mentions_a_date_stays_in_the_text(line: str) -> None:
    document = document_from_text(f"{line}\n{BODY}\n{MORE}")

    assert paragraphs(document.text)[0] == line
    assert document.date is None


def test_a_date_line_deep_in_the_story_is_left_alone() -> None:
    body = [f"Paragraph {n} of the story goes on about the quake." for n in range(6)]
    document = document_from_text("\n".join([*body, "September 22, 2023", MORE]))

    assert "September 22, 2023" in document.text
    assert document.date is None


# --- bylines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "byline", "date"),
    [
        ("By John Smith", "John Smith", None),
        ("By JOHN SMITH, Associated Press", "JOHN SMITH, Associated Press", None),
        ("By Jane Doe and Omar al Rashid", "Jane Doe and Omar al Rashid", None),
        ("By Jane Doe | September 22, 2023", "Jane Doe", "2023-09-22"),
        ("Posted by Jane Doe on May 3, 2013", "Jane Doe", "2013-05-03"),
        ("Written by: Jean-Luc O’Neill", "Jean-Luc O’Neill", None),
        ("By | September 22, 2023", None, "2023-09-22"),
    ],
)
def test_a_byline_moves_to_metadata(line: str, byline: str | None, date: str | None) -> None:
    document = document_from_text(f"Quake hits Exampleville\n{line}\n{BODY}\n{MORE}")

    assert document.byline == byline
    assert document.date == date
    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "By the time rescuers arrived, the hotel had collapsed.",
        "By Monday, the rebels had taken the city.",
        "By Monday, Pakistan",
        "Statement by Francesca Grifo",
        "Bystanders filmed the collapse.",
    ],
)
def test_a_sentence_starting_with_by_is_not_a_byline(line: str) -> None:
    document = document_from_text(f"Quake hits Exampleville\n{line}\n{BODY}\n{MORE}")

    assert line in paragraphs(document.text)
    assert document.byline is None


# --- headlines -----------------------------------------------------------------------------------


def test_a_short_first_line_is_the_headline() -> None:
    document = document_from_text(f"Was it arson? Police question dairy owner\n{BODY}")

    assert document.title == "Was it arson? Police question dairy owner"
    assert paragraphs(document.text)[0] == "Was it arson? Police question dairy owner"


def test_a_first_sentence_is_not_mistaken_for_a_headline() -> None:
    document = document_from_text(f"{BODY}\n{MORE}")

    assert document.title is None


def test_a_lone_paragraph_has_no_headline() -> None:
    assert document_from_text("Quake hits Exampleville").title is None


def test_hashtags_are_cleaned_from_the_title_only() -> None:
    document = document_from_text(f"#Quake hits #Exampleville #2023\n{BODY}")

    assert document.title == "Quake hits Exampleville 2023"
    assert paragraphs(document.text)[0] == "#Quake hits #Exampleville #2023"


# --- boilerplate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Share this:",
        "Share on Facebook",
        "Click to share on Twitter (Opens in new window)",
        "Related posts",
        "Related Articles:",
        "Subscribe to our newsletter",
        "Advertisement",
        "© 2023 Daily News. All rights reserved.",
        "Copyright 2023 Example Media Ltd",
        "This website uses cookies to improve your experience. Accept",
        "Comments",
        "3 Comments",
        "Read more",
        "Read more: Aftershocks rattle the coast",
        "Like this:",
        "Tags: earthquake, Exampleville",
    ],
)
def test_web_boilerplate_lines_are_dropped(line: str) -> None:
    document = document_from_text(f"Quake hits Exampleville\n{BODY}\n{line}\n{MORE}")

    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the aid programme on the ministry's website, the mayor said.",
        "Comments from the minister were not immediately available.",
        "Share prices of local insurers fell 3% on Friday.",
        "Advertisement revenue at the local paper has collapsed.",
        "All rights reserved, the contract said, would revert to the town.",
        "Copyright law was not the issue, the court found.",
        "Related to the quake, a dam was inspected.",
    ],
)
def test_real_sentences_that_look_like_boilerplate_stay(line: str) -> None:
    document = document_from_text(f"Quake hits Exampleville\n{BODY}\n{line}\n{MORE}")

    assert line in paragraphs(document.text)


def test_a_trailing_comment_section_is_cut_off() -> None:
    story = "\n".join(f"Paragraph {n}: the quake damaged {n} more houses." for n in range(8))
    text = f"{story}\nLeave a Reply\nGreat article, thanks!\nI disagree with the mayor."

    document = document_from_text(text)

    assert document.text.endswith("the quake damaged 7 more houses.")
    assert "Great article" not in document.text


def test_a_comments_heading_early_in_the_story_cuts_nothing() -> None:
    story = "\n".join(f"Paragraph {n}: the quake damaged {n} more houses." for n in range(8))

    document = document_from_text(f"Comments\n{story}")

    assert len(paragraphs(document.text)) == 8


def test_a_doubled_full_stop_is_fixed_but_an_ellipsis_is_kept() -> None:
    document = document_from_text("It was over..\nOr was it...\nYes.")

    assert paragraphs(document.text) == ["It was over.", "Or was it...", "Yes."]
