"""API of documents, what the engine found in them, and their ingestion jobs.

Reads go through :mod:`cpcollab.documents.selectors` (the access rules of
:mod:`cpcollab.accounts.access`); writes through :mod:`cpcollab.documents.services`.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.core.errors import ServiceError, ValidationFailedError
from cpcollab.documents import selectors, services
from cpcollab.documents.models import Block, Document, IngestionJob, JobStatus, ReviewStatus, Statement
from cpcollab.documents.storage import read_original

# --- Serializers -------------------------------------------------------------------------


class JobOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = IngestionJob
        fields = [
            "id",
            "document",
            "status",
            "config_hash",
            "error_code",
            "error_message",
            "attempts",
            "statement_count",
            "created_at",
            "started_at",
            "finished_at",
        ]


class DocumentOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    owner = serializers.CharField(source="owner.code")
    status = serializers.SerializerMethodField()
    error = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = [
            "id",
            "owner",
            "filename",
            "sha256",
            "format",
            "byte_size",
            "is_public",
            "symbol",
            "symbols",
            "date",
            "language",
            "title",
            "author",
            "pages",
            "corrected",
            "statement_count",
            "config_hash",
            "status",
            "error",
            "created_at",
            "updated_at",
        ]

    def _job(self, obj: Document) -> IngestionJob | None:
        if not hasattr(obj, "_latest_job"):
            obj._latest_job = selectors.latest_job(obj)  # type: ignore[attr-defined]
        return obj._latest_job  # type: ignore[attr-defined,no-any-return]

    def get_status(self, obj: Document) -> str:
        job = self._job(obj)
        return str(job.status) if job else JobStatus.QUEUED

    def get_error(self, obj: Document) -> dict[str, str] | None:
        job = self._job(obj)
        if job is None or job.status != JobStatus.FAILED:
            return None
        return {"code": job.error_code, "message": job.error_message}


class DocumentInput(serializers.Serializer):  # type: ignore[type-arg]
    symbol = serializers.CharField(max_length=100, required=False, allow_blank=True)
    date = serializers.DateField(required=False, allow_null=True)
    language = serializers.ChoiceField(choices=["", "ar", "zh", "en", "fr", "ru", "es"], required=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    author = serializers.CharField(max_length=32, required=False, allow_blank=True)
    is_public = serializers.BooleanField(required=False)


class BlockOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = Block
        fields = ["index", "kind", "text", "page", "para_number", "level", "language"]


class StatementOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    document = serializers.IntegerField(source="document_id")
    block = serializers.IntegerField(source="block.index")
    citation = serializers.CharField()

    class Meta:
        model = Statement
        fields = [
            "id",
            "document",
            "block",
            "index",
            "start",
            "end",
            "text",
            "language",
            "collaboration",
            "actors",
            "states",
            "participants",
            "kinds",
            "confidence",
            "explanation",
            "page",
            "para_number",
            "citation",
            "review_status",
            "reviewed_at",
        ]


# --- Filters -----------------------------------------------------------------------------


class DocumentFilter(django_filters.FilterSet):
    owner = django_filters.CharFilter(field_name="owner__code")
    symbol = django_filters.CharFilter(lookup_expr="iexact")
    language = django_filters.CharFilter()
    format = django_filters.CharFilter()

    class Meta:
        model = Document
        fields = ["owner", "symbol", "language", "format", "is_public"]


def _json_list_contains(field: str, value: str) -> Q:
    """Rows whose JSON list ``field`` holds the string ``value`` (same on SQLite and PostgreSQL)."""
    return Q(**{f"{field}__icontains": f'"{value}"'})


class StatementFilter(django_filters.FilterSet):
    document = django_filters.NumberFilter(field_name="document_id")
    collaboration = django_filters.ChoiceFilter(choices=[("reported", "reported"), ("called_for", "called_for")])
    review_status = django_filters.ChoiceFilter(choices=ReviewStatus.choices)
    actor = django_filters.CharFilter(method="filter_actor", help_text="an actor code among the participants or actors")
    kind = django_filters.CharFilter(method="filter_kind", help_text="a kind of collaboration")
    state = django_filters.CharFilter(method="filter_state", help_text="ISO3 of a State named")

    class Meta:
        model = Statement
        fields = ["document", "collaboration", "review_status"]

    def filter_actor(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        return queryset.filter(_json_list_contains("actors", value) | _json_list_contains("participants", value))

    def filter_kind(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        return queryset.filter(_json_list_contains("kinds", value))

    def filter_state(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        return queryset.filter(_json_list_contains("states", value.upper()))


# --- Views -------------------------------------------------------------------------------

UploadResult = inline_serializer(
    "UploadResult",
    {
        "filename": serializers.CharField(),
        "created": serializers.BooleanField(required=False),
        "document": DocumentOutput(required=False),
        "job": JobOutput(required=False),
        "error": serializers.DictField(required=False),
    },
)


@extend_schema(tags=["documents"])
class DocumentListApi(generics.ListAPIView):  # type: ignore[type-arg]
    """Documents you may read: your organisation's, and public ones (all, for the Secretariat)."""

    permission_classes = [IsAuthenticatedOrReadOnly]
    parser_classes = [MultiPartParser, FormParser, JSONParser]
    serializer_class = DocumentOutput
    filterset_class = DocumentFilter
    search_fields = ["filename", "symbol", "title"]
    ordering_fields = ["created_at", "date", "symbol"]

    def get_queryset(self) -> QuerySet[Document]:
        return selectors.documents_for_user(self.request.user)

    @extend_schema(
        summary="Upload one or more report files (multipart field `files`); each is ingested",
        request={
            "multipart/form-data": inline_serializer(
                "DocumentUpload",
                {
                    "files": serializers.ListField(child=serializers.FileField()),
                    "is_public": serializers.BooleanField(required=False),
                },
            )
        },
        responses={201: UploadResult, 207: UploadResult},
    )
    def post(self, request: Request) -> Response:
        files = request.FILES.getlist("files") or request.FILES.getlist("file")
        if not files:
            raise ValidationFailedError(
                "Send the files in the multipart field 'files'.", details={"files": ["Required."]}
            )
        is_public = str(request.data.get("is_public", "")).lower() in ("1", "true", "on", "yes")
        results: list[dict[str, Any]] = []
        for upload in files:
            if upload.size is not None and upload.size > services.max_upload_bytes():
                error: ServiceError = services.FileTooLargeError(f"{upload.name}: the file is too large.")
                if len(files) == 1:
                    raise error
                results.append({"filename": upload.name, "error": {"code": error.code, "message": error.message}})
                continue
            try:
                done = services.document_upload(
                    user=request.user, filename=upload.name or "document", data=upload.read(), is_public=is_public
                )
            except ServiceError as exc:
                if len(files) == 1:
                    raise
                results.append({"filename": upload.name, "error": {"code": exc.code, "message": exc.message}})
                continue
            done.job.refresh_from_db()
            done.document.refresh_from_db()
            results.append(
                {
                    "filename": upload.name,
                    "created": done.created,
                    "document": DocumentOutput(done.document).data,
                    "job": JobOutput(done.job).data,
                }
            )
        failed = any("error" in r for r in results)
        return Response(
            {"results": results}, status=status.HTTP_207_MULTI_STATUS if failed else status.HTTP_201_CREATED
        )


@extend_schema(tags=["documents"])
class DocumentDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="One document, with the status of its ingestion", responses=DocumentOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(DocumentOutput(selectors.access_document(request.user, pk)).data)

    @extend_schema(
        summary="Correct a document's metadata, or make it public (owner only)",
        request=DocumentInput,
        responses=DocumentOutput,
    )
    def patch(self, request: Request, pk: int) -> Response:
        data = DocumentInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        document = services.document_update(user=request.user, document_id=pk, **data.validated_data)
        return Response(DocumentOutput(document).data)


@extend_schema(tags=["documents"])
class DocumentOriginalApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="The original file, byte for byte", responses={(200, "*/*"): OpenApiTypes.BINARY})
    def get(self, request: Request, pk: int) -> HttpResponse:
        document = selectors.access_document(request.user, pk)
        response = HttpResponse(read_original(document.sha256), content_type="application/octet-stream")
        response["Content-Disposition"] = f'attachment; filename="{document.filename.replace(chr(34), "")}"'
        response["X-Content-SHA256"] = document.sha256
        return response


@extend_schema(tags=["documents"])
class DocumentReingestApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Ingest a document again with the current pipeline (owner only)",
        request=None,
        responses={202: JobOutput},
    )
    def post(self, request: Request, pk: int) -> Response:
        job = services.document_reingest(user=request.user, document_id=pk)
        job.refresh_from_db()
        return Response(JobOutput(job).data, status=status.HTTP_202_ACCEPTED)


@extend_schema(tags=["documents"], summary="The text blocks of a document, in reading order")
class DocumentBlocksApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = BlockOutput
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[Block]:
        return selectors.document_blocks(selectors.access_document(self.request.user, self.kwargs["pk"]))


@extend_schema(
    tags=["documents"],
    summary="Collaboration statements found in the documents you may read",
    parameters=[OpenApiParameter("actor", str), OpenApiParameter("kind", str), OpenApiParameter("state", str)],
)
class StatementListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = StatementOutput
    filterset_class = StatementFilter
    search_fields = ["text"]
    ordering_fields = ["confidence", "document", "index"]

    def get_queryset(self) -> QuerySet[Statement]:
        return selectors.statements_for_user(self.request.user).select_related("block").order_by("document", "index")


@extend_schema(tags=["documents"])
class StatementDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="One statement, with its evidence and citation", responses=StatementOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(StatementOutput(selectors.access_statement(request.user, pk)).data)


@extend_schema(tags=["documents"])
class JobDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="One ingestion job: queued, running, done or failed (with the error)", responses=JobOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(JobOutput(selectors.access_job(request.user, pk)).data)
