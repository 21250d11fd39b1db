"""probenews36: verbs whose object is a sum of money ("earning its author 50,000 pounds", "paid
300 pounds"): "pounds" after them counts sterling, not a weight ("weighed 300 pounds")."""

from __future__ import annotations

MONEY_VERBS = frozenset(
    ["earn", "pay", "cost", "win", "raise", "spend", "sell", "buy", "fine", "charge", "owe",
     "donate", "award", "receive", "collect", "lend", "borrow", "invest", "bet", "save", "net",
     "fetch", "bring", "worth", "value"]
)  # fmt: skip
# agree45: "jewels worth an estimated 38 million pounds", "a house valued at 2 million pounds":
# what a thing is worth or valued at is a price, never its weight (the parse makes "worth", an
# adjective, the head of its sum, so it sits here with the verbs).

# probegov: nouns of a sum of money ("a one-off payment of 300 pounds", "a fine of 5,000 pounds"):
# "pounds" after their "of" counts sterling, as after a verb of paying.
MONEY_NOUNS = frozenset(
    ["payment", "fine", "penalty", "grant", "fee", "salary", "wage", "bonus", "budget",
     "compensation", "award", "donation", "price", "sum", "reward", "subsidy", "loan", "levy",
     "tax", "refund", "pension", "allowance", "bill", "payout", "settlement", "damages"]
)  # fmt: skip

# A word that adds the sum after it to the sum before it ("62 million pounds plus up to 8 million
# pounds in bonuses"): the two are parts of one deal (findings/amounts/added_sums.py).
ADDING_WORDS = frozenset(["plus"])
