"""Read-only API of the registry: actors, countries and Member States, themes, mechanisms."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import generics, serializers
from rest_framework.permissions import AllowAny

from cpcollab.registry import selectors
from cpcollab.registry.models import (
    Actor,
    ActorType,
    CollaborationKind,
    Country,
    CountryStatus,
    Mechanism,
    MechanismMembership,
    Theme,
    ThemeKind,
)

# --- Serializers -------------------------------------------------------------------------


class NamesField(serializers.JSONField):
    """Names keyed by language code: ar, zh, en, fr, ru, es."""


_TEXTS = {"type": "array", "items": {"type": "string"}}
_LOCAL_NAME = {
    "type": "object",
    "properties": {"full": {"type": "string"}, "short": {"type": "string"}, "acronyms": _TEXTS, "aliases": _TEXTS},
}


@extend_schema_field({"type": "object", "additionalProperties": _LOCAL_NAME})
class EntityNamesField(NamesField):
    pass


@extend_schema_field({"type": "object", "additionalProperties": {"type": "string"}})
class LabelsField(NamesField):
    pass


class ReportingLineSerializer(serializers.Serializer):  # type: ignore[type-arg]
    body = serializers.CharField()
    channel = serializers.CharField()


class MandateSerializer(serializers.Serializer):  # type: ignore[type-arg]
    symbol = serializers.CharField()
    year = serializers.IntegerField()
    paragraph = serializers.CharField()
    body = serializers.CharField()
    note = serializers.CharField()


class MembershipOfActorSerializer(serializers.Serializer):  # type: ignore[type-arg]
    mechanism = serializers.CharField(source="mechanism.code")
    role = serializers.CharField()


class ActorOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    parent = serializers.CharField(source="parent.code", allow_null=True, default=None)  # type: ignore[assignment]
    names = EntityNamesField()
    reports_to = ReportingLineSerializer(source="reporting_lines", many=True)
    mandates = MandateSerializer(many=True)
    mechanisms = MembershipOfActorSerializer(source="memberships", many=True)

    class Meta:
        model = Actor
        fields = [
            "code",
            "annotation_code",
            "type",
            "independent_mandate",
            "parent",
            "names",
            "website",
            "reports_to",
            "mandates",
            "mechanisms",
        ]


class CountryOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    names = NamesField()

    class Meta:
        model = Country
        fields = ["iso3", "iso2", "m49", "status", "region_code", "region", "subregion_code", "subregion", "names"]


class ThemeOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    parent = serializers.CharField(source="parent.code", allow_null=True, default=None)  # type: ignore[assignment]
    names = LabelsField()
    keywords = NamesField()
    related = serializers.SlugRelatedField[Theme](slug_field="code", many=True, read_only=True)

    class Meta:
        model = Theme
        fields = ["code", "parent", "kind", "ref", "names", "keywords", "related"]


class MemberSerializer(serializers.Serializer):  # type: ignore[type-arg]
    actor = serializers.CharField(source="actor.code")
    role = serializers.CharField()


class MechanismOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    names = EntityNamesField()
    established_by = serializers.JSONField()
    members = MemberSerializer(source="memberships", many=True)

    class Meta:
        model = Mechanism
        fields = ["code", "names", "description", "established_year", "established_by", "members"]


class CollaborationKindOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    names = LabelsField()
    description = LabelsField()

    class Meta:
        model = CollaborationKind
        fields = ["code", "names", "description"]


# --- Filters -----------------------------------------------------------------------------


class ActorFilter(django_filters.FilterSet):
    type = django_filters.ChoiceFilter(choices=ActorType.choices)
    independent_mandate = django_filters.BooleanFilter()
    parent = django_filters.CharFilter(field_name="parent__code")
    reports_to = django_filters.CharFilter(field_name="reporting_lines__body", distinct=True)
    mandate = django_filters.CharFilter(field_name="mandates__symbol", distinct=True)

    class Meta:
        model = Actor
        fields = ["type", "independent_mandate", "parent", "reports_to", "mandate"]


class CountryFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=CountryStatus.choices)
    region_code = django_filters.NumberFilter()
    subregion_code = django_filters.NumberFilter()
    m49 = django_filters.NumberFilter()
    iso2 = django_filters.CharFilter(lookup_expr="iexact")

    class Meta:
        model = Country
        fields = ["status", "region_code", "subregion_code", "m49", "iso2"]


class ThemeFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=ThemeKind.choices)
    parent = django_filters.CharFilter(field_name="parent__code")
    scheme = django_filters.CharFilter(method="filter_scheme", label="Code of the top-level scheme")

    class Meta:
        model = Theme
        fields = ["kind", "parent", "scheme"]

    def filter_scheme(self, queryset: QuerySet[Theme], name: str, value: str) -> QuerySet[Theme]:
        codes = {value}
        frontier = {value}
        parents = dict(Theme.objects.values_list("code", "parent__code"))
        while frontier:
            frontier = {code for code, parent in parents.items() if parent in frontier} - codes
            codes |= frontier
        return queryset.filter(code__in=codes)


class MechanismFilter(django_filters.FilterSet):
    member = django_filters.CharFilter(field_name="memberships__actor__code", distinct=True)

    class Meta:
        model = Mechanism
        fields = ["member"]


# --- Views -------------------------------------------------------------------------------

_ACTOR_PREFETCH = (
    "reporting_lines",
    "mandates",
    Prefetch("memberships", queryset=MechanismMembership.objects.select_related("mechanism")),
)


@extend_schema(tags=["registry"], summary="List actors (names in the six official languages)")
class ActorListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = ActorOutput
    filterset_class = ActorFilter
    search_fields = ["search_text"]
    ordering_fields = ["code", "sort_key"]
    ordering = ["sort_key"]

    def get_queryset(self) -> QuerySet[Actor]:
        return selectors.actor_list().prefetch_related(*_ACTOR_PREFETCH)


@extend_schema(tags=["registry"], summary="One actor, by code")
class ActorDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = ActorOutput

    def get_object(self) -> Actor:
        return selectors.actor_get(code=self.kwargs["code"])


@extend_schema(tags=["registry"], summary="List countries and territories (all statuses)")
class CountryListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = CountryOutput
    filterset_class = CountryFilter
    search_fields = ["search_text"]
    ordering_fields = ["iso3", "m49", "sort_key"]
    ordering = ["sort_key"]

    def get_queryset(self) -> QuerySet[Country]:
        return selectors.country_list()


@extend_schema(tags=["registry"], summary="List the 193 Member States")
class MemberStateListApi(CountryListApi):
    def get_queryset(self) -> QuerySet[Country]:
        return selectors.country_list(status=CountryStatus.MEMBER_STATE)


@extend_schema(tags=["registry"], summary="One country or territory, by ISO 3166-1 alpha-3 code")
class CountryDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = CountryOutput

    def get_object(self) -> Country:
        return selectors.country_get(iso3=self.kwargs["iso3"])


@extend_schema(tags=["registry"], summary="List themes (one hierarchical taxonomy)")
class ThemeListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = ThemeOutput
    filterset_class = ThemeFilter
    search_fields = ["search_text"]
    ordering_fields = ["code", "position"]
    ordering = ["position"]

    def get_queryset(self) -> QuerySet[Theme]:
        return Theme.objects.select_related("parent").prefetch_related("related")


@extend_schema(tags=["registry"], summary="One theme, by code")
class ThemeDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = ThemeOutput

    def get_object(self) -> Theme:
        return selectors.theme_get(code=self.kwargs["code"])


@extend_schema(tags=["registry"], summary="List inter-agency mechanisms and their members")
class MechanismListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = MechanismOutput
    filterset_class = MechanismFilter
    search_fields = ["search_text"]
    ordering_fields = ["code", "sort_key"]
    ordering = ["sort_key"]

    def get_queryset(self) -> QuerySet[Mechanism]:
        return selectors.mechanism_list()


@extend_schema(tags=["registry"], summary="One mechanism, by code")
class MechanismDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = MechanismOutput

    def get_object(self) -> Mechanism:
        return selectors.mechanism_get(code=self.kwargs["code"])


@extend_schema(tags=["registry"], summary="The six kinds of collaboration")
class CollaborationKindListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = CollaborationKindOutput
    pagination_class = None
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[CollaborationKind]:
        return selectors.kind_list()
