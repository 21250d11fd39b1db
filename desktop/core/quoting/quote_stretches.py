"""The stretches of a text inside quotation marks, straight or curly, and where the text after a
quote's closing mark starts: the marks alone decide, before any parse.

A line break may fall anywhere in a quotation (a pasted web page, a PDF, a wire story one sentence
a line): a quote runs over line breaks its next lines close, ends where the next paragraph opens
one again, and a mark that the break pushed to a line's start or left at a line's end is read by
what stands beside it, as a reader reads it.
"""

from __future__ import annotations

import re

from desktop.core.model import TextRange

OPEN = "“"
CLOSE = "”"
STRAIGHT = '"'

# How many lines a quote may run past a line with no quotation mark before a line closes it:
# newspaper quotes of several short sentences, one a line, rarely run longer.
QUOTE_LINES = 3


def quoted_stretches(text: str) -> list[TextRange]:
    """The text inside each pair of quotation marks, one range per paragraph.

    A straight mark opens when none is open and closes otherwise. A quote left open at a line's
    end goes on when the next line closes it (a quote of two sentences, one per line, or a line
    break just before the closing mark: '"We will rebuild,\n" she said') and ends there when
    the next line opens a quote again (the newspaper way of running one quote over paragraphs);
    otherwise the mark was a stray or a typo and is dropped.
    """
    stretches: list[TextRange] = []
    opened: int | None = None
    # Only line breaks and quotation marks can open or close a stretch: the rest is skipped.
    for mark in _MARKS.finditer(text):
        pos, ch = mark.start(), mark.group()
        if ch == "\n" and opened is not None:
            following = line_after(text, pos)
            line = following.split("\n", 1)[0]
            if following[:1] == OPEN or (
                following[:1] == STRAIGHT and not closes_at_line_start(following)
            ):
                stretches.append(TextRange(opened, pos))
                opened = None
            elif not _closes_in(line) and not _closes_after(text, pos, line):
                opened = None
        elif opened is not None and (ch in (CLOSE, STRAIGHT) or _misturned(text, pos)):
            stretches.append(TextRange(opened, pos))
            opened = None
        elif ch == OPEN or (ch == STRAIGHT and opened is None and not _closes_line(text, pos)):
            opened = pos + 1
    return [trimmed for r in stretches if (trimmed := _trim(text, r)) is not None]


_MARKS = re.compile(f"[\n{OPEN}{CLOSE}{STRAIGHT}]")
_NOT_SPACE = re.compile(r"\S")  # \s is what str.strip() strips


def line_after(text: str, pos: int) -> str:
    """``text[pos:].lstrip()`` up to its next line break, without copying the rest of the text."""
    start = _NOT_SPACE.search(text, pos)
    if start is None:
        return ""
    end = text.find("\n", start.start())
    return text[start.start() : end if end != -1 else len(text)]


def _closes_after(text: str, pos: int, line: str) -> bool:
    """A line with no quotation mark at all, and a line within ``QUOTE_LINES`` of it that
    closes the quote: one quote of several short sentences, one a line, with only its last
    closing mark ("“He's 16 years old.\nWhat is he pointing a gun at?\nHe has common
    sense.”"). A line that holds a mark and does not close leaves the quote a stray."""
    if _QUOTE_MARK.search(line):
        return False
    rest = text[pos:].lstrip().split("\n", QUOTE_LINES + 1)[1 : QUOTE_LINES + 1]
    for later in rest:
        if _QUOTE_MARK.search(later):
            return _closes_in(later)
    return False


_QUOTE_MARK = re.compile(f"[{OPEN}{CLOSE}{STRAIGHT}]")


def _closes_in(line: str) -> bool:
    """Whether a line closes a quote opened before it: its first curly mark closes (or is an
    opening mark turned the wrong way), or it holds an odd number of straight marks."""
    curly = [k for k, ch in enumerate(line) if ch in (OPEN, CLOSE)]
    if curly:
        return line[curly[0]] == CLOSE or _misturned(line, curly[0])
    return line.count(STRAIGHT) % 2 == 1


def _misturned(text: str, pos: int) -> bool:
    """An opening curly mark that can only close: nothing but punctuation or the line's end after
    it ("... there goes the orchestra “, the comedian said"). An opening mark is followed by the
    words it opens."""
    if text[pos] != OPEN:
        return False
    following = text[pos + 1 : pos + 40].lstrip(" \t")
    return following[:1] in ("", "\n", ",", ".", ";", ":", "!", "?")


def _closes_line(text: str, pos: int) -> bool:
    """A straight mark with nothing after it on its line but spaces, after a sentence's end
    ('... striking him about the body."'): it closes a quote whose opening was lost, and never
    opens one, since an opening mark stands before the words it opens. Read as an opening, it
    would turn the narrative up to the next mark ("A witness told the Daily News") into a quote.

    A mark set apart from the full stop by a space, whose next line closes a quote, opens that
    quote over a line break ('Crews worked all night. "\nWe will rebuild," the mayor said'): a
    closing mark hugs the words it closes."""
    rest = text[pos + 1 : pos + 40].lstrip(" \t")
    if rest[:1] not in ("", "\n", "\r"):
        return False
    before = text[:pos]
    if before[-1:] in _SENTENCE_ENDS:
        return True
    if before.rstrip(" \t")[-1:] not in _SENTENCE_ENDS:
        return False
    return not _closes_in(line_after(text, pos + 1))


_SENTENCE_ENDS = (".", "!", "?")
# What may follow a closing mark at a line's start: the quote's own end, its attribution after a
# space ('" the mayor said'), or the sentence's punctuation ('",'). An opening mark is followed
# by the words it opens.
_AFTER_CLOSING = ("", " ", "\t", ",", ".", ";", ":", "!", "?", ")")


def closes_at_line_start(line: str) -> bool:
    """A straight mark opening a line that closes the quote left open at the line break before it
    ('"We will rebuild the town hall,\n" the mayor said'), not one that opens a quote of its
    own ('"It will take a year."'). Read as an opening, it would turn the attribution into a
    quote and the next quote's words into narrative."""
    return line[:1] == STRAIGHT and line[1:2] in _AFTER_CLOSING


def _trim(text: str, r: TextRange) -> TextRange | None:
    inner = text[r.start : r.end]
    start = r.start + len(inner) - len(inner.lstrip())
    end = r.start + len(inner.rstrip())
    return TextRange(start, end) if end > start else None


def after_closing_mark(text: str, end: int) -> int:
    """Where the text after a quote's closing mark starts: past the mark, and past a line break
    before it ('hall,\n" the mayor said')."""
    mark = _NOT_SPACE.search(text, end)
    if mark is not None and text[mark.start()] in (CLOSE, STRAIGHT):
        return mark.start() + 1
    return end + 1
