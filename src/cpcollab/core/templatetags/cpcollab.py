"""Template filters for multilingual data."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language_info

from cpcollab.reference.languages import RTL_LANGUAGES

register = template.Library()

_DJANGO_CODES = {"zh": "zh-hans"}


@register.filter
def language_name(code: str) -> str:
    """The name of a data language code in that language (``fr`` → ``Français``)."""
    try:
        return str(get_language_info(_DJANGO_CODES.get(code, code))["name_local"])
    except KeyError:
        return code


@register.filter
def direction(code: str) -> str:
    """``rtl`` for Arabic, ``ltr`` otherwise."""
    return "rtl" if code in RTL_LANGUAGES else "ltr"


@register.filter
def local(names: dict[str, object], lang: str) -> object:
    """``names[lang]``, falling back to English."""
    if not isinstance(names, dict):
        return ""
    return names.get(lang) or names.get("en") or ""


@register.filter
def item(mapping: dict[str, object], key: str) -> object:
    """``mapping[key]``, or ``None``."""
    return mapping.get(key) if isinstance(mapping, dict) else None
