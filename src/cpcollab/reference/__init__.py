"""Reference facts shared by the registry and the engine (no Django here).

>>> from cpcollab import reference
>>> len([c for c in reference.countries() if c.status == "member_state"])
193
"""

from cpcollab.reference.languages import LANGUAGES, RTL_LANGUAGES, data_language
from cpcollab.reference.loader import (
    ReferenceDataError,
    actors,
    countries,
    kinds,
    mechanisms,
    themes,
)

__all__ = [
    "LANGUAGES",
    "RTL_LANGUAGES",
    "ReferenceDataError",
    "actors",
    "countries",
    "data_language",
    "kinds",
    "mechanisms",
    "themes",
]
