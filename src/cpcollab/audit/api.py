"""API of the audit trail: browse and filter events; verify the chain (administrators)."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.accounts import access
from cpcollab.accounts.roles import Capability
from cpcollab.audit.chain import HASHED_FIELDS
from cpcollab.audit.models import AuditEvent
from cpcollab.audit.services import audit_verify


class CanBrowseAudit(BasePermission):
    message = "Only administrators may browse the audit trail."

    def has_permission(self, request: Request, view: APIView) -> bool:
        return access.can_browse_audit(request.user)


class AuditEventOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = AuditEvent
        fields = ["id", *HASHED_FIELDS, "hash"]


class AuditEventFilter(django_filters.FilterSet):
    action = django_filters.CharFilter(lookup_expr="startswith")
    since = django_filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="gte")
    until = django_filters.IsoDateTimeFilter(field_name="occurred_at", lookup_expr="lt")

    class Meta:
        model = AuditEvent
        fields = ["action", "object_type", "object_id", "username", "organisation", "subject_organisation"]


@extend_schema(tags=["audit"], summary="Browse audit events (administrators; newest first)")
class AuditEventListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticated, CanBrowseAudit]
    serializer_class = AuditEventOutput
    filterset_class = AuditEventFilter
    search_fields: list[str] = []
    ordering_fields = ["seq", "occurred_at"]
    ordering = ["-seq"]

    def get_queryset(self) -> QuerySet[AuditEvent]:
        return access.audit_events_for_user(self.request.user)


@extend_schema(tags=["audit"], summary="One audit event")
class AuditEventDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticated]
    serializer_class = AuditEventOutput

    def get_object(self) -> AuditEvent:
        return access.access_audit_event_by_id(self.request.user, self.kwargs["pk"])


class VerifyOutput(serializers.Serializer):  # type: ignore[type-arg]
    ok = serializers.BooleanField()
    checked = serializers.IntegerField()
    first_bad_seq = serializers.IntegerField(allow_null=True)
    reason = serializers.CharField()


@extend_schema(tags=["audit"], summary="Verify the hash chain of the whole trail (system administrators)")
class AuditVerifyApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=VerifyOutput)
    def get(self, request: Request) -> Response:
        access.require(request.user, Capability.ADMINISTER)
        result = audit_verify()
        return Response(VerifyOutput(result).data)
