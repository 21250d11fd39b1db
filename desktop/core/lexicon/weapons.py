"""Weapons and the verbs of harm that name their kind, as paths from the general to the
particular: a pistol is a handgun, a handgun a firearm. Two paths agree when one leads on from
the other ("a gun" / "a pistol"); a shotgun is no handgun, a knife no gun. Lowercase lemmas."""

from __future__ import annotations

WEAPON_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["gun", "firearm", "gunfire", "gunshot", "gunman", "shoot"], ("firearm",)),
    **dict.fromkeys(["handgun", "sidearm"], ("firearm", "handgun")),
    "pistol": ("firearm", "handgun", "pistol"),
    "revolver": ("firearm", "handgun", "revolver"),
    **dict.fromkeys(["rifle", "carbine"], ("firearm", "rifle")),
    "shotgun": ("firearm", "shotgun"),
    **dict.fromkeys(["blade", "stab", "slash"], ("blade",)),
    "knife": ("blade", "knife"),
    "machete": ("blade", "machete"),
    "sword": ("blade", "sword"),
    "bat": ("blunt", "bat"),
    "hammer": ("blunt", "hammer"),
    "crowbar": ("blunt", "crowbar"),
    "bludgeon": ("blunt",),
}
