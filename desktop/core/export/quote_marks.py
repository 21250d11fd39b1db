"""Quotation marks round a quoted wording in the exports, never doubling the text's own.

A finding that is itself a quotation ("“We will rebuild,” the mayor said.") already carries its
marks; wrapping it again printed “““We will…”” on the editor's page. Marks are added only when
neither end of the text has one: a text that opens (or closes) with its own mark is shown as the
article wrote it, so its marks stay balanced (adding just the missing end would leave a stray ”).
"""

from __future__ import annotations

# Straight and typographic, double and single, and the guillemets and low marks of quoted
# European names: any of them at an end means the article quoted these words itself.
QUOTE_MARKS = frozenset("\"'“”‘’„‚«»‹›")


def has_own_marks(plain: str) -> bool:
    """Whether the text (as the article has it) opens or closes with a quotation mark."""
    text = plain.strip()
    return bool(text) and (text[0] in QUOTE_MARKS or text[-1] in QUOTE_MARKS)


def in_marks(html: str, plain: str) -> str:
    """``html`` (the rendering of ``plain``) between “ and ”, unless ``plain`` has its own."""
    return html if has_own_marks(plain) else f"“{html}”"
