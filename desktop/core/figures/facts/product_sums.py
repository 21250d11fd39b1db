"""A sum the parser ran a product's name on into: "Sony lowered the price of its PlayStation 4
to $299 from $399" is tagged "PlayStation 4 to $299", a product, and the engine reads no figure
from products. A name never holds a currency sign before figures: the sum is the price told of
the product, a figure of its own, to meet the other article's "$299" or clash with its "$349".
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.extraction.facts import LABEL_TYPES, RawEntity, entity_at
from desktop.core.extraction.parse_cache import parsed_entities

# A sum after its currency sign, with the scale word after it: "$299", "£1.2 billion".
_SIGNED_SUM = re.compile(
    r"[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion)\b|bn\b|m\b)?"
)


def product_sums(spacy_doc: Any, text: str, sent_index: dict[int, int]) -> list[RawEntity]:
    """The sums inside entities of a kind the engine reads nothing from (a product, a work), as
    sums of money."""
    out = []
    for ent in parsed_entities(spacy_doc):
        if ent.label_ in LABEL_TYPES:
            continue
        for match in _SIGNED_SUM.finditer(text, ent.start_char, ent.end_char):
            where = (match.start(), match.end())
            if (raw := entity_at(spacy_doc, text, sent_index, where, "MONEY")) is not None:
                out.append(raw)
    return out
