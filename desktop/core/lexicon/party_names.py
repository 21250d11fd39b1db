"""Parties by the nicknames news prints for them: "the Tories" are the Conservatives, "the GOP"
the Republicans, "the Lib Dems" the Liberal Democrats. Each nickname, the party's own adjective
and its plural name one party, so two articles naming it each their own way name the same group,
and neither is a swap for the other."""

from __future__ import annotations

# Folded wording -> the one group it names.
PARTY_NAMES: dict[str, str] = {
    **dict.fromkeys(["tory", "tories", "conservative", "conservatives"], "conservatives"),
    **dict.fromkeys(["gop", "republican", "republicans"], "republicans"),
    **dict.fromkeys(["lib dem", "lib dems", "liberal democrat", "liberal democrats"],
                    "liberal democrats"),
    **dict.fromkeys(["democrat", "democrats", "democratic"], "democrats"),
}  # fmt: skip

# The letter American papers tag a lawmaker's party with, before the state: "Reed, D-Ohio",
# "(R-Texas)". Only in that tag: a lone capital letter names nothing.
PARTY_LETTERS: dict[str, str] = {"D": "democrats", "R": "republicans", "I": "independents"}
