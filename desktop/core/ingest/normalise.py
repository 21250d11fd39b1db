"""Character- and paragraph-level clean-up shared by every reader.

Offsets in the rest of the engine index into the final ``Document.text``, so every reader funnels
its output through here and the text the user sees obeys one set of rules: NFC, ``\\n`` line ends,
single spaces, no control characters, one paragraph per line, paragraphs one blank line apart.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections.abc import Iterable, Sequence

# Characters that only steer layout or hyphenation; leaving them in would create invisible
# differences between two otherwise identical words (and break offset-based highlighting).
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\u180e\ufeff]")

# Typographic ligatures (PDFs are full of them): "oﬃcials" must read as "officials" to match.
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_LIGATURE = re.compile("[ﬀ-ﬆ]")

# Line-ish separators some editors and PDFs emit instead of "\n".
_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_OTHER_SPACE = re.compile(r"[^\S\n ]")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# A line that ends with a letter and a hyphen, the next starting with a lower-case letter:
# the classic end-of-line hyphenation of a typeset column ("inter-" / "national").
_HYPHEN_END = re.compile(r"(\w+)[-\u2010]$")
_LOWER_START = re.compile(r"^([^\W\d_]+)")

# Terminal punctuation, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’»)\]]*$")


def clean_chars(text: str) -> str:
    """Return ``text`` with unified newlines, plain spaces and no control or invisible characters.

    Line structure is kept (a reader decides what a line means); only characters change.
    """
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _LIGATURE.sub(lambda m: _LIGATURES[m.group(0)], text)
    # Tabs, non-breaking, thin, figure and ideographic spaces all read as one plain space.
    text = _OTHER_SPACE.sub(" ", text)
    return _CONTROL.sub("", text)


def clean_line(line: str) -> str:
    """One line of display text: single spaces, nothing at either end."""
    # After clean_chars the only whitespace left is " " and "\n", so split() is exact (and fast).
    return " ".join(line.split())


def paragraphs_from_lines(lines: Iterable[str]) -> list[str]:
    """Treat every non-blank line as a paragraph of its own (the common "saved article" shape)."""
    return [cleaned for line in lines if (cleaned := clean_line(line))]


def join_text(paragraphs: Iterable[str]) -> str:
    """The canonical document text: paragraphs on one line each, one blank line apart."""
    return "\n\n".join(p for p in (clean_line(p) for p in paragraphs) if p)


def looks_hard_wrapped(lines: Sequence[str]) -> bool:
    """Guess whether a plain-text file was wrapped at a fixed width (e-mail, Usenet, ``fmt``).

    Such files break lines mid-sentence, so the next line often starts in lower case, and no line
    is much longer than the wrap width. A file with one paragraph per line has long lines that
    end in full stops, so it fails both tests and keeps its lines as paragraphs.
    """
    body = [clean_line(line) for line in lines]
    non_blank = [line for line in body if line]
    if len(non_blank) < 3:
        return False
    lengths = sorted(len(line) for line in non_blank)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 110:
        return False
    joins = [(a, b) for a, b in itertools.pairwise(body) if a and b]
    if len(joins) < 3:
        return False  # too little to tell; separate lines are the safer reading
    # Wrapped lines fill the column; short lines followed by more text are separate paragraphs.
    full = sum(1 for a, _ in joins if len(a) >= 0.7 * width)
    open_ended = sum(1 for a, _ in joins if not _SENTENCE_END.search(a))
    lower_next = sum(1 for _, b in joins if b[:1].islower())
    return (
        full / len(joins) >= 0.6
        and open_ended / len(joins) >= 0.5
        and lower_next / len(joins) >= 0.2
    )


def unwrap_lines(lines: Sequence[str], *, vocabulary: str = "") -> list[str]:
    """Join hard-wrapped lines into paragraphs and undo end-of-line hyphenation.

    A blank line always ends a paragraph. Otherwise text only breaks early at the end of a
    paragraph or after a heading, so a line well short of the column width ends one, and so
    does a somewhat short line that closes a sentence before a capitalised line. ``vocabulary``
    (the whole document, usually) decides whether "well-" + "known" keeps its hyphen: if the
    hyphenated form appears elsewhere it was a real compound, otherwise it was typesetting.
    """
    cleaned = [clean_line(line) for line in lines]
    lengths = sorted(len(line) for line in cleaned if line)
    if not lengths:
        return []
    # The column width: long lines dominate a wrapped page, so a high percentile is robust to
    # headings, short last lines and page numbers.
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.8))]
    if len(lengths) >= 4:
        width = max(width, int(statistics.median(lengths)))

    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(cleaned):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = _append_line(current, line, vocabulary) if current else line
        following = cleaned[index + 1] if index + 1 < len(cleaned) else ""
        if _ends_paragraph(line, following, width):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _ends_paragraph(line: str, following: str, width: int) -> bool:
    if _HYPHEN_END.search(line) or following[:1].islower():
        return False  # the sentence or word plainly goes on
    if len(line) < width * 0.6:
        return True
    return len(line) < width * 0.85 and _SENTENCE_END.search(line) is not None


def _append_line(current: str, line: str, vocabulary: str) -> str:
    hyphen = _HYPHEN_END.search(current)
    start = _LOWER_START.match(line)
    if hyphen and start and line[0].islower():
        head, tail = hyphen.group(1), start.group(1)
        if f"{head}-{tail}" in vocabulary and f"{head}{tail}" not in vocabulary:
            return current + line
        return current[:-1] + line
    return f"{current} {line}"
