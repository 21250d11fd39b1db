"""Words that, after a product's name, name one model of its line: "the S3 Pro", "the Aria Max",
"the Z5 Mini". "The S3 Pro" is another scooter than "the S3", so a figure of each is its own
(``figures.owners.figure_parties``)."""

from __future__ import annotations

# Folded; the tagger reads them as common nouns as often as names.
MODEL_WORDS = frozenset(["pro", "max", "plus", "mini", "ultra", "lite", "air", "xl", "se"])
