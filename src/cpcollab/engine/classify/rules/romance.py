"""French and Spanish readers and words: names of funds, plans and strategies that a State ends,
and the French names that end like plural demonyms.
"""

from __future__ import annotations

from collections.abc import Sequence

from cpcollab.engine.classify.rules.words import PlaceWords, _is, _tokens
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import CueSet

#: Names among the French extra forms that end like plural demonyms.
_FR_NAMES = frozenset(
    {"Laos", "Pays-Bas", "PaysBas", "États-Unis", "ÉtatsUnis", "Malvinas", "Saint-Christophe-et-Niévès"}
)

#: Words that relate two parties rather than continue a name ("le Plan d'action avec le Mali").
_NOT_IN_A_NAME = frozenset({"avec", "entre", "par"})


def _romance_ends_a_name(
    text: str, span: Span, window_start: int, words: PlaceWords, cue_set: CueSet, _others: Sequence[Span]
) -> bool:
    """French and Spanish: a capitalised head of ``name_heads``, then "de", "pour" and the words of
    the name, then the State ("la Stratégie de Maurice", "les Orientations de Samoa", "le Fonds
    pour la reconstruction d'Haïti")."""
    tokens = _tokens(text[window_start : span.start])
    if not tokens or (tokens[-1][1] not in words.links and tokens[-1][1] not in words.titles):
        return False
    # Spanish capitalises every main word of a name ("el Fondo para la Reconstrucción de Haití")
    # or none after the head ("el Plan de respuesta humanitaria para el Yemen"): read back to the
    # head over capitalised words or over lower-case ones, not both ("el Convenio de Minamata
    # recibió de Suiza": a verb ends the name).
    capitals = lower = False
    for raw, word, _start in reversed(tokens[-10:]):
        if raw[:1].isupper():
            if word in words.name_heads:
                return True
            if words.lang != "es" or lower or _is(word, words.bodies, words.lang):
                return False
            capitals = True
            continue
        if word not in words.links and word not in words.titles:
            if capitals:
                return False
            lower = True
        if (
            not word[:1].isalpha()
            or _is(word, words.bodies, words.lang)
            or word in words.conjunctions
            or word in _NOT_IN_A_NAME
            or (word in cue_set.places_before and word not in words.links)
        ):
            return False
    return False
