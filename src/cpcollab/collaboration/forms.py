"""Forms of the record pages. They only collect text; the services check it (the same rules
as the API and the spreadsheet import), and their errors are shown on the fields."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from cpcollab.collaboration.fields import Registry
from cpcollab.collaboration.models import ConfirmationKind, RecordStatus
from cpcollab.collaboration.spreadsheet import export_row
from cpcollab.core.errors import ValidationFailedError
from cpcollab.registry.models import CollaborationKind, Mechanism

SEPARATED = _("Separated by semicolons.")


class RecordForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    parties = forms.CharField(
        label=_("Parties"),
        max_length=5000,
        help_text=_(
            "Two or more, separated by semicolons: actor codes (UNICEF), ISO3 codes of States (KEN) or names of "
            "other organisations."
        ),
    )
    kinds = forms.MultipleChoiceField(
        label=_("Kinds of collaboration"), required=False, widget=forms.CheckboxSelectMultiple
    )
    themes = forms.CharField(label=_("Themes"), required=False, max_length=5000, help_text=SEPARATED)
    countries = forms.CharField(
        label=_("Countries"), required=False, max_length=2000, help_text=_("ISO3 codes, separated by semicolons.")
    )
    start = forms.CharField(
        label=_("Start"), required=False, max_length=10, help_text=_("A year or a date (2021-03-01).")
    )
    end = forms.CharField(label=_("End"), required=False, max_length=10, help_text=_("A year or a date (2021-03-01)."))
    mechanism = forms.ChoiceField(label=_("Mechanism"), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=RecordStatus.choices, initial=RecordStatus.DRAFT)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kinds = cast(forms.ChoiceField, self.fields["kinds"])
        mechanism = cast(forms.ChoiceField, self.fields["mechanism"])
        kinds.choices = [(k.code, k.name()) for k in CollaborationKind.objects.order_by("position")]
        mechanism.choices = [("", "—")] + [(m.code, f"{m.code} – {m.short_name()}") for m in Mechanism.objects.all()]
        if editing:
            del self.fields["status"]

    def service_values(self) -> dict[str, Any]:
        """The cleaned values as the services take them."""
        values = dict(self.cleaned_data)
        values.pop("version", None)
        for name in ("parties", "themes", "countries"):
            values[name] = [v.strip() for v in values[name].split(";") if v.strip()]
        values["mechanism"] = values["mechanism"] or None
        return values

    def add_service_errors(self, error: ValidationFailedError) -> None:
        details = error.details if isinstance(error.details, dict) else {}
        for name, messages in details.items():
            for message in messages if isinstance(messages, list) else [messages]:
                self.add_error(name if name in self.fields else None, str(message))
        if not details:
            self.add_error(None, error.message)


def record_initial(record: Any) -> dict[str, Any]:
    """A record's fields as the form shows them (lists joined by semicolons)."""
    row = export_row(record, Registry())
    return {
        **{
            name: row[name]
            for name in ("title", "description", "parties", "themes", "countries", "start", "end", "mechanism")
        },
        "kinds": [k.code for k in record.kinds.all()],
        "version": record.version,
    }


class ConfirmationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ConfirmationKind.choices)
    text = forms.CharField(label=_("Text"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))


class EvidenceForm(forms.Form):
    url = forms.URLField(label=_("Web address"), max_length=1000, assume_scheme="https")
    text = forms.CharField(label=_("Note"), required=False, max_length=5000)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV or XLSX file"))
