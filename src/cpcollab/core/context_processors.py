"""What every page's layout needs: the six languages, direction, navigation."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language, get_language_info

from cpcollab.accounts.access import can_browse_audit
from cpcollab.reference.languages import RTL_LANGUAGES, data_language


def layout(request: HttpRequest) -> dict[str, Any]:
    current = get_language() or settings.LANGUAGE_CODE
    return {
        "ui_languages": [
            {"code": code, "name": get_language_info(code)["name_local"], "current": code == current}
            for code, _name in settings.LANGUAGES
        ],
        "data_lang": data_language(current),
        "text_direction": "rtl" if data_language(current) in RTL_LANGUAGES else "ltr",
        "can_browse_audit": can_browse_audit(request.user) if hasattr(request, "user") else False,
    }
