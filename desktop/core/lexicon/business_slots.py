"""Words business copy uses for one measure, folded to one slot word (``SLOT_SYNONYMS``).

A company's figures are told with a handful of near-synonyms, and two papers rarely pick the same
one: the jobs a company cuts are the workers it lays off ("will cut 1,200 jobs" / "is laying off
1,200 employees").
"""

from __future__ import annotations

CUT_WORD = "cut"
# The slot of jobs under a verb of cutting (core/figures/counted/job_cuts.py): the cuts, not the
# workforce.
LAYOFF_WORD = "layoff"

# probebiz: the verbs of cutting a number down ("cut 1,200 jobs", "slashed 3,000 positions",
# "shed three thousand jobs", "laying off 2,100 employees", "axed 500 roles"): one deed.
CUT_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["cut", "lay", "eliminate", "shed", "axe", "ax", "slash"], CUT_WORD),
    **dict.fromkeys(["layoff", "redundancy"], LAYOFF_WORD),
}

# probebiz: what a job cut counts, the jobs (or posts) or the people who hold them. Only under a
# verb of cutting are they one count, the layoffs: "five aid workers" and "50,000 employees"
# count people, not jobs cut. "post" is left out: "posted a profit".
JOB_NOUNS = frozenset(
    ["job", "position", "role", "employee", "worker", "staff", "staffer", "workforce",
     "headcount"]
)  # fmt: skip

# kinds46: the nouns a verb of cutting jobs makes, with the jobs after "of": "with the loss of 800
# jobs", "the elimination of 600 positions", "cuts of 300 jobs" count the jobs cut, as "cut 800
# jobs" does (figures/counted/job_cuts.py). "loss" alone is no cut: "a loss of $5 million".
JOB_LOSS_NOUNS = frozenset(
    ["loss", "cut", "elimination", "layoff", "shedding", "axing", "slashing", "redundancy"]
)

# probebiz: the verbs of a change of a sum or a share as markets and results news tell it ("shares
# fell 8.2 percent" / "the stock tumbled more than 8%", "revenue rose 12%" / "sales climbed 12%").
# The doer's verb and the thing's verb are one change ("raised its dividend 5%" / "its dividend rose
# 5%"). Folded for sums and shares only (core/figures/changes/company_measures.py): a team that
# "dropped" a game or is "slumping" at 9-14 tells no change of a figure. Cutting (``CUT_SYNONYMS``)
# stays a deed of its own: it makes the layoffs of a job count.
CHANGE_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(
        ["fall", "drop", "decline", "slip", "dip", "sink", "slide", "tumble", "plunge", "slump",
         "sag", "plummet", "tank"],
        "fall",
    ),
    **dict.fromkeys(
        ["rise", "gain", "climb", "jump", "surge", "soar", "advance", "increase", "grow", "leap",
         "raise", "lift", "hike", "boost"],
        "rise",
    ),
}  # fmt: skip

# probebiz: the nouns of one measure of a company, as two papers name it: its revenue or sales,
# its profit or earnings, its customers or subscribers, a buyback or repurchase of its stock, an
# executive's salary or pay.
MEASURE_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["revenue", "sale", "turnover"], "revenue"),
    **dict.fromkeys(["profit", "earnings", "earning", "income"], "profit"),
    **dict.fromkeys(["customer", "subscriber", "user", "client"], "customer"),
    **dict.fromkeys(["buyback", "repurchase"], "buyback"),
    # "a base salary of $1.5 million a year" / "will be paid $1.8 million annually"
    **dict.fromkeys(["salary", "pay", "wage", "compensation"], "pay"),
    "stock": "share",
}

# probebiz: the measures of a company a sum can be (after MEASURE_SYNONYMS): two sums each said of
# another one ("reported revenue of $1.2 billion" / "profit climbed to $1.4 billion") are two
# figures, however alone each stands in its sentence (core/figures/changes/company_measures.py). Not
# "pay": the verb of paying folds to it too ("paid a ransom of $22 million" / "paid hackers $12
# million").
COMPANY_MEASURES = frozenset(
    ["revenue", "profit", "loss", "dividend", "buyback", "debt", "price", "fine", "ransom",
     "bonus", "investment", "budget", "deficit"]
)  # fmt: skip

# lead39: the words that name what a company is bought or valued for, one measure of a deal:
# "values the acquisition at $13.9 billion" / "a $13.2 billion takeover" / "a valuation of $13
# billion" tell its price, never its revenue (company_measures.py). Not "pay": a payment may be
# any sum (see COMPANY_MEASURES).
DEAL_PRICE_WORDS = frozenset(
    ["price", "value", "valuation", "acquisition", "takeover", "buyout", "purchase", "merger"]
)  # fmt: skip
