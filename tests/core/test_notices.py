"""Stories: the pair as a whole is off (wrong language, the same text twice, not an article) and
the journalist is told so before trusting a verdict; ordinary pairs raise no notice at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.ingest import document_from_text, load_article, load_document
from desktop.core.model import Document, NoticeCode, Side
from desktop.core.results.notices import document_notices, not_article_reason, same_text

ENGLISH = (
    "A magnitude 5.9 earthquake struck the coastal province on Monday morning, officials said. "
    "At least twelve people were killed and dozens injured when buildings collapsed in the town "
    "of Lamerd, the provincial governor told state television. Rescue teams searched the rubble "
    "through the night while aftershocks rattled the region.\n\n"
    "The quake hit at a depth of ten kilometres, according to the geological survey. Schools were "
    "closed and residents slept outdoors for fear of further tremors."
)
ANOTHER_ENGLISH = (
    "Rescuers pulled survivors from collapsed homes after a strong earthquake shook southern "
    "Iran, killing at least ten people, the Red Crescent said on Monday. The tremor, measured at "
    "6.1 by the national seismological centre, was felt across the province.\n\n"
    "Hospitals in the area treated more than eighty injured, and the governor appealed for blood "
    "donations as roads to several villages remained blocked by landslides."
)
GERMAN = (
    "Ein Erdbeben der Stärke 5,9 hat am Montagmorgen die Küstenprovinz erschüttert, wie die "
    "Behörden mitteilten. Mindestens zwölf Menschen kamen ums Leben, Dutzende wurden verletzt, "
    "als in der Stadt Lamerd Gebäude einstürzten, sagte der Gouverneur dem Staatsfernsehen. "
    "Rettungskräfte suchten die ganze Nacht in den Trümmern, während Nachbeben die Region "
    "erschütterten. Die Schulen blieben geschlossen."
)
RUSSIAN = (
    "Землетрясение магнитудой 5,9 произошло в понедельник утром в прибрежной провинции, сообщили "
    "власти. По меньшей мере двенадцать человек погибли и десятки получили ранения, когда в городе "
    "Ламерд обрушились здания, заявил губернатор государственному телевидению. Спасатели всю ночь "
    "искали выживших под завалами, а повторные толчки продолжали сотрясать регион."
)


def _doc(text: str, source: str = "article.txt", fmt: str = "txt") -> Document:
    return document_from_text(text, source=source, fmt=fmt)


def test_an_ordinary_english_pair_raises_no_notice() -> None:
    assert document_notices(_doc(ENGLISH), _doc(ANOTHER_ENGLISH), "en") == []


def test_the_built_in_sample_pair_raises_no_notice(sample_paths: tuple[Path, Path]) -> None:
    left, right = (load_document(p) for p in sample_paths)
    assert document_notices(left, right, "en") == []


@pytest.mark.parametrize(("text", "name"), [(GERMAN, "German"), (RUSSIAN, "Russian")])
def test_a_foreign_language_article_is_flagged_on_its_side(text: str, name: str) -> None:
    notices = document_notices(_doc(ENGLISH), _doc(text), "en")
    assert [(n.code, n.side) for n in notices] == [(NoticeCode.LANGUAGE, Side.RIGHT)]
    assert name in notices[0].message and "English" in notices[0].message


def test_a_one_line_dateline_is_too_short_to_judge_its_language() -> None:
    assert document_notices(_doc(ENGLISH), _doc("Kyiv, Ukraine (Reuters)"), "en") == []


def test_the_same_article_twice_is_flagged_as_the_same_text() -> None:
    notices = document_notices(_doc(ENGLISH), _doc(ENGLISH, source="copy.txt"), "en")
    assert [(n.code, n.side) for n in notices] == [(NoticeCode.SAME_TEXT, None)]


def test_the_same_article_saved_with_page_furniture_is_still_the_same_text() -> None:
    saved_twice = "Share this article\n\n" + ENGLISH + "\n\nNext article: weather warnings"
    assert same_text(_doc(ENGLISH), _doc(saved_twice))


def test_two_outlets_on_one_event_are_not_the_same_text() -> None:
    assert not same_text(_doc(ENGLISH), _doc(ANOTHER_ENGLISH))


def test_a_redirect_stub_is_not_an_article() -> None:
    stub = _doc(
        "<html><head><title>Redirecting</title><meta http-equiv='refresh' content='0; url=/news/x'>"
        "</head><body><p>Redirecting to the article. If you are not redirected automatically, "
        "follow this link.</p></body></html>",
        source="stub.html",
        fmt="html",
    )
    assert "redirect" in (not_article_reason(stub) or "")


def test_a_paywall_prompt_is_not_an_article(tmp_path: Path) -> None:
    wall = tmp_path / "talks.txt"
    wall.write_text(
        "Exclusive: inside the talks\n\nSubscribe to continue reading.\n\n"
        "Already a subscriber? Log in.",
        encoding="utf-8",
    )
    loaded = load_article(wall)
    assert loaded.not_article == "paywall"
    assert "Subscribe" not in loaded.document.text  # the prompt itself is page furniture
    notices = document_notices(loaded.document, _doc(ENGLISH), "en", not_article=("paywall", None))
    assert [(n.code, n.side) for n in notices] == [(NoticeCode.NOT_ARTICLE, Side.LEFT)]
    assert "paywall" in notices[0].message


def test_an_article_with_a_paywall_line_in_it_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "fire.txt"
    path.write_text(ENGLISH + "\n\nSubscribe to continue reading.", encoding="utf-8")
    loaded = load_article(path)
    assert loaded.not_article is None and "Subscribe" not in loaded.document.text


def test_an_article_ending_with_a_subscribe_line_is_still_an_article() -> None:
    assert not_article_reason(_doc(ENGLISH + "\n\nSubscribe now for unlimited access.")) is None


def test_a_front_page_reported_by_its_markup_gets_a_notice_in_words() -> None:
    notices = document_notices(
        _doc(ENGLISH), _doc(ANOTHER_ENGLISH), "en", not_article=(None, "front_page")
    )
    assert [(n.code, n.side) for n in notices] == [(NoticeCode.NOT_ARTICLE, Side.RIGHT)]
    assert "front page" in notices[0].message


def test_a_page_source_pasted_as_text_is_not_an_article() -> None:
    markup = (
        '<div class="story"><p class="lead">' + ENGLISH[:200] + '</p><span class="x"></span>'
        '<a href="/a">more</a><img src="a.png" alt=""><div class="ad"></div></div>'
    ) * 3
    assert "markup" in (not_article_reason(_doc(markup)) or "")


def test_a_page_saved_under_a_txt_name_is_read_as_a_page_and_flagged(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    paragraphs = "".join(f"<p>{p}</p>" for p in ENGLISH.split("\n\n"))
    saved.write_text(
        f"<!DOCTYPE html><html><head><title>Quake</title></head><body>{paragraphs}</body></html>",
        encoding="utf-8",
    )
    loaded = load_article(saved)
    assert "<p>" not in loaded.document.text
    notices = document_notices(loaded.document, _doc(ANOTHER_ENGLISH), "en")
    assert [(n.code, n.side) for n in notices] == [(NoticeCode.NOT_ARTICLE, Side.LEFT)]
    assert "text-file name" in notices[0].message
