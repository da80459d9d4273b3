"""API of reporting cycles, calls for inputs, recipients and submissions.

Reads go through :mod:`cpcollab.inputs.selectors`; writes through :mod:`cpcollab.inputs.services`.
"""

from __future__ import annotations

import json
from typing import Any

from django.db.models import QuerySet
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.accounts.access import require
from cpcollab.accounts.roles import Capability
from cpcollab.core.errors import ValidationFailedError
from cpcollab.inputs import selectors, services
from cpcollab.inputs.export import cycle_export_zip
from cpcollab.inputs.models import Call, Channel, Question, Recipient, ReportingCycle, Submission, SubmissionVersion
from cpcollab.inputs.prefill import prefill
from cpcollab.reference.languages import LANGUAGES

# --- Serializers -------------------------------------------------------------------------


class QuestionOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    themes: Any = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = Question
        fields = ["order", "text", "help_text", "themes"]


class CallOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    questions = QuestionOutput(many=True, read_only=True)

    class Meta:
        model = Call
        fields = ["id", "title", "questions", "created_at"]


class CycleOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    calls = CallOutput(many=True, read_only=True)

    class Meta:
        model = ReportingCycle
        fields = ["id", *ReportingCycle.FIELDS, "calls", "created_at"]


class CycleInput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = ReportingCycle
        fields = list(ReportingCycle.FIELDS)


class CallInput(serializers.Serializer):  # type: ignore[type-arg]
    title = serializers.CharField(max_length=300)
    questions = serializers.ListField(
        child=serializers.DictField(), help_text="Each: text and help_text ({language: text}), themes (codes)."
    )
    all_member_states = serializers.BooleanField(required=False, default=False)
    recipients = serializers.ListField(child=serializers.CharField(), required=False, default=list)


class RecipientOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    cycle = serializers.CharField(source="call.cycle.code")
    organisation = serializers.CharField(source="organisation.code")
    status = serializers.SerializerMethodField()
    submission = serializers.SerializerMethodField()

    class Meta:
        model = Recipient
        fields = [
            "id",
            "cycle",
            "call",
            "organisation",
            "group",
            "status",
            "submission",
            "letter_generated_at",
            "sent_at",
            "acknowledged_at",
        ]

    def get_status(self, obj: Recipient) -> str:
        return selectors.recipient_status(obj)

    def get_submission(self, obj: Recipient) -> int | None:
        submission = getattr(obj, "submission", None)
        return submission.pk if submission is not None else None


class VersionOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    documents: Any = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = SubmissionVersion
        fields = [
            "id",
            "number",
            "answers",
            "language",
            "channel",
            "received_on",
            "registered_by_secretariat",
            "answers_document",
            "documents",
            "submitted_at",
        ]


class SubmissionOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    owner = serializers.CharField(source="owner.code")
    cycle = serializers.CharField(source="recipient.call.cycle.code")
    versions = serializers.IntegerField(source="versions.count")

    class Meta:
        model = Submission
        fields = ["id", "owner", "cycle", "recipient", "is_public", "versions", "created_at", "updated_at"]


class DraftOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = Submission
        fields = ["id", "draft_answers", "draft_language", "draft_updated_at"]


class AnswersInput(serializers.Serializer):  # type: ignore[type-arg]
    answers = serializers.JSONField(required=False)
    language = serializers.CharField(max_length=2, required=False)
    is_public = serializers.BooleanField(required=False, allow_null=True, default=None)
    files = serializers.ListField(child=serializers.FileField(), required=False, default=list)


class RegisterInput(AnswersInput):
    channel = serializers.ChoiceField(choices=Channel.choices)
    received_on = serializers.DateField()


def _valid(serializer_class: type[serializers.Serializer], data: Any) -> dict[str, Any]:  # type: ignore[type-arg]
    serializer = serializer_class(data=data)
    if not serializer.is_valid():
        raise ValidationFailedError(details=serializer.errors)
    return dict(serializer.validated_data)


def _answers(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise ValidationFailedError(details={"answers": ["Give a JSON object."]}) from None
    if value is not None and not isinstance(value, dict):
        raise ValidationFailedError(details={"answers": ["Give a JSON object."]})
    return value


def _files(data: dict[str, Any]) -> list[tuple[str, bytes]]:
    return [(f.name, f.read()) for f in data.get("files") or []]


# --- Cycles ------------------------------------------------------------------------------


class CycleListApi(generics.ListAPIView):  # type: ignore[type-arg]
    """Reporting cycles (signed-in users); the Secretariat creates them."""

    permission_classes = [IsAuthenticated]
    serializer_class = CycleOutput

    def get_queryset(self) -> QuerySet[ReportingCycle]:
        return selectors.cycles_for_user(self.request.user).prefetch_related("calls__questions__themes")

    @extend_schema(request=CycleInput, responses={201: CycleOutput})
    def post(self, request: Request) -> Response:
        cycle = services.cycle_create(user=request.user, **_valid(CycleInput, request.data))
        return Response(CycleOutput(cycle).data, status=status.HTTP_201_CREATED)


class CycleDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=CycleOutput)
    def get(self, request: Request, code: str) -> Response:
        return Response(CycleOutput(selectors.access_cycle(request.user, code)).data)


class CycleCallsApi(APIView):
    """Add a call for inputs (questionnaire and recipients) to a cycle (the Secretariat)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=CallInput, responses={201: CallOutput})
    def post(self, request: Request, code: str) -> Response:
        require(request.user, Capability.COMPILE)
        data = _valid(CallInput, request.data)
        cycle = selectors.access_cycle(request.user, code)
        call = services.call_create(user=request.user, cycle=cycle, title=data["title"], questions=data["questions"])
        services.recipients_add(
            user=request.user, call=call, all_member_states=data["all_member_states"], codes=data["recipients"]
        )
        return Response(CallOutput(call).data, status=status.HTTP_201_CREATED)


class CycleStatusApi(APIView):
    """Every recipient's status, response rates by group, who is late (the Secretariat)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request: Request, code: str) -> Response:
        require(request.user, Capability.VIEW_ALL)
        return Response(selectors.cycle_status(selectors.access_cycle(request.user, code)))


class CycleExportApi(APIView):
    """Every submission of the cycle: a ZIP of the originals and an XLSX index (the Secretariat)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses={(200, "application/zip"): OpenApiTypes.BINARY})
    def get(self, request: Request, code: str) -> HttpResponse:
        require(request.user, Capability.VIEW_ALL)
        cycle = selectors.access_cycle(request.user, code)
        response = HttpResponse(cycle_export_zip(cycle), content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{cycle.code}-submissions.zip"'
        return response


# --- Recipients --------------------------------------------------------------------------


class RecipientListApi(generics.ListAPIView):  # type: ignore[type-arg]
    """The recipients one may see: one's own organisation's; all of them for the Secretariat."""

    permission_classes = [IsAuthenticated]
    serializer_class = RecipientOutput

    def get_queryset(self) -> QuerySet[Recipient]:
        queryset = selectors.recipients_for_user(self.request.user)
        cycle = self.request.query_params.get("cycle")
        return queryset.filter(call__cycle__code=cycle) if cycle else queryset


class RecipientDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=RecipientOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(RecipientOutput(selectors.access_recipient(request.user, pk)).data)


class RecipientDraftApi(APIView):
    """The recipient's draft answers: read them, save them (its focal points)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=DraftOutput)
    def get(self, request: Request, pk: int) -> Response:
        recipient = selectors.access_recipient(request.user, pk)
        submission = getattr(recipient, "submission", None)
        if submission is None:
            return Response({"id": None, "draft_answers": {}, "draft_language": "", "draft_updated_at": None})
        return Response(DraftOutput(submission).data)

    @extend_schema(request=AnswersInput, responses=DraftOutput)
    def put(self, request: Request, pk: int) -> Response:
        selectors.access_recipient(request.user, pk)
        data = _valid(AnswersInput, request.data)
        submission = services.submission_save_draft(
            user=request.user,
            recipient_id=pk,
            answers=_answers(data.get("answers")) or {},
            language=data.get("language") or "en",
        )
        return Response(DraftOutput(submission).data)


class PrefillOutput(serializers.Serializer):  # type: ignore[type-arg]
    source: Any = serializers.ChoiceField(choices=["draft", "previous_version", "records", "none"])
    language = serializers.CharField()
    answers = serializers.DictField(child=serializers.CharField())
    records = serializers.ListField(child=serializers.DictField())


class RecipientPrefillApi(APIView):
    """The answers the questionnaire starts from: the draft, else the last version, else the
    accepted records of the recipient's own reports for the cycle's period (never ask twice)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=PrefillOutput)
    def get(self, request: Request, pk: int) -> Response:
        recipient = selectors.access_recipient(request.user, pk)
        language = request.query_params.get("language") or getattr(request.user, "language", "") or "en"
        if language not in LANGUAGES:
            raise ValidationFailedError(details={"language": [f"Use one of {', '.join(LANGUAGES)}."]})
        return Response(prefill(request.user, recipient, language).as_json())


class RecipientSubmitApi(APIView):
    """Submit a new version: answers (or the saved draft) and files (its focal points)."""

    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(request=AnswersInput, responses={201: VersionOutput})
    def post(self, request: Request, pk: int) -> Response:
        selectors.access_recipient(request.user, pk)
        data = _valid(AnswersInput, request.data)
        version = services.submission_submit(
            user=request.user,
            recipient_id=pk,
            answers=_answers(data.get("answers")),
            language=data.get("language"),
            files=_files(data),
            is_public=data.get("is_public"),
        )
        return Response(VersionOutput(version).data, status=status.HTTP_201_CREATED)


class RecipientRegisterApi(APIView):
    """The Secretariat registers a submission received by other means."""

    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(request=RegisterInput, responses={201: VersionOutput})
    def post(self, request: Request, pk: int) -> Response:
        require(request.user, Capability.COMPILE)
        data = _valid(RegisterInput, request.data)
        version = services.submission_register(
            user=request.user,
            recipient_id=pk,
            channel=data["channel"],
            received_on=data["received_on"],
            answers=_answers(data.get("answers")),
            language=data.get("language") or "en",
            files=_files(data),
        )
        return Response(VersionOutput(version).data, status=status.HTTP_201_CREATED)


class RecipientAcknowledgeApi(APIView):
    """Acknowledge a submission: e-mails the recipient's focal points (the Secretariat)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=RecipientOutput)
    def post(self, request: Request, pk: int) -> Response:
        recipient = services.recipient_acknowledge(user=request.user, recipient_id=pk)
        return Response(RecipientOutput(recipient).data)


# --- Submissions -------------------------------------------------------------------------


class SubmissionListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticated]
    serializer_class = SubmissionOutput

    def get_queryset(self) -> QuerySet[Submission]:
        queryset = selectors.submissions_for_user(self.request.user)
        cycle = self.request.query_params.get("cycle")
        return queryset.filter(recipient__call__cycle__code=cycle) if cycle else queryset


class SubmissionPublicInput(serializers.Serializer):  # type: ignore[type-arg]
    is_public = serializers.BooleanField()


class SubmissionDetailApi(APIView):
    """A submission; its organisation makes it public or restricted (PATCH ``is_public``)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=SubmissionOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(SubmissionOutput(selectors.access_submission(request.user, pk)).data)

    @extend_schema(request=SubmissionPublicInput, responses=SubmissionOutput)
    def patch(self, request: Request, pk: int) -> Response:
        selectors.access_submission(request.user, pk)  # a hidden submission is not found, whatever the body
        data = _valid(SubmissionPublicInput, request.data)
        submission = services.submission_set_public(user=request.user, submission_id=pk, is_public=data["is_public"])
        return Response(SubmissionOutput(submission).data)


class SubmissionVersionsApi(generics.ListAPIView):  # type: ignore[type-arg]
    """Every version of a submission, first to last."""

    permission_classes = [IsAuthenticated]
    serializer_class = VersionOutput

    def get_queryset(self) -> QuerySet[SubmissionVersion]:
        submission = selectors.access_submission(self.request.user, self.kwargs["pk"])
        return submission.versions.prefetch_related("documents").order_by("number")
