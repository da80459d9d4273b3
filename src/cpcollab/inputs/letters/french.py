"""French "of" + name, with the article the name takes: "de la France", "du Mexique",
"de l’Égypte", "des Philippines", "d’Israël", "de Cuba", "de la République islamique d'Iran".

French country and organisation names carry a gender and a number that a template cannot guess,
and the letters say "Mission permanente {de + article + name}". The rule: names written with a
qualifier in brackets are turned round ("Iran (République islamique d')" → "République islamique
d'Iran"); names used without an article take "de"/"d'"; plural names take "des"; a vowel takes
"de l'"; feminine names (most of those ending in -e, and the listed exceptions) take "de la";
the rest "du". The word lists below hold the exceptions to those defaults.
"""

from __future__ import annotations

import re

#: Names used without an article (islands, city-States, and a few others).
NO_ARTICLE = frozenset(
    {
        "Andorre",
        "Antigua-et-Barbuda",
        "Bahreïn",
        "Brunéi Darussalam",
        "Cabo Verde",
        "Chypre",
        "Cuba",
        "Djibouti",
        "El Salvador",
        "Haïti",
        "Israël",
        "Kiribati",
        "Madagascar",
        "Malte",
        "Maurice",
        "Monaco",
        "Nauru",
        "Oman",
        "Saint-Kitts-et-Nevis",
        "Saint-Marin",
        "Saint-Vincent-et-les Grenadines",
        "Sainte-Lucie",
        "Sao Tomé-et-Principe",
        "Singapour",
        "Sri Lanka",
        "Trinité-et-Tobago",
        "Tuvalu",
    }
)
#: Plural names (besides those whose first word is plural: États, Îles, Émirats, Pays).
PLURAL = frozenset({"Bahamas", "Comores", "Fidji", "Maldives", "Palaos", "Philippines", "Seychelles", "Tonga"})
PLURAL_FIRST_WORDS = frozenset({"États", "Îles", "Émirats", "Pays"})
#: Masculine first words that end in -e.
MASCULINE_E = frozenset(
    {
        "Belize",
        "Cambodge",
        "Centre",
        "Groupe",
        "Mexique",
        "Mozambique",
        "Mécanisme",
        "Programme",
        "Royaume",
        "Service",
        "Suriname",
        "Zimbabwe",
    }
)
#: Feminine first words that do not end in -e.
FEMININE_OTHER = frozenset({"Cour", "Sierra"})

_VOWELS = "AEIOUÉÈÊËÎÏÔÖÛÜÂÀ"
_QUALIFIED = re.compile(r"(?P<base>.+?) \((?P<qualifier>.+)\)")


def _turned_round(name: str) -> str:
    match = _QUALIFIED.fullmatch(name)
    if match is None:
        return name
    qualifier, base = match["qualifier"], match["base"]
    joined = qualifier.endswith(("'", "’"))  # "République islamique d'" + "Iran"
    return f"{qualifier}{'' if joined else ' '}{base}"


#: Names whose h is silent, so that "de" elides before them.
H_MUET = frozenset({"Haïti"})


def _elides(name: str) -> bool:
    return name[:1].upper() in _VOWELS or name in H_MUET


def french_of(name: str) -> str:
    """``name`` after "of" in French, with its article ("de la France")."""
    name = _turned_round(name.strip())
    if not name:
        return name
    first = re.split(r"[\s-]", name, maxsplit=1)[0]
    if name in NO_ARTICLE:
        return f"d’{name}" if _elides(name) else f"de {name}"
    if name in PLURAL or first in PLURAL_FIRST_WORDS:
        return f"des {name}"
    if _elides(name):
        return f"de l’{name}"
    feminine = first in FEMININE_OTHER or first.endswith("ion") or (first.endswith("e") and first not in MASCULINE_E)
    return f"de la {name}" if feminine else f"du {name}"
