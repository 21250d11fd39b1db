"""Periods of a company's year and of the year before, in the words reports use for them
(``findings/datetimes/spans_told/told_periods.py``). Lowercase regular expressions."""

from __future__ import annotations

# The year before the one reported, compared with: "down from $75 million a year earlier" /
# "compared with $75 million in the same period last year".
YEAR_BEFORE = (
    r"(?:a|one)\s+year\s+(?:earlier|before|ago|previously)",
    r"(?:the\s+)?(?:previous|prior|preceding)\s+year",
    r"(?:the\s+)?year\s+(?:before|earlier)",
    r"year[\s-]earlier",
    r"last\s+year",
    r"(?:a|the)\s+year[\s-]ago",
)
# Each quarter of the year, named as a quarter or as its months: "first-quarter profit" / "in the
# first three months of the year" / "from January to March".
QUARTERS: dict[int, tuple[str, ...]] = {
    1: (r"first[\s-]quarter", r"\bq1\b", r"first\s+three\s+months", r"january\s*(?:to|-|through)\s*march",
        r"three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?march"),
    2: (r"second[\s-]quarter", r"\bq2\b", r"april\s*(?:to|-|through)\s*june",
        r"three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?june"),
    3: (r"third[\s-]quarter", r"\bq3\b", r"july\s*(?:to|-|through)\s*september",
        r"three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?september"),
    4: (r"fourth[\s-]quarter", r"\bq4\b", r"last\s+three\s+months\s+of\s+the\s+year",
        r"october\s*(?:to|-|through)\s*december",
        r"three\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?december"),
}  # fmt: skip
# A part of a period named before it ("early in the second quarter", "late in the third"): a
# moment of a game or of a year, which the whole period named in other words does not tell.
PART_OF_PERIOD = r"\b(?:early|earlier|late|later|midway|middle|start|end|beginning|close)\s+(?:in|into|through|of)\b"
