"""API of organisations, their contacts, the current user and API tokens.

Every owned object is reached through :mod:`cpcollab.accounts.access`; every write goes
through :mod:`cpcollab.accounts.services`.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cpcollab.accounts import access, services
from cpcollab.accounts.models import ApiToken, Contact, Organisation, OrganisationKind, User
from cpcollab.accounts.roles import capabilities
from cpcollab.core.api import Pagination
from cpcollab.reference.languages import LANGUAGES

# --- Organisations -----------------------------------------------------------------------


class OrganisationOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    name = serializers.SerializerMethodField()
    actor = serializers.CharField(source="actor.code", allow_null=True, default=None)
    country = serializers.CharField(source="country.iso3", allow_null=True, default=None)

    class Meta:
        model = Organisation
        fields = ["code", "kind", "name", "actor", "country", "correspondence_language", "is_active"]

    def get_name(self, obj: Organisation) -> str:
        return obj.display_name("en")


class OrganisationFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=OrganisationKind.choices)

    class Meta:
        model = Organisation
        fields = ["kind"]


@extend_schema(tags=["organisations"], summary="The directory of organisations (public)")
class OrganisationListApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = OrganisationOutput
    filterset_class = OrganisationFilter
    search_fields = ["code", "name", "actor__search_text", "country__search_text"]
    ordering_fields = ["code", "kind"]

    def get_queryset(self) -> QuerySet[Organisation]:
        return access.organisations_for_user(self.request.user)


@extend_schema(tags=["organisations"], summary="One organisation, by code")
class OrganisationDetailApi(generics.RetrieveAPIView):  # type: ignore[type-arg]
    permission_classes = [AllowAny]
    serializer_class = OrganisationOutput

    def get_object(self) -> Organisation:
        return access.access_organisation_by_code(self.request.user, self.kwargs["code"])


class MemberOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "role", "language"]


@extend_schema(tags=["organisations"], summary="Users of an organisation (its own members and the Secretariat)")
class OrganisationMembersApi(generics.ListAPIView):  # type: ignore[type-arg]
    permission_classes = [IsAuthenticated]
    serializer_class = MemberOutput
    filter_backends: list[Any] = []

    def get_queryset(self) -> QuerySet[User]:
        return access.organisation_members_for_user(self.request.user, self.kwargs["code"])


# --- The current user --------------------------------------------------------------------


class MeOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    organisation = OrganisationOutput(allow_null=True)
    capabilities = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "language", "role", "organisation", "capabilities"]

    def get_capabilities(self, obj: User) -> list[str]:
        return sorted(capabilities(obj))


@extend_schema(tags=["accounts"], summary="The authenticated user, their organisation and what they may do")
class MeApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses=MeOutput)
    def get(self, request: Request) -> Response:
        return Response(MeOutput(request.user).data)


# --- Contacts ----------------------------------------------------------------------------


class ContactOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    owner = serializers.CharField(source="owner.code")

    class Meta:
        model = Contact
        fields = ["id", "owner", *Contact.FIELDS, "created_at", "updated_at"]


class ContactInput(serializers.Serializer):  # type: ignore[type-arg]
    name = serializers.CharField(max_length=200)
    function = serializers.CharField(max_length=200, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=50, required=False, allow_blank=True)
    language = serializers.ChoiceField(choices=LANGUAGES, required=False)
    is_focal_point = serializers.BooleanField(required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=5000)


@extend_schema(tags=["organisations"])
class ContactListApi(APIView):
    """Contacts of the user's organisation (all organisations', for the Secretariat)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(summary="List the contacts you may see", responses=ContactOutput(many=True))
    def get(self, request: Request) -> Response:
        paginator = Pagination()
        page = paginator.paginate_queryset(access.contacts_for_user(request.user), request, view=self)
        return paginator.get_paginated_response(ContactOutput(page, many=True).data)

    @extend_schema(summary="Add a contact to your organisation", request=ContactInput, responses={201: ContactOutput})
    def post(self, request: Request) -> Response:
        data = ContactInput(data=request.data)
        data.is_valid(raise_exception=True)
        contact = services.contact_create(user=request.user, **data.validated_data)
        return Response(ContactOutput(contact).data, status=status.HTTP_201_CREATED)


@extend_schema(tags=["organisations"])
class ContactDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="One contact", responses=ContactOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(ContactOutput(access.access_contact_by_id(request.user, pk)).data)

    @extend_schema(summary="Change a contact of your organisation", request=ContactInput, responses=ContactOutput)
    def patch(self, request: Request, pk: int) -> Response:
        data = ContactInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        contact = services.contact_update(user=request.user, contact_id=pk, **data.validated_data)
        return Response(ContactOutput(contact).data)

    @extend_schema(summary="Remove a contact of your organisation", responses={204: None})
    def delete(self, request: Request, pk: int) -> Response:
        services.contact_delete(user=request.user, contact_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- API tokens --------------------------------------------------------------------------


class ApiTokenOutput(serializers.ModelSerializer):  # type: ignore[type-arg]
    class Meta:
        model = ApiToken
        fields = ["id", "name", "prefix", "created_at", "last_used_at", "expires_at", "revoked_at"]


class ApiTokenCreated(ApiTokenOutput):
    token = serializers.CharField(help_text="The secret: shown this once, never stored.")

    class Meta(ApiTokenOutput.Meta):
        fields = [*ApiTokenOutput.Meta.fields, "token"]


class ApiTokenInput(serializers.Serializer):  # type: ignore[type-arg]
    name = serializers.CharField(max_length=100)
    expires_in_days = serializers.IntegerField(min_value=1, max_value=3650, required=False, allow_null=True)


@extend_schema(tags=["accounts"])
class ApiTokenListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="Your API tokens", responses=ApiTokenOutput(many=True))
    def get(self, request: Request) -> Response:
        paginator = Pagination()
        page = paginator.paginate_queryset(access.api_tokens_for_user(request.user), request, view=self)
        return paginator.get_paginated_response(ApiTokenOutput(page, many=True).data)

    @extend_schema(
        summary="Create an API token (the secret is returned once)",
        request=ApiTokenInput,
        responses={201: ApiTokenCreated},
    )
    def post(self, request: Request) -> Response:
        data = ApiTokenInput(data=request.data)
        data.is_valid(raise_exception=True)
        token, raw = services.api_token_create(user=request.user, **data.validated_data)
        body = ApiTokenOutput(token).data | {"token": raw}
        return Response(body, status=status.HTTP_201_CREATED)


@extend_schema(tags=["accounts"])
class ApiTokenDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(summary="One of your API tokens", responses=ApiTokenOutput)
    def get(self, request: Request, pk: int) -> Response:
        return Response(ApiTokenOutput(access.access_api_token_by_id(request.user, pk)).data)

    @extend_schema(summary="Revoke one of your API tokens", responses={204: None})
    def delete(self, request: Request, pk: int) -> Response:
        services.api_token_revoke(user=request.user, token_id=pk)
        return Response(status=status.HTTP_204_NO_CONTENT)
