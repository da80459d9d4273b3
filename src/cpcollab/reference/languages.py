"""The six official languages of the United Nations.

Data files and the engine use the two-letter codes below; Django's URL prefixes and locale
folders use ``zh-hans`` for Chinese. :func:`data_language` maps one to the other.
"""

from __future__ import annotations

#: Language codes in the UN's order (Arabic, Chinese, English, French, Russian, Spanish).
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})
#: Each language in its own name, as a language picker shows it.
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def data_language(code: str | None) -> str:
    """Map a Django or BCP 47 language code (``zh-hans``, ``fr-CH``) to a data code (``zh``, ``fr``).

    Unknown or empty codes fall back to English.
    """
    base = (code or "").lower().split("-")[0].split("_")[0]
    return base if base in LANGUAGES else "en"
