"""Words business copy uses for one measure, folded to one slot word (``SLOT_SYNONYMS``).

A company's figures are told with a handful of near-synonyms, and two papers rarely pick the same
one: the jobs a company cuts are the workers it lays off ("will cut 1,200 jobs" / "is laying off
1,200 employees").
"""

from __future__ import annotations

CUT_WORD = "cut"
# The slot of jobs under a verb of cutting (core/job_cuts.py): the cuts, not the workforce.
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
