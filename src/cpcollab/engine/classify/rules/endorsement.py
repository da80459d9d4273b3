"""Support for a text is endorsement, not collaboration.

"Mali's support for the General Assembly resolution on the moratorium", "Palau's support of the
joint statement delivered in the Human Rights Council", « l'appui du Gouvernement à la
résolution », "apoyó la recomendación del Relator Especial", «поддержала резолюцию
Генеральной Ассамблеи»: the object of the support is a resolution, a declaration, a
recommendation or a candidacy, and what the sentence says is a position taken (the guideline
counts "purely political support or endorsement" as no collaboration). Support given to a
party stays a word of collaboration ("support of the Government in implementing the
recommendations": the words between the support and the text must be those of a name or of a
text's qualifiers, so that the support's object is the text itself).
"""

from __future__ import annotations

import re

from cpcollab.engine.model import Span

#: Per language: what a word of support begins with; what may stand between it and the text
#: (prepositions, articles, names and qualifiers of a text), one word at a time; the texts.
_RULES: dict[str, tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]] = {
    "en": (
        ("support",),
        re.compile(
            r"\s+(?:for|of|to|the|its|their|his|her|this|that|these|those|a|an|all|any|relevant|recent|latest|"
            r"above|said|joint|related|new|various|such|[A-Z][\w’'-]*|\d[\w/.()-]*)(?=\s)"
        ),
        re.compile(
            r"\s+(?:draft\s+)?(?:resolutions?|declarations?|proposals?|recommendations?|statements?|decisions?|"
            r"candidac(?:y|ies)|candidatures?)\b",
            re.I,
        ),
    ),
    "fr": (
        ("appui", "appuy", "soutien", "soutenu", "soutenir", "soutient", "soutiennent", "soutenant", "soutiendr"),
        re.compile(
            r"\s*(?:à|au|aux|de|du|des|d['’]|la|le|les|l['’]|sa|son|ses|leur|leurs|cette|ce|ces|toutes?|tous|"
            r"projet|commune?s?|conjointe?s?|récente?s?|pertinente?s?|[A-ZÉÈ][\w’'-]*)(?=[\s'’])"
        ),
        re.compile(
            r"\s*(?:résolutions?|déclarations?|propositions?|recommandations?|décisions?|candidatures?)\b", re.I
        ),
    ),
    "es": (
        ("apoy",),
        re.compile(
            r"\s+(?:a|al|de|del|la|el|los|las|su|sus|esta|este|estas|estos|todas?|todos?|proyecto|conjunt[oa]s?|"
            r"reciente|recientes|pertinentes?|[A-ZÁÉÍÓÚÑ][\w’'-]*)(?=\s)"
        ),
        re.compile(
            r"\s+(?:resoluci(?:ón|ones)|declaraci(?:ón|ones)|propuestas?|recomendaci(?:ón|ones)|decisi(?:ón|ones)|"
            r"candidaturas?)\b",
            re.I,
        ),
    ),
    "ru": (
        ("поддерж",),
        re.compile(r"\s+(?:[а-яё]+(?:ой|ую|ых|ые|ый|ий|ая|ее|его|ей|им|ими)|эт[аиоу]\w*|все\w*|[А-ЯЁ][\w-]*)(?=\s)"),
        re.compile(r"\s+(?:проект\w*\s+)?(?:резолюци|деклараци|предложени|рекомендаци|кандидатур|решени)\w*", re.I),
    ),
}
#: Words between the support and the text, at most.
_BETWEEN = 6


def endorses(text: str, cue: Span, lang: str) -> bool:
    """Whether a word of support (a ``technical_assistance`` cue) has a text for its object."""
    rule = _RULES.get(lang)
    if rule is None or cue.value != "technical_assistance":
        return False
    starts, between, texts = rule
    if not cue.text.lower().startswith(starts):
        return False
    position = cue.end
    for _ in range(_BETWEEN + 1):
        if texts.match(text, position):
            return True
        step = between.match(text, position)
        if step is None:
            return False
        position = step.end()
    return False
