"""API of the review of extracted statements: accept, correct, reject, and likely duplicates."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.collaboration import selectors, services
from cpcollab.collaboration.api import EvidenceOutput, RecordOutput
from cpcollab.collaboration.fields import FIRST_YEAR, LAST_YEAR
from cpcollab.documents.api import StatementOutput
from cpcollab.documents.selectors import access_statement


class AcceptInput(serializers.Serializer):  # type: ignore[type-arg]
    record = serializers.IntegerField(
        required=False, allow_null=True, help_text="Add the statement as evidence to this record instead."
    )


def _list(max_length: int = 64) -> serializers.ListField:
    return serializers.ListField(child=serializers.CharField(max_length=max_length), required=False, max_length=100)


class CorrectInput(AcceptInput):
    participants = serializers.ListField(
        child=serializers.CharField(max_length=220), min_length=1, max_length=100, help_text="Codes, 'OTHER' or names."
    )
    kinds = _list()
    themes = _list()
    countries = _list(3)
    years = serializers.ListField(
        child=serializers.IntegerField(min_value=FIRST_YEAR, max_value=LAST_YEAR), required=False, max_length=50
    )


class RejectInput(serializers.Serializer):  # type: ignore[type-arg]
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class ReviewOutput(serializers.Serializer):  # type: ignore[type-arg]
    statement = StatementOutput()
    record = RecordOutput(allow_null=True)
    evidence = EvidenceOutput(allow_null=True)
    created = serializers.BooleanField()


class CandidateOutput(serializers.Serializer):  # type: ignore[type-arg]
    record = RecordOutput()
    shared_parties = serializers.ListField(child=serializers.CharField())
    same_document = serializers.BooleanField()
    shared_kinds = serializers.ListField(child=serializers.CharField())


def _review_data(request: Request, review: services.Review) -> Any:
    record = selectors.access_record(request.user, review.record.pk) if review.record else None
    return ReviewOutput(
        {"statement": review.statement, "record": record, "evidence": review.evidence, "created": review.created}
    ).data


@extend_schema(tags=["review"])
class StatementAcceptApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Accept a statement: a new record from it, or evidence for an existing record",
        request=AcceptInput,
        responses=ReviewOutput,
    )
    def post(self, request: Request, pk: int) -> Response:
        data = AcceptInput(data=request.data)
        data.is_valid(raise_exception=True)
        review = services.statement_accept(
            user=request.user, statement_id=pk, record_id=data.validated_data.get("record")
        )
        return Response(_review_data(request, review), status=201 if review.created else 200)


@extend_schema(tags=["review"])
class StatementCorrectApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Accept a statement with corrections (participants, kinds, themes, countries, years)",
        request=CorrectInput,
        responses=ReviewOutput,
    )
    def post(self, request: Request, pk: int) -> Response:
        data = CorrectInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        review = services.statement_correct(
            user=request.user, statement_id=pk, record_id=values.pop("record", None), **values
        )
        return Response(_review_data(request, review), status=201 if review.created else 200)


@extend_schema(tags=["review"])
class StatementRejectApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Reject a statement (it does not report collaboration)", request=RejectInput, responses=StatementOutput
    )
    def post(self, request: Request, pk: int) -> Response:
        data = RejectInput(data=request.data)
        data.is_valid(raise_exception=True)
        statement = services.statement_reject(user=request.user, statement_id=pk, **data.validated_data)
        return Response(StatementOutput(statement).data)


@extend_schema(tags=["review"])
class StatementDuplicatesApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(
        summary="Records you may read that may already describe this statement, likeliest first",
        responses=CandidateOutput(many=True),
    )
    def get(self, request: Request, pk: int) -> Response:
        statement = access_statement(request.user, pk)
        return Response(CandidateOutput(selectors.duplicate_candidates(request.user, statement), many=True).data)
