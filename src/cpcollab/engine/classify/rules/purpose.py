"""Words of support that say what a collaboration is for, not what it is.

"The Peacebuilding Fund allocated $4.8 million to support elections" is funding; "To support
defence lawyers, UNICRI organized a training" is capacity-building; "contacts with the missions
in support of the Force" are joint work. The support there is the purpose, and where another
word names the collaboration, it is not the collaboration's kind. "UNICEF supported the
Ministry", "continue to support the Commission" and "in order for them to assist the
Government" are support given, and keep it.
"""

from __future__ import annotations

import re

from cpcollab.engine.model import Span

#: Before a word of support, what makes it a purpose, per language.
_PURPOSE = {
    # "to support" unless the word before "to" is a verb that takes it for what it does itself.
    "en": re.compile(
        r"(?:^|\W)(?:(?:with\s+a\s+view\s+to|aimed\s+at|so\s+as\s+to|in\s+order\s+to)|(\w+\s+)?to)\s+$", re.I
    ),
    "fr": re.compile(r"(?:^|\W)(?:pour|afin\s+d[e'’]|en\s+vue\s+d[e'’])\s*$", re.I),
    "es": re.compile(r"(?:^|\W)(?:para|a\s+fin\s+de|con\s+el\s+fin\s+de|con\s+objeto\s+de)\s+$", re.I),
    "ru": re.compile(r"(?:^|\W)(?:для|чтобы|в\s+целях)\s+$", re.I),
}
#: "in support of", "à l'appui de", "en apoyo de", "в поддержку": what comes before, and how the
#: word of support begins.
_IN_SUPPORT_OF = {
    "en": (re.compile(r"(?:^|\W)in\s+$", re.I), ("support of",)),
    "fr": (re.compile(r"(?:^|\W)(?:à\s+l['’]|en)\s*$", re.I), ("appui", "soutien")),
    "es": (re.compile(r"(?:^|\W)en\s+$", re.I), ("apoyo",)),
    "ru": (re.compile(r"(?:^|\W)в\s+$", re.I), ("поддержку",)),
}
#: English words before "to" that make the support what a party does itself ("continue to
#: support", "agreed to assist"), including the subject of the infinitive ("for them to assist").
_EN_DOING_ITSELF = frozenset({
    "continue", "continues", "continued", "continuing", "agree", "agreed", "agrees", "decide", "decided",
    "decides", "commit", "committed", "commits", "undertake", "undertook", "undertakes", "ready", "willing",
    "able", "pledge", "pledged", "pledges", "offer", "offered", "offers", "seek", "sought", "request",
    "requested", "requests", "ask", "asked", "asks", "invite", "invited", "invites", "encourage", "encouraged",
    "encourages", "urge", "urged", "urges", "call", "called", "calls", "is", "are", "was", "were", "be", "been",
    "will", "would", "also", "further", "stands", "stood", "prepared", "intends", "intended", "plans",
    "planned", "want", "wants", "wished", "wishes", "need", "needs", "needed", "mandated", "tasked",
    "authorized", "asking", "inviting", "encouraging", "urging", "calling", "requesting", "help", "helped",
    "them", "it", "him", "her", "us",
})  # fmt: skip


def for_a_purpose(text: str, cue: Span, lang: str) -> bool:
    """Whether a word of support (a ``technical_assistance`` cue) says what the collaboration is for."""
    pattern = _PURPOSE.get(lang)
    if pattern is None:
        return False
    before, words = _IN_SUPPORT_OF[lang]
    if cue.text.lower().startswith(words) and before.search(text, 0, cue.start):
        return True
    found = pattern.search(text, 0, cue.start)
    if found is None:
        return False
    if lang != "en":
        return True
    verb = found.group(1)
    return verb is None or verb.strip().lower() not in _EN_DOING_ITSELF
