"""Stories: a journalist drops pages saved from news sites, in all the odd shapes the web has,
and gets the article's own text: no teasers, no hidden junk, no mojibake, no site slogans."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.ingest import load_article, load_document
from desktop.core.runtime.errors import IngestError

STORY = [
    "Firefighters battled a blaze at a chemical plant in Lakeside on Tuesday, officials said, "
    "and residents within two miles were told to stay indoors.",
    "Fire chief Dana Ortiz said 14 workers were evacuated and two were treated for smoke "
    "inhalation. The cause of the fire was not yet known.",
    "The plant, owned by Norchem Industries, makes solvents for paint manufacturers. A company "
    "spokesman said it was cooperating with investigators.",
]
HEADLINE = "Chemical plant fire forces Lakeside residents indoors"


def _page(
    body: str,
    *,
    head: str = "",
    title: str = HEADLINE,
    charset: str = "utf-8",
) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{head}'
        f"</head><body>{body}</body></html>"
    )


def _article(extra: str = "", *, inside: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"<article><h1>{HEADLINE}</h1>{paragraphs}{inside}</article>{extra}"


def _write(tmp_path: Path, html: str | bytes, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return path


def _cards(count: int, prefix: str = "Other story") -> str:
    return "".join(
        f'<li><h3><a href="/news/{prefix.lower().replace(" ", "-")}-{i}">{prefix} {i} about '
        f"something else entirely today</a></h3><p>A short summary of {prefix.lower()} {i}, "
        "with a second clause.</p></li>"
        for i in range(count)
    )


def test_a_more_stories_rail_is_left_out_of_the_article(tmp_path: Path) -> None:
    rail = f"<section><h2>More stories</h2><ul>{_cards(6)}</ul></section>"
    text = load_document(_write(tmp_path, _page(_article(rail)))).text
    assert all(p in text for p in STORY)
    assert "summary" not in text and "Other story" not in text


def test_a_site_front_page_is_refused_as_a_front_page(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://news.example/"><meta property="og:type" content="website">'
    page = _page(
        f"<main><ul>{_cards(20, 'Top story')}</ul></main>", head=head, title="Example News"
    )
    # Its story cards are all furniture, so nothing is left: the message says what the page is.
    with pytest.raises(IngestError, match="front page"):
        load_article(_write(tmp_path, page))


def test_an_article_page_is_not_called_a_front_page(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="https://news.example/2024/05/07/lakeside-plant-fire">'
    rail = f"<ul>{_cards(30)}</ul>"
    assert load_article(_write(tmp_path, _page(_article(rail), head=head))).not_article is None


def test_an_article_wrapped_in_a_page_wide_form_is_read(tmp_path: Path) -> None:
    # ASP.NET WebForms pages put the whole page inside one <form>.
    page = _page(f'<form id="aspnetForm" method="post">{_article()}<input type="hidden"></form>')
    text = load_document(_write(tmp_path, page)).text
    assert all(p in text for p in STORY)


def test_an_unclosed_nav_does_not_swallow_the_article(tmp_path: Path) -> None:
    page = _page(f'<nav><a href="/">Home</a> <a href="/news">News</a>{_article()}')
    text = load_document(_write(tmp_path, page)).text
    assert all(p in text for p in STORY)


def test_a_comment_form_is_still_left_out(tmp_path: Path) -> None:
    form = (
        "<form><p>Leave your thoughts below. Your email address will not be published.</p>"
        "<textarea></textarea><button>Post</button></form>"
    )
    text = load_document(_write(tmp_path, _page(_article(form)))).text
    assert "Leave your thoughts" not in text


def test_a_few_stray_nul_bytes_do_not_make_a_page_binary(tmp_path: Path) -> None:
    data = _page(_article()).encode("utf-8").replace(b"<p>", b"<p>\x00", 2)
    text = load_document(_write(tmp_path, data)).text
    assert STORY[1] in text


def test_a_page_that_claims_latin_1_but_is_utf_8_reads_right(tmp_path: Path) -> None:
    body = _article(inside="<p>The company's owner, José Muñoz, declined to comment.</p>")
    data = _page(body, charset="iso-8859-1").encode("utf-8")
    text = load_document(_write(tmp_path, data)).text
    assert "José Muñoz" in text and "Ã" not in text


def test_a_page_that_really_is_latin_1_still_reads_right(tmp_path: Path) -> None:
    body = _article(inside="<p>The company's owner, José Muñoz, declined to comment.</p>")
    data = _page(body, charset="iso-8859-1").encode("latin-1")
    assert "José Muñoz" in load_document(_write(tmp_path, data)).text


def test_a_page_that_claims_utf_16_but_is_plain_bytes_reads_right(tmp_path: Path) -> None:
    body = _article(inside="<p>The company's owner, José Muñoz, declined to comment.</p>")
    data = _page(body, charset="utf-16").encode("utf-8")
    text = load_document(_write(tmp_path, data)).text
    assert STORY[0] in text and "José Muñoz" in text


def test_br_line_breaks_inside_a_sentence_do_not_split_it(tmp_path: Path) -> None:
    body = (
        "<div>Fire chief Dana Ortiz said 14 workers were evacuated,<br>and police said<br>"
        "the cause was not yet known.<br><br>A second paragraph follows the break.</div>"
    )
    text = load_document(_write(tmp_path, _page(f"<h1>{HEADLINE}</h1>{body}"))).text
    assert "and police said the cause was not yet known." in text
    assert "\n\nA second paragraph follows the break." in text


def test_a_byline_and_dateline_split_by_br_stay_apart(tmp_path: Path) -> None:
    body = (
        f"<div><h1>{HEADLINE}</h1>By Ann Lee<br>May 7, 2024<br>"
        "Fire chief Dana Ortiz said 14 workers were evacuated from the plant on Tuesday.</div>"
    )
    document = load_document(_write(tmp_path, _page(body)))
    assert document.byline == "Ann Lee"
    assert document.date == "2024-05-07"
    assert "Ann Lee" not in document.text


def test_a_tiny_page_inside_a_form_is_read(tmp_path: Path) -> None:
    page = _page(f"<form><p>{STORY[1]}</p></form>")
    assert STORY[1] in load_document(_write(tmp_path, page)).text


def test_source_line_breaks_are_only_whitespace(tmp_path: Path) -> None:
    wrapped = "<p>" + STORY[0].replace(" residents", "\n        residents") + "</p>"
    text = load_document(_write(tmp_path, _page(f"<h1>{HEADLINE}</h1>{wrapped}"))).text
    assert STORY[0] in text


def test_hidden_elements_are_left_out(tmp_path: Path) -> None:
    hidden = (
        '<div style="display: none"><p>Hidden sign-up text that no reader ever sees on screen.</p></div>'
        "<p hidden>Another hidden paragraph that a browser would never show to anyone.</p>"
    )
    text = load_document(_write(tmp_path, _page(_article(hidden)))).text
    assert "Hidden sign-up" not in text and "Another hidden" not in text


def test_a_section_name_is_not_taken_for_the_headline(tmp_path: Path) -> None:
    head = '<meta property="og:title" content="Allergies Health Center">'
    page = _page(_article(), head=head, title=f"{HEADLINE} - Example News")
    assert load_document(_write(tmp_path, page)).title == HEADLINE


def test_a_login_form_label_is_not_taken_for_the_byline(tmp_path: Path) -> None:
    head = '<meta name="author" content="Username">'
    assert load_document(_write(tmp_path, _page(_article(), head=head))).byline is None


def test_a_redirect_stub_is_reported_by_its_markup(tmp_path: Path) -> None:
    head = '<meta http-equiv="refresh" content="0; url=https://news.example/story">'
    page = _page("<p>Please wait while you are taken to the story.</p>", head=head, title="Moved")
    assert load_article(_write(tmp_path, page)).not_article == "redirect"


def test_a_page_source_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    loaded = load_article(_write(tmp_path, _page(_article()), name="story.txt"))
    assert loaded.document.format == "html"
    assert STORY[0] in loaded.document.text and "<p>" not in loaded.document.text


def test_a_page_far_bigger_than_any_article_is_refused_before_the_long_work(
    tmp_path: Path,
) -> None:
    page = _page(_article("<p>x</p>" * 70_000))
    with pytest.raises(IngestError, match="too large a web page"):
        load_document(_write(tmp_path, page))


def test_a_long_rail_of_story_cards_is_dropped_quickly_and_whole(tmp_path: Path) -> None:
    text = load_document(_write(tmp_path, _page(_article(f"<ul>{_cards(3_000)}</ul>")))).text
    assert all(p in text for p in STORY) and "Other story" not in text


def test_a_page_source_saved_as_md_is_read_as_a_page_too(tmp_path: Path) -> None:
    loaded = load_article(_write(tmp_path, _page(_article()), name="story.md"))
    assert loaded.document.format == "html" and STORY[2] in loaded.document.text


def test_a_feature_headline_the_body_never_repeats_is_kept_when_h1_and_title_agree(
    tmp_path: Path,
) -> None:
    headline = "Snooze cruise: dreaming of Mars"
    body = f"<article><h1>{headline}</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article>"
    page = _page(body, title=f"{headline} | Example News")
    assert load_document(_write(tmp_path, page)).title == headline


def test_reader_comments_and_video_player_labels_are_left_out(tmp_path: Path) -> None:
    comments = (
        '<section id="comments" class="comments-area"><h2>3 thoughts on this story</h2>'
        '<ol class="comment-list">'
        + "".join(
            f'<li class="comment"><div class="comment-author">Reader{i}</div><p>I think the '
            f"chief is wrong, there were at least {20 + i} people there that day.</p></li>"
            for i in range(3)
        )
        + "</ol></section>"
    )
    video = (
        '<div class="video-player"><p>Now playing</p><p>Up next</p>'
        "<p>Watch: drone footage of the fire</p></div>"
    )
    text = load_document(_write(tmp_path, _page(_article(comments, inside=video)))).text
    assert all(p in text for p in STORY)
    for junk in ("people there that day", "Now playing", "Up next", "drone footage"):
        assert junk not in text
