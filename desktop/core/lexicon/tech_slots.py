"""Words technology copy uses for one part or measure of a device, folded to one slot word
(``SLOT_SYNONYMS``).

Two papers rarely name a gadget's parts alike: one phone has "a 6.5-inch screen" and the other
"a 6.5in display", one laptop "16GB of RAM" and the other "16 gigabytes of memory"; a patch
"fixes 23 security flaws" or "patched 23 vulnerabilities". A figure of one part told with the
other word is still a figure of that part, to agree or clash with.
"""

from __future__ import annotations

# probetech39: the names of one part, one kind of device, or one deed of software news.
# Hypernyms are left out: a "device" may be a phone or a tablet, a "machine" anything, and a
# laptop is one kind of computer among others.
TECH_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(["screen", "display", "touchscreen"], "screen"),
    **dict.fromkeys(["memory", "ram"], "memory"),
    **dict.fromkeys(["processor", "chip", "cpu", "microprocessor"], "processor"),
    **dict.fromkeys(["phone", "handset", "smartphone", "cellphone"], "phone"),
    **dict.fromkeys(["computer", "pc"], "computer"),
    # A flaw in software is its bug or vulnerability ("fixes 23 security flaws" / "patched 23
    # vulnerabilities"), and to patch one is to fix it. Not "hole": a golf course has 18.
    **dict.fromkeys(["flaw", "vulnerability", "bug"], "flaw"),
    **dict.fromkeys(["patch", "fix"], "patch"),
    # A company's workforce, told by the verb or by its noun ("employs some 5,000 staff" / "has
    # about 5,000 employees"). Under a verb of cutting they stay the layoffs (JOB_NOUNS).
    **dict.fromkeys(["employ", "employee", "staff", "staffer"], "employee"),
}

# probetech39: verbs that give what a device has, as "have" does ("features a 6.5in display",
# "sports a 12MP camera", "packs a seven-hour battery", "boasts 16GB of RAM", "comes with 4GB of
# memory"): they say no more of what a figure measures than "have", which names no slot. "come"
# only with its "with" (core/figures/facts/having_verbs.py).
HAVING_VERBS = frozenset(["feature", "sport", "pack", "boast"])
COMING_WITH = "come"
