"""API of collaboration records: the records, their versions, evidence and confirmations,
spreadsheet import, the template and export.

Reads go through :mod:`cpcollab.collaboration.selectors`, writes through
:mod:`cpcollab.collaboration.services`; both use the access rules of
:mod:`cpcollab.accounts.access`.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.collaboration import selectors, services, spreadsheet
from cpcollab.collaboration.models import ConfirmationKind, Evidence, Record, RecordStatus, RecordVersion
from cpcollab.core.errors import ValidationFailedError

# --- Serializers -------------------------------------------------------------------------


class PartyOutput(serializers.Serializer):  # type: ignore[type-arg]
    kind = serializers.CharField()
    code = serializers.CharField()
    name = serializers.SerializerMethodField()

    def get_name(self, obj: Any) -> str:
        return str(obj.label("en"))


class EvidenceOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    added_by = serializers.CharField(source="added_by.username", default=None)

    class Meta:
        model = Evidence
        fields = ["id", "statement", "document", "url", "text", "citation", "added_by", "created_at"]


class RecordOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    owner = serializers.CharField(source="owner.code")
    parties = PartyOutput(many=True, source="parties.all")
    kinds: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    themes: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    countries: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="iso3", many=True, read_only=True
    )
    mechanism = serializers.CharField(source="mechanism.code", default=None)
    status = serializers.ChoiceField(choices=RecordStatus.choices)
    start = serializers.CharField()
    end = serializers.CharField()
    evidence = EvidenceOutput(many=True, source="evidence.all")

    class Meta:
        model = Record
        fields = [
            "id",
            "owner",
            "title",
            "description",
            "parties",
            "kinds",
            "themes",
            "countries",
            "start",
            "end",
            "mechanism",
            "status",
            "version",
            "evidence",
            "created_at",
            "updated_at",
        ]


def _codes(max_length: int = 64) -> serializers.ListField:
    return serializers.ListField(child=serializers.CharField(max_length=max_length), required=False, max_length=100)


class RecordInput(serializers.Serializer):  # type: ignore[type-arg]
    title = serializers.CharField(max_length=300)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20_000)
    parties = serializers.ListField(
        child=serializers.CharField(max_length=220),
        min_length=2,
        max_length=100,
        help_text="Actor codes, ISO3 codes of States, or names of other organisations ('other: NAME').",
    )
    kinds = _codes()
    themes = _codes()
    countries = _codes(3)
    start = serializers.CharField(required=False, allow_null=True, allow_blank=True, help_text="2021 or 2021-03-01")
    end = serializers.CharField(required=False, allow_null=True, allow_blank=True, help_text="2021 or 2021-03-01")
    mechanism = serializers.CharField(required=False, allow_null=True, allow_blank=True, max_length=32)
    status = serializers.ChoiceField(choices=RecordStatus.choices, required=False)


class RecordPatchInput(RecordInput):
    version = serializers.IntegerField(min_value=1, help_text="The version you read; a stale one gives 409.")


class EvidenceInput(serializers.Serializer):  # type: ignore[type-arg]
    statement = serializers.IntegerField(required=False, allow_null=True)
    document = serializers.IntegerField(required=False, allow_null=True)
    url = serializers.CharField(required=False, allow_blank=True, max_length=1000)
    text = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class VersionOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    user = serializers.CharField(source="user.username", default=None)

    class Meta:
        model = RecordVersion
        fields = ["number", "action", "user", "created_at", "snapshot"]


class ConfirmationOutput(serializers.Serializer):  # type: ignore[type-arg]
    id = serializers.IntegerField()
    organisation = serializers.CharField(source="organisation.code")
    kind = serializers.ChoiceField(choices=ConfirmationKind.choices)
    text = serializers.CharField()
    user = serializers.CharField(source="user.username", default=None)
    created_at = serializers.DateTimeField()


class ConfirmationInput(serializers.Serializer):  # type: ignore[type-arg]
    kind = serializers.ChoiceField(choices=ConfirmationKind.choices)
    text = serializers.CharField(required=False, allow_blank=True, max_length=5000)


# --- Records -----------------------------------------------------------------------------

FILTERS = [
    OpenApiParameter("actor", str, description="actor code of a party"),
    OpenApiParameter("state", str, description="ISO3 of a State party or of a country where it happens"),
    OpenApiParameter("theme", str, description="theme code"),
    OpenApiParameter("kind", str, description="kind of collaboration"),
    OpenApiParameter("year", int, description="a year within the period"),
    OpenApiParameter("status", str, enum=RecordStatus.values),
    OpenApiParameter("owner", str, description="code of the owner organisation"),
    OpenApiParameter("search", str, description="words in the title or description"),
]


def filtered_records(request: Request) -> QuerySet[Record]:
    """The records the user may read, filtered by the query string (a bad value is a 400)."""
    params = request.query_params
    year = params.get("year", "").strip()
    if year and not year.isdigit():
        raise ValidationFailedError(details={"year": ["Expected a year, e.g. 2021."]})
    status_ = params.get("status", "")
    if status_ and status_ not in RecordStatus.values:
        raise ValidationFailedError(details={"status": [f"Use {' or '.join(RecordStatus.values)}."]})
    return selectors.filter_records(
        selectors.records_for_user(request.user).prefetch_related("evidence__added_by"),
        actor=params.get("actor", "")[:64],
        state=params.get("state", "")[:3],
        theme=params.get("theme", "")[:64],
        kind=params.get("kind", "")[:32],
        year=int(year) if year else None,
        status=status_,
        owner=params.get("owner", "")[:64],
        search=params.get("search", "")[:200],
    )


@extend_schema(tags=["collaboration"])
class RecordListApi(generics.ListAPIView):  # type: ignore[type-arg]
    """Collaboration records you may read: published ones, and your organisation's drafts."""

    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = RecordOutput
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[Record]:
        return filtered_records(self.request)

    @extend_schema(summary="List records", parameters=FILTERS)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Record a collaboration for your organisation", request=RecordInput, responses={201: RecordOutput}
    )
    def post(self, request: Request) -> Response:
        data = RecordInput(data=request.data)
        data.is_valid(raise_exception=True)
        record = services.record_create(user=request.user, **data.validated_data)
        return Response(
            RecordOutput(selectors.access_record(request.user, record.pk)).data, status=status.HTTP_201_CREATED
        )


@extend_schema(tags=["collaboration"])
class RecordDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="One record, with its evidence", responses=RecordOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(RecordOutput(selectors.access_record(request.user, pk)).data)

    @extend_schema(
        summary="Change a record (owner only); send the version you read",
        request=RecordPatchInput,
        responses={200: RecordOutput},
    )
    def patch(self, request: Request, pk: int) -> Response:
        selectors.access_record(request.user, pk, write=True)
        data = RecordPatchInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        if "version" not in changes:
            raise ValidationFailedError(details={"version": ["Send the version you read."]})
        services.record_update(user=request.user, record_id=pk, **changes)
        return Response(RecordOutput(selectors.access_record(request.user, pk)).data)

    @extend_schema(summary="Delete a draft record (owner only)", responses={204: None})
    def delete(self, request: Request, pk: int) -> Response:
        services.record_delete(user=request.user, record_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=["collaboration"])
class RecordPublishApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="Publish a record (owner only)", request=None, responses=RecordOutput)
    def post(self, request: Request, pk: int) -> Response:
        services.record_publish(user=request.user, record_id=pk)
        return Response(RecordOutput(selectors.access_record(request.user, pk)).data)


@extend_schema(tags=["collaboration"])
class RecordUnpublishApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="Take a record back to draft (owner only)", request=None, responses=RecordOutput)
    def post(self, request: Request, pk: int) -> Response:
        services.record_unpublish(user=request.user, record_id=pk)
        return Response(RecordOutput(selectors.access_record(request.user, pk)).data)


@extend_schema(tags=["collaboration"], summary="The version history of a record, newest first")
class RecordVersionsApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticatedOrReadOnly]
    serializer_class = VersionOutput
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[RecordVersion]:
        return selectors.record_versions(selectors.access_record(self.request.user, self.kwargs["pk"]))


@extend_schema(tags=["collaboration"])
class RecordEvidenceApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="The evidence of a record", responses=EvidenceOutput(many=True))
    def get(self, request: Request, pk: int) -> Response:
        record = selectors.access_record(request.user, pk)
        return Response(EvidenceOutput(selectors.record_evidence(record), many=True).data)

    @extend_schema(
        summary="Add evidence: a statement, a document or a web address (owner only)",
        request=EvidenceInput,
        responses={201: EvidenceOutput},
    )
    def post(self, request: Request, pk: int) -> Response:
        data = EvidenceInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        evidence = services.evidence_add(
            user=request.user,
            record_id=pk,
            statement_id=values.get("statement"),
            document_id=values.get("document"),
            url=values.get("url", ""),
            text=values.get("text", ""),
        )
        return Response(EvidenceOutput(evidence).data, status=status.HTTP_201_CREATED)


@extend_schema(tags=["collaboration"])
class RecordEvidenceDetailApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="Remove one piece of evidence (owner only)", responses={204: None})
    def delete(self, request: Request, pk: int, evidence_pk: int) -> Response:
        services.evidence_remove(user=request.user, record_id=pk, evidence_id=evidence_pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=["collaboration"])
class RecordConfirmationsApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(summary="Confirmations and notes of the other participants", responses=ConfirmationOutput(many=True))
    def get(self, request: Request, pk: int) -> Response:
        record = selectors.access_record(request.user, pk)
        return Response(ConfirmationOutput(selectors.record_confirmations(record), many=True).data)

    @extend_schema(
        summary="Confirm a record, or add a note, as another participant (never edits the record)",
        request=ConfirmationInput,
        responses={201: ConfirmationOutput},
    )
    def post(self, request: Request, pk: int) -> Response:
        data = ConfirmationInput(data=request.data)
        data.is_valid(raise_exception=True)
        confirmation = services.confirmation_add(user=request.user, record_id=pk, **data.validated_data)
        return Response(ConfirmationOutput(confirmation).data, status=status.HTTP_201_CREATED)


# --- Spreadsheets ------------------------------------------------------------------------

ImportOutput = inline_serializer(
    "RecordImportResult",
    {"created": serializers.IntegerField(), "records": serializers.ListField(child=serializers.IntegerField())},
)


@extend_schema(tags=["collaboration"])
class RecordImportApi(APIView):
    permission_classes = [IsAuthenticated]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        summary="Import records from a CSV or XLSX file (all rows or none; errors by row and column)",
        request={"multipart/form-data": inline_serializer("RecordImport", {"file": serializers.FileField()})},
        responses={201: ImportOutput},
    )
    def post(self, request: Request) -> Response:
        upload = request.FILES.get("file")
        if upload is None:
            raise ValidationFailedError("Send the file in the multipart field 'file'.", details={"file": ["Required."]})
        if upload.size is not None and upload.size > spreadsheet.MAX_BYTES:
            raise spreadsheet.ImportFileError(
                "The file is too large.", details={"file": [f"At most {spreadsheet.MAX_BYTES // 1048576} MB."]}
            )
        result = services.records_import(user=request.user, filename=upload.name or "records", data=upload.read())
        ids = [r.pk for r in result.records]
        return Response({"created": len(ids), "records": ids}, status=status.HTTP_201_CREATED)


class _FileApi(APIView):
    """Answers files chosen by ``?format=``, which is read here rather than by DRF's content
    negotiation (errors stay JSON)."""

    def perform_content_negotiation(self, request: Request, force: bool = False) -> tuple[BaseRenderer, str]:
        return JSONRenderer(), "application/json"

    @staticmethod
    def file(data: bytes, content_type: str, filename: str) -> HttpResponse:
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @staticmethod
    def format(request: Request, allowed: tuple[str, ...]) -> str:
        fmt = request.query_params.get("format", allowed[0])
        if fmt not in allowed:
            raise ValidationFailedError(details={"format": [f"Use {', '.join(allowed)}."]})
        return fmt


@extend_schema(tags=["collaboration"])
class RecordTemplateApi(_FileApi):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="The import template (who does what, where, when)",
        parameters=[OpenApiParameter("format", str, enum=["csv", "xlsx"])],
        responses={(200, "*/*"): OpenApiTypes.BINARY},
    )
    def get(self, request: Request) -> HttpResponse:
        fmt = self.format(request, ("csv", "xlsx"))
        content_type = spreadsheet.XLSX_TYPE if fmt == "xlsx" else spreadsheet.CSV_TYPE
        return self.file(spreadsheet.template(fmt), content_type, f"collaboration-template.{fmt}")


@extend_schema(tags=["collaboration"])
class RecordExportApi(_FileApi):
    permission_classes = [AllowAny]

    @extend_schema(
        summary="Export the records you may read (same filters as the list)",
        parameters=[OpenApiParameter("format", str, enum=["json", "csv", "xlsx"]), *FILTERS],
        responses={(200, "*/*"): OpenApiTypes.BINARY},
    )
    def get(self, request: Request) -> HttpResponse:
        fmt = self.format(request, ("json", "csv", "xlsx"))
        records = filtered_records(request).order_by("id")
        if fmt == "json":
            items = RecordOutput(records, many=True).data
            return self.file(spreadsheet.to_json(list(items)), spreadsheet.JSON_TYPE, "collaboration-records.json")
        rows = spreadsheet.export_rows(records)
        if fmt == "xlsx":
            return self.file(spreadsheet.to_xlsx(rows), spreadsheet.XLSX_TYPE, "collaboration-records.xlsx")
        return self.file(spreadsheet.to_csv(rows), spreadsheet.CSV_TYPE, "collaboration-records.csv")
