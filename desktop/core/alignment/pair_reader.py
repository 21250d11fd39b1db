"""A sentence-pair reader: does the right sentence tell the statement the left one tells?

The alignment's score compares sentences by shared words and names and by a static mean of word
vectors (``embed``); neither reads the two sentences together, so "The coach was fired a week
ago." and "The coach had been dismissed last week." stay loosely related. This reader is
all-MiniLM-L6-v2 fine-tuned as a cross-encoder on statement-level labels (reader52,
docs/pair-reader.md): "[CLS] left [SEP] right [SEP]", mean-pooled over the pieces, one logit.
It runs here as a plain BERT forward in numpy (the app's only numeric dependency): embeddings
and LayerNorm, six layers of self-attention and GELU feed-forward, pooling, the head.

The weights ship in ``resources/reader`` as int8 per output channel with float32 scales,
dequantised to float32 once at load (the word embeddings row by row as pieces are looked up:
the same numbers, 45 MB less memory). When the files are missing or unreadable,
:func:`default_reader` logs one warning and returns None, and the alignment is today's.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop.core.alignment.embed import resource_dir
from desktop.core.alignment.pair_tokens import PairTokenizer, padded

log = logging.getLogger(__name__)

WEIGHTS = "weights.npz"
VOCAB = "vocab.txt"
MANIFEST = "manifest.json"
LAYERS = 6
HEADS = 12
MAX_PIECES = 128  # as trained: the pair, its [CLS] and two [SEP]
_LAYER_NORM_EPS = 1e-12  # the model's config
# Pairs read in one batch, sorted by length and padded to the longest: large enough for BLAS to
# work on whole matrices, small enough that a long pair pads few short ones.
_BATCH = 16
_KEPT_PAIRS = 20_000  # pair probabilities kept (a few MB of text): the reader is the slow part


@dataclass(frozen=True)
class Layer:
    """One encoder layer, float32, matrices laid out (in, out) for ``x @ w``."""

    qkv: np.ndarray  # (hidden, 3 * hidden): query, key and value in one product
    qkv_b: np.ndarray
    out: np.ndarray
    out_b: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_b: np.ndarray
    down: np.ndarray
    down_b: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


@dataclass(frozen=True)
class PairReader:
    tokenizer: PairTokenizer
    word: np.ndarray  # int8 (vocabulary, hidden)
    word_scale: np.ndarray  # float32 (vocabulary,)
    position: np.ndarray  # float32 (MAX_PIECES, hidden)
    segment: np.ndarray  # float32 (2, hidden)
    ln: tuple[np.ndarray, np.ndarray]
    layers: tuple[Layer, ...]
    head: np.ndarray  # float32 (hidden,)
    head_b: float

    _known: dict[tuple[str, str], float] = field(default_factory=dict, repr=False, compare=False)

    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Probability that each (left, right) pair tells one statement, float64. A pair read
        before is not read again: comparing again after an edit re-reads only what changed."""
        todo = list(dict.fromkeys(p for p in pairs if p not in self._known))
        if todo:
            if len(self._known) > _KEPT_PAIRS:
                self._known.clear()
            fresh = 1.0 / (1.0 + np.exp(-self.logits(todo).astype(np.float64)))
            self._known.update(zip(todo, (float(v) for v in fresh), strict=True))
        return np.array([self._known[p] for p in pairs], dtype=np.float64)

    def logits(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        encoded = [self.tokenizer.pair(a, b, MAX_PIECES) for a, b in pairs]
        out = np.zeros(len(pairs), dtype=np.float32)
        # Like lengths batched together: less padding, the same logits.
        order = sorted(range(len(pairs)), key=lambda k: len(encoded[k][0]))
        for start in range(0, len(order), _BATCH):
            chunk = order[start : start + _BATCH]
            ids, mask = padded([encoded[k][0] for k in chunk], self.tokenizer.pad)
            segments, _ = padded([encoded[k][1] for k in chunk], 0)
            out[chunk] = self._forward(np.array(ids), np.array(segments), np.array(mask))
        return out

    def _forward(self, ids: np.ndarray, segments: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        x = self.word[ids].astype(np.float32) * self.word_scale[ids][..., None]
        x += self.position[:length][None] + self.segment[segments]
        x = _layer_norm(x, self.ln)
        # A padded piece is never attended to: its score is pushed far below any real one.
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        hidden_size = x.shape[-1]
        size = hidden_size // HEADS
        # Products on 2-D and contiguous arrays: numpy hands only those to BLAS (a strided
        # stacked product runs in its own loop, 30x slower).
        x = x.reshape(batch * length, hidden_size)
        for layer in self.layers:
            qkv = (x @ layer.qkv + layer.qkv_b).reshape(batch, length, 3, HEADS, size)
            q, k, v = (np.ascontiguousarray(qkv[:, :, n].transpose(0, 2, 1, 3)) for n in range(3))
            scores = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2))
            scores = scores * np.float32(1.0 / np.sqrt(size)) + blocked
            scores -= scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden_size)
            x = _layer_norm(x + context @ layer.out + layer.out_b, layer.ln1)
            inner = _gelu(x @ layer.up + layer.up_b)
            x = _layer_norm(x + inner @ layer.down + layer.down_b, layer.ln2)
        x = x.reshape(batch, length, hidden_size)
        kept = mask[..., None].astype(np.float32)
        pooled = (x * kept).sum(axis=1) / np.maximum(kept.sum(axis=1), 1.0)
        result: np.ndarray = pooled @ self.head + np.float32(self.head_b)
        return result


def _layer_norm(x: np.ndarray, weights: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    normed: np.ndarray = centred / np.sqrt(variance + np.float32(_LAYER_NORM_EPS))
    return normed * weights[0] + weights[1]


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf by Abramowitz and Stegun 7.1.26 (error < 1.5e-7:
    numpy has no erf, and scipy is no dependency)."""
    z = np.abs(x) * np.float32(1.0 / np.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t
            * (
                np.float32(1.421413741)
                + t * (np.float32(-1.453152027) + t * np.float32(1.061405429))
            )
        )
    )
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    result: np.ndarray = x * np.float32(0.5) * (1.0 + erf)
    return result


def reader_dir() -> Path:
    """resources/reader, wherever the app runs from (as ``embed.table_dir``)."""
    return resource_dir("reader")


def _matrix(data: np.lib.npyio.NpzFile, name: str) -> np.ndarray:
    """A stored int8 matrix (out, in) back to float32, laid out (in, out)."""
    q, scale = data[name + ".q"], data[name + ".s"]
    return np.ascontiguousarray((q.astype(np.float32) * scale[:, None]).T)


def load_reader(directory: Path, check_manifest: bool = True) -> PairReader:
    """Read the reader; raises OSError, ValueError or KeyError when a file is missing, altered
    or does not fit (the manifest's sha256 of each file is checked)."""
    if check_manifest:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        for name, digest in manifest["files"].items():
            if hashlib.sha256((directory / name).read_bytes()).hexdigest() != digest:
                raise ValueError(f"{name} does not match its manifest's sha256")
    vocab = (directory / VOCAB).read_text(encoding="utf-8").split("\n")
    if vocab and vocab[-1] == "":
        vocab.pop()
    with np.load(directory / WEIGHTS, allow_pickle=False) as data:
        word = data["emb.word.q"]
        if word.shape[0] != len(vocab):
            raise ValueError(f"{len(vocab)} vocabulary lines for {word.shape[0]} embedding rows")
        layers = tuple(
            Layer(
                qkv=np.concatenate([_matrix(data, f"l{i}.{p}.w") for p in "qkv"], axis=1),
                qkv_b=np.concatenate([data[f"l{i}.{p}.b"] for p in "qkv"]),
                out=_matrix(data, f"l{i}.o.w"),
                out_b=data[f"l{i}.o.b"],
                ln1=(data[f"l{i}.ln1.w"], data[f"l{i}.ln1.b"]),
                up=_matrix(data, f"l{i}.up.w"),
                up_b=data[f"l{i}.up.b"],
                down=_matrix(data, f"l{i}.down.w"),
                down_b=data[f"l{i}.down.b"],
                ln2=(data[f"l{i}.ln2.w"], data[f"l{i}.ln2.b"]),
            )
            for i in range(LAYERS)
        )
        return PairReader(
            tokenizer=PairTokenizer({piece: n for n, piece in enumerate(vocab)}),
            word=word,
            word_scale=data["emb.word.s"],
            position=_matrix(data, "emb.pos").T[:MAX_PIECES].copy(),
            segment=_matrix(data, "emb.type").T.copy(),
            ln=(data["emb.ln.w"], data["emb.ln.b"]),
            layers=layers,
            head=data["head.w"].reshape(-1).astype(np.float32),
            head_b=float(data["head.b"].reshape(-1)[0]),
        )


@functools.cache
def default_reader() -> PairReader | None:
    """The shipped reader, read once per process; None, logged once, when absent."""
    directory = reader_dir()
    try:
        return load_reader(directory)
    except (OSError, ValueError, KeyError) as exc:
        log.warning(
            "Sentence-pair reader unavailable (%s: %s); aligning sentences without it, so "
            "some statements retold in other words may be shown as told by one article only.",
            directory,
            exc,
        )
        return None
