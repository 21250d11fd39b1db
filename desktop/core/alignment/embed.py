"""Sentence vectors from a static word-piece table distilled from all-MiniLM-L6-v2.

Two sentences that say the same thing in other words ("was fired a week ago" / "had been dismissed
last week") share few words but land close in the sentence model's space. Running the transformer
costs about 12 ms a sentence; instead ``tools/distill_embeddings.py`` stores one vector per word
piece of the model's vocabulary (the model2vec method, docs/embeddings.md) and a sentence's vector
is the mean of its pieces' rows: a table lookup, numpy only.

The table lives in ``resources/embeddings`` (shipped as ``desktop.resources``). When it is missing
or unreadable, :func:`default_table` logs one warning and returns None, and alignment falls back to
words and names alone.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

import desktop
from desktop.core.alignment.similarity import unit_rows, weighted_sum

log = logging.getLogger(__name__)

VECTORS = "vectors.npy"
SCALES = "scales.npy"
VOCAB = "vocab.txt"
MANIFEST = "manifest.json"

# BERT's basic tokenizer splits on whitespace and punctuation; the table keeps only ASCII letter
# and digit pieces, so the runs of those are the words it can spell.
_WORD = re.compile(r"[a-z0-9]+")
_MAX_WORD_CHARS = 100  # BERT's limit: a longer "word" is [UNK]
_KEPT_TEXTS = 4  # whole texts whose vectors are kept: both articles, and the two before


@dataclass(frozen=True)
class EmbeddingTable:
    """Word pieces and their vectors (int8 rows, one float32 scale per row)."""

    index: dict[str, int]
    vectors: np.ndarray
    scales: np.ndarray
    _pieces: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    # The last few whole texts' vectors: a comparison weighs its two articles' meaning twice.
    _texts: dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @property
    def dimensions(self) -> int:
        return int(self.vectors.shape[1])

    def pieces(self, word: str) -> tuple[int, ...]:
        """Rows of a lower-case word by WordPiece's greedy longest match; () when unspellable."""
        cached = self._pieces.get(word)
        if cached is None:
            cached = self._pieces[word] = _wordpiece(word, self.index)
        return cached

    def text_rows(self, text: str) -> list[int]:
        """The rows a text is embedded with: its words folded to lower case without accents,
        each spelled in word pieces, in order."""
        return [row for word in _WORD.findall(_fold(text)) for row in self.pieces(word)]

    def sentence_vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (len(texts), dimensions), float32; a text with no known piece is all
        zero. Summed and scaled in float64 (``similarity.weighted_sum``): the same bits on every
        machine."""
        out = np.zeros((len(texts), self.dimensions), dtype=np.float64)
        alone: list[int] = []  # the texts of one piece, and that piece's row
        alone_rows: list[int] = []
        for i, text in enumerate(texts):
            rows = self.text_rows(text)
            if len(rows) == 1:
                alone.append(i)
                alone_rows.append(rows[0])
            elif rows:
                # The scales weight the int8 rows: one small matrix product per sentence.
                out[i] = weighted_sum(self.scales[rows], self.vectors[rows])
        if alone:
            # A product of one row is that row times its scale, exact in float64: the very
            # numbers, for all one-piece texts (a noun, a word) in one step.
            out[alone] = self.scales[alone_rows, None].astype(np.float64) * self.vectors[alone_rows]
        return unit_rows(out)

    def text_vector(self, text: str) -> np.ndarray:
        """Unit vector of a whole text (the mean of all its pieces, as ``sentence_vectors`` of one
        text), summed over distinct pieces so a long article needs no row per word in memory.
        Read-only: the vector is kept for the next call with the same text."""
        vector = self._texts.get(text)
        if vector is None:
            if len(self._texts) >= _KEPT_TEXTS:
                self._texts.clear()
            vector = self._texts[text] = self._text_vector(text)
            vector.setflags(write=False)
        return vector

    def _text_vector(self, text: str) -> np.ndarray:
        counts = Counter(self.text_rows(text))
        if not counts:
            return np.zeros(self.dimensions, dtype=np.float32)
        rows = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        return unit_rows(weighted_sum(weights * self.scales[rows], self.vectors[rows]))


def _fold(text: str) -> str:
    """Lower case without accents, as the uncased model's tokenizer reads text."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.lower())
    # Only a character outside ASCII can be a combining mark: the rest is kept without a look.
    return _NOT_ASCII.sub(_unless_mark, decomposed)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _unless_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.category(match.group()) == "Mn" else match.group()


def _wordpiece(word: str, index: dict[str, int]) -> tuple[int, ...]:
    if word in index:
        return (index[word],)
    if len(word) > _MAX_WORD_CHARS:
        return ()
    out: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        while end > start:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in index:
                out.append(index[piece])
                break
            end -= 1
        else:
            return ()  # BERT maps the whole word to [UNK]
        start = end
    return tuple(out)


def resource_dir(name: str) -> Path:
    """resources/NAME (a folder with a manifest), from a wheel, a frozen build or a source
    checkout."""
    try:
        base = Path(str(resources.files("desktop.resources") / name))
    except ModuleNotFoundError:
        base = None  # a source checkout: resources/ is not mapped into the package
    if base is None or not (base / MANIFEST).is_file():
        base = Path(desktop.__file__).resolve().parent.parent / "resources" / name
    return base


def table_dir() -> Path:
    """resources/embeddings, wherever the app runs from."""
    return resource_dir("embeddings")


def load_table(directory: Path) -> EmbeddingTable:
    """Read a table; raises OSError or ValueError when a file is missing or does not fit."""
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    vocab = (directory / VOCAB).read_text(encoding="utf-8").split("\n")[:-1]
    # Still memory-mapped, but as a plain ndarray: np.memmap's Python-level __getitem__ and
    # __array_finalize__ cost more than the row lookup itself, once per sentence.
    vectors = np.load(directory / VECTORS, mmap_mode="r", allow_pickle=False).view(np.ndarray)
    scales = np.load(directory / SCALES, allow_pickle=False)
    expected = (int(manifest["rows"]), int(manifest["dimensions"]))
    if vectors.shape != expected or scales.shape != expected[:1] or len(vocab) != expected[0]:
        raise ValueError(f"table shape {vectors.shape} does not match its manifest {expected}")
    return EmbeddingTable({piece: i for i, piece in enumerate(vocab)}, vectors, scales)


@functools.cache
def default_table() -> EmbeddingTable | None:
    """The shipped table, read once per process (memory-mapped); None, logged, when absent."""
    directory = table_dir()
    try:
        return load_table(directory)
    except (OSError, ValueError, KeyError) as exc:
        log.warning(
            "Sentence embeddings unavailable (%s: %s); aligning sentences by shared words and "
            "names only, so reworded sentences may not be paired.",
            directory,
            exc,
        )
        return None
