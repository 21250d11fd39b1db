"""probenews36: verbs whose object is a sum of money ("earning its author 50,000 pounds", "paid
300 pounds"): "pounds" after them counts sterling, not a weight ("weighed 300 pounds")."""

from __future__ import annotations

MONEY_VERBS = frozenset(
    ["earn", "pay", "cost", "win", "raise", "spend", "sell", "buy", "fine", "charge", "owe",
     "donate", "award", "receive", "collect", "lend", "borrow", "invest", "bet", "save", "net",
     "fetch", "bring"]
)  # fmt: skip
