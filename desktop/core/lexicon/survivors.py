"""The words of an obituary's list of survivors: "is survived by his wife and two sons", "Her
survivors include two daughters", "She leaves her husband and a daughter"
(findings/persons/survivor_children.py). Lowercase."""

from __future__ import annotations

# What opens the list: the words before it, as a sentence writes them.
SURVIVOR_OPENERS = ("survived by", "survivors include", "survivors are", "leaves", "is leaving")

# A child named by sex, by the sex it names.
CHILD_NOUNS: dict[str, str] = {
    "son": "son",
    "sons": "son",
    "daughter": "daughter",
    "daughters": "daughter",
}
# Children named by no sex, which may be of either ("three children"): a list that gives them
# says nothing against a son or a daughter.
UNSEXED_CHILD_NOUNS = frozenset(["child", "children", "kids", "stepchildren"])
