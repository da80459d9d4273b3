"""Forms of the documents pages: upload, metadata correction, statement correction."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cpcollab.documents.models import Document

LANGUAGE_CHOICES = [
    ("", "—"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
]


class MetadataForm(forms.Form):
    symbol = forms.CharField(label=_("Symbol"), max_length=100, required=False)
    date = forms.DateField(label=_("Date"), required=False, help_text=_("YYYY-MM-DD"))
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGE_CHOICES, required=False)
    title = forms.CharField(label=_("Title"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    author = forms.CharField(
        label=_("Author"), max_length=32, required=False, help_text=_("Actor code of the author, such as UNICEF.")
    )
    is_public = forms.BooleanField(label=_("Public: everyone may read this document"), required=False)

    @classmethod
    def for_document(cls, document: Document, data: Any = None) -> MetadataForm:
        initial = {name: getattr(document, name) for name in (*Document.METADATA_FIELDS, "is_public")}
        return cls(data, initial=initial)

    def changed_fields(self, document: Document) -> dict[str, Any]:
        """The cleaned values that differ from the document's: only those count as corrections."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value != getattr(document, name) and not (value in ("", None) and getattr(document, name) in ("", None))
        }


_SEPARATORS = re.compile(r"[\s,;]+")


def codes(value: str) -> list[str]:
    """``"unicef, WHO; ken"`` → ``["UNICEF", "WHO", "KEN"]`` (order kept, duplicates dropped)."""
    return list(dict.fromkeys(part.upper() for part in _SEPARATORS.split(value or "") if part))


class StatementCorrectForm(forms.Form):
    participants = forms.CharField(label=_("Participants"), max_length=500, required=False)
    kinds = forms.MultipleChoiceField(label=_("Kinds"), required=False, widget=forms.CheckboxSelectMultiple)
    themes = forms.CharField(label=_("Themes"), max_length=500, required=False)
    countries = forms.CharField(label=_("Countries"), max_length=500, required=False)
    years = forms.CharField(label=_("Years"), max_length=200, required=False)

    def __init__(self, *args: Any, kinds: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kinds"].choices = list(kinds.items())  # type: ignore[attr-defined]

    def clean_participants(self) -> list[str]:
        return codes(self.cleaned_data["participants"])

    def clean_countries(self) -> list[str]:
        return codes(self.cleaned_data["countries"])

    def clean_themes(self) -> list[str]:
        return [part for part in _SEPARATORS.split(self.cleaned_data["themes"] or "") if part]

    def clean_years(self) -> list[int]:
        parts = [part for part in _SEPARATORS.split(self.cleaned_data["years"] or "") if part]
        if not all(part.isdigit() and 1945 <= int(part) <= 2100 for part in parts):
            raise forms.ValidationError(_("Give years as four digits, such as 2024."))
        return sorted({int(part) for part in parts})
