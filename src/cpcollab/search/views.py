"""The search page: a form, filters, and highlighted results with their citations."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from cpcollab.registry.models import CollaborationKind
from cpcollab.search import selectors
from cpcollab.search.models import EntryKind


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    type = forms.ChoiceField(label=_("Search in"), required=False, choices=[("", _("Everything")), *EntryKind.choices])
    actor = forms.CharField(label=_("Actor code"), max_length=32, required=False)
    state = forms.CharField(label=_("State (ISO3)"), max_length=3, required=False)
    theme = forms.CharField(label=_("Theme code"), max_length=64, required=False)
    kind = forms.ChoiceField(label=_("Kind of collaboration"), required=False)
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2100, required=False)
    symbol = forms.CharField(label=_("Symbol"), max_length=100, required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        kinds = [(k.code, k.name()) for k in CollaborationKind.objects.order_by("position")]
        self.fields["kind"].choices = [("", _("Any kind")), *kinds]  # type: ignore[attr-defined]


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    found = None
    if form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        filters = selectors.Filters(
            actor=data["actor"],
            state=data["state"],
            theme=data["theme"],
            kind=data["kind"],
            year=data["year"],
            symbol=data["symbol"],
        )
        try:
            page = int(request.GET.get("page", "1"))
        except ValueError:
            page = 1
        found = selectors.search(
            request.user, data["q"], filters=filters, kinds=(data["type"],) if data["type"] else (), page=page
        )
    labels = dict(EntryKind.choices)
    results = [
        {
            "result": result,
            "label": labels.get(result.kind, result.kind),
            "snippet": mark_safe(result.snippet),  # noqa: S308 - escaped by highlight.snippet
        }
        for result in (found.results if found else [])
    ]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "search/search.html",
        {"form": form, "found": found, "results": results, "query_string": query.urlencode()},
    )
