"""Pages of the registry: actors, Member States, themes, mechanisms."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cpcollab.registry import selectors
from cpcollab.registry.models import ActorType, CountryStatus


@require_GET
def actor_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")[:100]
    kind = request.GET.get("type", "")
    actors = selectors.actor_list(search=search, type=kind if kind in ActorType.values else "")
    groups: dict[str, list[object]] = {}
    for actor in actors:
        groups.setdefault(actor.get_type_display(), []).append(actor)
    return render(
        request,
        "registry/actor_list.html",
        {"groups": groups, "q": search, "type": kind, "types": ActorType.choices, "count": len(actors)},
    )


@require_GET
def actor_detail(request: HttpRequest, code: str) -> HttpResponse:
    actor = selectors.actor_get(code=code)
    bodies = selectors.actors_by_code(
        {line.body for line in actor.reporting_lines.all()} | {m.body for m in actor.mandates.all()}
    )
    return render(request, "registry/actor_detail.html", {"actor": actor, "bodies": bodies})


@require_GET
def country_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "")[:100]
    status = request.GET.get("status", CountryStatus.MEMBER_STATE)
    if status not in CountryStatus.values and status != "all":
        status = CountryStatus.MEMBER_STATE
    countries = selectors.country_list(search=search, status="" if status == "all" else status)
    by_region: dict[str, list[object]] = {}
    for country in countries.order_by("region", "sort_key"):
        by_region.setdefault(country.region or "—", []).append(country)
    return render(
        request,
        "registry/country_list.html",
        {
            "by_region": by_region,
            "q": search,
            "status": status,
            "statuses": CountryStatus.choices,
            "count": countries.count(),
        },
    )


@require_GET
def country_detail(request: HttpRequest, iso3: str) -> HttpResponse:
    return render(request, "registry/country_detail.html", {"country": selectors.country_get(iso3=iso3)})


@require_GET
def theme_list(request: HttpRequest) -> HttpResponse:
    return render(request, "registry/theme_list.html", {"tree": selectors.theme_tree()})


@require_GET
def theme_detail(request: HttpRequest, code: str) -> HttpResponse:
    return render(request, "registry/theme_detail.html", {"theme": selectors.theme_get(code=code)})


@require_GET
def mechanism_list(request: HttpRequest) -> HttpResponse:
    return render(request, "registry/mechanism_list.html", {"mechanisms": selectors.mechanism_list()})


@require_GET
def mechanism_detail(request: HttpRequest, code: str) -> HttpResponse:
    return render(request, "registry/mechanism_detail.html", {"mechanism": selectors.mechanism_get(code=code)})
