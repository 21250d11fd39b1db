"""Warnings about a pair as a whole, read from the two documents before any verdict is trusted.

``language``: a side is not written in the language the pipeline reads, so its entities are
garbage. ``same_text``: both sides are one text. ``not_article``: a side is a redirect stub, a
paywall or login prompt, a site's front page, or a web page's markup saved under a text name.
Each rule is stated the way an editor would put it and errs towards silence: a notice that fires on
an ordinary pair teaches the user to ignore notices.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePath
from typing import Any

from desktop.core.ingest.article import NOT_ARTICLE_REASONS
from desktop.core.lexicon import ENGLISH_FUNCTION_WORDS
from desktop.core.model import Document, Notice, NoticeCode, Side

# --- language -----------------------------------------------------------------------------------

# How much text the identifier reads: a few paragraphs settle the language of a news article.
LANGUAGE_SAMPLE_CHARS = 5_000
# Fewer letters than this and an identifier guesses ("Kyiv, Ukraine (AP)" is not a language).
LANGUAGE_MIN_LETTERS = 200
# Probability the identifier must give the other language before the notice fires. All 982 ECB+
# English articles were identified as English (lowest probability 0.91); German and Russian news
# paragraphs score ~1.0, so a mixed or doubtful text stays silent.
LANGUAGE_MIN_PROBABILITY = 0.95
# Share of lexicon.ENGLISH_FUNCTION_WORDS among a text's words from which it is English without
# asking the identifier. ECB+: 911 of 915 English articles reach it (median 0.26, lowest 0.11);
# German and French news paragraphs stay under 0.06. Below it the identifier decides, so the rule
# changes only how fast the answer comes, not the answer.
ENGLISH_WORD_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

# Names for the languages a journalist is likely to drop in; others are shown by their code.
_LANGUAGE_NAMES = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sr": "Serbian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
}

# --- same text ----------------------------------------------------------------------------------

# Runs of this many words are compared; 5-word shingles are the usual near-duplicate unit.
_SHINGLE_WORDS = 5
# Share of either side's word runs the other side also has. Two outlets rewriting one wire story
# share far less; the same article saved twice (page furniture aside) shares nearly all.
SAME_TEXT_MIN_SHARED = 0.9

# --- not an article -----------------------------------------------------------------------------

# A redirect stub or a paywall/login prompt is the prompt plus at most a headline and a standfirst:
# this many words outside the prompt's paragraphs. The shortest news brief is longer than that.
STUB_MAX_OTHER_WORDS = 60
# ...and this many words in all: a prompt is a few sentences, not a page of text.
STUB_MAX_WORDS = 200
_REDIRECT = re.compile(
    r"\bredirect(?:ing|ed)?\b|\bnot (?:automatically )?redirected\b|\b(?:page|document) has moved\b"
    r"|\bmoved permanently\b|\bclick here to continue\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"\b(?:subscribe|sign in|log ?in|register|create (?:a|an|your) (?:free )?account)"
    r"\b.{0,40}\b(?:to (?:continue|keep) reading|to read (?:this|the full|more)|for (?:full|unlimited) access)\b"
    r"|\balready (?:a subscriber|have an account|registered)\b"
    r"|\bthis (?:content|article|story) is (?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)\b"
    r"|\bsubscribers? only\b|\bsubscribe (?:now|today) (?:to|for)\b"
    r"|\b(?:take|start) (?:a|your) free trial\b|\bregistered users can read\b",
    re.IGNORECASE,
)
# Markup saved as text: the share of the text inside tags when a page's source was saved as .txt.
_TAG = re.compile(r"<(?:!DOCTYPE|/?[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
MARKUP_MIN_SHARE = 0.3
_TEXT_SUFFIXES = {".txt", ".md", ""}


def document_notices(
    left: Document,
    right: Document,
    pipeline_language: str,
    *,
    not_article: tuple[str | None, str | None] = (None, None),
) -> list[Notice]:
    """Every notice the two documents call for, left before right, pair-level ones last.

    ``not_article`` is what each file's markup showed ("redirect", "front_page"), if anything.
    """
    notices: list[Notice] = []
    for side, document, page_kind in (
        (Side.LEFT, left, not_article[0]),
        (Side.RIGHT, right, not_article[1]),
    ):
        language = language_notice(document, side, pipeline_language)
        if language is not None:
            notices.append(language)
        reason = NOT_ARTICLE_REASONS.get(page_kind or "") or not_article_reason(document)
        if reason is not None:
            notices.append(Notice(NoticeCode.NOT_ARTICLE, side, f"The {side.value} file {reason}."))
    if same_text(left, right):
        notices.append(
            Notice(
                NoticeCode.SAME_TEXT,
                None,
                "Both sides are the same text: every fact is corroborated by itself. "
                "Check that two different articles were chosen.",
            )
        )
    return notices


def detected_language(text: str) -> tuple[str, float] | None:
    """The (ISO 639-1 code, probability) of ``text``, or None when there is too little to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < LANGUAGE_MIN_LETTERS:
        return None
    try:
        code, probability = _identifier().classify(sample)
    except Exception:  # a build missing the model's data file: no notice rather than no comparison
        return None
    return str(code), float(probability)


def language_name(code: str) -> str:
    return _LANGUAGE_NAMES.get(code, f"language '{code}'")


def plainly_english(text: str) -> bool:
    """Common English function words make up a large share of the words: no need to ask."""
    words = _WORD.findall(text[:LANGUAGE_SAMPLE_CHARS].lower())
    if not words:
        return False
    share = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    return share >= ENGLISH_WORD_SHARE


def language_notice(document: Document, side: Side, pipeline_language: str) -> Notice | None:
    if pipeline_language == "en" and plainly_english(document.text):
        return None
    found = detected_language(document.text)
    if found is None:
        return None
    code, probability = found
    if code == pipeline_language or probability < LANGUAGE_MIN_PROBABILITY:
        return None
    return Notice(
        NoticeCode.LANGUAGE,
        side,
        f"The {side.value} article seems to be in {language_name(code)}, but the language model "
        f"reads {language_name(pipeline_language)}: its names, figures and verdicts are unreliable.",
    )


def same_text(left: Document, right: Document) -> bool:
    if left.sha256 is not None and left.sha256 == right.sha256:
        return True
    a, b = _shingles(left.text), _shingles(right.text)
    if not a or not b:
        return _words(left.text) == _words(right.text) and bool(_words(left.text))
    shared = len(a & b)
    return shared >= SAME_TEXT_MIN_SHARED * len(a) and shared >= SAME_TEXT_MIN_SHARED * len(b)


def not_article_reason(document: Document) -> str | None:
    """Why ``document`` looks like something other than an article, or None."""
    text = document.text
    suffix = PurePath(document.source).suffix.lower()
    if suffix in _TEXT_SUFFIXES and document.format == "html":
        return "holds a web page's markup under a text-file name; it was read as a web page"
    if document.format in ("txt", "md") and _markup_share(text) >= MARKUP_MIN_SHARE:
        return "is a web page's markup saved as text, not the article's text"
    if _is_stub(text, _REDIRECT):
        return NOT_ARTICLE_REASONS["redirect"]
    if _is_stub(text, _PAYWALL):
        return NOT_ARTICLE_REASONS["paywall"]
    return None


def _is_stub(text: str, prompt: re.Pattern[str]) -> bool:
    """Whether ``text`` is a ``prompt`` with next to nothing else around it."""
    if len(text.split()) > STUB_MAX_WORDS:
        return False
    paragraphs = text.split("\n\n")
    prompts = [p for p in paragraphs if prompt.search(p)]
    if not prompts:
        return False
    other_words = sum(len(p.split()) for p in paragraphs if not prompt.search(p))
    return other_words <= STUB_MAX_OTHER_WORDS


def _markup_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(len(m.group(0)) for m in _TAG.finditer(text)) / len(text)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once (it ships inside the package; nothing is downloaded)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
