"""How local crime news words the steps a case takes after the shooting, and the quarrel before
it, for sentence alignment (core/events/case_wording.py). Each paper retells the police or the
prosecutor in its own words: "will be presented to the grand jury" / "the findings will be
turned over to the district attorney for review", "injuries are not life-threatening" / "is
expected to survive", "an ongoing feud between rival gangs" / "a conflict between rival
cliques", "an argument broke out" / "two girls were going to fight", "fighting for his life" / "in
critical condition". Each set names one step
(or one thing) with the same roles, so a sentence that swaps one wording for another still
pairs. Lowercase lemmas and words."""

from __future__ import annotations

# Handing a case to those who decide on charges: "presented to a grand jury", "referred to
# prosecutors", "turned over to the district attorney's office for review". The verb counts only
# with one of REFERRAL_TARGETS within REFERRAL_REACH tokens after it: "turned the suspect over to
# deputies", "sent the gun to a lab" hand over no case.
REFERRAL_VERBS = frozenset(["present", "refer", "forward", "submit", "send", "hand", "turn"])
# "turn" and "hand" give a case over only with their particle: "turned over", "handed it over".
REFERRAL_PARTICLE_VERBS = frozenset(["turn", "hand"])
REFERRAL_TARGETS = frozenset(["jury", "prosecutor", "prosecutors", "da", "d.a.", "review"])
# "attorney" is the prosecutor only as the district's, the state's, the county's, the
# commonwealth's: "handed over to his attorney" is the defence.
PROSECUTING_ATTORNEY = frozenset(["district", "state", "county", "commonwealth", "prosecuting"])
REFERRAL_REACH = 9
REFERRAL_WORD = "referral"

# A wound the victim will live through: "not life-threatening", "non-life-threatening",
# "expected to survive", "expected to recover", "in stable condition". "recover" and "live" tell
# it only after "expected to" (police recover guns, people live on streets).
SURVIVAL_WORD = "survive"
SURVIVAL_EXPECTED = frozenset(["survive", "recover", "live"])
LIFE_NEGATIONS = frozenset(["not", "non", "no"])
# How far before "life" a negation may stand: "were not considered life-threatening".
LIFE_NEGATION_REACH = 4

# A lasting hostility between groups, and the groups: "an ongoing gang feud" / "an ongoing
# conflict between rival cliques". "clique" is street slang for a gang (a set, a crew); "crew"
# and "set" are left out, their other senses being far commoner.
CASE_WORDS: dict[str, frozenset[str]] = {
    "feud": frozenset(["feud", "rivalry", "vendetta"]),
    "gang": frozenset(["clique"]),
    # A quarrel come to words or blows: "an argument", "an altercation", read as the "fight" of
    # news_verbs (fight, clash, brawl, scuffle): "watched an escalating argument" / "two girls
    # were going to fight".
    "fight": frozenset(["argument", "altercation", "fistfight", "quarrel"]),
}
# "conflict" is a feud only between parties: "a conflict between rival cliques", "a conflict with
# a neighbour", "a gang conflict"; never "conflicts of interest" or "a sexual conflict".
CONFLICT_PARTIES_AFTER = frozenset(["between", "with"])
CONFLICT_PARTIES_BEFORE = frozenset(["gang", "gangs", "rival", "clique", "cliques"])
# "in stable condition": a victim expected to live; "stable but critical" is no such word.
STABLE_NOT_SURVIVAL = frozenset(["critical", "critically", "grave", "serious"])
STABLE_REACH = 3
# "closing arguments", "oral argument": a lawyer's case, no quarrel.
ARGUMENT_NOT_QUARREL = frozenset(["closing", "opening", "oral"])
# "fighting for his life" tells the victim's condition, as "in critical condition" does
# (police_report's "critical"); "fought back", "fought off the robber" stay a fight.
FIGHT_FOR_LIFE = ("for", "life")
FIGHT_FOR_LIFE_REACH = 3
CRITICAL_WORD = "critical"
