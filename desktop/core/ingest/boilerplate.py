"""Web page furniture that survives a copy-paste or a "save as text": share bars, comment forms.

Every pattern is anchored at both ends and tested against a whole paragraph, so a sentence that
merely contains "read more" or "comments" is never touched. When in doubt a pattern is left out:
a stray "Share this:" costs the user nothing, a lost sentence of the article costs a finding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail"
    r"|print|pocket|threads|bluesky|mastodon|vk|messenger)"
)

# Paywall and login prompts: furniture in an article, the whole page in a paywall stub.
_PAYWALL = [
    r"(?:subscribe|sign in|log ?in|register)(?: now| today| for free)? to (?:continue|keep) reading.{0,80}",
    r"already (?:a subscriber|have an account|registered)\??.{0,60}",
    r"(?:this (?:article|story|content) is )?(?:for|only for|exclusive to) (?:subscribers|members)(?: only)?[.!]?",
    r"you have (?:reached|read) (?:your|the) (?:limit|maximum)(?: of)? .{0,60}",
    r"you have \d+ free (?:articles?|stories) (?:left|remaining).{0,60}",
]
_PAYWALL_PROMPT = re.compile("(?:" + "|".join(_PAYWALL) + ")", re.IGNORECASE)
# Words a paywall stub shows besides its prompt: a headline and a standfirst at most. The shortest
# news brief is longer.
STUB_MAX_OTHER_WORDS = 60

_PATTERNS = [
    # Comment forms.
    r"leave a (?:reply|comment)(?: to .{1,60})?",
    r"(?:post|add|write) a comment",
    r"cancel reply",
    r"your email address will not be published\.?(?: required fields are marked \*?)?",
    r"required fields are marked \*?",
    r"save my name, email,? and website in this browser for the next time i comment\.?",
    r"(?:name|email|e-mail|website|comment) ?\*?",
    r"post comment",
    r"(?:\d+ )?comments?(?: \(\d+\))?:?",
    r"(?:view|show|hide|load|see) (?:all )?(?:\d+ )?comments?",
    r"join the (?:conversation|discussion)",
    r"δ",
    # Share bars.
    r"share(?: this)?(?: (?:article|story|post|page))?(?: on " + _SOCIAL + r")?:?",
    r"click to (?:share|print|email|e-mail) (?:on|this|to) .{1,40}",
    r"(?:share|tweet|pin|follow us) (?:on|via) " + _SOCIAL + r".{0,30}",
    r"follow us(?: on .{1,40})?:?",
    _SOCIAL + r"|tweet|like this:?|like loading\.*|loading\.*",
    # Navigation and promotion.
    r"related(?: (?:posts?|articles?|stories|news|content|coverage|topics|reading))?:?",
    # "RELATED: 4 found dead in south Tulsa (bit.ly/x)", "MORE NEWS: 2 dead in East Side shooting
    # Sunday": a headline-style link to another story (no full stop), whose toll and day are that
    # story's, never a sentence of the article (gvc20).
    r"(?:related(?: (?:posts?|articles?|stories|story|news|content|coverage|links?))?"
    r"|(?:more|other|latest|top|previous|earlier) (?:stories|news|articles|coverage)|more)"
    r"\s*:\s*[^.!?\n]{1,150}[?!]?(?:\s*\([^)\n]{1,80}\))?",
    r"(?:you )?(?:may|might) (?:also )?(?:like|enjoy)[:.…]*",
    r"(?:more|other|latest|top|recommended|popular|trending) (?:stories|news|articles|videos)(?: from .{1,40})?[:.…]*",
    r"more (?:from|on) (?:this|our) (?:site|topic|author)",
    r"(?:read|see) (?:more|also)(?:[:.…]+| »| >)?(?::.{1,100})?",
    r"continue reading\.*",
    r"(?:previous|next) (?:post|article|story)(?::.{0,120})?",
    r"post navigation",
    r"skip to (?:main )?content",
    r"(?:tags|filed under|categories|category|topics)\s*:.{0,200}",
    r"(?:subscribe|sign up)(?: now)? (?:to|for) (?:our|the) (?:free |daily |weekly )?newsletters?[.!:]?",
    r"(?:advertisement|advertisements|sponsored(?: content)?|ad|promoted)",
    r"scroll (?:down )?to continue(?: reading)?",
    *_PAYWALL,
    # Video players.
    r"(?:now playing|up next|autoplay|replay(?: video)?|play video|watch(?: the)? video|video player is loading\.?|loading video\.*)",
    r"your browser does not support (?:the )?(?:video|audio|html5 video)(?: tag| element)?\.?",
    r"(?:duration|length):? \d{1,2}:\d{2}",
    r"tell us what you think[.…!]*",
    # "Watch: drone footage of the fire" - a pointer to a video or gallery, headline-style (no
    # full stop), never a sentence of the article.
    r"(?:watch|video|listen|gallery|photos?|in pictures)\s*[:|]\s*[^.!?]{1,100}",
    # Legal and cookie banners.
    r"©.{0,100}",
    r"(?:\(c\)|copyright)\s*©?\s*\d{4}\b.{0,80}",
    r".{0,80}\ball rights reserved\.?",
    r"(?:this (?:web)?site|we) uses? cookies\b.{0,200}",
    r"(?:accept|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences)",
    r"privacy policy(?: (?:and|\|) terms(?: of (?:use|service))?)?",
]
_BOILERPLATE = re.compile("(?:" + "|".join(_PATTERNS) + ")", re.IGNORECASE)

# Everything after one of these is the reader comment section, not the article.
_COMMENTS_START = re.compile(
    r"leave a (?:reply|comment)|(?:\d+ )?comments?(?: \(\d+\))?:?|join the (?:conversation|discussion)",
    re.IGNORECASE,
)
# ...but only when it sits in the last part of the text: an earlier one is more likely a heading
# the article itself uses, and cutting there could lose real sentences.
_COMMENTS_TAIL_SHARE = 0.6


def is_paywall_stub(paragraphs: Sequence[str]) -> bool:
    """A paywall or login prompt with next to nothing of the article around it."""
    prompts = [p for p in paragraphs if _PAYWALL_PROMPT.fullmatch(p.strip())]
    if not prompts:
        return False
    others = sum(len(p.split()) for p in paragraphs if not _PAYWALL_PROMPT.fullmatch(p.strip()))
    return others <= STUB_MAX_OTHER_WORDS


def is_boilerplate(paragraph: str) -> bool:
    return _BOILERPLATE.fullmatch(paragraph.strip()) is not None


def remove_boilerplate(paragraphs: Sequence[str]) -> list[str]:
    """Drop furniture paragraphs and a trailing reader-comment section."""
    kept = list(paragraphs)
    cut = _comment_section_start(kept)
    if cut is not None:
        kept = kept[:cut]
    return [p for p in kept if not is_boilerplate(p)]


def _comment_section_start(paragraphs: Sequence[str]) -> int | None:
    total = sum(len(p) for p in paragraphs)
    seen = 0
    for index, paragraph in enumerate(paragraphs):
        if _COMMENTS_START.fullmatch(paragraph.strip()) and seen >= total * _COMMENTS_TAIL_SHARE:
            return index
        seen += len(paragraph)
    return None
