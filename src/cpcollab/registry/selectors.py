"""Reads of the registry (public reference data: no access check needed)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from cpcollab.core.errors import NotFoundError
from cpcollab.reference.text import fold
from cpcollab.registry.models import (
    Actor,
    CollaborationKind,
    Country,
    CountryStatus,
    Mechanism,
    MechanismMembership,
    Theme,
)


def _search(queryset: QuerySet, text: str) -> QuerySet:  # type: ignore[type-arg]
    for term in fold(text).split():
        queryset = queryset.filter(search_text__contains=term)
    return queryset


def actor_list(*, search: str = "", type: str = "") -> QuerySet[Actor]:
    queryset = Actor.objects.select_related("parent")
    if type:
        queryset = queryset.filter(type=type)
    return _search(queryset, search) if search else queryset


def actor_get(*, code: str) -> Actor:
    """One actor with everything its page and API show, by code (case-insensitive)."""
    queryset = Actor.objects.select_related("parent").prefetch_related(
        "reporting_lines",
        "mandates",
        "children",
        Prefetch("memberships", queryset=MechanismMembership.objects.select_related("mechanism")),
    )
    try:
        return queryset.get(code__iexact=code)
    except Actor.DoesNotExist:
        raise NotFoundError("Actor not found.") from None


def actors_by_code(codes: set[str]) -> dict[str, Actor]:
    return {a.code: a for a in Actor.objects.filter(code__in=codes)}


def country_list(*, search: str = "", status: str = "", region: str = "") -> QuerySet[Country]:
    queryset = Country.objects.all()
    if status:
        queryset = queryset.filter(status=status)
    if region:
        queryset = queryset.filter(region_code=region)
    return _search(queryset, search) if search else queryset


def country_get(*, iso3: str) -> Country:
    try:
        return Country.objects.get(iso3=iso3.upper())
    except Country.DoesNotExist:
        raise NotFoundError("Country not found.") from None


def theme_tree() -> list[tuple[Theme, list[Theme]]]:
    """Every theme, as (node, children) pairs ready to render top-down, in one query."""
    themes = list(Theme.objects.all())
    children: dict[int | None, list[Theme]] = {}
    for theme in themes:
        children.setdefault(theme.parent_id, []).append(theme)
    for theme in themes:
        theme.child_nodes = children.get(theme.pk, [])  # type: ignore[attr-defined]
    return [(root, children.get(root.pk, [])) for root in children.get(None, [])]


def theme_get(*, code: str) -> Theme:
    try:
        return Theme.objects.select_related("parent").prefetch_related("children", "related").get(code=code)
    except Theme.DoesNotExist:
        raise NotFoundError("Theme not found.") from None


def mechanism_list(*, search: str = "") -> QuerySet[Mechanism]:
    queryset = Mechanism.objects.prefetch_related(
        Prefetch("memberships", queryset=MechanismMembership.objects.select_related("actor"))
    )
    return _search(queryset, search) if search else queryset


def mechanism_get(*, code: str) -> Mechanism:
    try:
        return mechanism_list().get(code__iexact=code)
    except Mechanism.DoesNotExist:
        raise NotFoundError("Mechanism not found.") from None


def kind_list() -> QuerySet[CollaborationKind]:
    return CollaborationKind.objects.all()


@dataclass(frozen=True)
class RegistrySummary:
    actors: int
    member_states: int
    themes: int
    mechanisms: int


def registry_summary() -> RegistrySummary:
    return RegistrySummary(
        actors=Actor.objects.exclude(type="collective").count(),
        member_states=Country.objects.filter(status=CountryStatus.MEMBER_STATE).count(),
        themes=Theme.objects.filter(kind="item").count(),
        mechanisms=Mechanism.objects.count(),
    )
