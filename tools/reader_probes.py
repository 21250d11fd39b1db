"""Hand-written look-alike and retelling probes for a trained sentence-pair reader (readerC53).

Build-time only, in the reader's torch venv (``tools/train_pair_reader.py`` holds its setup):

    /tmp/reader53venv/bin/python tools/reader_probes.py /tmp/reader52/models/readB ...

A look-alike tells another statement in nearly the same words (one element of the claim changed:
the verb, its subject, who did it); a retelling tells the same statement in other words. A reader
the app can trust reads every look-alike under p = 0.5 and every retelling over it. The sentences
are written here for the probe (the first three look-alikes are the twin story tests' pairs);
none comes from the corpus. Prints each pair's p under each model and the two kinds' means.
"""

from __future__ import annotations

import sys
from pathlib import Path

import torch
from train_pair_reader import THREADS, encode, restore  # tools/ is on sys.path as a script

LOOKALIKES = [
    # the story tests' twins (tests/core): a man freed by police was not laid off, talks that
    # progressed spread no fire, and the hire/fire pair the reader52 doc measured
    ("The man had been laid off in March.", "The man was let go by police in March."),
    ("Talks with the unions progressed slowly on Monday.", "The fire spread slowly on Monday."),
    ("The coach was fired a week ago.", "The coach was hired a week ago."),
    # the opposite verb, the same subject and time
    ("Police arrested the driver on Sunday.", "Police released the driver on Sunday."),
    ("The council approved the new bridge in May.", "The council rejected the new bridge in May."),
    ("The senator won the vote on Tuesday.", "The senator lost the vote on Tuesday."),
    # another verb, the same subject
    ("The coach signed a new contract a week ago.", "The coach was fired a week ago."),
    ("The mayor visited the flooded school.", "The mayor closed the flooded school."),
    ("The pilot landed the plane safely.", "The pilot left the plane safely."),
    # another subject, the same verb
    ("The goalkeeper was injured in the first half.", "The referee was injured in the first half."),
    ("Two soldiers were killed in the blast.", "Two civilians were killed in the blast."),
    ("Shares in the bank fell sharply on Friday.", "Oil prices fell sharply on Friday."),
]

RETELLINGS = [
    ("The coach had been dismissed last week.", "The coach was fired a week ago."),
    ("The man had been laid off in March.", "The man was let go from his job in March."),
    ("Police arrested the driver on Sunday.", "The driver was taken into custody on Sunday."),
    (
        "The council approved the new bridge in May.",
        "In May the council gave the bridge the go-ahead.",
    ),
    ("The senator won the vote on Tuesday.", "On Tuesday the senator carried the vote."),
    ("Two soldiers were killed in the blast.", "The explosion left two soldiers dead."),
    ("Shares in the bank fell sharply on Friday.", "The bank's stock dropped steeply on Friday."),
    ("Firefighters struggled to put out the blaze.", "Crews battled hard against the fire."),
    ("The mayor visited the flooded school.", "The flooded school had a visit from the mayor."),
]


def probabilities(model_dir: Path, pairs: list[tuple[str, str]]) -> list[float]:
    """The mean of both orders' p: the app reads a pair in the order the articles give it."""
    tokenizer, model = restore(model_dir)
    out = []
    with torch.inference_mode():
        for order in (pairs, [(b, a) for a, b in pairs]):
            inputs = encode(tokenizer, [a for a, _ in order], [b for _, b in order])
            out.append(torch.sigmoid(model(**inputs)).numpy())
    return [float(x) for x in (out[0] + out[1]) / 2]


def main(argv: list[str]) -> int:
    torch.set_num_threads(THREADS)
    models = [Path(a) for a in argv]
    table = {m: probabilities(m, LOOKALIKES + RETELLINGS) for m in models}
    print("kind       " + " ".join(f"{m.name:>7}" for m in models) + "  pair")
    for n, (a, b) in enumerate(LOOKALIKES + RETELLINGS):
        kind = "look-alike" if n < len(LOOKALIKES) else "retelling "
        print(f"{kind} " + " ".join(f"{table[m][n]:7.2f}" for m in models) + f"  {a} / {b}")
    for m in models:
        ps = table[m]
        fakes, tells = ps[: len(LOOKALIKES)], ps[len(LOOKALIKES) :]
        print(
            f"{m.name}: look-alikes mean {sum(fakes) / len(fakes):.2f} "
            f"({sum(p >= 0.5 for p in fakes)}/{len(fakes)} at p >= 0.5); retellings mean "
            f"{sum(tells) / len(tells):.2f} ({sum(p >= 0.5 for p in tells)}/{len(tells)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
