"""``GET /api/v1/search/``: full-text search over what the caller may read."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticatedOrReadOnly
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.search import selectors
from cpcollab.search.models import EntryKind


class SearchInput(serializers.Serializer):  # type: ignore[type-arg]
    q = serializers.CharField(max_length=200, help_text='words and "quoted phrases"; -word excludes')
    type = serializers.MultipleChoiceField(choices=EntryKind.values, required=False)
    actor = serializers.CharField(max_length=32, required=False, allow_blank=True)
    state = serializers.CharField(max_length=3, required=False, allow_blank=True)
    theme = serializers.CharField(max_length=64, required=False, allow_blank=True)
    kind = serializers.CharField(max_length=64, required=False, allow_blank=True)
    year = serializers.IntegerField(min_value=1900, max_value=2100, required=False)
    symbol = serializers.CharField(max_length=100, required=False, allow_blank=True)
    page = serializers.IntegerField(min_value=1, required=False, default=1)
    page_size = serializers.IntegerField(min_value=1, max_value=100, required=False, default=selectors.PAGE_SIZE)


class CitationOutput(serializers.Serializer):  # type: ignore[type-arg]
    symbol = serializers.CharField()
    page = serializers.IntegerField(allow_null=True)
    paragraph = serializers.CharField()
    text = serializers.CharField()


class ResultOutput(serializers.Serializer):  # type: ignore[type-arg]
    kind = serializers.ChoiceField(choices=EntryKind.values)
    id = serializers.IntegerField()
    document = serializers.IntegerField(allow_null=True)
    title = serializers.CharField()
    snippet = serializers.CharField(help_text="HTML: the text escaped, the matches in <mark>")
    citation = CitationOutput()
    url = serializers.CharField()
    language = serializers.CharField()
    relevance = serializers.FloatField(
        help_text="how closely the text matches the query; orders results, judges no one"
    )


class SearchOutput(serializers.Serializer):  # type: ignore[type-arg]
    query = serializers.CharField()
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    results = ResultOutput(many=True)


def read_params(data: Any) -> tuple[dict[str, Any], selectors.Filters]:
    """Validated search parameters (raises the API's validation error)."""
    params = SearchInput(data={key: data.getlist(key) if key == "type" else data.get(key) for key in data})
    params.is_valid(raise_exception=True)
    values = params.validated_data
    filters = selectors.Filters(
        actor=values.get("actor") or "",
        state=values.get("state") or "",
        theme=values.get("theme") or "",
        kind=values.get("kind") or "",
        year=values.get("year"),
        symbol=values.get("symbol") or "",
    )
    return values, filters


@extend_schema(tags=["search"])
class SearchApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(
        summary="Search documents, statements and collaboration records you may read",
        parameters=[SearchInput],
        responses=SearchOutput,
    )
    def get(self, request: Request) -> Response:
        values, filters = read_params(request.query_params)
        found = selectors.search(
            request.user,
            values["q"],
            filters=filters,
            kinds=tuple(sorted(values.get("type") or ())),
            page=values["page"],
            page_size=values["page_size"],
        )
        return Response(
            SearchOutput(
                {
                    "query": found.query,
                    "count": found.total,
                    "page": found.page,
                    "pages": found.pages,
                    "results": [result.as_dict() for result in found.results],
                }
            ).data
        )
